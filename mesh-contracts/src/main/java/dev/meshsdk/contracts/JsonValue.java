package dev.meshsdk.contracts;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A JSON value held in a contract where ODCS allows any value: custom property values, examples,
 * quality thresholds, SLA values, and the fields of a document that the model does not know (vendor
 * extensions), which are kept so that they survive a round trip.
 *
 * <p>A closed family: {@link Str}, {@link Num}, {@link Bool}, {@link Null}, {@link Arr} and {@link
 * Obj}. Arrays and objects are immutable; objects keep their members in document order. Numbers are
 * exact ({@link BigDecimal}); {@code 1.0} and {@code 1} are different values, as they are different
 * text.
 */
public sealed interface JsonValue
    permits JsonValue.Str,
        JsonValue.Num,
        JsonValue.Bool,
        JsonValue.Null,
        JsonValue.Arr,
        JsonValue.Obj {

  /**
   * A string.
   *
   * @param value the text
   */
  record Str(String value) implements JsonValue {
    /**
     * Checks and copies the components.
     *
     * @param value the text
     */
    public Str {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
      return value;
    }
  }

  /**
   * An exact number.
   *
   * @param value the number
   */
  record Num(BigDecimal value) implements JsonValue {
    /**
     * Checks and copies the components.
     *
     * @param value the number
     */
    public Num {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
      return value.toString();
    }
  }

  /**
   * {@code true} or {@code false}.
   *
   * @param value the boolean
   */
  record Bool(boolean value) implements JsonValue {
    @Override
    public String toString() {
      return Boolean.toString(value);
    }
  }

  /** JSON {@code null}. */
  enum Null implements JsonValue {
    /** The one null value. */
    INSTANCE;

    @Override
    public String toString() {
      return "null";
    }
  }

  /**
   * An array.
   *
   * @param values the elements, in order
   */
  record Arr(List<JsonValue> values) implements JsonValue {
    /**
     * Checks and copies the components.
     *
     * @param values the elements, in order
     */
    public Arr {
      values = List.copyOf(values);
    }
  }

  /**
   * An object whose members keep their order.
   *
   * @param members the members, in document order
   */
  record Obj(Map<String, JsonValue> members) implements JsonValue {
    /** An object with no members. */
    public static final Obj EMPTY = new Obj(Map.of());

    /**
     * Checks and copies the components.
     *
     * @param members the members, in document order
     */
    public Obj {
      members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
      for (Map.Entry<String, JsonValue> e : members.entrySet()) {
        Objects.requireNonNull(e.getKey(), "member name");
        Objects.requireNonNull(e.getValue(), () -> "member " + e.getKey());
      }
    }

    /**
     * The member of that name.
     *
     * @param name the member name
     * @return its value, or empty
     */
    public Optional<JsonValue> get(String name) {
      return Optional.ofNullable(members.get(name));
    }
  }

  /**
   * A string value.
   *
   * @param value the text
   * @return the value
   */
  static JsonValue of(String value) {
    return new Str(value);
  }

  /**
   * A number value.
   *
   * @param value the number
   * @return the value
   */
  static JsonValue of(long value) {
    return new Num(BigDecimal.valueOf(value));
  }

  /**
   * A boolean value.
   *
   * @param value the boolean
   * @return the value
   */
  static JsonValue of(boolean value) {
    return new Bool(value);
  }

  /**
   * Converts a plain Java value: {@code null}, {@link String}, {@link Number}, {@link Boolean},
   * {@link List} and {@link Map} (with string keys), nested at will, or a {@link JsonValue}.
   *
   * @param value the Java value
   * @return the JSON value
   * @throws IllegalArgumentException if the value, or one inside it, is of another type or is a
   *     non-finite number
   */
  static JsonValue fromJava(@org.jspecify.annotations.Nullable Object value) {
    if (value == null) {
      return Null.INSTANCE;
    }
    if (value instanceof JsonValue v) {
      return v;
    }
    if (value instanceof String s) {
      return new Str(s);
    }
    if (value instanceof Boolean b) {
      return new Bool(b);
    }
    if (value instanceof BigDecimal d) {
      return new Num(d);
    }
    if (value instanceof BigInteger i) {
      return new Num(new BigDecimal(i));
    }
    if (value instanceof Long
        || value instanceof Integer
        || value instanceof Short
        || value instanceof Byte) {
      return new Num(BigDecimal.valueOf(((Number) value).longValue()));
    }
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        throw new IllegalArgumentException("value: a JSON number must be finite, got " + d);
      }
      return new Num(new BigDecimal(Double.toString(d)));
    }
    if (value instanceof List<?> list) {
      List<JsonValue> out = new ArrayList<>(list.size());
      for (Object o : list) {
        out.add(fromJava(o));
      }
      return new Arr(out);
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, JsonValue> out = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (!(e.getKey() instanceof String key)) {
          throw new IllegalArgumentException(
              "value: JSON object keys must be strings, got " + typeName(e.getKey()));
        }
        out.put(key, fromJava(e.getValue()));
      }
      return new Obj(out);
    }
    throw new IllegalArgumentException(
        "value: not a JSON value (null, String, Number, Boolean, List, Map): " + typeName(value));
  }

  private static String typeName(@org.jspecify.annotations.Nullable Object o) {
    return o == null ? "null" : o.getClass().getName();
  }

  /**
   * The plain Java form: {@link String}, {@link BigDecimal}, {@link Boolean}, an unmodifiable
   * {@link List} or {@link Map}, or empty for {@link Null} at the top.
   *
   * <p>Inside lists and maps JSON null becomes {@code null} entries, so those collections may hold
   * nulls.
   *
   * @return the Java value
   */
  default Optional<Object> toJava() {
    return Optional.ofNullable(JavaValues.toJava(this));
  }

  /**
   * The text, if this is a string.
   *
   * @return the text, or empty
   */
  default Optional<String> asString() {
    return this instanceof Str s ? Optional.of(s.value()) : Optional.empty();
  }

  /**
   * The number, if this is a number.
   *
   * @return the number, or empty
   */
  default Optional<BigDecimal> asNumber() {
    return this instanceof Num n ? Optional.of(n.value()) : Optional.empty();
  }

  /**
   * The boolean, if this is a boolean.
   *
   * @return the boolean, or empty
   */
  default Optional<Boolean> asBoolean() {
    return this instanceof Bool b ? Optional.of(b.value()) : Optional.empty();
  }

  /**
   * The name of this value's JSON type: string, number, boolean, null, array or object.
   *
   * @return the type name
   */
  default String typeName() {
    if (this instanceof Str) {
      return "string";
    }
    if (this instanceof Num) {
      return "number";
    }
    if (this instanceof Bool) {
      return "boolean";
    }
    if (this instanceof Arr) {
      return "array";
    }
    if (this instanceof Obj) {
      return "object";
    }
    return "null";
  }
}
