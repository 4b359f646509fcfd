package dev.meshsdk.contracts;

import dev.meshsdk.contracts.internal.Values;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The options that refine a property's logical type ({@code logicalTypeOptions}): every key that
 * ODCS v3.0, v3.1 and the v3.2 draft define for any logical type, in one value.
 *
 * <p>Which keys apply depends on the {@link LogicalType}: string ({@code minLength}, {@code
 * maxLength}, {@code pattern}, {@code format}); date, timestamp and time ({@code format}, the four
 * bounds as strings, and for timestamp and time {@code timezone} and {@code defaultTimezone});
 * integer and number (the four bounds as numbers, {@code multipleOf}, {@code format}); object
 * ({@code minProperties}, {@code maxProperties}, {@code required}); array ({@code minItems}, {@code
 * maxItems}, {@code uniqueItems}). Reading does not enforce that match; {@code DataContracts.check}
 * reports keys that do not belong to the type.
 *
 * <p>The bounds are JSON values because their type depends on the logical type and the version:
 * numbers for numeric types, strings for temporal ones, and before v3.1.0 {@code exclusiveMinimum}
 * and {@code exclusiveMaximum} were booleans that made {@code minimum} and {@code maximum}
 * exclusive. Typed accessors such as {@link #minimumNumber()} read them.
 *
 * <p>An empty {@code required: []}, which the standard forbids, is kept in {@link #extensions()} so
 * that it is written back and {@code DataContracts.check} reports it.
 *
 * @param format the format: for strings a hint such as {@code email} or {@code uuid}; for temporal
 *     types a JDK {@code DateTimeFormatter} pattern such as {@code yyyy-MM-dd}; for integers {@code
 *     i8} to {@code u128}; for numbers {@code f32} or {@code f64}
 * @param minLength the minimum length of a string
 * @param maxLength the maximum length of a string
 * @param pattern an ECMA-262 regular expression that strings match
 * @param minimum the inclusive lower bound: a number, or a string for temporal types
 * @param exclusiveMinimum the exclusive lower bound: a number, or a string for temporal types;
 *     before v3.1.0 a boolean that makes {@code minimum} exclusive
 * @param maximum the inclusive upper bound: a number, or a string for temporal types
 * @param exclusiveMaximum the exclusive upper bound: a number, or a string for temporal types;
 *     before v3.1.0 a boolean that makes {@code maximum} exclusive
 * @param multipleOf numbers must be multiples of this (greater than 0)
 * @param timezone whether timestamp and time values carry a timezone (since v3.1.0)
 * @param defaultTimezone the timezone of values that carry none; the standard's default is {@code
 *     Etc/UTC} (since v3.1.0)
 * @param minProperties the minimum number of properties of an object
 * @param maxProperties the maximum number of properties of an object
 * @param required the property names an object must have
 * @param minItems the minimum number of items of an array
 * @param maxItems the maximum number of items of an array
 * @param uniqueItems whether the items of an array must be unique
 * @param extensions fields the standard does not define, kept as read
 */
public record LogicalTypeOptions(
    Optional<String> format,
    Optional<Integer> minLength,
    Optional<Integer> maxLength,
    Optional<String> pattern,
    Optional<JsonValue> minimum,
    Optional<JsonValue> exclusiveMinimum,
    Optional<JsonValue> maximum,
    Optional<JsonValue> exclusiveMaximum,
    Optional<BigDecimal> multipleOf,
    Optional<Boolean> timezone,
    Optional<String> defaultTimezone,
    Optional<Integer> minProperties,
    Optional<Integer> maxProperties,
    List<String> required,
    Optional<Integer> minItems,
    Optional<Integer> maxItems,
    Optional<Boolean> uniqueItems,
    Map<String, JsonValue> extensions) {

  /**
   * Checks the components and copies the collections.
   *
   * @param format the format: for strings a hint such as {@code email} or {@code uuid}; for
   *     temporal types a JDK {@code DateTimeFormatter} pattern such as {@code yyyy-MM-dd}; for
   *     integers {@code i8} to {@code u128}; for numbers {@code f32} or {@code f64}
   * @param minLength the minimum length of a string
   * @param maxLength the maximum length of a string
   * @param pattern an ECMA-262 regular expression that strings match
   * @param minimum the inclusive lower bound: a number, or a string for temporal types
   * @param exclusiveMinimum the exclusive lower bound: a number, or a string for temporal types;
   *     before v3.1.0 a boolean that makes {@code minimum} exclusive
   * @param maximum the inclusive upper bound: a number, or a string for temporal types
   * @param exclusiveMaximum the exclusive upper bound: a number, or a string for temporal types;
   *     before v3.1.0 a boolean that makes {@code maximum} exclusive
   * @param multipleOf numbers must be multiples of this (greater than 0)
   * @param timezone whether timestamp and time values carry a timezone (since v3.1.0)
   * @param defaultTimezone the timezone of values that carry none; the standard's default is {@code
   *     Etc/UTC} (since v3.1.0)
   * @param minProperties the minimum number of properties of an object
   * @param maxProperties the maximum number of properties of an object
   * @param required the property names an object must have
   * @param minItems the minimum number of items of an array
   * @param maxItems the maximum number of items of an array
   * @param uniqueItems whether the items of an array must be unique
   * @param extensions fields the standard does not define, kept as read
   */
  public LogicalTypeOptions {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(minLength, "minLength");
    Objects.requireNonNull(maxLength, "maxLength");
    Objects.requireNonNull(pattern, "pattern");
    Objects.requireNonNull(minimum, "minimum");
    checkBound(minimum, "LogicalTypeOptions.minimum", false);
    Objects.requireNonNull(exclusiveMinimum, "exclusiveMinimum");
    checkBound(exclusiveMinimum, "LogicalTypeOptions.exclusiveMinimum", true);
    Objects.requireNonNull(maximum, "maximum");
    checkBound(maximum, "LogicalTypeOptions.maximum", false);
    Objects.requireNonNull(exclusiveMaximum, "exclusiveMaximum");
    checkBound(exclusiveMaximum, "LogicalTypeOptions.exclusiveMaximum", true);
    Objects.requireNonNull(multipleOf, "multipleOf");
    Objects.requireNonNull(timezone, "timezone");
    Objects.requireNonNull(defaultTimezone, "defaultTimezone");
    Objects.requireNonNull(minProperties, "minProperties");
    Objects.requireNonNull(maxProperties, "maxProperties");
    required = List.copyOf(required);
    Objects.requireNonNull(minItems, "minItems");
    Objects.requireNonNull(maxItems, "maxItems");
    Objects.requireNonNull(uniqueItems, "uniqueItems");
    extensions = Values.orderedCopy(extensions, "extensions");
  }

  /**
   * {@link #minimum()} if it is a number (integer and number types).
   *
   * @return the number, or empty
   */
  public Optional<BigDecimal> minimumNumber() {
    return minimum.flatMap(JsonValue::asNumber);
  }

  /**
   * {@link #minimum()} if it is a string (date, timestamp and time types).
   *
   * @return the text, or empty
   */
  public Optional<String> minimumText() {
    return minimum.flatMap(JsonValue::asString);
  }

  /**
   * {@link #exclusiveMinimum()} if it is a number (integer and number types).
   *
   * @return the number, or empty
   */
  public Optional<BigDecimal> exclusiveMinimumNumber() {
    return exclusiveMinimum.flatMap(JsonValue::asNumber);
  }

  /**
   * {@link #exclusiveMinimum()} if it is a string (date, timestamp and time types).
   *
   * @return the text, or empty
   */
  public Optional<String> exclusiveMinimumText() {
    return exclusiveMinimum.flatMap(JsonValue::asString);
  }

  /**
   * {@link #maximum()} if it is a number (integer and number types).
   *
   * @return the number, or empty
   */
  public Optional<BigDecimal> maximumNumber() {
    return maximum.flatMap(JsonValue::asNumber);
  }

  /**
   * {@link #maximum()} if it is a string (date, timestamp and time types).
   *
   * @return the text, or empty
   */
  public Optional<String> maximumText() {
    return maximum.flatMap(JsonValue::asString);
  }

  /**
   * {@link #exclusiveMaximum()} if it is a number (integer and number types).
   *
   * @return the number, or empty
   */
  public Optional<BigDecimal> exclusiveMaximumNumber() {
    return exclusiveMaximum.flatMap(JsonValue::asNumber);
  }

  /**
   * {@link #exclusiveMaximum()} if it is a string (date, timestamp and time types).
   *
   * @return the text, or empty
   */
  public Optional<String> exclusiveMaximumText() {
    return exclusiveMaximum.flatMap(JsonValue::asString);
  }

  /**
   * The pre-v3.1.0 meaning of {@code exclusiveMinimum}: a boolean that makes {@link #minimum()}
   * exclusive.
   *
   * @return the flag, or empty when {@code exclusiveMinimum} is absent or not a boolean
   */
  public Optional<Boolean> exclusiveMinimumFlag() {
    return exclusiveMinimum.flatMap(JsonValue::asBoolean);
  }

  /**
   * The pre-v3.1.0 meaning of {@code exclusiveMaximum}: a boolean that makes {@link #maximum()}
   * exclusive.
   *
   * @return the flag, or empty when {@code exclusiveMaximum} is absent or not a boolean
   */
  public Optional<Boolean> exclusiveMaximumFlag() {
    return exclusiveMaximum.flatMap(JsonValue::asBoolean);
  }

  /**
   * Whether array items must be unique; {@code false} unless set.
   *
   * @return the flag
   */
  public boolean isUniqueItems() {
    return uniqueItems.orElse(false);
  }

  /**
   * Whether no option is set and there are no extensions.
   *
   * @return true if empty
   */
  public boolean isEmpty() {
    return equals(builder().build());
  }

  private static void checkBound(Optional<JsonValue> bound, String what, boolean flagAllowed) {
    if (bound.isEmpty()) {
      return;
    }
    JsonValue v = bound.get();
    if (v instanceof JsonValue.Num || v instanceof JsonValue.Str) {
      return;
    }
    if (flagAllowed && v instanceof JsonValue.Bool) {
      return;
    }
    throw new IllegalArgumentException(
        what
            + " must be a number or a string"
            + (flagAllowed ? " (or a boolean, before v3.1.0)" : "")
            + ", got "
            + v.typeName()
            + " "
            + v);
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this value's fields.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.format = format;
    b.minLength = minLength;
    b.maxLength = maxLength;
    b.pattern = pattern;
    b.minimum = minimum;
    b.exclusiveMinimum = exclusiveMinimum;
    b.maximum = maximum;
    b.exclusiveMaximum = exclusiveMaximum;
    b.multipleOf = multipleOf;
    b.timezone = timezone;
    b.defaultTimezone = defaultTimezone;
    b.minProperties = minProperties;
    b.maxProperties = maxProperties;
    b.required = new ArrayList<>(required);
    b.minItems = minItems;
    b.maxItems = maxItems;
    b.uniqueItems = uniqueItems;
    b.extensions = extensions;
    return b;
  }

  /** Builds a {@link LogicalTypeOptions}. */
  public static final class Builder {
    private Optional<String> format = Optional.empty();
    private Optional<Integer> minLength = Optional.empty();
    private Optional<Integer> maxLength = Optional.empty();
    private Optional<String> pattern = Optional.empty();
    private Optional<JsonValue> minimum = Optional.empty();
    private Optional<JsonValue> exclusiveMinimum = Optional.empty();
    private Optional<JsonValue> maximum = Optional.empty();
    private Optional<JsonValue> exclusiveMaximum = Optional.empty();
    private Optional<BigDecimal> multipleOf = Optional.empty();
    private Optional<Boolean> timezone = Optional.empty();
    private Optional<String> defaultTimezone = Optional.empty();
    private Optional<Integer> minProperties = Optional.empty();
    private Optional<Integer> maxProperties = Optional.empty();
    private List<String> required = new ArrayList<>();
    private Optional<Integer> minItems = Optional.empty();
    private Optional<Integer> maxItems = Optional.empty();
    private Optional<Boolean> uniqueItems = Optional.empty();
    private Map<String, JsonValue> extensions = Map.of();

    private Builder() {}

    /**
     * Sets the format.
     *
     * @param format the value
     * @return this
     */
    public Builder format(String format) {
      return format(Optional.of(format));
    }

    /**
     * Sets or clears the format.
     *
     * @param format the value, or empty
     * @return this
     */
    public Builder format(Optional<String> format) {
      this.format = Objects.requireNonNull(format, "format");
      return this;
    }

    /**
     * Sets the minimum length of a string.
     *
     * @param minLength the value
     * @return this
     */
    public Builder minLength(int minLength) {
      return minLength(Optional.of(minLength));
    }

    /**
     * Sets or clears the minimum length of a string.
     *
     * @param minLength the value, or empty
     * @return this
     */
    public Builder minLength(Optional<Integer> minLength) {
      this.minLength = Objects.requireNonNull(minLength, "minLength");
      return this;
    }

    /**
     * Sets the maximum length of a string.
     *
     * @param maxLength the value
     * @return this
     */
    public Builder maxLength(int maxLength) {
      return maxLength(Optional.of(maxLength));
    }

    /**
     * Sets or clears the maximum length of a string.
     *
     * @param maxLength the value, or empty
     * @return this
     */
    public Builder maxLength(Optional<Integer> maxLength) {
      this.maxLength = Objects.requireNonNull(maxLength, "maxLength");
      return this;
    }

    /**
     * Sets the pattern strings match.
     *
     * @param pattern the value
     * @return this
     */
    public Builder pattern(String pattern) {
      return pattern(Optional.of(pattern));
    }

    /**
     * Sets or clears the pattern strings match.
     *
     * @param pattern the value, or empty
     * @return this
     */
    public Builder pattern(Optional<String> pattern) {
      this.pattern = Objects.requireNonNull(pattern, "pattern");
      return this;
    }

    /**
     * Sets the inclusive lower bound.
     *
     * @param minimum the value
     * @return this
     */
    public Builder minimum(JsonValue minimum) {
      return minimum(Optional.of(minimum));
    }

    /**
     * Sets the inclusive lower bound to a number.
     *
     * @param minimum the value
     * @return this
     */
    public Builder minimum(BigDecimal minimum) {
      return minimum(new JsonValue.Num(minimum));
    }

    /**
     * Sets the inclusive lower bound to a number.
     *
     * @param minimum the value
     * @return this
     */
    public Builder minimum(long minimum) {
      return minimum(JsonValue.of(minimum));
    }

    /**
     * Sets the inclusive lower bound to a string (a date or a time).
     *
     * @param minimum the value
     * @return this
     */
    public Builder minimum(String minimum) {
      return minimum(new JsonValue.Str(minimum));
    }

    /**
     * Sets or clears the inclusive lower bound.
     *
     * @param minimum the value, or empty
     * @return this
     */
    public Builder minimum(Optional<JsonValue> minimum) {
      this.minimum = Objects.requireNonNull(minimum, "minimum");
      return this;
    }

    /**
     * Sets the exclusive lower bound.
     *
     * @param exclusiveMinimum the value
     * @return this
     */
    public Builder exclusiveMinimum(JsonValue exclusiveMinimum) {
      return exclusiveMinimum(Optional.of(exclusiveMinimum));
    }

    /**
     * Sets the exclusive lower bound to a number.
     *
     * @param exclusiveMinimum the value
     * @return this
     */
    public Builder exclusiveMinimum(BigDecimal exclusiveMinimum) {
      return exclusiveMinimum(new JsonValue.Num(exclusiveMinimum));
    }

    /**
     * Sets the exclusive lower bound to a number.
     *
     * @param exclusiveMinimum the value
     * @return this
     */
    public Builder exclusiveMinimum(long exclusiveMinimum) {
      return exclusiveMinimum(JsonValue.of(exclusiveMinimum));
    }

    /**
     * Sets the exclusive lower bound to a string (a date or a time).
     *
     * @param exclusiveMinimum the value
     * @return this
     */
    public Builder exclusiveMinimum(String exclusiveMinimum) {
      return exclusiveMinimum(new JsonValue.Str(exclusiveMinimum));
    }

    /**
     * Sets the exclusive lower bound to a pre-v3.1.0 flag.
     *
     * @param exclusiveMinimum the value
     * @return this
     */
    public Builder exclusiveMinimum(boolean exclusiveMinimum) {
      return exclusiveMinimum(new JsonValue.Bool(exclusiveMinimum));
    }

    /**
     * Sets or clears the exclusive lower bound.
     *
     * @param exclusiveMinimum the value, or empty
     * @return this
     */
    public Builder exclusiveMinimum(Optional<JsonValue> exclusiveMinimum) {
      this.exclusiveMinimum = Objects.requireNonNull(exclusiveMinimum, "exclusiveMinimum");
      return this;
    }

    /**
     * Sets the inclusive upper bound.
     *
     * @param maximum the value
     * @return this
     */
    public Builder maximum(JsonValue maximum) {
      return maximum(Optional.of(maximum));
    }

    /**
     * Sets the inclusive upper bound to a number.
     *
     * @param maximum the value
     * @return this
     */
    public Builder maximum(BigDecimal maximum) {
      return maximum(new JsonValue.Num(maximum));
    }

    /**
     * Sets the inclusive upper bound to a number.
     *
     * @param maximum the value
     * @return this
     */
    public Builder maximum(long maximum) {
      return maximum(JsonValue.of(maximum));
    }

    /**
     * Sets the inclusive upper bound to a string (a date or a time).
     *
     * @param maximum the value
     * @return this
     */
    public Builder maximum(String maximum) {
      return maximum(new JsonValue.Str(maximum));
    }

    /**
     * Sets or clears the inclusive upper bound.
     *
     * @param maximum the value, or empty
     * @return this
     */
    public Builder maximum(Optional<JsonValue> maximum) {
      this.maximum = Objects.requireNonNull(maximum, "maximum");
      return this;
    }

    /**
     * Sets the exclusive upper bound.
     *
     * @param exclusiveMaximum the value
     * @return this
     */
    public Builder exclusiveMaximum(JsonValue exclusiveMaximum) {
      return exclusiveMaximum(Optional.of(exclusiveMaximum));
    }

    /**
     * Sets the exclusive upper bound to a number.
     *
     * @param exclusiveMaximum the value
     * @return this
     */
    public Builder exclusiveMaximum(BigDecimal exclusiveMaximum) {
      return exclusiveMaximum(new JsonValue.Num(exclusiveMaximum));
    }

    /**
     * Sets the exclusive upper bound to a number.
     *
     * @param exclusiveMaximum the value
     * @return this
     */
    public Builder exclusiveMaximum(long exclusiveMaximum) {
      return exclusiveMaximum(JsonValue.of(exclusiveMaximum));
    }

    /**
     * Sets the exclusive upper bound to a string (a date or a time).
     *
     * @param exclusiveMaximum the value
     * @return this
     */
    public Builder exclusiveMaximum(String exclusiveMaximum) {
      return exclusiveMaximum(new JsonValue.Str(exclusiveMaximum));
    }

    /**
     * Sets the exclusive upper bound to a pre-v3.1.0 flag.
     *
     * @param exclusiveMaximum the value
     * @return this
     */
    public Builder exclusiveMaximum(boolean exclusiveMaximum) {
      return exclusiveMaximum(new JsonValue.Bool(exclusiveMaximum));
    }

    /**
     * Sets or clears the exclusive upper bound.
     *
     * @param exclusiveMaximum the value, or empty
     * @return this
     */
    public Builder exclusiveMaximum(Optional<JsonValue> exclusiveMaximum) {
      this.exclusiveMaximum = Objects.requireNonNull(exclusiveMaximum, "exclusiveMaximum");
      return this;
    }

    /**
     * Sets the number values must be multiples of.
     *
     * @param multipleOf the value
     * @return this
     */
    public Builder multipleOf(BigDecimal multipleOf) {
      return multipleOf(Optional.of(multipleOf));
    }

    /**
     * Sets or clears the number values must be multiples of.
     *
     * @param multipleOf the value, or empty
     * @return this
     */
    public Builder multipleOf(Optional<BigDecimal> multipleOf) {
      this.multipleOf = Objects.requireNonNull(multipleOf, "multipleOf");
      return this;
    }

    /**
     * Sets whether values carry a timezone.
     *
     * @param timezone the value
     * @return this
     */
    public Builder timezone(boolean timezone) {
      return timezone(Optional.of(timezone));
    }

    /**
     * Sets or clears whether values carry a timezone.
     *
     * @param timezone the value, or empty
     * @return this
     */
    public Builder timezone(Optional<Boolean> timezone) {
      this.timezone = Objects.requireNonNull(timezone, "timezone");
      return this;
    }

    /**
     * Sets the default timezone.
     *
     * @param defaultTimezone the value
     * @return this
     */
    public Builder defaultTimezone(String defaultTimezone) {
      return defaultTimezone(Optional.of(defaultTimezone));
    }

    /**
     * Sets or clears the default timezone.
     *
     * @param defaultTimezone the value, or empty
     * @return this
     */
    public Builder defaultTimezone(Optional<String> defaultTimezone) {
      this.defaultTimezone = Objects.requireNonNull(defaultTimezone, "defaultTimezone");
      return this;
    }

    /**
     * Sets the minimum number of properties.
     *
     * @param minProperties the value
     * @return this
     */
    public Builder minProperties(int minProperties) {
      return minProperties(Optional.of(minProperties));
    }

    /**
     * Sets or clears the minimum number of properties.
     *
     * @param minProperties the value, or empty
     * @return this
     */
    public Builder minProperties(Optional<Integer> minProperties) {
      this.minProperties = Objects.requireNonNull(minProperties, "minProperties");
      return this;
    }

    /**
     * Sets the maximum number of properties.
     *
     * @param maxProperties the value
     * @return this
     */
    public Builder maxProperties(int maxProperties) {
      return maxProperties(Optional.of(maxProperties));
    }

    /**
     * Sets or clears the maximum number of properties.
     *
     * @param maxProperties the value, or empty
     * @return this
     */
    public Builder maxProperties(Optional<Integer> maxProperties) {
      this.maxProperties = Objects.requireNonNull(maxProperties, "maxProperties");
      return this;
    }

    /**
     * Replaces the property names an object must have.
     *
     * @param required the values
     * @return this
     */
    public Builder required(List<String> required) {
      this.required = new ArrayList<>(List.copyOf(required));
      return this;
    }

    /**
     * Adds to the property names an object must have.
     *
     * @param value the value to add
     * @return this
     */
    public Builder requiredProperty(String value) {
      this.required.add(Objects.requireNonNull(value, "requiredProperty"));
      return this;
    }

    /**
     * Sets the minimum number of items.
     *
     * @param minItems the value
     * @return this
     */
    public Builder minItems(int minItems) {
      return minItems(Optional.of(minItems));
    }

    /**
     * Sets or clears the minimum number of items.
     *
     * @param minItems the value, or empty
     * @return this
     */
    public Builder minItems(Optional<Integer> minItems) {
      this.minItems = Objects.requireNonNull(minItems, "minItems");
      return this;
    }

    /**
     * Sets the maximum number of items.
     *
     * @param maxItems the value
     * @return this
     */
    public Builder maxItems(int maxItems) {
      return maxItems(Optional.of(maxItems));
    }

    /**
     * Sets or clears the maximum number of items.
     *
     * @param maxItems the value, or empty
     * @return this
     */
    public Builder maxItems(Optional<Integer> maxItems) {
      this.maxItems = Objects.requireNonNull(maxItems, "maxItems");
      return this;
    }

    /**
     * Sets whether items must be unique.
     *
     * @param uniqueItems the value
     * @return this
     */
    public Builder uniqueItems(boolean uniqueItems) {
      return uniqueItems(Optional.of(uniqueItems));
    }

    /**
     * Sets or clears whether items must be unique.
     *
     * @param uniqueItems the value, or empty
     * @return this
     */
    public Builder uniqueItems(Optional<Boolean> uniqueItems) {
      this.uniqueItems = Objects.requireNonNull(uniqueItems, "uniqueItems");
      return this;
    }

    /**
     * Sets the fields the standard does not define.
     *
     * @param extensions the fields
     * @return this
     */
    public Builder extensions(Map<String, JsonValue> extensions) {
      this.extensions = Values.orderedCopy(extensions, "extensions");
      return this;
    }

    /**
     * Builds the logical type options.
     *
     * @return the logical type options
     */
    public LogicalTypeOptions build() {
      return new LogicalTypeOptions(
          format,
          minLength,
          maxLength,
          pattern,
          minimum,
          exclusiveMinimum,
          maximum,
          exclusiveMaximum,
          multipleOf,
          timezone,
          defaultTimezone,
          minProperties,
          maxProperties,
          required,
          minItems,
          maxItems,
          uniqueItems,
          extensions);
    }
  }
}
