package dev.meshsdk.kafka;

import dev.meshsdk.contracts.DataContract;
import java.util.Objects;

/**
 * A contract named by id and version: what the {@link MeshHeaders#CONTRACT_ID} and {@link
 * MeshHeaders#CONTRACT_VERSION} headers of a record say it was written under.
 *
 * @param id the contract's id
 * @param version the contract's version
 */
public record ContractRef(String id, String version) {
  /**
   * Checks the components.
   *
   * @param id the contract's id, not blank
   * @param version the contract's version, not blank
   * @throws IllegalArgumentException if one is blank
   */
  public ContractRef {
    Objects.requireNonNull(id, "ContractRef.id");
    Objects.requireNonNull(version, "ContractRef.version");
    if (id.isBlank()) {
      throw new IllegalArgumentException("ContractRef.id must not be blank");
    }
    if (version.isBlank()) {
      throw new IllegalArgumentException("ContractRef.version must not be blank");
    }
  }

  /**
   * The id and version of a contract.
   *
   * @param contract the contract
   * @return its reference
   */
  public static ContractRef of(DataContract contract) {
    return new ContractRef(contract.id(), contract.version());
  }

  /**
   * {@code id@version}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return id + "@" + version;
  }
}
