package dev.meshsdk.observability.lineage;

import dev.meshsdk.contracts.ContractDefinitionException;
import dev.meshsdk.contracts.DataContract;
import dev.meshsdk.contracts.SchemaObject;
import dev.meshsdk.contracts.Team;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The dataset facets that describe a data contract's schema object, for the output port it governs:
 * {@code schema} (fields, nested fields, types and descriptions), {@code version} (the contract's
 * version), {@code documentation} (the schema object's description, else the contract's purpose)
 * and {@code ownership} (the contract's team, as {@code team:<name>}).
 *
 * <p>Only definitions are read: examples, enum values and other values in the contract are never
 * copied into facets.
 */
public final class ContractFacets {
  /** The ownership type written for the contract's team. */
  public static final String OWNER_TYPE = "OWNER";

  private ContractFacets() {}

  /**
   * The facets of one schema object of a contract.
   *
   * @param contract the contract
   * @param schemaObject the schema object's name
   * @return the facets, schema and version always, documentation and ownership when the contract
   *     has them
   * @throws ContractDefinitionException if the contract has no schema object of that name
   */
  public static List<DatasetFacet> datasetFacets(DataContract contract, String schemaObject) {
    SchemaObject object = schemaObject(contract, schemaObject);
    List<DatasetFacet> facets = new ArrayList<>();
    facets.add(SchemaDatasetFacet.of(object));
    facets.add(new DatasetVersionDatasetFacet(contract.version()));
    description(contract, object).map(DocumentationDatasetFacet::of).ifPresent(facets::add);
    owner(contract).map(o -> new OwnershipDatasetFacet(List.of(o))).ifPresent(facets::add);
    return List.copyOf(facets);
  }

  /**
   * The contract's team as owner, {@code team:<name>} (or its id), of type {@value #OWNER_TYPE}.
   *
   * @param contract the contract
   * @return the owner, or empty when the contract names no team
   */
  public static Optional<Owner> owner(DataContract contract) {
    return contract
        .team()
        .flatMap(ContractFacets::teamName)
        .map(name -> Owner.of("team:" + name, OWNER_TYPE));
  }

  /**
   * The schema object of that name.
   *
   * @param contract the contract
   * @param name the schema object's name
   * @return the schema object
   * @throws ContractDefinitionException if there is none
   */
  public static SchemaObject schemaObject(DataContract contract, String name) {
    return contract
        .schemaObject(name)
        .orElseThrow(
            () ->
                new ContractDefinitionException(
                    "contract "
                        + contract.id()
                        + " version "
                        + contract.version()
                        + " has no schema object '"
                        + name
                        + "' (schema[].name): it has "
                        + contract.schema().stream().map(SchemaObject::name).toList()));
  }

  private static Optional<String> teamName(Team team) {
    return team.name().filter(n -> !n.isBlank()).or(team::id).filter(n -> !n.isBlank());
  }

  private static Optional<String> description(DataContract contract, SchemaObject object) {
    return object
        .description()
        .filter(d -> !d.isBlank())
        .or(() -> contract.description().flatMap(d -> d.purpose()).filter(d -> !d.isBlank()));
  }
}
