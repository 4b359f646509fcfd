package dev.meshsdk.contracts;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SpecificationVersion;
import dev.meshsdk.testsupport.SchemaFiles;
import dev.meshsdk.testsupport.SharedStandards;
import java.nio.file.Path;
import java.util.List;

/**
 * The official ODCS JSON Schemas, evaluated by a real JSON Schema 2019-09 validator (networknt):
 * the independent judge our reader, writer and checker are compared with.
 */
public final class OfficialSchemas {
  private OfficialSchemas() {}

  /**
   * The official schema file for a contract's apiVersion: v3.2.0 uses the v3.2.0 draft, every other
   * v3 version the rolling v3.1.0 schema (which accepts v3.0.x too).
   *
   * @param apiVersion such as {@code v3.0.2}
   * @return the schema file
   */
  public static Path schemaFile(String apiVersion) {
    Path odcs = SharedStandards.odcs();
    return apiVersion.startsWith("v3.2")
        ? odcs.resolve("dev-v3.2.0-draft/schema/odcs-json-schema-v3.2.0.json")
        : odcs.resolve("schema/odcs-json-schema-v3.1.0.json");
  }

  /**
   * Validates a document against a schema file.
   *
   * @param schemaFile the schema
   * @param document the document text
   * @param format JSON or YAML
   * @return the validator's errors, empty if valid
   */
  public static List<Error> validate(Path schemaFile, String document, InputFormat format) {
    return SchemaFiles.validate(schemaFile, SpecificationVersion.DRAFT_2019_09, document, format);
  }
}
