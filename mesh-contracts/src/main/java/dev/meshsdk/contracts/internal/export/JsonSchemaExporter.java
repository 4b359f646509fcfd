package dev.meshsdk.contracts.internal.export;

import dev.meshsdk.contracts.DataContract;
import dev.meshsdk.contracts.JsonValue;
import dev.meshsdk.contracts.LogicalType;
import dev.meshsdk.contracts.LogicalTypeOptions;
import dev.meshsdk.contracts.MapType;
import dev.meshsdk.contracts.SchemaObject;
import dev.meshsdk.contracts.SchemaProperty;
import dev.meshsdk.contracts.internal.format.Formats;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Writes one schema object as a JSON Schema 2020-12 document. */
public final class JsonSchemaExporter {
  /** The dialect written. */
  public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

  /** The vendor keyword that carries what JSON Schema cannot say. */
  public static final String X_ODCS = "x-odcs";

  private JsonSchemaExporter() {}

  /**
   * The JSON Schema of a schema object.
   *
   * @param contract the contract
   * @param objectName the schema object
   * @return the schema document
   */
  public static JsonValue.Obj export(DataContract contract, String objectName) {
    SchemaObject o = Shapes.compiled(contract, objectName);
    Map<String, JsonValue> root = new LinkedHashMap<>();
    root.put("$schema", JsonValue.of(DIALECT));
    root.put("title", JsonValue.of(o.name()));
    o.description().ifPresent(d -> root.put("description", JsonValue.of(d)));
    root.put("type", JsonValue.of("object"));
    object(root, o.properties(), List.of());
    Map<String, JsonValue> x = new LinkedHashMap<>();
    o.physicalName().ifPresent(v -> x.put("physicalName", JsonValue.of(v)));
    o.physicalType().ifPresent(v -> x.put("physicalType", JsonValue.of(v)));
    if (!x.isEmpty()) {
      root.put(X_ODCS, new JsonValue.Obj(x));
    }
    return new JsonValue.Obj(root);
  }

  private static void object(
      Map<String, JsonValue> out, List<SchemaProperty> props, List<String> requiredByObject) {
    Map<String, JsonValue> properties = new LinkedHashMap<>();
    List<JsonValue> required = new ArrayList<>();
    for (SchemaProperty p : props) {
      String name = p.name().orElseThrow();
      boolean req = p.isRequired() || requiredByObject.contains(name);
      if (req) {
        required.add(JsonValue.of(name));
      }
      properties.put(name, property(p, !req));
    }
    out.put("properties", new JsonValue.Obj(properties));
    if (!required.isEmpty()) {
      out.put("required", new JsonValue.Arr(required));
    }
    out.put("additionalProperties", new JsonValue.Bool(false));
  }

  private static JsonValue.Obj property(SchemaProperty p, boolean nullable) {
    Map<String, JsonValue> out = new LinkedHashMap<>();
    Map<String, JsonValue> x = new LinkedHashMap<>();
    List<String> gaps = new ArrayList<>();
    p.description().ifPresent(d -> out.put("description", JsonValue.of(d)));
    Optional<LogicalType> type = Shapes.type(p);
    LogicalTypeOptions o = p.logicalTypeOptions().orElse(LogicalTypeOptions.builder().build());
    if (type.isEmpty()) {
      if (!nullable) {
        out.put("not", new JsonValue.Obj(Map.of("type", JsonValue.of("null"))));
      }
    } else {
      switch (type.get()) {
        case STRING -> string(out, x, p, o, nullable);
        case INTEGER, NUMBER -> number(out, x, o, type.get() == LogicalType.INTEGER, nullable);
        case BOOLEAN -> type(out, "boolean", nullable);
        case DATE, TIMESTAMP, TIME -> temporal(out, x, gaps, o, type.get(), nullable);
        case ARRAY -> {
          type(out, "array", nullable);
          o.minItems().ifPresent(v -> out.put("minItems", JsonValue.of(v)));
          o.maxItems().ifPresent(v -> out.put("maxItems", JsonValue.of(v)));
          if (o.isUniqueItems()) {
            out.put("uniqueItems", new JsonValue.Bool(true));
          }
          p.items().ifPresent(i -> out.put("items", property(i, !i.isRequired())));
        }
        case OBJECT -> {
          type(out, "object", nullable);
          object(out, p.properties(), o.required());
        }
        case MAP -> {
          type(out, "object", nullable);
          Optional<MapType> m = p.map();
          m.flatMap(MapType::key).ifPresent(k -> out.put("propertyNames", property(k, false)));
          m.flatMap(MapType::value)
              .ifPresent(v -> out.put("additionalProperties", property(v, true)));
        }
      }
    }
    if (!p.examples().isEmpty()) {
      out.put("examples", new JsonValue.Arr(p.examples()));
    }
    if (p.logicalType().isEmpty() && type.isPresent()) {
      x.put("impliedType", JsonValue.of(true));
    }
    p.physicalType().ifPresent(v -> x.put("physicalType", JsonValue.of(v)));
    p.classification().ifPresent(v -> x.put("classification", JsonValue.of(v)));
    if (p.isPrimaryKey()) {
      x.put("primaryKey", new JsonValue.Bool(true));
    }
    if (!x.isEmpty()) {
      out.put(X_ODCS, new JsonValue.Obj(x));
    }
    if (!gaps.isEmpty()) {
      out.put(
          "$comment",
          JsonValue.of(
              "Not checked by this schema (JSON Schema cannot express it): "
                  + String.join("; ", gaps)));
    }
    return new JsonValue.Obj(out);
  }

