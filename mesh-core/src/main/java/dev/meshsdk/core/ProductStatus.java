package dev.meshsdk.core;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The lifecycle status of a data product, with the ODPS v1.0.0 spellings. */
public enum ProductStatus {
  /** Suggested, not yet worked on. */
  PROPOSED,
  /** Being designed; consumers should not rely on it. */
  DRAFT,
  /** In production and supported. */
  ACTIVE,
  /** Still served, but consumers should move away. */
  DEPRECATED,
  /** No longer served. */
  RETIRED;

  /**
   * The ODPS spelling.
   *
   * @return {@code proposed}, {@code draft}, {@code active}, {@code deprecated} or {@code retired}
   */
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The status with an ODPS spelling.
   *
   * @param wire such as {@code active}
   * @return the status, or empty if the spelling is not one of the five
   */
  public static Optional<ProductStatus> fromWire(String wire) {
    return Arrays.stream(values()).filter(s -> s.wire().equals(wire)).findFirst();
  }
}
