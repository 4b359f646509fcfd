package dev.meshsdk.contracts.internal.odcs;

import dev.meshsdk.contracts.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Builds the JSON object of one model value, field by field in the standard's order. Empty
 * optionals, empty lists and empty maps are left out, so what was absent stays absent.
 */
public final class Out {
  private final Map<String, JsonValue> members = new LinkedHashMap<>();

  /**
   * A new, empty object.
   *
   * @return the builder
   */
  public static Out object() {
    return new Out();
  }

  /**
   * A string field.
   *
   * @param key the key
   * @param value the value
   * @return this
   */
  public Out put(String key, String value) {
    members.put(key, new JsonValue.Str(value));
    return this;
  }

  /**
   * A JSON field.
   *
   * @param key the key
   * @param value the value
   * @return this
   */
  public Out put(String key, JsonValue value) {
    members.put(key, value);
    return this;
  }

  /**
   * An optional field of type String, Boolean, Integer, BigDecimal, JsonValue or an enum's wire
   * value (pass {@code Optional<String>} for enums: {@code type.map(Type::value)}).
   *
   * @param key the key
   * @param value the value, left out when empty
   * @return this
   */
  public Out opt(String key, Optional<?> value) {
    value.ifPresent(v -> members.put(key, JsonValue.fromJava(v)));
    return this;
  }

  /**
   * A list of strings, left out when empty.
   *
   * @param key the key
   * @param values the strings
   * @return this
   */
  public Out strings(String key, List<String> values) {
    return list(key, values, JsonValue.Str::new);
  }

  /**
   * A list of elements, left out when empty.
   *
   * @param key the key
   * @param values the elements
   * @param writer writes one element
   * @param <T> the element type
   * @return this
   */
  public <T> Out list(String key, List<T> values, Function<T, ? extends JsonValue> writer) {
    if (!values.isEmpty()) {
      List<JsonValue> out = new ArrayList<>(values.size());
      for (T v : values) {
        out.add(writer.apply(v));
      }
      members.put(key, new JsonValue.Arr(out));
    }
    return this;
  }

  /**
   * An optional nested object, left out when empty.
   *
   * @param key the key
   * @param value the value
   * @param writer writes it
   * @param <T> the type
   * @return this
   */
  public <T> Out object(String key, Optional<T> value, Function<T, ? extends JsonValue> writer) {
    value.ifPresent(v -> members.put(key, writer.apply(v)));
    return this;
  }

  /**
   * A map of JSON values written as an object, left out when empty.
   *
   * @param key the key
   * @param value the members
   * @return this
   */
  public Out jsonObject(String key, Map<String, JsonValue> value) {
    if (!value.isEmpty()) {
      members.put(key, new JsonValue.Obj(value));
    }
    return this;
  }

  /**
   * Appends unknown and vendor fields after the known ones (a known key is never overwritten).
   *
   * @param extensions the fields
   * @return this
   */
  public Out extensions(Map<String, JsonValue> extensions) {
    extensions.forEach(members::putIfAbsent);
    return this;
  }

  /**
   * The object.
   *
   * @return the JSON object
   */
  public JsonValue.Obj build() {
    return new JsonValue.Obj(members);
  }
}
