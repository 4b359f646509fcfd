package dev.meshsdk.contracts;

import java.util.Optional;

/**
 * The logical type of a schema property ({@code logicalType}), independent of any store's physical
 * type. {@link #TIMESTAMP} and {@link #TIME} are new in v3.1.0; {@link #MAP} is a v3.2.0 draft
 * addition that needs a {@link MapType} ({@code map} block). There is no decimal type: precision
 * and scale go in {@code physicalType}.
 */
public enum LogicalType {
  /** Text. */
  STRING("string"),
  /** A calendar date. */
  DATE("date"),
  /** A date and time (since v3.1.0). */
  TIMESTAMP("timestamp"),
  /** A time of day (since v3.1.0). */
  TIME("time"),
  /** Any number. */
  NUMBER("number"),
  /** A whole number. */
  INTEGER("integer"),
  /** A structure with named {@code properties}. */
  OBJECT("object"),
  /** A list whose elements are described by {@code items}. */
  ARRAY("array"),
  /** {@code true} or {@code false}. */
  BOOLEAN("boolean"),
  /** Keys and values described by a {@code map} block (v3.2.0 draft only). */
  MAP("map");

  private final String value;

  LogicalType(String value) {
    this.value = value;
  }

  /**
   * The standard's spelling, such as {@code string}.
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
  public static Optional<LogicalType> fromValue(String value) {
    for (LogicalType v : values()) {
      if (v.value.equals(value)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether values are dates or times: {@link #DATE}, {@link #TIMESTAMP} or {@link #TIME}, whose
   * bounds in {@link LogicalTypeOptions} are strings.
   *
   * @return true for the temporal types
   */
  public boolean isTemporal() {
    return this == DATE || this == TIMESTAMP || this == TIME;
  }

  /**
   * Whether values are numbers: {@link #NUMBER} or {@link #INTEGER}, whose bounds in {@link
   * LogicalTypeOptions} are numbers.
   *
   * @return true for the numeric types
   */
  public boolean isNumeric() {
    return this == NUMBER || this == INTEGER;
  }
}
