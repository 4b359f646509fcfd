package dev.meshsdk.contracts.internal.export;

import dev.meshsdk.contracts.DataContract;
import dev.meshsdk.contracts.JsonValue;
import dev.meshsdk.contracts.LogicalType;
import dev.meshsdk.contracts.LogicalTypeOptions;
import dev.meshsdk.contracts.MapType;
import dev.meshsdk.contracts.SchemaObject;
import dev.meshsdk.contracts.SchemaProperty;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Writes one schema object as an Apache Avro record schema. */
public final class AvroExporter {
  /** The field and schema attribute that carries what Avro cannot say. */
  public static final String X_ODCS = "odcs";

  static final Pattern AVRO_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  static final Pattern DECIMAL =
      Pattern.compile(
          "(?i)\\s*(?:DECIMAL|NUMERIC|NUMBER)\\s*\\(\\s*(\\d{1,3})\\s*(?:,\\s*(\\d{1,3})\\s*)?\\)\\s*");

  private final Set<String> names = new HashSet<>();

  private AvroExporter() {}

  /**
   * The Avro schema of a schema object.
   *
   * @param contract the contract
   * @param objectName the schema object
   * @return the schema
   */
  public static JsonValue.Obj export(DataContract contract, String objectName) {
    SchemaObject o = Shapes.compiled(contract, objectName);
    AvroExporter e = new AvroExporter();
    Map<String, JsonValue> record = new LinkedHashMap<>();
    record.put("type", JsonValue.of("record"));
    record.put("name", JsonValue.of(e.unique(name(o.name()))));
    namespace(contract).ifPresent(n -> record.put("namespace", JsonValue.of(n)));
    o.description().ifPresent(d -> record.put("doc", JsonValue.of(d)));
    record.put("fields", e.fields(o.properties(), List.of()));
    if (!o.name().equals(name(o.name()))) {
      record.put(X_ODCS, new JsonValue.Obj(Map.of("name", JsonValue.of(o.name()))));
    }
    return new JsonValue.Obj(record);
  }

