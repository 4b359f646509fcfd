package dev.meshsdk.contracts.export;

import dev.meshsdk.contracts.ContractDefinitionException;
import dev.meshsdk.contracts.DataContract;
import dev.meshsdk.contracts.JsonValue;
import dev.meshsdk.contracts.internal.export.AvroExporter;
import dev.meshsdk.contracts.internal.export.JsonSchemaExporter;
import dev.meshsdk.contracts.internal.tree.TreeWriter;
import java.util.Objects;

/**
 * Exports one schema object of a contract as a JSON Schema 2020-12 document or an Apache Avro
 * record schema.
 *
 * <pre>{@code
 * String jsonSchema = ContractExports.toJsonSchema(contract, "orders");
 * String avsc = ContractExports.toAvro(contract, "orders");
 * }</pre>
 *
 * <p>The JSON Schema accepts and rejects the records {@link dev.meshsdk.contracts.RecordValidator}
 * accepts and rejects, except where JSON Schema cannot say what the contract says (custom date and
 * time formats, bounds on dates and times, timestamps without an offset): those are kept under
 * {@code x-odcs} and named in a {@code $comment}.
 */
public final class ContractExports {
  private ContractExports() {}

  /**
   * The JSON Schema 2020-12 of a schema object, as pretty-printed JSON text.
   *
   * @param contract the contract
   * @param schemaObject the schema object's name
   * @return the schema document
   * @throws ContractDefinitionException if the contract has no such object or it cannot be compiled
   *     into a record validator (a bad pattern, format or bound)
   */
  public static String toJsonSchema(DataContract contract, String schemaObject) {
    return TreeWriter.toJson(toJsonSchemaValue(contract, schemaObject));
  }

  /**
   * The JSON Schema 2020-12 of a schema object, as a JSON tree.
   *
   * @param contract the contract
   * @param schemaObject the schema object's name
   * @return the schema document
   * @throws ContractDefinitionException if the contract has no such object or it cannot be compiled
   *     into a record validator
   */
  public static JsonValue.Obj toJsonSchemaValue(DataContract contract, String schemaObject) {
    Objects.requireNonNull(contract, "contract");
    Objects.requireNonNull(schemaObject, "schemaObject");
    return JsonSchemaExporter.export(contract, schemaObject);
  }

  /**
   * The Apache Avro schema of a schema object (a record), as pretty-printed JSON text.
   *
   * @param contract the contract
   * @param schemaObject the schema object's name
   * @return the Avro schema ({@code .avsc})
   * @throws ContractDefinitionException if the contract has no such object or it cannot be compiled
   *     into a record validator
   */
  public static String toAvro(DataContract contract, String schemaObject) {
    return TreeWriter.toJson(toAvroValue(contract, schemaObject));
  }

  /**
   * The Apache Avro schema of a schema object, as a JSON tree.
   *
   * @param contract the contract
   * @param schemaObject the schema object's name
   * @return the Avro schema
   * @throws ContractDefinitionException if the contract has no such object or it cannot be compiled
   *     into a record validator
   */
  public static JsonValue.Obj toAvroValue(DataContract contract, String schemaObject) {
    Objects.requireNonNull(contract, "contract");
    Objects.requireNonNull(schemaObject, "schemaObject");
    return AvroExporter.export(contract, schemaObject);
  }
}
