package dev.meshsdk.contracts.internal.export;

import dev.meshsdk.contracts.DataContract;
import dev.meshsdk.contracts.JsonValue;
import dev.meshsdk.contracts.LogicalType;
import dev.meshsdk.contracts.LogicalTypeOptions;
import dev.meshsdk.contracts.MapType;
import dev.meshsdk.contracts.SchemaObject;
import dev.meshsdk.contracts.SchemaProperty;
import dev.meshsdk.contracts.internal.format.Formats;
import dev.meshsdk.contracts.internal.tree.Node;
import dev.meshsdk.contracts.internal.tree.TreeReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Reads a JSON Schema of an object (such as {@link JsonSchemaExporter} writes) as a contract. */
public final class JsonSchemaImporter {
  private static final String SOURCE = "JSON Schema";

  /** Keywords that only annotate: read where they mean something, else ignored. */
  private static final Set<String> ANNOTATIONS =
      Set.of(
          "$schema",
          "$id",
          "$comment",
          "title",
          "description",
          "default",
          "deprecated",
          "readOnly",
          "writeOnly",
          "examples",
          "$anchor",
          "contentMediaType",
          "contentEncoding");

  private static final Set<String> UNDERSTOOD =
      Set.of(
          "type",
          "format",
          "minLength",
          "maxLength",
          "pattern",
          "enum",
          "minimum",
          "maximum",
          "exclusiveMinimum",
          "exclusiveMaximum",
          "multipleOf",
          "items",
          "minItems",
          "maxItems",
          "uniqueItems",
          "properties",
          "required",
          "additionalProperties",
          "propertyNames",
          "not",
          JsonSchemaExporter.X_ODCS);

  private final In in = new In(SOURCE);

  private JsonSchemaImporter() {}

  /**
   * Reads a JSON Schema as a contract.
   *
   * @param json the schema
   * @param id the contract id
   * @param version the contract version
   * @return the contract
   */
  public static DataContract read(String json, String id, String version) {
    JsonSchemaImporter r = new JsonSchemaImporter();
    Node root = TreeReader.read(json, SOURCE);
    Node.Mapping m = r.in.object(root, "$");
    r.known(m, "$");
    Optional<String> type = m.get("type").map(t -> r.in.string(t, "$.type"));
    if (type.isPresent() && !type.get().equals("object")) {
      throw r.in.fail(
          m.get("type").orElseThrow(),
          "$.type",
          "the root schema must describe an object (type \"object\"), not " + type.get());
    }
    if (m.get("additionalProperties").filter(n -> !(n instanceof Node.Scalar)).isPresent()) {
      throw r.in.unsupported(
          m.get("additionalProperties").orElseThrow(),
          "$.additionalProperties",
          "additionalProperties with a schema on the root object (a record cannot be a map)");
    }
    SchemaObject.Builder o =
        SchemaObject.builder().name(r.in.optString(m, "title", "$").orElse("record"));
    r.in.optString(m, "description", "$").ifPresent(o::description);
    Node.Mapping x = r.odcs(m, "$");
    r.in.optString(x, "physicalName", "$.x-odcs").ifPresent(o::physicalName);
    r.in.optString(x, "physicalType", "$.x-odcs").ifPresent(o::physicalType);
    o.properties(r.properties(m, "$"));
    SchemaObject object = o.build();
    return DataContract.builder()
        .apiVersion(Shapes.versionFor(object))
        .id(id)
        .version(version)
        .status("draft")
        .schemaObject(object)
        .build();
  }

  private void known(Node.Mapping m, String path) {
    for (Map.Entry<String, Node.Member> e : m.members().entrySet()) {
      String k = e.getKey();
      if (!ANNOTATIONS.contains(k) && !UNDERSTOOD.contains(k) && !k.startsWith("x-")) {
        throw in.unsupported(e.getValue().value(), In.child(path, k), "the keyword '" + k + "'");
      }
    }
  }

  private Node.Mapping odcs(Node.Mapping m, String path) {
    return m.get(JsonSchemaExporter.X_ODCS)
        .map(n -> in.object(n, In.child(path, JsonSchemaExporter.X_ODCS)))
        .orElse(new Node.Mapping(Map.of(), m.location(), 0));
  }

  private List<SchemaProperty> properties(Node.Mapping m, String path) {
    List<String> required =
        m.get("required").map(n -> in.strings(n, In.child(path, "required"))).orElse(List.of());
    List<SchemaProperty> out = new ArrayList<>();
    Optional<Node> props = m.get("properties");
    if (props.isEmpty()) {
      return out;
    }
    String ppath = In.child(path, "properties");
    for (Map.Entry<String, Node.Member> e : in.object(props.get(), ppath).members().entrySet()) {
      SchemaProperty.Builder b =
          property(e.getValue().value(), In.child(ppath, e.getKey())).name(e.getKey());
      if (required.contains(e.getKey())) {
        b.required(true);
      }
      out.add(b.build());
    }
    return out;
  }

