package dev.meshsdk.contracts.internal.check;

import static dev.meshsdk.contracts.internal.check.Fields.BOOLEAN;
import static dev.meshsdk.contracts.internal.check.Fields.NON_NEGATIVE_INTEGER;
import static dev.meshsdk.contracts.internal.check.Fields.NUMBER;
import static dev.meshsdk.contracts.internal.check.Fields.STRING;

import dev.meshsdk.contracts.ContractDefinitionException;
import dev.meshsdk.contracts.JsonValue;
import dev.meshsdk.contracts.internal.regex.Regex;
import dev.meshsdk.contracts.internal.tree.Nodes;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * {@code logicalTypeOptions}: the closed set of options each logicalType branch of the schema
 * allows, with their types, plus ordered bounds and well-formed patterns and date formats.
 */
final class LogicalTypeOptions {
  private LogicalTypeOptions() {}

  private static final List<String> INTEGER_FORMATS =
      List.of("i8", "i16", "i32", "i64", "i128", "u8", "u16", "u32", "u64", "u128");

  /** {@code multipleOf}: a number greater than 0. */
  private static final FieldRule POSITIVE_NUMBER =
      (c, v, p) -> {
        if (c.expect(v, p, JsonType.NUMBER) && ((JsonValue.Num) v).value().signum() <= 0) {
          c.report(p, "exclusive-minimum", "Expected a number greater than 0 but found " + v + ".");
        }
      };

  /** The v3.0 form of exclusive bounds was a boolean; v3.0 documents may keep it. */
  private static FieldRule legacyBoolean(FieldRule current) {
    return (c, v, p) -> {
      if (!(v instanceof JsonValue.Bool)) {
        current.check(c, v, p);
      }
    };
  }

  private static final FieldRule REQUIRED_NAMES =
      (c, v, p) -> {
        if (!c.expect(v, p, JsonType.ARRAY)) {
          return;
        }
        JsonValue.Arr names = (JsonValue.Arr) v;
        if (names.values().isEmpty()) {
          c.report(p, "min-items", "Expected at least one required property name but found none.");
        }
        for (int i = 0; i < names.values().size(); i++) {
          c.expect(names.values().get(i), Nodes.index(p, i), JsonType.STRING);
        }
        SchemaRules.uniqueItems(c, names, p, "name");
      };

  /** The rule of {@code logicalTypeOptions} on a property of the given logicalType. */
  static FieldRule rule(SchemaVersion version, LogicalType type) {
    switch (type) {
      case ABSENT:
        return (c, v, p) -> {
          if (c.expect(v, p, JsonType.OBJECT)) {
            for (String key : ((JsonValue.Obj) v).members().keySet()) {
              c.report(
                  Nodes.child(p, key),
                  "unknown-field",
                  "Field '"
                      + key
                      + "' is not allowed in logicalTypeOptions when the property has no"
                      + " logicalType.");
            }
          }
        };
      case BOOLEAN:
      case MAP:
        return (c, v, p) -> {
          if (c.expect(v, p, JsonType.OBJECT)) {
            for (String key : ((JsonValue.Obj) v).members().keySet()) {
              c.report(
                  Nodes.child(p, key),
                  "logical-type-options-unsupported",
                  "logicalType "
                      + type.schemaName()
                      + " defines no options, so '"
                      + key
                      + "' has no meaning.");
            }
          }
        };
      case INVALID:
        return Fields.OBJECT;
      default:
        Shape shape = shape(version, type);
        return (c, v, p) -> c.object(v, p, shape).ifPresent(o -> extraRules(c, o, p, type));
    }
  }

