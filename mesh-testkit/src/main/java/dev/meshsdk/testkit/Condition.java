package dev.meshsdk.testkit;

import dev.meshsdk.contracts.ContractDefinitionException;
import dev.meshsdk.contracts.JsonValue;
import dev.meshsdk.contracts.internal.regex.Regex;
import dev.meshsdk.testkit.internal.RecordPaths;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A declarative condition on one record, the body of a consumer's named {@link Check}. Conditions
 * are data, not code, so they travel in the expectations file and run on the provider's sample
 * records.
 *
 * <p>A path such as {@code lines.sku} walks nested objects; through an array it reaches every
 * element, and a leaf condition must hold for every value it reaches (so it holds for an empty
 * array). Comparisons fail on a missing or null value: write {@code implies(present("x"),
 * atLeast("x", 0))} for "if there, at least 0". Patterns are ECMA-262 regular expressions searched
 * anywhere in the text, as JSON Schema's {@code pattern}.
 */
public sealed interface Condition
    permits Condition.Present,
        Condition.EqualTo,
        Condition.OneOf,
        Condition.AtLeast,
        Condition.AtMost,
        Condition.Matches,
        Condition.NotEmpty,
        Condition.Not,
        Condition.AllOf,
        Condition.AnyOf,
        Condition.Implies {

  /**
   * Whether the record meets this condition.
   *
   * @param record the record
   * @return true if it does
   */
  boolean test(Map<String, ?> record);

  /**
   * The value at the path is present and not null.
   *
   * @param path the field path
   * @return the condition
   */
  static Condition present(String path) {
    return new Present(path);
  }

  /**
   * The value at the path equals a value (numbers compare by value: {@code 1} equals {@code 1.0}).
   *
   * @param path the field path
   * @param value a String, Number, Boolean, List or Map
   * @return the condition
   */
  static Condition equalTo(String path, Object value) {
    return new EqualTo(path, JsonValue.fromJava(value));
  }

  /**
   * The value at the path is one of the values.
   *
   * @param path the field path
   * @param values Strings, Numbers or Booleans
   * @return the condition
   */
  static Condition oneOf(String path, Object... values) {
    List<JsonValue> list = new ArrayList<>();
    for (Object v : values) {
      list.add(JsonValue.fromJava(v));
    }
    return new OneOf(path, list);
  }

  /**
   * The value at the path is a number at least {@code minimum}.
   *
   * @param path the field path
   * @param minimum the inclusive lower bound
   * @return the condition
   */
  static Condition atLeast(String path, Number minimum) {
    return new AtLeast(path, RecordPaths.decimal(minimum));
  }

  /**
   * The value at the path is a number at most {@code maximum}.
   *
   * @param path the field path
   * @param maximum the inclusive upper bound
   * @return the condition
   */
  static Condition atMost(String path, Number maximum) {
    return new AtMost(path, RecordPaths.decimal(maximum));
  }

  /**
   * The value at the path is text in which the pattern is found.
   *
   * @param path the field path
   * @param pattern an ECMA-262 regular expression (as ODCS patterns), searched in the value
   * @return the condition
   */
  static Condition matches(String path, String pattern) {
    return new Matches(path, pattern);
  }

  /**
   * The value at the path is a non-empty string, array or object.
   *
   * @param path the field path
   * @return the condition
   */
  static Condition notEmpty(String path) {
    return new NotEmpty(path);
  }

  /**
   * The condition does not hold.
   *
   * @param condition the condition
   * @return its negation
   */
  static Condition not(Condition condition) {
    return new Not(condition);
  }

  /**
   * All conditions hold.
   *
   * @param conditions the conditions
   * @return the conjunction
   */
  static Condition allOf(Condition... conditions) {
    return new AllOf(List.of(conditions));
  }

  /**
   * At least one condition holds.
   *
   * @param conditions the conditions
   * @return the disjunction
   */
  static Condition anyOf(Condition... conditions) {
    return new AnyOf(List.of(conditions));
  }

  /**
   * When {@code condition} holds, {@code then} holds too.
   *
   * @param condition the premise
   * @param then the consequence
   * @return the implication
   */
  static Condition implies(Condition condition, Condition then) {
    return new Implies(condition, then);
  }

  /**
   * The value is present and not null.
   *
   * @param path the field path
   */
  record Present(String path) implements Condition {
    /**
     * Checks the path.
     *
     * @param path the field path
     */
    public Present {
      RecordPaths.checkPath(path, "path");
    }

    @Override
    public boolean test(Map<String, ?> record) {
      return RecordPaths.all(record, path, v -> v != null);
    }

    @Override
    public String toString() {
      return path + " is present";
    }
  }

  /**
   * The value equals a value.
   *
   * @param path the field path
   * @param value the value
   */
  record EqualTo(String path, JsonValue value) implements Condition {
    /**
     * Checks the components.
     *
     * @param path the field path
     * @param value the value
     */
    public EqualTo {
      RecordPaths.checkPath(path, "path");
      Objects.requireNonNull(value, "value");
    }

    @Override
    public boolean test(Map<String, ?> record) {
      return RecordPaths.all(record, path, v -> v != null && RecordPaths.sameValue(v, value));
    }

    @Override
    public String toString() {
      return path + " = " + RecordPaths.show(value);
    }
  }

  /**
   * The value is one of a set.
   *
   * @param path the field path
   * @param values the allowed values
   */
  record OneOf(String path, List<JsonValue> values) implements Condition {
    /**
     * Checks the components and copies the values.
     *
     * @param path the field path
     * @param values the allowed values, at least one
     */
    public OneOf {
      RecordPaths.checkPath(path, "path");
      values = List.copyOf(values);
      if (values.isEmpty()) {
        throw new IllegalArgumentException("values: oneOf needs at least one value");
      }
    }

    @Override
    public boolean test(Map<String, ?> record) {
      return RecordPaths.all(
          record,
          path,
          v -> v != null && values.stream().anyMatch(a -> RecordPaths.sameValue(v, a)));
    }

    @Override
    public String toString() {
      return path
          + " in "
          + values.stream().map(RecordPaths::show).collect(Collectors.joining(", ", "[", "]"));
    }
  }

  /**
   * The value is a number at least a minimum.
   *
   * @param path the field path
   * @param minimum the inclusive lower bound
   */
  record AtLeast(String path, BigDecimal minimum) implements Condition {
    /**
     * Checks the components.
     *
     * @param path the field path
     * @param minimum the inclusive lower bound
     */
    public AtLeast {
      RecordPaths.checkPath(path, "path");
      Objects.requireNonNull(minimum, "minimum");
    }

    @Override
    public boolean test(Map<String, ?> record) {
      return RecordPaths.all(
          record,
          path,
          v -> RecordPaths.number(v).filter(n -> n.compareTo(minimum) >= 0).isPresent());
    }

    @Override
    public String toString() {
      return path + " >= " + minimum.toPlainString();
    }
  }

  /**
   * The value is a number at most a maximum.
   *
   * @param path the field path
   * @param maximum the inclusive upper bound
   */
  record AtMost(String path, BigDecimal maximum) implements Condition {
    /**
     * Checks the components.
     *
     * @param path the field path
     * @param maximum the inclusive upper bound
     */
    public AtMost {
      RecordPaths.checkPath(path, "path");
      Objects.requireNonNull(maximum, "maximum");
    }

    @Override
    public boolean test(Map<String, ?> record) {
      return RecordPaths.all(
          record,
          path,
          v -> RecordPaths.number(v).filter(n -> n.compareTo(maximum) <= 0).isPresent());
    }

    @Override
    public String toString() {
      return path + " <= " + maximum.toPlainString();
    }
  }

  /**
   * The value is text in which a pattern is found.
   *
   * @param path the field path
   * @param pattern an ECMA-262 regular expression (as ODCS patterns), searched in the value
   */
  record Matches(String path, String pattern) implements Condition {
    /**
     * Checks the components; the pattern must compile.
     *
     * @param path the field path
     * @param pattern an ECMA-262 regular expression (as ODCS patterns), searched in the value
     */
    public Matches {
      RecordPaths.checkPath(path, "path");
      try {
        Regex.compile(pattern, Regex.Mode.SEARCH);
      } catch (ContractDefinitionException e) {
        throw new IllegalArgumentException(
            "pattern: not a valid ECMA-262 regular expression: '"
                + pattern
                + "' ("
                + e.getMessage()
                + ")",
            e);
      }
    }

    @Override
    public boolean test(Map<String, ?> record) {
      // ECMA-262, searched, as ODCS patterns are: the same engine as the record validator (linear
      // time where it can be, so a consumer's pattern cannot hang a provider's build).
      Regex p = Regex.compile(pattern, Regex.Mode.SEARCH);
      return RecordPaths.all(record, path, v -> v instanceof CharSequence s && p.matches(s));
    }

    @Override
    public String toString() {
      return path + " matches /" + pattern + "/";
    }
  }

  /**
   * The value is a non-empty string, array or object.
   *
   * @param path the field path
   */
  record NotEmpty(String path) implements Condition {
    /**
     * Checks the path.
     *
     * @param path the field path
     */
    public NotEmpty {
      RecordPaths.checkPath(path, "path");
    }

    @Override
    public boolean test(Map<String, ?> record) {
      return RecordPaths.all(
          record,
          path,
          v ->
              (v instanceof CharSequence s && s.length() > 0)
                  || (v instanceof List<?> l && !l.isEmpty())
                  || (v instanceof Map<?, ?> m && !m.isEmpty()));
    }

    @Override
    public String toString() {
      return path + " is not empty";
    }
  }

  /**
   * The negation of a condition.
   *
   * @param condition the condition
   */
  record Not(Condition condition) implements Condition {
    /**
     * Checks the component.
     *
     * @param condition the condition
     */
    public Not {
      Objects.requireNonNull(condition, "condition");
    }

    @Override
    public boolean test(Map<String, ?> record) {
      return !condition.test(record);
    }

    @Override
    public String toString() {
      return "not (" + condition + ")";
    }
  }

  /**
   * All of some conditions.
   *
   * @param conditions the conditions, at least one
   */
  record AllOf(List<Condition> conditions) implements Condition {
    /**
     * Copies the conditions.
     *
     * @param conditions the conditions, at least one
     */
    public AllOf {
      conditions = List.copyOf(conditions);
      if (conditions.isEmpty()) {
        throw new IllegalArgumentException("conditions: allOf needs at least one condition");
      }
    }

    @Override
    public boolean test(Map<String, ?> record) {
      return conditions.stream().allMatch(c -> c.test(record));
    }

    @Override
    public String toString() {
      return conditions.stream().map(c -> "(" + c + ")").collect(Collectors.joining(" and "));
    }
  }

  /**
   * Any of some conditions.
   *
   * @param conditions the conditions, at least one
   */
  record AnyOf(List<Condition> conditions) implements Condition {
    /**
     * Copies the conditions.
     *
     * @param conditions the conditions, at least one
     */
    public AnyOf {
      conditions = List.copyOf(conditions);
      if (conditions.isEmpty()) {
        throw new IllegalArgumentException("conditions: anyOf needs at least one condition");
      }
    }

    @Override
    public boolean test(Map<String, ?> record) {
      return conditions.stream().anyMatch(c -> c.test(record));
    }

    @Override
    public String toString() {
      return conditions.stream().map(c -> "(" + c + ")").collect(Collectors.joining(" or "));
    }
  }

  /**
   * When one condition holds, another does too.
   *
   * @param condition the premise
   * @param then the consequence
   */
  record Implies(Condition condition, Condition then) implements Condition {
    /**
     * Checks the components.
     *
     * @param condition the premise
     * @param then the consequence
     */
    public Implies {
      Objects.requireNonNull(condition, "condition");
      Objects.requireNonNull(then, "then");
    }

    @Override
    public boolean test(Map<String, ?> record) {
      return !condition.test(record) || then.test(record);
    }

    @Override
    public String toString() {
      return "if " + condition + " then " + then;
    }
  }
}
