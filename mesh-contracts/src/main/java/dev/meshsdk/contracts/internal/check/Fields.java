package dev.meshsdk.contracts.internal.check;

import dev.meshsdk.contracts.JsonValue;
import dev.meshsdk.contracts.internal.tree.Nodes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Field rules shared by many shapes: JSON types, enums, ids, arrays and the common blocks. */
final class Fields {
  private static final Pattern STABLE_ID_PATTERN = Pattern.compile("^[A-Za-z0-9_-]+$");

  private Fields() {}

  /** Any string. */
  static final FieldRule STRING = type(JsonType.STRING);

  /** Any number. */
  static final FieldRule NUMBER = type(JsonType.NUMBER);

  /** A number without a fraction. */
  static final FieldRule INTEGER = type(JsonType.INTEGER);

  /** {@code true} or {@code false}. */
  static final FieldRule BOOLEAN = type(JsonType.BOOLEAN);

  /** Any object (its members are not checked). */
  static final FieldRule OBJECT = type(JsonType.OBJECT);

  /** Any JSON value ({@code AnyType}). */
  static final FieldRule ANY = (c, v, p) -> {};

  /** A string, number, boolean or null ({@code AnyNonCollectionType}). */
  static final FieldRule SCALAR =
      (c, v, p) -> {
        if (v instanceof JsonValue.Arr || v instanceof JsonValue.Obj) {
          c.report(
              p,
              "type",
              "Expected a string, number, boolean or null but found " + JsonType.describe(v) + ".");
        }
      };

  /** A {@code StableId}: letters, digits, '_' and '-'. */
  static final FieldRule STABLE_ID =
      (c, v, p) -> {
        if (c.expect(v, p, JsonType.STRING)
            && !STABLE_ID_PATTERN.matcher(((JsonValue.Str) v).value()).matches()) {
          c.report(
              p,
              "pattern",
              "'"
                  + ((JsonValue.Str) v).value()
                  + "' is not a valid id; expected letters, digits, '_' and '-' only.");
        }
      };

  /** {@code Tags}: an array of strings. */
  static final FieldRule TAGS = arrayOf(STRING);

  /** One entry of {@code AuthoritativeDefinitions}. */
  static final Shape AUTHORITATIVE_DEFINITION =
      Shape.closed("an authoritative definition")
          .with("id", STABLE_ID)
          .with(List.of("url", "type", "description"), STRING)
          .require("url", "type");

  /** {@code AuthoritativeDefinitions}. */
  static final FieldRule AUTHORITATIVE_DEFINITIONS = arrayOf(shape(AUTHORITATIVE_DEFINITION));

  /** One entry of {@code CustomProperties}. */
  static final Shape CUSTOM_PROPERTY =
      Shape.closed("a custom property")
          .with("id", STABLE_ID)
          .with("property", STRING)
          .with("value", ANY)
          .with("description", STRING)
          .require("property", "value");

  /** {@code CustomProperties}. */
  static final FieldRule CUSTOM_PROPERTIES = arrayOf(shape(CUSTOM_PROPERTY));

  /** A value of one JSON type. */
  static FieldRule type(JsonType type) {
    return (c, v, p) -> c.expect(v, p, type);
  }

  /** An object of a shape. */
  static FieldRule shape(Shape shape) {
    return (c, v, p) -> c.object(v, p, shape);
  }

  /** A string that is one of some values. */
  static FieldRule oneOf(List<String> values) {
    return (c, v, p) -> {
      if (c.expect(v, p, JsonType.STRING) && !values.contains(((JsonValue.Str) v).value())) {
        c.report(
            p,
            "enum",
            "'"
                + ((JsonValue.Str) v).value()
                + "' is not one of ["
                + String.join(", ", values)
                + "].");
      }
    };
  }

  /** An integer of at least 0. */
  static final FieldRule NON_NEGATIVE_INTEGER =
      (c, v, p) -> {
        if (c.expect(v, p, JsonType.INTEGER) && ((JsonValue.Num) v).value().signum() < 0) {
          c.report(p, "minimum", "Expected an integer of at least 0 but found " + v + ".");
        }
      };

  /**
   * An array whose items follow a rule. As the schema says of {@code StableId}, the {@code id}s of
   * the array's objects must be unique within it (rule {@code id-unique}, which the schema cannot
   * express).
   */
  static FieldRule arrayOf(FieldRule item) {
    return (c, v, p) -> {
      if (!c.expect(v, p, JsonType.ARRAY)) {
        return;
      }
      List<JsonValue> items = ((JsonValue.Arr) v).values();
      Map<String, Integer> ids = new HashMap<>();
      for (int i = 0; i < items.size(); i++) {
        String itemPath = Nodes.index(p, i);
        item.check(c, items.get(i), itemPath);
        if (items.get(i) instanceof JsonValue.Obj obj
            && obj.get("id").orElse(null) instanceof JsonValue.Str id) {
          Integer first = ids.putIfAbsent(id.value(), i);
          if (first != null) {
            c.report(
                Nodes.child(itemPath, "id"),
                "id-unique",
                "Id '"
                    + id.value()
                    + "' is already used by item "
                    + first
                    + "; ids must be unique within their array.");
          }
        }
      }
    };
  }

  /** A field that a conditional branch of the schema allows only under a condition. */
  static FieldRule onlyWhen(String field, String condition) {
    return (c, v, p) ->
        c.report(
            p, "unknown-field", "Field '" + field + "' is only allowed when " + condition + ".");
  }
}
