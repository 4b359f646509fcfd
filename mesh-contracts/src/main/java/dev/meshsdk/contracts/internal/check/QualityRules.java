package dev.meshsdk.contracts.internal.check;

import static dev.meshsdk.contracts.internal.check.Fields.AUTHORITATIVE_DEFINITIONS;
import static dev.meshsdk.contracts.internal.check.Fields.CUSTOM_PROPERTIES;
import static dev.meshsdk.contracts.internal.check.Fields.STABLE_ID;
import static dev.meshsdk.contracts.internal.check.Fields.STRING;
import static dev.meshsdk.contracts.internal.check.Fields.TAGS;
import static dev.meshsdk.contracts.internal.check.Fields.onlyWhen;

import dev.meshsdk.contracts.JsonValue;
import dev.meshsdk.contracts.internal.tree.Nodes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Quality rules ({@code DataQuality}): the common fields, the fields each {@code type} adds and
 * requires ({@code DataQualityLibrary}, {@code DataQualitySql}, {@code DataQualityCustom}), and the
 * operators, of which library and sql rules take exactly one ({@code DataQualityOperators}).
 */
final class QualityRules {
  private QualityRules() {}

  /** Where a quality rule stands, which decides the metrics that make sense. */
  enum Level {
    /** On a schema object (a table). */
    SCHEMA,
    /** On a property (a column), an array item or a map key or value. */
    PROPERTY
  }

  static final List<String> TYPES = List.of("text", "library", "sql", "custom");

  static final List<String> METRICS =
      List.of("nullValues", "missingValues", "invalidValues", "duplicateValues", "rowCount");

  static final List<String> DIMENSIONS =
      List.of(
          "accuracy",
          "completeness",
          "conformity",
          "consistency",
          "coverage",
          "timeliness",
          "uniqueness");

  /** The operators, each with the rule of its value. */
  private static final Map<String, FieldRule> OPERATORS = operators();

  private static final Shape BASE =
      Shape.closed("a quality rule")
          .with("id", STABLE_ID)
          .with("authoritativeDefinitions", AUTHORITATIVE_DEFINITIONS)
          .with("businessImpact", STRING)
          .with("customProperties", CUSTOM_PROPERTIES)
          .with("description", STRING)
          .with("dimension", Fields.oneOf(DIMENSIONS))
          .with(List.of("method", "name", "schedule", "scheduler", "severity"), STRING)
          .with("tags", TAGS)
          .with("type", Fields.oneOf(TYPES))
          .with("unit", STRING);

  private static final Map<String, Shape> SHAPES = new ConcurrentHashMap<>();

  private static final FieldRule IMPLEMENTATION =
      (c, v, p) -> {
        if (!(v instanceof JsonValue.Str) && !(v instanceof JsonValue.Obj)) {
          c.report(
              p, "type", "Expected a string or an object but found " + JsonType.describe(v) + ".");
        }
      };

  /** A {@code quality} array at a level. */
  static FieldRule list(Level level) {
    return Fields.arrayOf((c, v, p) -> quality(c, v, p, level));
  }

  private static void quality(CheckContext c, JsonValue v, String p, Level level) {
    if (!c.expect(v, p, JsonType.OBJECT)) {
      return;
    }
    JsonValue.Obj rule = (JsonValue.Obj) v;
    JsonValue typeValue = rule.members().get("type");
    String type = typeValue instanceof JsonValue.Str s ? s.value() : "";
    // A type that is not one of the four is reported by BASE; the fields that depend on the type
    // are then let through, since the document is already wrong at 'type'.
    boolean knownType = typeValue == null || TYPES.contains(type);
    boolean library =
        type.equals("library") || rule.members().get("metric") instanceof JsonValue.Str;
    boolean sql = type.equals("sql");
    boolean custom = type.equals("custom");

    Shape shape =
        SHAPES.computeIfAbsent(
            library + " " + sql + " " + custom + " " + knownType + " " + (knownType ? type : ""),
            k -> shape(library, sql, custom, knownType, type));
    c.object(rule, p, shape);

    if (library || sql) {
      List<String> used = new ArrayList<>();
      for (String op : OPERATORS.keySet()) {
        if (rule.members().containsKey(op)) {
          used.add(op);
        }
      }
      if (used.size() != 1) {
        c.report(
            p,
            "quality-operator",
            "A "
                + (library ? "library" : "sql")
                + " quality rule needs exactly one operator ("
                + String.join(", ", OPERATORS.keySet())
                + ") but has "
                + (used.isEmpty() ? "none" : used.size() + ": " + String.join(", ", used))
                + ".");
      }
    }
    if (library && rule.members().get("metric") instanceof JsonValue.Str metric) {
      metricLevel(c, metric.value(), Nodes.child(p, "metric"), level);
    }
  }

