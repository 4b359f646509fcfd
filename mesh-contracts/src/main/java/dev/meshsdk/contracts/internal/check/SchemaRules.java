package dev.meshsdk.contracts.internal.check;

import static dev.meshsdk.contracts.internal.check.Fields.AUTHORITATIVE_DEFINITIONS;
import static dev.meshsdk.contracts.internal.check.Fields.BOOLEAN;
import static dev.meshsdk.contracts.internal.check.Fields.CUSTOM_PROPERTIES;
import static dev.meshsdk.contracts.internal.check.Fields.INTEGER;
import static dev.meshsdk.contracts.internal.check.Fields.STABLE_ID;
import static dev.meshsdk.contracts.internal.check.Fields.STRING;
import static dev.meshsdk.contracts.internal.check.Fields.TAGS;
import static dev.meshsdk.contracts.internal.check.Fields.arrayOf;
import static dev.meshsdk.contracts.internal.check.Fields.onlyWhen;
import static dev.meshsdk.contracts.internal.check.Fields.shape;

import dev.meshsdk.contracts.JsonValue;
import dev.meshsdk.contracts.internal.tree.Nodes;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The {@code schema} section: schema objects ({@code SchemaObject}), their properties ({@code
 * SchemaProperty}, {@code SchemaItemProperty} and the logicalType branches of {@code
 * SchemaBaseProperty}) and relationships, plus the rules about them that the schema cannot express.
 */
final class SchemaRules {
  private SchemaRules() {}

  private static final Pattern SHORTHAND_3_1 =
      Pattern.compile("^[A-Za-z_][A-Za-z0-9_]*\\.[A-Za-z_][A-Za-z0-9_]*$");
  private static final Pattern SHORTHAND_3_2 =
      Pattern.compile("^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)+$");
  private static final Pattern FULLY_QUALIFIED =
      Pattern.compile(
          "^(?:(?:https?://)?[A-Za-z0-9._\\-/]+\\.yaml#)?/?[A-Za-z_][A-Za-z0-9_]*/[A-Za-z0-9_-]+"
              + "(?:/[A-Za-z_][A-Za-z0-9_]*/[A-Za-z0-9_-]+)*$");

  /** The {@code schema} array: schema objects whose names are unique. */
  static final FieldRule SCHEMA =
      (c, v, p) -> {
        arrayOf(SchemaRules::schemaObject).check(c, v, p);
        if (v instanceof JsonValue.Arr array) {
          uniqueNames(c, array, p, "schema-name-unique", "schema object");
        }
      };

  /** A {@code properties} array: properties with unique names and unique key positions. */
  static final FieldRule PROPERTIES =
      (c, v, p) -> {
        arrayOf((c2, v2, p2) -> property(c2, v2, p2, true)).check(c, v, p);
        if (v instanceof JsonValue.Arr array) {
          uniqueNames(c, array, p, "property-name-unique", "property");
          uniquePositions(c, array, p, "primaryKeyPosition", "primary-key-position-unique");
          uniquePositions(c, array, p, "partitionKeyPosition", "partition-key-position-unique");
        }
      };

  private static final FieldRule ITEMS = (c, v, p) -> property(c, v, p, false);

  private static final Shape MAP =
      Shape.closed("a map definition")
          .with("key", ITEMS)
          .with("value", ITEMS)
          .require("key", "value");

  private static final FieldRule ENUM =
      (c, v, p) -> {
        arrayOf(shape(Grammar.ENUM_VALUE)).check(c, v, p);
        if (v instanceof JsonValue.Arr array) {
          if (array.values().isEmpty()) {
            c.report(p, "min-items", "Expected at least one enum value but found none.");
          }
          uniqueItems(c, array, p, "enum value");
        }
      };

  private static final FieldRule REFERENCE =
      (c, v, p) -> {
        if (v instanceof JsonValue.Str s) {
          reference(c, s, p);
        } else if (v instanceof JsonValue.Arr array) {
          if (array.values().isEmpty()) {
            c.report(p, "min-items", "Expected at least one reference but found none.");
          }
          for (int i = 0; i < array.values().size(); i++) {
            JsonValue item = array.values().get(i);
            if (c.expect(item, Nodes.index(p, i), JsonType.STRING)) {
              reference(c, (JsonValue.Str) item, Nodes.index(p, i));
            }
          }
        } else {
          c.report(
              p,
              "type",
              "Expected a reference or an array of references but found "
                  + JsonType.describe(v)
                  + ".");
        }
      };

