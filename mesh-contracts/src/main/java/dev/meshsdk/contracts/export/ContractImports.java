package dev.meshsdk.contracts.export;

import dev.meshsdk.contracts.ContractFormatException;
import dev.meshsdk.contracts.DataContract;
import dev.meshsdk.contracts.internal.export.AvroImporter;
import dev.meshsdk.contracts.internal.export.JsonSchemaImporter;
import java.util.Objects;

/**
 * Imports a JSON Schema or an Apache Avro record schema as an ODCS v3.1.0 contract with one schema
 * object (status {@code draft}). Imports read back what {@link ContractExports} writes, so that
 * exporting an imported export gives the same export; other schemas are read as far as they use
 * constructs a contract can express.
 *
 * <pre>{@code
 * DataContract c = ContractImports.fromJsonSchema(json, "urn:acme:orders", "1.0.0");
 * }</pre>
 */
public final class ContractImports {
  private ContractImports() {}

  /**
   * A contract from a JSON Schema (2020-12) of an object; the schema's {@code title} names the
   * schema object ({@code record} if it has none).
   *
   * @param json the JSON Schema document
   * @param contractId the new contract's id
   * @param version the new contract's version
   * @return the contract
   * @throws ContractFormatException if the text is not JSON or uses a construct a contract cannot
   *     express; the message names the JSON path and the construct
   */
  public static DataContract fromJsonSchema(String json, String contractId, String version) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(contractId, "contractId");
    Objects.requireNonNull(version, "version");
    return JsonSchemaImporter.read(json, contractId, version);
  }

  /**
   * A contract from an Avro record schema; the record names the schema object and its namespace
   * becomes the contract's domain.
   *
   * @param avsc the Avro schema
   * @param contractId the new contract's id
   * @param version the new contract's version
   * @return the contract
   * @throws ContractFormatException if the text is not JSON or uses a construct a contract cannot
   *     express (a union of two non-null types, fixed, bytes without the decimal logical type, a
   *     reference to a named type); the message names the JSON path and the construct
   */
  public static DataContract fromAvro(String avsc, String contractId, String version) {
    Objects.requireNonNull(avsc, "avsc");
    Objects.requireNonNull(contractId, "contractId");
    Objects.requireNonNull(version, "version");
    return AvroImporter.read(avsc, contractId, version);
  }
}
