package dev.meshsdk.testkit;

import dev.meshsdk.contracts.ContractDefinitionException;
import dev.meshsdk.contracts.JsonValue;
import dev.meshsdk.contracts.LogicalType;
import dev.meshsdk.contracts.internal.regex.Regex;
import dev.meshsdk.testkit.internal.RecordPaths;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.stream.Collectors;

/**
 * What a consumer relies on about one field it reads: its type, that it is always present, and the
 * constraints on its values. The provider's contract must guarantee at least as much.
 *
 * <p>Built fluently: {@code ConsumerContract.field("amount").type(NUMBER).required().atLeast(0)}.
 *
 * @param path the field path, such as {@code amount} or {@code lines.sku} (through arrays to their
 *     elements)
 * @param type the logical type the consumer reads the value as; empty if it does not care
 * @param required whether the consumer relies on the value being present and not null
 * @param minimum the inclusive lower bound the consumer relies on
 * @param maximum the inclusive upper bound the consumer relies on
 * @param allowedValues the only values the consumer can handle; empty for any
 * @param minLength the minimum text length the consumer relies on
 * @param maxLength the maximum text length the consumer relies on
 * @param pattern a regular expression the consumer relies on text matching; the provider's must be
 *     the same
 */
public record FieldExpectation(
    String path,
    Optional<LogicalType> type,
    boolean required,
    Optional<BigDecimal> minimum,
    Optional<BigDecimal> maximum,
    List<JsonValue> allowedValues,
    Optional<Integer> minLength,
    Optional<Integer> maxLength,
    Optional<String> pattern) {

  /**
   * Checks the components and copies the list.
   *
   * @param path the field path
   * @param type the logical type
   * @param required whether the value must be present and not null
   * @param minimum the inclusive lower bound
   * @param maximum the inclusive upper bound
   * @param allowedValues the only values the consumer can handle
   * @param minLength the minimum text length, not negative
   * @param maxLength the maximum text length, not negative, at least {@code minLength}
   * @param pattern a regular expression that compiles
   */
  public FieldExpectation {
    RecordPaths.checkPath(path, "path");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(minimum, "minimum");
    Objects.requireNonNull(maximum, "maximum");
    allowedValues = List.copyOf(allowedValues);
    Objects.requireNonNull(minLength, "minLength");
    Objects.requireNonNull(maxLength, "maxLength");
    Objects.requireNonNull(pattern, "pattern");
    if (minimum.isPresent() && maximum.isPresent() && minimum.get().compareTo(maximum.get()) > 0) {
      throw new IllegalArgumentException(
          "field '"
              + path
              + "': atLeast must not exceed atMost, got "
              + minimum.get().toPlainString()
              + " > "
              + maximum.get().toPlainString());
    }
    minLength.ifPresent(n -> nonNegative(path, "minLength", n));
    maxLength.ifPresent(n -> nonNegative(path, "maxLength", n));
    if (minLength.isPresent() && maxLength.isPresent() && minLength.get() > maxLength.get()) {
      throw new IllegalArgumentException(
          "field '"
              + path
              + "': minLength must not exceed maxLength, got "
              + minLength.get()
              + " > "
              + maxLength.get());
    }
    for (JsonValue v : allowedValues) {
      if (!(v instanceof JsonValue.Str
          || v instanceof JsonValue.Num
          || v instanceof JsonValue.Bool)) {
        throw new IllegalArgumentException(
            "field '" + path + "': oneOf values must be strings, numbers or booleans, got " + v);
      }
    }
    pattern.ifPresent(
        p -> {
          try {
            Regex.compile(p, Regex.Mode.SEARCH);
          } catch (ContractDefinitionException e) {
            throw new IllegalArgumentException(
                "field '"
                    + path
                    + "': pattern is not a valid ECMA-262 regular expression: '"
                    + p
                    + "'",
                e);
          }
        });
  }

  private static void nonNegative(String path, String what, int n) {
    if (n < 0) {
      throw new IllegalArgumentException(
          "field '" + path + "': " + what + " must not be negative, got " + n);
    }
  }

  /**
   * A builder for the field at a path: no type, optional, no constraints.
   *
   * @param path the field path, such as {@code lines.sku}
   * @return the builder
   */
  public static Builder builder(String path) {
    RecordPaths.checkPath(path, "path");
    return new Builder(path);
  }

  /**
   * A builder holding this value.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(path);
    b.type = type;
    b.required = required;
    b.minimum = minimum;
    b.maximum = maximum;
    b.allowedValues.addAll(allowedValues);
    b.minLength = minLength;
    b.maxLength = maxLength;
    b.pattern = pattern;
    return b;
  }

  /**
   * The expectation in words, such as {@code number, required, >= 0}.
   *
   * @return the description
   */
  public String describe() {
    StringJoiner j = new StringJoiner(", ");
    type.ifPresent(t -> j.add(t.value()));
    if (required) {
      j.add("required");
    }
    minimum.ifPresent(m -> j.add(">= " + m.toPlainString()));
    maximum.ifPresent(m -> j.add("<= " + m.toPlainString()));
    if (!allowedValues.isEmpty()) {
      j.add(
          "one of "
              + allowedValues.stream()
                  .map(RecordPaths::show)
                  .collect(Collectors.joining(", ", "[", "]")));
    }
    minLength.ifPresent(n -> j.add("minLength " + n));
    maxLength.ifPresent(n -> j.add("maxLength " + n));
    pattern.ifPresent(p -> j.add("pattern /" + p + "/"));
    return j.length() == 0 ? "read" : j.toString();
  }

  @Override
  public String toString() {
    return path + " (" + describe() + ")";
  }

  /** Builds a {@link FieldExpectation} fluently; each step fails fast on a bad argument. */
  public static final class Builder {
    private final String path;
    private Optional<LogicalType> type = Optional.empty();
    private boolean required;
    private Optional<BigDecimal> minimum = Optional.empty();
    private Optional<BigDecimal> maximum = Optional.empty();
    private final List<JsonValue> allowedValues = new ArrayList<>();
    private Optional<Integer> minLength = Optional.empty();
    private Optional<Integer> maxLength = Optional.empty();
    private Optional<String> pattern = Optional.empty();

    private Builder(String path) {
      this.path = path;
    }

    /**
     * The logical type the consumer reads the value as. An {@code integer} field satisfies an
     * expected {@code number}.
     *
     * @param type the type
     * @return this builder
     */
    public Builder type(LogicalType type) {
      this.type = Optional.of(Objects.requireNonNull(type, "type"));
      return this;
    }

    /**
     * The consumer relies on the value being present and not null.
     *
     * @return this builder
     */
    public Builder required() {
      this.required = true;
      return this;
    }

    /**
     * The consumer relies on values being at least this.
     *
     * @param minimum the inclusive lower bound
     * @return this builder
     */
    public Builder atLeast(Number minimum) {
      this.minimum = Optional.of(bound("atLeast", minimum));
      return this;
    }

    /**
     * The consumer relies on values being at most this.
     *
     * @param maximum the inclusive upper bound
     * @return this builder
     */
    public Builder atMost(Number maximum) {
      this.maximum = Optional.of(bound("atMost", maximum));
      return this;
    }

    /**
     * The consumer can handle only these values.
     *
     * @param values Strings, Numbers or Booleans
     * @return this builder
     */
    public Builder oneOf(Object... values) {
      if (values.length == 0) {
        throw new IllegalArgumentException(
            "oneOf: field '" + path + "' needs at least one allowed value");
      }
      allowedValues.clear();
      for (Object v : values) {
        try {
          allowedValues.add(JsonValue.fromJava(v));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("oneOf: field '" + path + "': " + e.getMessage(), e);
        }
      }
      return this;
    }

    /**
     * The consumer relies on text being at least this long.
     *
     * @param minLength the minimum length
     * @return this builder
     */
    public Builder minLength(int minLength) {
      this.minLength = Optional.of(minLength);
      return this;
    }

    /**
     * The consumer relies on text being at most this long (say, a column it stores it in).
     *
     * @param maxLength the maximum length
     * @return this builder
     */
    public Builder maxLength(int maxLength) {
      this.maxLength = Optional.of(maxLength);
      return this;
    }

    /**
     * The consumer relies on text matching this regular expression; the provider's contract must
     * state the same pattern.
     *
     * @param pattern the regular expression
     * @return this builder
     */
    public Builder pattern(String pattern) {
      this.pattern = Optional.of(Objects.requireNonNull(pattern, "pattern"));
      return this;
    }

    /**
     * Builds the expectation.
     *
     * @return the expectation
     * @throws IllegalArgumentException if the constraints contradict each other
     */
    public FieldExpectation build() {
      return new FieldExpectation(
          path, type, required, minimum, maximum, allowedValues, minLength, maxLength, pattern);
    }

    private BigDecimal bound(String parameter, Number n) {
      try {
        return RecordPaths.decimal(n);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            parameter + ": field '" + path + "': " + e.getMessage(), e);
      }
    }
  }
}