  private static final Shape PROPERTY_RELATIONSHIP =
      Shape.closed("a property-level relationship")
          .with("type", Fields.oneOf(List.of("foreignKey")))
          .with(
              "from",
              (c, v, p) ->
                  c.report(
                      p,
                      "relationship-from-not-allowed",
                      "Field 'from' is not allowed in a property-level relationship, whose source"
                          + " is the property itself."))
          .with("to", REFERENCE)
          .with("customProperties", CUSTOM_PROPERTIES)
          .require("to");

  private static final Shape SCHEMA_RELATIONSHIP =
      Shape.closed("a schema-level relationship")
          .with("type", Fields.oneOf(List.of("foreignKey")))
          .with("from", REFERENCE)
          .with("to", REFERENCE)
          .with("customProperties", CUSTOM_PROPERTIES)
          .require("from", "to");

  private static final Map<String, Shape> SHAPES = new ConcurrentHashMap<>();

  static void schemaObject(CheckContext c, JsonValue v, String p) {
    SchemaVersion version = c.version();
    Shape shape =
        SHAPES.computeIfAbsent(
            "object " + version,
            k -> {
              Shape s =
                  element(Shape.closed("a schema object"), version)
                      .with("logicalType", Fields.oneOf(List.of("object")))
                      .with(List.of("physicalName", "dataGranularityDescription"), STRING)
                      .with("properties", PROPERTIES)
                      .with("relationships", arrayOf(SchemaRules::schemaRelationship))
                      .with("quality", QualityRules.list(QualityRules.Level.SCHEMA))
                      .require("name");
              return version.isV32() ? s.with("context", Grammar.CONTEXT) : s;
            });
    c.object(v, p, shape);
  }

  /** A property; {@code named} is false for array items and map keys and values. */
  static void property(CheckContext c, JsonValue v, String p, boolean named) {
    if (!c.expect(v, p, JsonType.OBJECT)) {
      return;
    }
    JsonValue.Obj property = (JsonValue.Obj) v;
    SchemaVersion version = c.version();
    LogicalType type = LogicalType.of(property, version);
    Shape shape =
        SHAPES.computeIfAbsent(
            "property " + version + " " + type + " " + named,
            k -> propertyShape(version, type, named));
    c.object(property, p, shape);
    if (type == LogicalType.ARRAY && c.strict() && !property.members().containsKey("items")) {
      c.report(
          Nodes.child(p, "items"),
          "array-items-required",
          "A property of logicalType array needs 'items' to say what its elements are.");
    }
    keyPosition(c, property, p, "primaryKeyPosition", "primaryKey");
    keyPosition(c, property, p, "partitionKeyPosition", "partitioned");
    if (type == LogicalType.OBJECT) {
      requiredPropertiesExist(c, property, p);
    }
    if (property.get("enum").orElse(null) instanceof JsonValue.Arr values && version.isV32()) {
      enumValues(c, values, Nodes.child(p, "enum"), type);
    }
  }

  private static Shape propertyShape(SchemaVersion version, LogicalType type, boolean named) {
    boolean any = type == LogicalType.INVALID;
    Shape s =
        element(Shape.closed(named ? "a property" : "an item definition"), version)
            .with("primaryKey", BOOLEAN)
            .with("primaryKeyPosition", INTEGER)
            .with("logicalType", Fields.oneOf(LogicalType.names(version)))
            .with("logicalTypeOptions", LogicalTypeOptions.rule(version, type))
            .with("physicalName", STRING)
            .with(List.of("required", "unique", "partitioned", "criticalDataElement"), BOOLEAN)
            .with("partitionKeyPosition", INTEGER)
            .with(
                List.of(
                    "classification", "encryptedName", "transformLogic", "transformDescription"),
                STRING)
            .with("transformSourceObjects", arrayOf(STRING))
            .with("examples", arrayOf(Fields.ANY))
            .with("relationships", arrayOf(shape(PROPERTY_RELATIONSHIP)))
            .with("quality", QualityRules.list(QualityRules.Level.PROPERTY))
            .with(
                "properties",
                any || type.takes(LogicalType.OBJECT)
                    ? PROPERTIES
                    : onlyWhen("properties", "logicalType is object"))
            .with(
                "items",
                any || type.takes(LogicalType.ARRAY)
                    ? ITEMS
                    : onlyWhen("items", "logicalType is array"));
    if (version.isV32()) {
      // The draft's map branch lacks required: [logicalType], so there a property without a
      // logicalType needs a map block (ODCS #322, fixed upstream by #324). We follow the fix: map
      // belongs to logicalType map only.
      s =
          s.with("semanticType", Fields.oneOf(List.of("column", "measure", "dimension")))
              .with("enum", ENUM)
              .with(
                  "map",
                  any || type == LogicalType.MAP
                      ? shape(MAP)
                      : onlyWhen("map", "logicalType is map"));
      if (type == LogicalType.MAP) {
        s = s.require("map");
      }
    }
    return named ? s.require("name") : s;
  }

