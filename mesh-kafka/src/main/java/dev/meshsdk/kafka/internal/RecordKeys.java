package dev.meshsdk.kafka.internal;

import dev.meshsdk.contracts.JsonValue;
import dev.meshsdk.contracts.SchemaObject;
import dev.meshsdk.contracts.SchemaProperty;
import dev.meshsdk.contracts.internal.Decimals;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The Kafka key of a record: its primary key, as the contract declares it.
 *
 * <p>The key properties are those with {@code primaryKey: true}, ordered by {@code
 * primaryKeyPosition} (properties without a position after those with one, in declaration order).
 * One key property: its value as text (a string as it is, a number in plain decimal notation, a
 * boolean as {@code true}/{@code false}, an object or array as compact JSON); a missing or null
 * value gives no key. Several: the compact JSON array of the values in key order, {@code
 * ["ORD-1",2]}, which is unambiguous whatever the values hold. No primary key: no key.
 */
public final class RecordKeys {
  private final List<String> names;

  private RecordKeys(List<String> names) {
    this.names = List.copyOf(names);
  }

  /**
   * The key of a schema object's records.
   *
   * @param schemaObject the schema object
   * @return the key maker
   */
  public static RecordKeys of(SchemaObject schemaObject) {
    record Key(String name, int position, int index) {}
    List<Key> keys = new ArrayList<>();
    List<SchemaProperty> properties = schemaObject.properties();
    for (int i = 0; i < properties.size(); i++) {
      SchemaProperty p = properties.get(i);
      if (p.isPrimaryKey() && p.name().isPresent()) {
        int position = p.primaryKeyPosition().filter(n -> n > 0).orElse(Integer.MAX_VALUE);
        keys.add(new Key(p.name().get(), position, i));
      }
    }
    keys.sort(Comparator.comparingInt(Key::position).thenComparingInt(Key::index));
    return new RecordKeys(keys.stream().map(Key::name).toList());
  }

  /**
   * The key property names, in key order.
   *
   * @return the names, empty when the schema object has no primary key
   */
  public List<String> names() {
    return names;
  }

  /**
   * The key of a {@link Json#isPlainRecord plain} map record, without converting the whole record.
   *
   * @param record the record
   * @return the UTF-8 key, or null when there is none
   */
  public byte @Nullable [] keyOfPlain(Map<?, ?> record) {
    if (names.isEmpty()) {
      return null;
    }
    Map<String, JsonValue> members = new LinkedHashMap<>();
    for (String name : names) {
      Object v = record.get(name);
      members.put(name, v == null ? JsonValue.Null.INSTANCE : Json.toJson(v));
    }
    return key(new JsonValue.Obj(members));
  }

  /**
   * The key of a record already converted to JSON.
   *
   * @param record the record as JSON
   * @return the key bytes, or null when there is no primary key or its value is null
   */
  public byte @Nullable [] key(JsonValue record) {
    if (names.isEmpty() || !(record instanceof JsonValue.Obj obj)) {
      return null;
    }
    if (names.size() == 1) {
      JsonValue v = obj.members().get(names.get(0));
      if (v == null || v instanceof JsonValue.Null) {
        return null;
      }
      return text(v).getBytes(StandardCharsets.UTF_8);
    }
    List<JsonValue> values = new ArrayList<>(names.size());
    for (String name : names) {
      JsonValue v = obj.members().get(name);
      values.add(v == null ? JsonValue.Null.INSTANCE : v);
    }
    return Json.encode(new JsonValue.Arr(values));
  }

  private static String text(JsonValue v) {
    if (v instanceof JsonValue.Str s) {
      return s.value();
    }
    if (v instanceof JsonValue.Num n) {
      return Decimals.plainText(n.value());
    }
    if (v instanceof JsonValue.Bool b) {
      return Boolean.toString(b.value());
    }
    return Json.text(v);
  }
}
