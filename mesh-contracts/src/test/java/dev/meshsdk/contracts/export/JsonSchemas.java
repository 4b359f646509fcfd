package dev.meshsdk.contracts.export;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import dev.meshsdk.contracts.JsonValue;
import dev.meshsdk.contracts.internal.tree.TreeWriter;
import java.util.List;
import java.util.Map;

/** The real validator (networknt, JSON Schema 2020-12, formats asserted) over exported schemas. */
final class JsonSchemas {
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          b ->
              b.schemaRegistryConfig(
                  SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

  private JsonSchemas() {}

  static Schema compile(String schema) {
    return REGISTRY.getSchema(schema, InputFormat.JSON);
  }

  static List<Error> validate(Schema schema, Map<String, ?> record) {
    return schema.validate(TreeWriter.toJson(JsonValue.fromJava(record)), InputFormat.JSON);
  }
}
