package dev.meshsdk.observability.report;

import dev.meshsdk.contracts.ContractDefinitionException;
import dev.meshsdk.contracts.DataContract;
import dev.meshsdk.contracts.SchemaObject;
import dev.meshsdk.observability.report.internal.Checks;
import java.util.Objects;

/**
 * An output port of a product with the contract it publishes under; the report draws the schema
 * table of the named schema object.
 *
 * @param name the port's name
 * @param contract the port's data contract
 * @param schemaObject the name of the schema object in the contract that the port publishes
 */
public record ReportOutputPort(String name, DataContract contract, String schemaObject) {

  /**
   * Checks the components.
   *
   * @param name the port's name
   * @param contract the port's data contract
   * @param schemaObject the name of the schema object in the contract that the port publishes
   * @throws IllegalArgumentException if the name or the schema object name is blank
   * @throws ContractDefinitionException if the contract has no such schema object
   */
  public ReportOutputPort {
    Checks.notBlank(name, "ReportOutputPort.name");
    Objects.requireNonNull(contract, "contract");
    Checks.notBlank(schemaObject, "ReportOutputPort.schemaObject");
    if (contract.schemaObject(schemaObject).isEmpty()) {
      throw new ContractDefinitionException(
          "Output port '"
              + name
              + "': contract '"
              + contract.id()
              + "' has no schema object '"
              + schemaObject
              + "' (it has "
              + contract.schema().stream().map(SchemaObject::name).toList()
              + ")");
    }
  }

  /**
   * An output port.
   *
   * @param name the port's name
   * @param contract the port's data contract
   * @param schemaObject the name of the schema object the port publishes
   * @return the output port
   * @throws ContractDefinitionException if the contract has no such schema object
   */
  public static ReportOutputPort of(String name, DataContract contract, String schemaObject) {
    return new ReportOutputPort(name, contract, schemaObject);
  }

  /**
   * The schema object the port publishes.
   *
   * @return the schema object
   */
  public SchemaObject schema() {
    return contract
        .schemaObject(schemaObject)
        .orElseThrow(() -> new IllegalStateException("checked in the constructor"));
  }
}
