package dev.meshsdk.contracts.internal.check;

import dev.meshsdk.contracts.JsonValue;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Servers: the common fields and, per server {@code type}, the fields that the schema's {@code if
 * type == X then ServerSource/XServer} branches add and require.
 */
final class ServerTypes {
  private ServerTypes() {}

  /**
   * The server types of the v3.1.0 schema, in schema order: the fields each allows (a name alone is
   * a string, {@code name:int} an integer, {@code name:sftp} an {@code sftp://} URL) and, after the
   * bar, the fields it requires.
   */
  private static final Map<String, String> TYPES_3_1 =
      table(
          "api", "location | location",
          "athena", "stagingDir schema catalog regionName | stagingDir schema",
          "azure", "location format delimiter | location format",
          "bigquery", "project dataset | project dataset",
          "clickhouse", "host port:int database | host port database",
          "databricks", "host catalog schema | catalog schema",
          "denodo", "host port:int database | host port",
          "dremio", "host port:int schema | host port",
          "duckdb", "database schema | database",
          "glue", "account database location format | account database",
          "cloudsql", "host port:int database schema | host port database schema",
          "db2", "host port:int database schema | host port database",
          "hive", "host port:int database | host database",
          "impala", "host port:int database | host database",
          "informix", "host port:int database | host database",
          "kafka", "host format | host",
          "kinesis", "region format |",
          "local", "path format | path format",
          "mysql", "host port:int database | host port database",
          "oracle", "host port:int serviceName | host port serviceName",
          "postgresql", "host port:int database schema | host port database schema",
          "postgres", "host port:int database schema | host port database schema",
          "presto", "host catalog schema | host",
          "pubsub", "project | project",
          "redshift", "host database schema region account | database schema",
          "s3", "location endpointUrl format delimiter | location",
          "sftp", "location:sftp format delimiter | location",
          "snowflake", "host port:int account database schema warehouse | account database schema",
          "sqlserver", "host port:int database schema | host database schema",
          "synapse", "host port:int database | host port database",
          "trino", "host port:int catalog schema | host port catalog schema",
          "vertica", "host port:int database schema | host port database schema",
          "zen", "host port:int database | host database",
          "custom",
              "account catalog database dataset delimiter endpointUrl format host location path"
                  + " port:int project region regionName schema serviceName stagingDir warehouse"
                  + " stream |");

  /** The v3.2.0 draft: Athena gains {@code workgroup} and no longer requires stagingDir. */
  private static final Map<String, String> TYPES_3_2 = withAthena32();

  private static final FieldRule SFTP_LOCATION =
      (c, v, p) -> {
        if (c.expect(v, p, JsonType.STRING) && !((JsonValue.Str) v).value().startsWith("sftp://")) {
          c.report(p, "pattern", "Expected an sftp:// URL but found '" + v + "'.");
        }
      };

  /** The allowed {@code type} values. */
  static List<String> names(SchemaVersion version) {
    return List.copyOf(types(version).keySet());
  }

  /**
   * The shape of a server of the given type: the common fields plus the type's own. An unknown type
   * allows every other field, since the document already has a problem there.
   */
  static Shape shape(SchemaVersion version, String type) {
    Shape shape =
        Shape.closed("a server")
            .with("id", Fields.STABLE_ID)
            .with("server", Fields.STRING)
            .with("type", Fields.oneOf(names(version)))
            .with(List.of("description", "environment"), Fields.STRING)
            .with("roles", Fields.arrayOf(Fields.shape(Grammar.ROLE)))
            .with("customProperties", Fields.CUSTOM_PROPERTIES)
            .require("server", "type");
    String spec = types(version).get(type);
    if (spec == null) {
      return new Shape(shape.name(), shape.fields(), shape.required(), false);
    }
    String[] parts = spec.split("\\|", -1);
    for (String field : words(parts[0])) {
      String[] nameAndType = field.split(":");
      FieldRule rule = Fields.STRING;
      if (nameAndType.length > 1) {
        rule = nameAndType[1].equals("int") ? Fields.INTEGER : SFTP_LOCATION;
      }
      shape = shape.with(nameAndType[0], rule);
    }
    return shape.require(words(parts[1]).toArray(String[]::new)).named("a server of type " + type);
  }

  private static Map<String, String> types(SchemaVersion version) {
    return version.isV32() ? TYPES_3_2 : TYPES_3_1;
  }

  private static List<String> words(String text) {
    String trimmed = text.trim();
    return trimmed.isEmpty() ? List.of() : Arrays.asList(trimmed.split("\\s+"));
  }

  private static Map<String, String> table(String... pairs) {
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      out.put(pairs[i], pairs[i + 1]);
    }
    return out;
  }

  private static Map<String, String> withAthena32() {
    Map<String, String> out = new LinkedHashMap<>(TYPES_3_1);
    out.put("athena", "stagingDir schema catalog regionName workgroup | schema");
    return out;
  }
}
