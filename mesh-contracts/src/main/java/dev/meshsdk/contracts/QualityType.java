package dev.meshsdk.contracts;

import java.util.Optional;

/**
 * The kind of a {@link QualityRule} ({@code type}). A rule without a type is a {@link #LIBRARY}
 * rule.
 */
public enum QualityType {
  /** A rule in words, for people; no operator. */
  TEXT("text"),
  /**
   * A metric from the standard's library ({@code metric}) compared with one operator (the default).
   */
  LIBRARY("library"),
  /** A SQL {@code query} whose result is compared with one operator. */
  SQL("sql"),
  /** A rule for another engine: {@code engine} and {@code implementation}; no operator. */
  CUSTOM("custom");

  private final String value;

  QualityType(String value) {
    this.value = value;
  }

  /**
   * The standard's spelling, such as {@code text}.
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
  public static Optional<QualityType> fromValue(String value) {
    for (QualityType v : values()) {
      if (v.value.equals(value)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }
}
