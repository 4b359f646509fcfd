package dev.meshsdk.samples.customers;

/** The marketing segment a customer belongs to. */
public enum Segment {
  /** Bought in the last 30 days. */
  ACTIVE,
  /** Bought before, but not in the last 30 days. */
  LAPSED,
  /** Signed up, never bought. */
  PROSPECT
}