  /** Whether a schema allows null: its type lists "null", or it has no type and no "not". */
  private boolean nullable(Node n, String path) {
    if (n instanceof Node.Scalar) {
      return true;
    }
    Node.Mapping m = in.object(n, path);
    Optional<Node> type = m.get("type");
    if (type.isEmpty()) {
      return m.get("not").isEmpty();
    }
    if (type.get() instanceof Node.Sequence) {
      return in.strings(type.get(), In.child(path, "type")).contains("null");
    }
    return false;
  }

  private SchemaProperty.Builder property(Node n, String path) {
    SchemaProperty.Builder b = SchemaProperty.builder();
    if (n instanceof Node.Scalar s) {
      if (s.value() instanceof JsonValue.Bool bool && bool.value()) {
        return b;
      }
      throw in.unsupported(n, path, "the schema " + s.value() + " (only true or an object)");
    }
    Node.Mapping m = in.object(n, path);
    known(m, path);
    in.optString(m, "description", path).ifPresent(b::description);
    m.get("examples")
        .ifPresent(
            e -> {
              List<JsonValue> ex = new ArrayList<>();
              for (Node i : in.array(e, In.child(path, "examples"))) {
                ex.add(In.value(i));
              }
              b.examples(ex);
            });
    m.get("not").ifPresent(not -> notNull(not, In.child(path, "not")));
    Node.Mapping x = odcs(m, path);
    String xpath = In.child(path, JsonSchemaExporter.X_ODCS);
    in.optString(x, "physicalType", xpath).ifPresent(b::physicalType);
    in.optString(x, "classification", xpath).ifPresent(b::classification);
    in.optBool(x, "primaryKey", xpath).filter(v -> v).ifPresent(b::primaryKey);
    boolean implied = in.optBool(x, "impliedType", xpath).orElse(false);
    String type = type(m, path);
    if (type == null) {
      return b;
    }
    LogicalTypeOptions.Builder o = LogicalTypeOptions.builder();
    Optional<String> xFormat = in.optString(x, "format", xpath);
    Optional<String> xType = in.optString(x, "logicalType", xpath);
    LogicalType lt;
    switch (type) {
      case "string" -> {
        lt =
            xType
                .map(
                    t ->
                        LogicalType.fromValue(t)
                            .filter(LogicalType::isTemporal)
                            .orElseThrow(
                                () ->
                                    in.unsupported(
                                        x,
                                        In.child(xpath, "logicalType"),
                                        "the logical type " + t)))
                .orElse(LogicalType.STRING);
        string(m, path, x, xpath, lt, o, b);
        xFormat.ifPresent(o::format);
      }
      case "integer", "number" -> {
        lt = type.equals("integer") ? LogicalType.INTEGER : LogicalType.NUMBER;
        number(m, path, lt, xFormat, o);
      }
      case "boolean" -> lt = LogicalType.BOOLEAN;
      case "array" -> {
        lt = LogicalType.ARRAY;
        m.get("minItems").ifPresent(v -> o.minItems(in.count(v, In.child(path, "minItems"))));
        m.get("maxItems").ifPresent(v -> o.maxItems(in.count(v, In.child(path, "maxItems"))));
        m.get("uniqueItems")
            .filter(v -> in.bool(v, In.child(path, "uniqueItems")))
            .ifPresent(v -> o.uniqueItems(true));
        m.get("items")
            .ifPresent(
                i -> {
                  String ipath = In.child(path, "items");
                  SchemaProperty.Builder item = property(i, ipath);
                  if (!nullable(i, ipath)) {
                    item.required(true);
                  }
                  b.items(item.build());
                });
      }
      case "object" -> {
        Optional<Node> additional = m.get("additionalProperties");
        boolean isMap = additional.filter(a -> a instanceof Node.Mapping).isPresent();
        if (isMap || m.get("propertyNames").isPresent()) {
          if (m.get("properties").isPresent()) {
            throw in.unsupported(
                m.get("properties").orElseThrow(),
                In.child(path, "properties"),
                "properties beside a schema for additionalProperties or propertyNames");
          }
          lt = LogicalType.MAP;
          Optional<SchemaProperty> key =
              m.get("propertyNames").map(k -> property(k, In.child(path, "propertyNames")).build());
          Optional<SchemaProperty> value =
              additional
                  .filter(a -> a instanceof Node.Mapping)
                  .map(v -> property(v, In.child(path, "additionalProperties")).build());
          b.map(new MapType(key, value, Map.of()));
        } else {
          lt = LogicalType.OBJECT;
          b.properties(properties(m, path));
        }
      }
      default ->
          throw in.unsupported(m.get("type").orElseThrow(), In.child(path, "type"), "type " + type);
    }
    if (!implied) {
      b.logicalType(lt);
    }
    LogicalTypeOptions options = o.build();
    if (!options.isEmpty()) {
      b.logicalTypeOptions(options);
    }
    return b;
  }