  private static void type(Map<String, JsonValue> out, String type, boolean nullable) {
    out.put(
        "type",
        nullable
            ? new JsonValue.Arr(List.of(JsonValue.of(type), JsonValue.of("null")))
            : JsonValue.of(type));
  }

  private static void string(
      Map<String, JsonValue> out,
      Map<String, JsonValue> x,
      SchemaProperty p,
      LogicalTypeOptions o,
      boolean nullable) {
    type(out, "string", nullable);
    o.format()
        .ifPresent(
            f -> {
              if (Formats.forName(f).isPresent()) {
                out.put("format", JsonValue.of(f));
              } else {
                x.put("format", JsonValue.of(f));
              }
            });
    o.minLength().ifPresent(v -> out.put("minLength", JsonValue.of(v)));
    o.maxLength().ifPresent(v -> out.put("maxLength", JsonValue.of(v)));
    o.pattern().ifPresent(v -> out.put("pattern", JsonValue.of(v)));
    Shapes.allowedValues(p)
        .ifPresent(
            values -> {
              List<JsonValue> e = new ArrayList<>();
              values.forEach(v -> e.add(JsonValue.of(v)));
              if (nullable) {
                e.add(JsonValue.Null.INSTANCE);
              }
              out.put("enum", new JsonValue.Arr(e));
            });
  }

  private static void number(
      Map<String, JsonValue> out,
      Map<String, JsonValue> x,
      LogicalTypeOptions o,
      boolean integer,
      boolean nullable) {
    type(out, integer ? "integer" : "number", nullable);
    String format = o.format().orElse("");
    BigDecimal[] range = null;
    if (integer) {
      range = Shapes.integerRange(format).orElse(null);
    } else if (format.equals("f32")) {
      range = Shapes.float32Range();
    }
    if (!format.isEmpty()) {
      x.put("format", JsonValue.of(format));
    }
    boolean exclusiveMinFlag = o.exclusiveMinimumFlag().orElse(false);
    boolean exclusiveMaxFlag = o.exclusiveMaximumFlag().orElse(false);
    BigDecimal min = exclusiveMinFlag ? null : o.minimumNumber().orElse(null);
    BigDecimal max = exclusiveMaxFlag ? null : o.maximumNumber().orElse(null);
    BigDecimal exMin =
        exclusiveMinFlag ? o.minimumNumber().orElse(null) : o.exclusiveMinimumNumber().orElse(null);
    BigDecimal exMax =
        exclusiveMaxFlag ? o.maximumNumber().orElse(null) : o.exclusiveMaximumNumber().orElse(null);
    if (range != null) {
      min = min == null || range[0].compareTo(min) > 0 ? range[0] : min;
      max = max == null || range[1].compareTo(max) < 0 ? range[1] : max;
    }
    if (min != null) {
      out.put("minimum", new JsonValue.Num(min));
    }
    if (exMin != null) {
      out.put("exclusiveMinimum", new JsonValue.Num(exMin));
    }
    if (max != null) {
      out.put("maximum", new JsonValue.Num(max));
    }
    if (exMax != null) {
      out.put("exclusiveMaximum", new JsonValue.Num(exMax));
    }
    o.multipleOf().ifPresent(v -> out.put("multipleOf", new JsonValue.Num(v)));
  }

  private static void temporal(
      Map<String, JsonValue> out,
      Map<String, JsonValue> x,
      List<String> gaps,
      LogicalTypeOptions o,
      LogicalType type,
      boolean nullable) {
    type(out, "string", nullable);
    x.put("logicalType", JsonValue.of(type.value()));
    if (o.format().isPresent()) {
      x.put("format", JsonValue.of(o.format().get()));
      gaps.add("the " + type.value() + " format '" + o.format().get() + "'");
    } else {
      out.put(
          "format",
          JsonValue.of(
              switch (type) {
                case DATE -> "date";
                case TIME -> "time";
                default -> "date-time";
              }));
    }
    o.timezone().ifPresent(v -> x.put("timezone", new JsonValue.Bool(v)));
    o.defaultTimezone().ifPresent(v -> x.put("defaultTimezone", JsonValue.of(v)));
    bound(x, gaps, "minimum", o.minimum());
    bound(x, gaps, "exclusiveMinimum", o.exclusiveMinimum());
    bound(x, gaps, "maximum", o.maximum());
    bound(x, gaps, "exclusiveMaximum", o.exclusiveMaximum());
  }

  private static void bound(
      Map<String, JsonValue> x, List<String> gaps, String name, Optional<JsonValue> value) {
    value
        .filter(v -> v instanceof JsonValue.Str)
        .ifPresent(
            v -> {
              x.put(name, v);
              gaps.add(name + " " + v);
            });
  }
}
