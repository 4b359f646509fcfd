package dev.meshsdk.core;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;

/** The official ODPS v1.0.0 JSON Schema, evaluated by networknt; skips when it is missing. */
public final class OdpsSchema {
  private static Schema schema;

  private OdpsSchema() {}

  /**
   * Validates a document.
   *
   * @param document the text
   * @param format JSON or YAML
   * @return the validator's errors, empty if valid
   */
  public static synchronized List<Error> validate(String document, InputFormat format) {
    if (schema == null) {
      try {
        schema =
            SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2019_09)
                .getSchema(
                    Files.readString(
                        SharedStandards.odps().resolve("schema/odps-json-schema-v1.0.0.json")),
                    InputFormat.JSON);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return schema.validate(document, format);
  }
}
