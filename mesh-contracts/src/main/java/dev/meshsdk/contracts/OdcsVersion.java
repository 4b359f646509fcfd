package dev.meshsdk.contracts;

import java.util.Optional;

/**
 * The ODCS versions meshsdk reads ({@code apiVersion}). A contract is written with the version it
 * was read with; new contracts default to {@link #V3_1_0}.
 */
public enum OdcsVersion {
  /** ODCS v3.0.0. */
  V3_0_0("v3.0.0"),
  /** ODCS v3.0.1. */
  V3_0_1("v3.0.1"),
  /** ODCS v3.0.2. */
  V3_0_2("v3.0.2"),
  /** ODCS v3.1.0, the current release and what new contracts use. */
  V3_1_0("v3.1.0"),
  /**
   * The v3.2.0 draft: adds the {@code map} logical type, enum value objects, synonyms and a
   * top-level {@code context}. Read and written faithfully; not final.
   */
  V3_2_0("v3.2.0");

  private final String value;

  OdcsVersion(String value) {
    this.value = value;
  }

  /**
   * The {@code apiVersion} spelling, such as {@code v3.1.0}.
   *
   * @return the spelling
   */
  public String value() {
    return value;
  }

  /**
   * The version with that spelling.
   *
   * @param value the spelling, such as {@code v3.1.0}
   * @return the version, or empty if meshsdk does not read it
   */
  public static Optional<OdcsVersion> fromValue(String value) {
    for (OdcsVersion v : values()) {
      if (v.value.equals(value)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether this is a v3.2 (draft) version, which allows the v3.2 additions.
   *
   * @return true for v3.2.0
   */
  public boolean isDraft() {
    return this == V3_2_0;
  }
}