  private static Shape shape(SchemaVersion version, LogicalType type) {
    boolean legacy = version == SchemaVersion.V3_0;
    Shape s = Shape.closed("the logicalTypeOptions of logicalType " + type.schemaName());
    switch (type) {
      case STRING:
        return s.with(List.of("minLength", "maxLength"), NON_NEGATIVE_INTEGER)
            .with(List.of("pattern", "format"), STRING);
      case DATE:
      case TIMESTAMP:
      case TIME:
        s =
            s.with("format", STRING)
                .with(List.of("minimum", "maximum"), STRING)
                .with(
                    List.of("exclusiveMinimum", "exclusiveMaximum"),
                    legacy ? legacyBoolean(STRING) : STRING);
        return type == LogicalType.DATE
            ? s
            : s.with("timezone", BOOLEAN).with("defaultTimezone", STRING);
      case INTEGER:
      case NUMBER:
        return s.with("multipleOf", POSITIVE_NUMBER)
            .with(List.of("minimum", "maximum"), NUMBER)
            .with(
                List.of("exclusiveMinimum", "exclusiveMaximum"),
                legacy ? legacyBoolean(NUMBER) : NUMBER)
            .with(
                "format",
                Fields.oneOf(
                    type == LogicalType.INTEGER ? INTEGER_FORMATS : List.of("f32", "f64")));
      case OBJECT:
        return s.with(List.of("minProperties", "maxProperties"), NON_NEGATIVE_INTEGER)
            .with("required", REQUIRED_NAMES);
      case ARRAY:
        return s.with(List.of("minItems", "maxItems"), NON_NEGATIVE_INTEGER)
            .with("uniqueItems", BOOLEAN);
      default:
        throw new IllegalArgumentException("no options shape for " + type);
    }
  }

  /** Rules the schema cannot express: ordered bounds, compilable patterns and date formats. */
  private static void extraRules(CheckContext c, JsonValue.Obj o, String p, LogicalType type) {
    Map<String, JsonValue> m = o.members();
    switch (type) {
      case STRING:
        order(c, m, p, "minLength", "maxLength", false);
        if (m.get("pattern") instanceof JsonValue.Str regex) {
          try {
            // The same ECMA-262 engine the record validator compiles patterns with.
            Regex.compile(regex.value(), Regex.Mode.SEARCH);
          } catch (ContractDefinitionException e) {
            c.report(
                Nodes.child(p, "pattern"),
                "invalid-pattern",
                "'"
                    + regex.value()
                    + "' is not a valid ECMA-262 regular expression: "
                    + e.getMessage()
                    + ".");
          }
        }
        break;
      case DATE:
      case TIMESTAMP:
      case TIME:
        if (m.get("format") instanceof JsonValue.Str format) {
          try {
            DateTimeFormatter.ofPattern(format.value());
          } catch (IllegalArgumentException e) {
            c.report(
                Nodes.child(p, "format"),
                "invalid-date-format",
                "'"
                    + format.value()
                    + "' is not a DateTimeFormatter pattern such as yyyy-MM-dd: "
                    + e.getMessage()
                    + ".");
          }
        }
        break;
      case INTEGER:
      case NUMBER:
        order(c, m, p, "minimum", "maximum", false);
        order(c, m, p, "minimum", "exclusiveMaximum", true);
        order(c, m, p, "exclusiveMinimum", "maximum", true);
        order(c, m, p, "exclusiveMinimum", "exclusiveMaximum", true);
        break;
      case OBJECT:
        order(c, m, p, "minProperties", "maxProperties", false);
        break;
      case ARRAY:
        order(c, m, p, "minItems", "maxItems", false);
        break;
      default:
        break;
    }
  }

  /** Reports a {@code bounds-order} problem when a lower bound exceeds an upper one. */
  private static void order(
      CheckContext c, Map<String, JsonValue> m, String p, String low, String high, boolean strict) {
    if (m.get(low) instanceof JsonValue.Num lo && m.get(high) instanceof JsonValue.Num hi) {
      int cmp = lo.value().compareTo(hi.value());
      if (cmp > 0 || (strict && cmp == 0)) {
        c.report(
            Nodes.child(p, low),
            "bounds-order",
            low
                + " "
                + plain(lo.value())
                + " must be "
                + (strict ? "less than" : "at most")
                + " "
                + high
                + " "
                + plain(hi.value())
                + ", or no value can satisfy both.");
      }
    }
  }

  private static String plain(BigDecimal number) {
    return number.toPlainString();
  }
}