  /** The shape of a quality rule: the common fields plus those of the branches that apply. */
  private static Shape shape(
      boolean library, boolean sql, boolean custom, boolean knownType, String type) {
    String kind = library ? "library" : knownType ? type : "";
    Shape shape = BASE.named(kind.isEmpty() ? "a quality rule" : "a " + kind + " quality rule");
    if (library) {
      shape =
          shape
              .with("metric", Fields.oneOf(METRICS))
              .with("rule", STRING)
              .with("arguments", Fields.OBJECT)
              .require("metric");
    } else {
      shape =
          shape
              .with("metric", knownType ? STRING : Fields.ANY)
              .with("rule", conditional(knownType, "rule", "type is library"))
              .with("arguments", conditional(knownType, "arguments", "type is library"));
    }
    shape =
        sql
            ? shape.with("query", STRING).require("query")
            : shape.with("query", conditional(knownType, "query", "type is sql"));
    if (custom) {
      shape =
          shape
              .with("engine", STRING)
              .with("implementation", IMPLEMENTATION)
              .require("engine", "implementation");
    } else {
      shape =
          shape
              .with("engine", conditional(knownType, "engine", "type is custom"))
              .with("implementation", conditional(knownType, "implementation", "type is custom"));
    }
    for (Map.Entry<String, FieldRule> op : OPERATORS.entrySet()) {
      shape =
          shape.with(
              op.getKey(),
              library || sql
                  ? op.getValue()
                  : conditional(knownType, op.getKey(), "type is library or sql"));
    }
    return shape;
  }

  private static FieldRule conditional(boolean knownType, String field, String condition) {
    return knownType ? onlyWhen(field, condition) : Fields.ANY;
  }

  /** rowCount counts a table's rows; null, missing and invalid values are about one column. */
  private static void metricLevel(CheckContext c, String metric, String p, Level level) {
    boolean schemaOnly = metric.equals("rowCount");
    boolean propertyOnly = List.of("nullValues", "missingValues", "invalidValues").contains(metric);
    if (schemaOnly && level == Level.PROPERTY) {
      c.report(
          p,
          "quality-metric-level",
          "The metric rowCount applies to a schema object, not to a property.");
    } else if (propertyOnly && level == Level.SCHEMA) {
      c.report(
          p,
          "quality-metric-level",
          "The metric " + metric + " applies to a property, not to a schema object.");
    }
  }

  private static Map<String, FieldRule> operators() {
    FieldRule between =
        (c, v, p) -> {
          if (!c.expect(v, p, JsonType.ARRAY)) {
            return;
          }
          List<JsonValue> bounds = ((JsonValue.Arr) v).values();
          if (bounds.size() != 2) {
            c.report(
                p,
                bounds.size() < 2 ? "min-items" : "max-items",
                "Expected exactly 2 numbers [low, high] but found " + bounds.size() + ".");
          }
          boolean numbers = true;
          for (int i = 0; i < bounds.size(); i++) {
            numbers &= c.expect(bounds.get(i), Nodes.index(p, i), JsonType.NUMBER);
          }
          if (bounds.size() == 2 && numbers) {
            int cmp =
                ((JsonValue.Num) bounds.get(0))
                    .value()
                    .compareTo(((JsonValue.Num) bounds.get(1)).value());
            if (cmp == 0) {
              c.report(
                  Nodes.index(p, 1),
                  "unique-items",
                  "Expected two different bounds but both are " + bounds.get(0) + ".");
            } else if (cmp > 0) {
              c.report(
                  p,
                  "between-order",
                  "Expected the low bound first but "
                      + bounds.get(0)
                      + " is greater than "
                      + bounds.get(1)
                      + ".");
            }
          }
        };
    Map<String, FieldRule> ops = new LinkedHashMap<>();
    ops.put("mustBe", Fields.ANY);
    ops.put("mustNotBe", Fields.ANY);
    ops.put("mustBeGreaterThan", Fields.NUMBER);
    ops.put("mustBeGreaterOrEqualTo", Fields.NUMBER);
    ops.put("mustBeLessThan", Fields.NUMBER);
    ops.put("mustBeLessOrEqualTo", Fields.NUMBER);
    ops.put("mustBeBetween", between);
    ops.put("mustNotBeBetween", between);
    return Collections.unmodifiableMap(ops);
  }
}