  /** The namespace: the contract's domain, else its id, as dot-separated Avro names. */
  static Optional<String> namespace(DataContract c) {
    String source = c.domain().filter(d -> !d.isBlank()).orElse(c.id());
    List<String> parts = new ArrayList<>();
    for (String part : source.split("[.:/]+")) {
      if (!part.isEmpty()) {
        parts.add(name(part));
      }
    }
    return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(".", parts));
  }

  /**
   * A valid Avro name for a name: invalid characters become {@code _}, a leading digit gets one.
   */
  static String name(String name) {
    String n = name.replaceAll("[^A-Za-z0-9_]", "_");
    if (n.isEmpty() || !Character.isLetter(n.charAt(0)) && n.charAt(0) != '_') {
      n = "_" + n;
    }
    return n;
  }

  private String unique(String name) {
    String n = name;
    for (int i = 2; !names.add(n.toLowerCase(Locale.ROOT)); i++) {
      n = name + "_" + i;
    }
    return n;
  }

  private JsonValue.Arr fields(List<SchemaProperty> props, List<String> requiredByObject) {
    List<JsonValue> out = new ArrayList<>();
    for (SchemaProperty p : props) {
      String original = p.name().orElseThrow();
      boolean required = p.isRequired() || requiredByObject.contains(original);
      Map<String, JsonValue> field = new LinkedHashMap<>();
      String name = name(original);
      field.put("name", JsonValue.of(name));
      p.description().ifPresent(d -> field.put("doc", JsonValue.of(d)));
      JsonValue type = type(p, name);
      if (required) {
        field.put("type", type);
      } else {
        field.put("type", new JsonValue.Arr(List.of(JsonValue.of("null"), type)));
        field.put("default", JsonValue.Null.INSTANCE);
      }
      Map<String, JsonValue> x = odcs(p);
      if (!name.equals(original)) {
        x.put("name", JsonValue.of(original));
      }
      if (!x.isEmpty()) {
        field.put(X_ODCS, new JsonValue.Obj(x));
      }
      out.add(new JsonValue.Obj(field));
    }
    return new JsonValue.Arr(out);
  }

  /** What Avro cannot say about a property, kept so that an import restores it. */
  private static Map<String, JsonValue> odcs(SchemaProperty p) {
    Map<String, JsonValue> x = new LinkedHashMap<>();
    if (p.logicalType().isEmpty()) {
      x.put("logicalType", JsonValue.of(Shapes.type(p).map(LogicalType::value).orElse("any")));
      x.put("impliedType", new JsonValue.Bool(true));
    }
    p.logicalTypeOptions()
        .flatMap(LogicalTypeOptions::format)
        .ifPresent(f -> x.put("format", JsonValue.of(f)));
    p.physicalType().ifPresent(v -> x.put("physicalType", JsonValue.of(v)));
    p.classification().ifPresent(v -> x.put("classification", JsonValue.of(v)));
    if (p.isPrimaryKey()) {
      x.put("primaryKey", new JsonValue.Bool(true));
    }
    return x;
  }

  private JsonValue nullableItem(SchemaProperty p, String name) {
    JsonValue t = type(p, name);
    return p.isRequired() ? t : new JsonValue.Arr(List.of(JsonValue.of("null"), t));
  }

  private JsonValue type(SchemaProperty p, String name) {
    Optional<LogicalType> type = Shapes.type(p);
    LogicalTypeOptions o = p.logicalTypeOptions().orElse(LogicalTypeOptions.builder().build());
    String format = o.format().orElse("");
    if (type.isEmpty()) {
      return JsonValue.of("string");
    }
    return switch (type.get()) {
      case STRING -> {
        Optional<List<String>> allowed = Shapes.allowedValues(p);
        if (allowed.isPresent()
            && !allowed.get().isEmpty()
            && allowed.get().stream().allMatch(v -> AVRO_NAME.matcher(v).matches())) {
          Map<String, JsonValue> e = new LinkedHashMap<>();
          e.put("type", JsonValue.of("enum"));
          e.put("name", JsonValue.of(unique(name + "_enum")));
          List<JsonValue> symbols = new ArrayList<>();
          allowed.get().forEach(v -> symbols.add(JsonValue.of(v)));
          e.put("symbols", new JsonValue.Arr(symbols));
          yield new JsonValue.Obj(e);
        }
        yield format.equals("uuid") ? logical("string", "uuid") : JsonValue.of("string");
      }
      case INTEGER ->
          switch (format) {
            case "i8", "i16", "i32", "u8", "u16" -> JsonValue.of("int");
            case "u64", "i128", "u128" -> decimal(format.equals("u64") ? 20 : 39, 0);
            default -> JsonValue.of("long");
          };
      case NUMBER -> {
        Matcher m = DECIMAL.matcher(p.physicalType().orElse(""));
        if (m.matches() && m.group(1).length() < 4) {
          int precision = Integer.parseInt(m.group(1));
          int scale = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
          if (precision >= 1 && scale <= precision) {
            yield decimal(precision, scale);
          }
        }
        yield JsonValue.of(format.equals("f32") ? "float" : "double");
      }
      case BOOLEAN -> JsonValue.of("boolean");
      case DATE -> logical("int", "date");
      case TIME -> logical("long", "time-micros");
      case TIMESTAMP -> {
        String physical = p.physicalType().orElse("").toLowerCase(Locale.ROOT);
        boolean millis = physical.contains("millis") || physical.matches(".*\\(\\s*[0-3]\\s*\\).*");
        boolean local = o.timezone().map(tz -> !tz).orElse(false);
        yield logical(
            "long", (local ? "local-timestamp-" : "timestamp-") + (millis ? "millis" : "micros"));
      }
      case ARRAY -> {
        Map<String, JsonValue> a = new LinkedHashMap<>();
        a.put("type", JsonValue.of("array"));
        a.put(
            "items",
            p.items().map(i -> nullableItem(i, name + "_item")).orElse(JsonValue.of("string")));
        yield new JsonValue.Obj(a);
      }
      case OBJECT -> {
        Map<String, JsonValue> r = new LinkedHashMap<>();
        r.put("type", JsonValue.of("record"));
        r.put("name", JsonValue.of(unique(name)));
        r.put("fields", fields(p.properties(), o.required()));
        yield new JsonValue.Obj(r);
      }
      case MAP -> {
        Map<String, JsonValue> m = new LinkedHashMap<>();
        m.put("type", JsonValue.of("map"));
        JsonValue values =
            p.map()
                .flatMap(MapType::value)
                .map(v -> type(v, name + "_value"))
                .orElse(JsonValue.of("string"));
        m.put("values", new JsonValue.Arr(List.of(JsonValue.of("null"), values)));
        yield new JsonValue.Obj(m);
      }
    };
  }

  private static JsonValue logical(String type, String logicalType) {
    Map<String, JsonValue> m = new LinkedHashMap<>();
    m.put("type", JsonValue.of(type));
    m.put("logicalType", JsonValue.of(logicalType));
    return new JsonValue.Obj(m);
  }

  private static JsonValue decimal(int precision, int scale) {
    Map<String, JsonValue> m = new LinkedHashMap<>();
    m.put("type", JsonValue.of("bytes"));
    m.put("logicalType", JsonValue.of("decimal"));
    m.put("precision", JsonValue.of(precision));
    m.put("scale", JsonValue.of(scale));
    return new JsonValue.Obj(m);
  }
}