  /** The fields of {@code SchemaElement}, common to schema objects and properties. */
  private static Shape element(Shape shape, SchemaVersion version) {
    Shape s =
        shape
            .with("id", STABLE_ID)
            .with(List.of("name", "physicalType", "description", "businessName"), STRING);
    if (version.isV32()) {
      s = s.with("synonyms", arrayOf(shape(Grammar.SYNONYM)));
    }
    return s.with("authoritativeDefinitions", AUTHORITATIVE_DEFINITIONS)
        .with("tags", TAGS)
        .with("customProperties", CUSTOM_PROPERTIES);
  }

  private static void schemaRelationship(CheckContext c, JsonValue v, String p) {
    c.object(v, p, SCHEMA_RELATIONSHIP)
        .ifPresent(
            relationship -> {
              JsonValue from = relationship.members().get("from");
              JsonValue to = relationship.members().get("to");
              if (!isReferenceLike(from) || !isReferenceLike(to)) {
                return;
              }
              if (from instanceof JsonValue.Arr f && to instanceof JsonValue.Arr t) {
                if (f.values().size() != t.values().size()) {
                  c.report(
                      p,
                      "relationship-arity",
                      "A composite relationship needs as many 'to' as 'from' references, but has "
                          + f.values().size()
                          + " 'from' and "
                          + t.values().size()
                          + " 'to'.");
                }
              } else if (from instanceof JsonValue.Arr || to instanceof JsonValue.Arr) {
                c.report(
                    p,
                    "relationship-shape",
                    "Expected 'from' and 'to' to be both single references or both arrays of"
                        + " references.");
              }
            });
  }

  private static boolean isReferenceLike(JsonValue value) {
    return value instanceof JsonValue.Str || value instanceof JsonValue.Arr;
  }

  private static void reference(CheckContext c, JsonValue.Str ref, String p) {
    Pattern shorthand = c.version().isV32() ? SHORTHAND_3_2 : SHORTHAND_3_1;
    if (!shorthand.matcher(ref.value()).matches()
        && !FULLY_QUALIFIED.matcher(ref.value()).matches()) {
      c.report(
          p,
          "pattern",
          "'"
              + ref.value()
              + "' is not a reference; expected table.column or a fully qualified path such as"
              + " schema/<objectId>/properties/<propertyId>.");
    }
  }

