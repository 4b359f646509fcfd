package dev.meshsdk.contracts.internal.export;

import dev.meshsdk.contracts.DataContract;
import dev.meshsdk.contracts.JsonValue;
import dev.meshsdk.contracts.LogicalType;
import dev.meshsdk.contracts.LogicalTypeOptions;
import dev.meshsdk.contracts.MapType;
import dev.meshsdk.contracts.SchemaObject;
import dev.meshsdk.contracts.SchemaProperty;
import dev.meshsdk.contracts.internal.tree.Node;
import dev.meshsdk.contracts.internal.tree.Nodes;
import dev.meshsdk.contracts.internal.tree.TreeReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads an Avro record schema (such as {@link AvroExporter} writes) as a contract. */
public final class AvroImporter {
  private static final String SOURCE = "Avro schema";

  private final In in = new In(SOURCE);

  private AvroImporter() {}

  /**
   * Reads an Avro record schema as a contract.
   *
   * @param avsc the schema
   * @param id the contract id
   * @param version the contract version
   * @return the contract
   */
  public static DataContract read(String avsc, String id, String version) {
    AvroImporter r = new AvroImporter();
    Node root = TreeReader.read(avsc, SOURCE);
    Node.Mapping m = r.in.object(root, "$");
    String type = r.in.optString(m, "type", "$").orElse("");
    if (!type.equals("record")) {
      throw r.in.fail(root, "$.type", "the schema must be a record, not '" + type + "'");
    }
    String name =
        r.x(m, "$")
            .flatMap(x -> r.in.optString(x, "name", "$.odcs"))
            .orElseGet(() -> r.in.optString(m, "name", "$").orElse("record"));
    SchemaObject.Builder o = SchemaObject.builder().name(name);
    r.in.optString(m, "doc", "$").ifPresent(o::description);
    o.properties(r.fields(m, "$"));
    SchemaObject object = o.build();
    DataContract.Builder c =
        DataContract.builder()
            .apiVersion(Shapes.versionFor(object))
            .id(id)
            .version(version)
            .status("draft")
            .schemaObject(object);
    r.in.optString(m, "namespace", "$").filter(n -> !n.isBlank()).ifPresent(c::domain);
    return c.build();
  }

  private Optional<Node.Mapping> x(Node.Mapping m, String path) {
    return m.get(AvroExporter.X_ODCS).map(n -> in.object(n, In.child(path, AvroExporter.X_ODCS)));
  }

  private List<SchemaProperty> fields(Node.Mapping record, String path) {
    String fpath = In.child(path, "fields");
    Node fieldsNode =
        record.get("fields").orElseThrow(() -> in.fail(record, fpath, "a record needs fields"));
    List<Node> fields = in.array(fieldsNode, fpath);
    List<SchemaProperty> out = new ArrayList<>();
    for (int i = 0; i < fields.size(); i++) {
      String path1 = Nodes.index(fpath, i);
      Node.Mapping f = in.object(fields.get(i), path1);
      String name =
          in.optString(f, "name", path1)
              .orElseThrow(() -> in.fail(f, In.child(path1, "name"), "a field needs a name"));
      Optional<Node.Mapping> x = x(f, path1);
      String xpath = In.child(path1, AvroExporter.X_ODCS);
      SchemaProperty.Builder b = SchemaProperty.builder();
      b.name(x.flatMap(m -> in.optString(m, "name", xpath)).orElse(name));
      in.optString(f, "doc", path1).ifPresent(b::description);
      Node type = f.get("type").orElseThrow(() -> in.fail(f, path1, "a field needs a type"));
      boolean nullable = type(b, type, In.child(path1, "type"), x, xpath);
      if (!nullable) {
        b.required(true);
      }
      out.add(b.build());
    }
    return out;
  }

  /** Reads a type into the builder; returns whether it is a union with null. */
  private boolean type(
      SchemaProperty.Builder b, Node type, String path, Optional<Node.Mapping> x, String xpath) {
    boolean nullable = false;
    Node t = type;
    String tpath = path;
    if (type instanceof Node.Sequence s) {
      List<Integer> nonNull = new ArrayList<>();
      for (int i = 0; i < s.items().size(); i++) {
        Node item = s.items().get(i);
        if (item instanceof Node.Scalar sc && sc.value().equals(JsonValue.of("null"))) {
          nullable = true;
        } else {
          nonNull.add(i);
        }
      }
      if (nonNull.size() != 1) {
        throw in.unsupported(
            type,
            path,
            "a union of "
                + nonNull.size()
                + " non-null types (a property has one type, optionally null)");
      }
      t = s.items().get(nonNull.get(0));
      tpath = Nodes.index(path, nonNull.get(0));
    }
    String xType = x.flatMap(m -> in.optString(m, "logicalType", xpath)).orElse("");
    boolean implied = x.flatMap(m -> in.optBool(m, "impliedType", xpath)).orElse(false);
    LogicalTypeOptions.Builder o = LogicalTypeOptions.builder();
    LogicalType lt = single(b, o, t, tpath);
    if (x.isPresent()) {
      Node.Mapping m = x.get();
      in.optString(m, "format", xpath).ifPresent(o::format);
      in.optString(m, "physicalType", xpath).ifPresent(b::physicalType);
      in.optString(m, "classification", xpath).ifPresent(b::classification);
      in.optBool(m, "primaryKey", xpath).filter(v -> v).ifPresent(b::primaryKey);
      if (!xType.isEmpty() && !xType.equals("any")) {
        lt = LogicalType.fromValue(xType).orElse(lt);
      }
    }
    if (lt == LogicalType.NUMBER
        && o.build().format().filter(f -> Shapes.integerRange(f).isPresent()).isPresent()) {
      lt = LogicalType.INTEGER;
    }
    if (!implied && !xType.equals("any")) {
      b.logicalType(lt);
    }
    LogicalTypeOptions options = o.build();
    if (!options.isEmpty() && !xType.equals("any")) {
      b.logicalTypeOptions(options);
    }
    return nullable;
  }

