package dev.meshsdk.contracts;

import java.util.Optional;

/**
 * A metric of the standard's quality library ({@code metric}, since v3.1.0). Each yields a number
 * that the rule's operator compares.
 */
public enum QualityMetric {
  /** Null values of a property. */
  NULL_VALUES("nullValues"),
  /** Values of a property counted as missing (argument {@code missingValues}). */
  MISSING_VALUES("missingValues"),
  /**
   * Values of a property outside {@code validValues} or not matching {@code pattern} (arguments).
   */
  INVALID_VALUES("invalidValues"),
  /** Duplicate values of a property, or of the {@code properties} argument on a schema object. */
  DUPLICATE_VALUES("duplicateValues"),
  /** Rows of a schema object. */
  ROW_COUNT("rowCount");

  private final String value;

  QualityMetric(String value) {
    this.value = value;
  }

  /**
   * The standard's spelling, such as {@code nullValues}.
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
  public static Optional<QualityMetric> fromValue(String value) {
    for (QualityMetric v : values()) {
      if (v.value.equals(value)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }
}
