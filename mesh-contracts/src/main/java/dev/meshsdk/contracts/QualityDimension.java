package dev.meshsdk.contracts;

import java.util.Optional;

/**
 * The data quality dimension a {@link QualityRule} measures ({@code dimension}). The two-letter
 * synonyms of the docs ({@code ac}, {@code cp} ...) are not accepted, as in the JSON Schema.
 */
public enum QualityDimension {
  /** The data matches reality. */
  ACCURACY("accuracy"),
  /** Nothing required is missing. */
  COMPLETENESS("completeness"),
  /** Values follow the expected format. */
  CONFORMITY("conformity"),
  /** Values agree across the data. */
  CONSISTENCY("consistency"),
  /** All expected records are present. */
  COVERAGE("coverage"),
  /** The data is recent enough. */
  TIMELINESS("timeliness"),
  /** Nothing is duplicated. */
  UNIQUENESS("uniqueness");

  private final String value;

  QualityDimension(String value) {
    this.value = value;
  }

  /**
   * The standard's spelling, such as {@code accuracy}.
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
  public static Optional<QualityDimension> fromValue(String value) {
    for (QualityDimension v : values()) {
      if (v.value.equals(value)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }
}