  private void notNull(Node not, String path) {
    Node.Mapping m = in.object(not, path);
    boolean ok =
        m.members().size() == 1
            && m.get("type")
                .filter(t -> t instanceof Node.Scalar s && s.value().equals(JsonValue.of("null")))
                .isPresent();
    if (!ok) {
      throw in.unsupported(not, path, "'not' other than {\"type\": \"null\"}");
    }
  }

  /** The one non-null type of a schema, or null if it has none. */
  private @Nullable String type(Node.Mapping m, String path) {
    Optional<Node> t = m.get("type");
    if (t.isEmpty()) {
      return null;
    }
    String tpath = In.child(path, "type");
    List<String> types =
        t.get() instanceof Node.Sequence
            ? new ArrayList<>(in.strings(t.get(), tpath))
            : new ArrayList<>(List.of(in.string(t.get(), tpath)));
    types.remove("null");
    if (types.size() != 1) {
      throw in.unsupported(
          t.get(),
          tpath,
          types.isEmpty()
              ? "type \"null\" alone"
              : "several types " + types + " (a property has one type, optionally null)");
    }
    return types.get(0);
  }

  private void string(
      Node.Mapping m,
      String path,
      Node.Mapping x,
      String xpath,
      LogicalType lt,
      LogicalTypeOptions.Builder o,
      SchemaProperty.Builder b) {
    Optional<String> format = in.optString(m, "format", path);
    if (format.isPresent()) {
      String f = format.get();
      String isoDefault =
          switch (lt) {
            case DATE -> "date";
            case TIME -> "time";
            case TIMESTAMP -> "date-time";
            default -> "";
          };
      if (!f.equals(isoDefault)) {
        if (lt.isTemporal() || Formats.forName(f).isEmpty()) {
          throw in.unsupported(
              m.get("format").orElseThrow(), In.child(path, "format"), "the format '" + f + "'");
        }
        o.format(f);
      }
    }
    m.get("minLength").ifPresent(v -> o.minLength(in.count(v, In.child(path, "minLength"))));
    m.get("maxLength").ifPresent(v -> o.maxLength(in.count(v, In.child(path, "maxLength"))));
    in.optString(m, "pattern", path).ifPresent(o::pattern);
    m.get("enum")
        .ifPresent(
            e -> {
              String epath = In.child(path, "enum");
              List<Node> values = in.array(e, epath);
              List<String> out = new ArrayList<>();
              for (int i = 0; i < values.size(); i++) {
                JsonValue v = In.value(values.get(i));
                if (v instanceof JsonValue.Str s) {
                  out.add(s.value());
                } else if (v != JsonValue.Null.INSTANCE) {
                  throw in.unsupported(
                      values.get(i),
                      epath + "[" + i + "]",
                      "the enum value " + v + " of a string (only strings and null)");
                }
              }
              b.qualityRule(Shapes.allowed(out));
            });
    if (lt.isTemporal()) {
      in.optBool(x, "timezone", xpath).ifPresent(o::timezone);
      in.optString(x, "defaultTimezone", xpath).ifPresent(o::defaultTimezone);
      in.optString(x, "minimum", xpath).ifPresent(o::minimum);
      in.optString(x, "exclusiveMinimum", xpath).ifPresent(o::exclusiveMinimum);
      in.optString(x, "maximum", xpath).ifPresent(o::maximum);
      in.optString(x, "exclusiveMaximum", xpath).ifPresent(o::exclusiveMaximum);
    }
  }

  private void number(
      Node.Mapping m,
      String path,
      LogicalType lt,
      Optional<String> format,
      LogicalTypeOptions.Builder o) {
    BigDecimal[] range = null;
    if (format.isPresent()) {
      o.format(format.get());
      range =
          lt == LogicalType.INTEGER
              ? Shapes.integerRange(format.get()).orElse(null)
              : format.get().equals("f32") ? Shapes.float32Range() : null;
    }
    Optional<BigDecimal> min = m.get("minimum").map(v -> in.number(v, In.child(path, "minimum")));
    Optional<BigDecimal> max = m.get("maximum").map(v -> in.number(v, In.child(path, "maximum")));
    if (range != null) {
      BigDecimal lo = range[0];
      BigDecimal hi = range[1];
      min = min.filter(v -> v.compareTo(lo) != 0);
      max = max.filter(v -> v.compareTo(hi) != 0);
    }
    min.ifPresent(o::minimum);
    max.ifPresent(o::maximum);
    m.get("exclusiveMinimum")
        .ifPresent(v -> o.exclusiveMinimum(in.number(v, In.child(path, "exclusiveMinimum"))));
    m.get("exclusiveMaximum")
        .ifPresent(v -> o.exclusiveMaximum(in.number(v, In.child(path, "exclusiveMaximum"))));
    m.get("multipleOf")
        .ifPresent(
            v -> {
              BigDecimal d = in.number(v, In.child(path, "multipleOf"));
              if (d.signum() <= 0) {
                throw in.fail(
                    v, In.child(path, "multipleOf"), "must be greater than 0 but is " + d);
              }
              o.multipleOf(d);
            });
  }
}
