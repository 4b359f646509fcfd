package dev.meshsdk.core;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SpecificationVersion;
import dev.meshsdk.testsupport.SchemaFiles;
import dev.meshsdk.testsupport.SharedStandards;
import java.util.List;

/** The official ODPS v1.0.0 JSON Schema, evaluated by networknt; skips when it is missing. */
public final class OdpsSchema {
  private OdpsSchema() {}

  /**
   * Validates a document.
   *
   * @param document the text
   * @param format JSON or YAML
   * @return the validator's errors, empty if valid
   */
  public static List<Error> validate(String document, InputFormat format) {
    return SchemaFiles.validate(
        SharedStandards.odps().resolve("schema/odps-json-schema-v1.0.0.json"),
        SpecificationVersion.DRAFT_2019_09,
        document,
        format);
  }
}
