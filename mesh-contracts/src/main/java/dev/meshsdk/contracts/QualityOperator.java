package dev.meshsdk.contracts;

import java.util.Optional;

/**
 * A comparison of a {@link QualityRule}'s result with a value ({@code mustBe}, {@code
 * mustBeLessThan} ...). The standard allows exactly one per library or SQL rule.
 */
public enum QualityOperator {
  /** Equal to the value (any JSON value). */
  MUST_BE("mustBe"),
  /** Not equal to the value (any JSON value). */
  MUST_NOT_BE("mustNotBe"),
  /** Greater than the number. */
  MUST_BE_GREATER_THAN("mustBeGreaterThan"),
  /** Greater than or equal to the number. */
  MUST_BE_GREATER_OR_EQUAL_TO("mustBeGreaterOrEqualTo"),
  /** Less than the number. */
  MUST_BE_LESS_THAN("mustBeLessThan"),
  /** Less than or equal to the number. */
  MUST_BE_LESS_OR_EQUAL_TO("mustBeLessOrEqualTo"),
  /** Between the two numbers {@code [low, high]}. */
  MUST_BE_BETWEEN("mustBeBetween"),
  /** Outside the two numbers {@code [low, high]}. */
  MUST_NOT_BE_BETWEEN("mustNotBeBetween");

  private final String value;

  QualityOperator(String value) {
    this.value = value;
  }

  /**
   * The standard's spelling, such as {@code mustBe}.
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
  public static Optional<QualityOperator> fromValue(String value) {
    for (QualityOperator v : values()) {
      if (v.value.equals(value)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the operator's value must be a number.
   *
   * @return true for the four ordering operators
   */
  public boolean takesNumber() {
    return this == MUST_BE_GREATER_THAN
        || this == MUST_BE_GREATER_OR_EQUAL_TO
        || this == MUST_BE_LESS_THAN
        || this == MUST_BE_LESS_OR_EQUAL_TO;
  }

  /**
   * Whether the operator's value must be an array of numbers, {@code [low, high]}.
   *
   * @return true for {@link #MUST_BE_BETWEEN} and {@link #MUST_NOT_BE_BETWEEN}
   */
  public boolean takesRange() {
    return this == MUST_BE_BETWEEN || this == MUST_NOT_BE_BETWEEN;
  }
}