  private static void uniqueNames(
      CheckContext c, JsonValue.Arr array, String p, String rule, String what) {
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < array.values().size(); i++) {
      if (array.values().get(i) instanceof JsonValue.Obj o
          && o.get("name").orElse(null) instanceof JsonValue.Str name) {
        Integer first = seen.putIfAbsent(name.value(), i);
        if (first != null) {
          c.report(
              Nodes.child(Nodes.index(p, i), "name"),
              rule,
              "The "
                  + what
                  + " name '"
                  + name.value()
                  + "' is already used by item "
                  + first
                  + "; names must be unique.");
        }
      }
    }
  }

  private static void uniquePositions(
      CheckContext c, JsonValue.Arr array, String p, String field, String rule) {
    Map<BigDecimal, Integer> seen = new HashMap<>();
    for (int i = 0; i < array.values().size(); i++) {
      if (array.values().get(i) instanceof JsonValue.Obj o
          && o.get(field).orElse(null) instanceof JsonValue.Num n
          && n.value().signum() > 0) {
        Integer first = seen.putIfAbsent(n.value().stripTrailingZeros(), i);
        if (first != null) {
          c.report(
              Nodes.child(Nodes.index(p, i), field),
              rule,
              field
                  + " "
                  + n
                  + " is already taken by item "
                  + first
                  + "; each position may be used once per object.");
        }
      }
    }
  }

  /** A key position is 1 or more (or -1, the default, for none) and goes with its flag. */
  private static void keyPosition(
      CheckContext c, JsonValue.Obj property, String p, String field, String flag) {
    if (!(property.get(field).orElse(null) instanceof JsonValue.Num n)
        || !JsonType.isIntegral(n.value())) {
      return;
    }
    int sign = n.value().signum();
    if (sign == 0 || (sign < 0 && n.value().compareTo(BigDecimal.ONE.negate()) != 0)) {
      c.report(
          Nodes.child(p, field),
          "key-position-range",
          "Expected a position of 1 or more (or -1 for none) but found " + n + ".");
    } else if (sign > 0
        && !(property.get(flag).orElse(null) instanceof JsonValue.Bool b && b.value())) {
      c.report(
          Nodes.child(p, field),
          "key-position-flag",
          field + " is " + n + " but " + flag + " is not true.");
    }
  }

  /** The names in {@code logicalTypeOptions.required} are properties of the object. */
  private static void requiredPropertiesExist(CheckContext c, JsonValue.Obj property, String p) {
    if (!(property.get("properties").orElse(null) instanceof JsonValue.Arr properties)
        || !(property.get("logicalTypeOptions").orElse(null) instanceof JsonValue.Obj options)
        || !(options.get("required").orElse(null) instanceof JsonValue.Arr required)) {
      return;
    }
    List<@Nullable JsonValue> names =
        properties.values().stream()
            .map(x -> x instanceof JsonValue.Obj o ? o.get("name").orElse(null) : null)
            .toList();
    for (int i = 0; i < required.values().size(); i++) {
      JsonValue name = required.values().get(i);
      if (name instanceof JsonValue.Str s && !names.contains(name)) {
        c.report(
            Nodes.index(Nodes.child(Nodes.child(p, "logicalTypeOptions"), "required"), i),
            "required-property-unknown",
            "'" + s.value() + "' is listed as required but is not one of the object's properties.");
      }
    }
  }

  /** Enum values are distinct and fit the logicalType. */
  private static void enumValues(CheckContext c, JsonValue.Arr values, String p, LogicalType type) {
    for (int i = 0; i < values.values().size(); i++) {
      if (!(values.values().get(i) instanceof JsonValue.Obj item) || item.get("value").isEmpty()) {
        continue;
      }
      JsonValue value = item.get("value").orElseThrow();
      String itemPath = Nodes.child(Nodes.index(p, i), "value");
      for (int j = 0; j < i; j++) {
        if (values.values().get(j) instanceof JsonValue.Obj earlier
            && !CheckContext.jsonEquals(earlier, item)
            && earlier.get("value").filter(e -> CheckContext.jsonEquals(e, value)).isPresent()) {
          c.report(
              itemPath,
              "enum-value-unique",
              "The enum value " + value + " is already defined by item " + j + ".");
          break;
        }
      }
      JsonType expected = enumValueType(type);
      if (expected != null && !(value instanceof JsonValue.Null) && !expected.matches(value)) {
        c.report(
            itemPath,
            "enum-value-type",
            "Expected "
                + expected.described()
                + " for a property of logicalType "
                + type.schemaName()
                + " but found "
                + JsonType.describe(value)
                + ".");
      }
    }
  }

  private static @Nullable JsonType enumValueType(LogicalType type) {
    switch (type) {
      case STRING:
      case DATE:
      case TIMESTAMP:
      case TIME:
        return JsonType.STRING;
      case INTEGER:
        return JsonType.INTEGER;
      case NUMBER:
        return JsonType.NUMBER;
      case BOOLEAN:
        return JsonType.BOOLEAN;
      default:
        return null;
    }
  }

  /** JSON Schema's {@code uniqueItems}: no two items are equal. */
  static void uniqueItems(CheckContext c, JsonValue.Arr array, String p, String what) {
    List<JsonValue> items = array.values();
    for (int i = 1; i < items.size(); i++) {
      for (int j = 0; j < i; j++) {
        if (CheckContext.jsonEquals(items.get(i), items.get(j))) {
          c.report(
              Nodes.index(p, i),
              "unique-items",
              "This " + what + " repeats item " + j + "; items must be unique.");
          break;
        }
      }
    }
  }
}