  /** Reads one non-union type. */
  private LogicalType single(
      SchemaProperty.Builder b, LogicalTypeOptions.Builder o, Node t, String path) {
    if (t instanceof Node.Scalar) {
      String name = in.string(t, path);
      return primitive(o, name, t, path);
    }
    if (t instanceof Node.Sequence) {
      throw in.unsupported(t, path, "a union inside a union");
    }
    Node.Mapping m = in.object(t, path);
    String type =
        in.optString(m, "type", path)
            .orElseThrow(() -> in.fail(m, In.child(path, "type"), "a type needs a 'type'"));
    Optional<String> logical = in.optString(m, "logicalType", path);
    if (logical.isPresent()) {
      switch (type + "/" + logical.get()) {
        case "int/date" -> {
          return LogicalType.DATE;
        }
        case "long/timestamp-millis", "long/timestamp-micros" -> {
          if (logical.get().endsWith("millis")) {
            b.physicalType("timestamp-millis");
          }
          return LogicalType.TIMESTAMP;
        }
        case "long/local-timestamp-millis", "long/local-timestamp-micros" -> {
          if (logical.get().endsWith("millis")) {
            b.physicalType("local-timestamp-millis");
          }
          o.timezone(false);
          return LogicalType.TIMESTAMP;
        }
        case "int/time-millis", "long/time-micros" -> {
          return LogicalType.TIME;
        }
        case "string/uuid" -> {
          o.format("uuid");
          return LogicalType.STRING;
        }
        case "bytes/decimal", "fixed/decimal" -> {
          int precision =
              in.count(
                  m.get("precision")
                      .orElseThrow(
                          () ->
                              in.fail(m, In.child(path, "precision"), "decimal needs a precision")),
                  In.child(path, "precision"));
          int scale = m.get("scale").map(s -> in.count(s, In.child(path, "scale"))).orElse(0);
          b.physicalType("DECIMAL(" + precision + "," + scale + ")");
          return LogicalType.NUMBER;
        }
        default -> {
          // Avro: readers ignore logical types they do not know and use the underlying type.
        }
      }
    }
    switch (type) {
      case "record" -> {
        b.properties(fields(m, path));
        return LogicalType.OBJECT;
      }
      case "enum" -> {
        List<String> symbols =
            in.strings(
                m.get("symbols")
                    .orElseThrow(
                        () -> in.fail(m, In.child(path, "symbols"), "an enum needs symbols")),
                In.child(path, "symbols"));
        b.qualityRule(Shapes.allowed(symbols));
        return LogicalType.STRING;
      }
      case "array" -> {
        String ipath = In.child(path, "items");
        Node items = m.get("items").orElseThrow(() -> in.fail(m, ipath, "an array needs items"));
        SchemaProperty.Builder item = SchemaProperty.builder();
        if (!type(item, items, ipath, Optional.empty(), ipath)) {
          item.required(true);
        }
        b.items(item.build());
        return LogicalType.ARRAY;
      }
      case "map" -> {
        String vpath = In.child(path, "values");
        Node values = m.get("values").orElseThrow(() -> in.fail(m, vpath, "a map needs values"));
        SchemaProperty.Builder value = SchemaProperty.builder();
        type(value, values, vpath, Optional.empty(), vpath);
        b.map(
            new MapType(
                Optional.of(SchemaProperty.builder().logicalType(LogicalType.STRING).build()),
                Optional.of(value.build()),
                Map.of()));
        return LogicalType.MAP;
      }
      default -> {
        return primitive(o, type, m.get("type").orElseThrow(), In.child(path, "type"));
      }
    }
  }

  private LogicalType primitive(LogicalTypeOptions.Builder o, String name, Node at, String path) {
    return switch (name) {
      case "string" -> LogicalType.STRING;
      case "boolean" -> LogicalType.BOOLEAN;
      case "int" -> {
        o.format("i32");
        yield LogicalType.INTEGER;
      }
      case "long" -> LogicalType.INTEGER;
      case "float" -> {
        o.format("f32");
        yield LogicalType.NUMBER;
      }
      case "double" -> LogicalType.NUMBER;
      case "null" -> throw in.unsupported(at, path, "the type null outside a union");
      case "bytes", "fixed" ->
          throw in.unsupported(at, path, "the type " + name + " without the decimal logical type");
      default -> throw in.unsupported(at, path, "a reference to the named type '" + name + "'");
    };
  }
}
