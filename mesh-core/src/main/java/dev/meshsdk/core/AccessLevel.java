package dev.meshsdk.core;

/** How widely an output port may be read; the kind of an {@link AccessPolicy}. */
public enum AccessLevel {
  /** Anyone, inside or outside the organisation. */
  PUBLIC,
  /** Any consumer from a domain of the organisation. */
  INTERNAL,
  /** Only the listed domains or consumers, for the listed purposes. */
  RESTRICTED
}
