package dev.meshsdk.core;

import dev.meshsdk.contracts.DataContract;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds the ODCS contract an output port refers to by id and version. An ODPS document names its
 * ports' contracts but does not hold them; reading one with a resolver gives ports with their
 * contracts.
 */
@FunctionalInterface
public interface ContractResolver {
  /**
   * The contract with an id and version.
   *
   * @param contractId the contract's id
   * @param contractVersion the contract's version
   * @return the contract, or empty when unknown (the port then keeps only the reference)
   */
  Optional<DataContract> resolve(String contractId, String contractVersion);

  /**
   * A resolver that knows no contract.
   *
   * @return the resolver
   */
  static ContractResolver none() {
    return (id, version) -> Optional.empty();
  }

  /**
   * A resolver over a fixed set of contracts.
   *
   * @param contracts the contracts
   * @return the resolver
   */
  static ContractResolver of(List<DataContract> contracts) {
    Map<String, DataContract> byKey = new HashMap<>();
    for (DataContract c : contracts) {
      byKey.put(c.id() + "\u0000" + c.version(), Objects.requireNonNull(c, "contract"));
    }
    return (id, version) -> Optional.ofNullable(byKey.get(id + "\u0000" + version));
  }

  /**
   * A resolver over some contracts.
   *
   * @param contracts the contracts
   * @return the resolver
   */
  static ContractResolver of(DataContract... contracts) {
    return of(List.of(contracts));
  }
}
