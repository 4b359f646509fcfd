package dev.meshsdk.testsupport;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * JSON Schema files on disk (the official ODCS and ODPS schemas), evaluated by a real validator
 * (networknt): the independent judge our writers and checkers are compared with. Each file is read
 * and compiled once per dialect.
 */
public final class SchemaFiles {
  private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

  private SchemaFiles() {}

  /**
   * Validates a document against a schema file.
   *
   * @param schemaFile the schema
   * @param dialect the JSON Schema version the file is read as when it names none
   * @param document the document text
   * @param format JSON or YAML
   * @return the validator's errors, empty if valid
   */
  public static List<Error> validate(
      Path schemaFile, SpecificationVersion dialect, String document, InputFormat format) {
    Schema schema =
        SCHEMAS.computeIfAbsent(
            dialect + " " + schemaFile,
            k -> {
              try {
                return SchemaRegistry.withDefaultDialect(dialect)
                    .getSchema(Files.readString(schemaFile), InputFormat.JSON);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    return schema.validate(document, format);
  }
}
