package dev.meshsdk.contracts;

import java.util.Optional;

/**
 * The semantic role of a schema property ({@code semanticType}, a v3.2.0 draft addition, RFC 0034).
 * A property without one is a {@link #COLUMN}.
 */
public enum SemanticType {
  /** A physical column in the store (the default). */
  COLUMN("column"),
  /** An aggregated value whose expression is in {@code transformLogic}. */
  MEASURE("measure"),
  /** A categorical attribute used for grouping and filtering. */
  DIMENSION("dimension");

  private final String value;

  SemanticType(String value) {
    this.value = value;
  }

  /**
   * The standard's spelling, such as {@code column}.
   *
   * @return the spelling
   */
  public String value() {
    return value;
  }

  /**
   * The constant with that spelling (case-sensitive, as the standard).
   *
   * @param value the spelling
   * @return the constant, or empty if the standard has no such value
   */
  public static Optional<SemanticType> fromValue(String value) {
    for (SemanticType v : values()) {
      if (v.value.equals(value)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }
}
