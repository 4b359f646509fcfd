package dev.meshsdk.testkit;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The shipped expectations JSON Schema, evaluated by a real validator (networknt). */
public final class ExpectationsSchema {
  private static final Schema SCHEMA = load();

  private ExpectationsSchema() {}

  private static Schema load() {
    try (InputStream in = Expectations.class.getResourceAsStream(Expectations.SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing " + Expectations.SCHEMA_RESOURCE);
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(text, InputFormat.JSON);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Validates a document.
   *
   * @param json the document
   * @return the errors, empty if valid
   */
  public static List<Error> validate(String json) {
    return SCHEMA.validate(json, InputFormat.JSON);
  }
}
