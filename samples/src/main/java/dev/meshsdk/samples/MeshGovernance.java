package dev.meshsdk.samples;

import dev.meshsdk.core.governance.Governance;
import dev.meshsdk.core.governance.Policies;
import dev.meshsdk.core.governance.PolicySet;
import dev.meshsdk.core.governance.Severity;
import dev.meshsdk.samples.customers.CustomersProduct;

/**
 * The sample organisation's governance: the recommended rules everywhere, with kebab-case product
 * ids and port names raised to BLOCKING, and the customers domain's stricter personal-data rules.
 */
public final class MeshGovernance {
  private MeshGovernance() {}

  /**
   * The organisation-wide rules.
   *
   * @return {@link Policies#recommended()} with naming raised to BLOCKING
   */
  public static PolicySet organisation() {
    return Policies.recommended().toBuilder()
        .remove("naming.product-id")
        .remove("naming.port-name")
        .add(Policies.productIdPattern(Policies.KEBAB_CASE), Severity.BLOCKING)
        .add(Policies.portNamePattern(Policies.KEBAB_CASE), Severity.BLOCKING)
        .build();
  }

  /**
   * The governance every product of the sample mesh is registered through.
   *
   * @return the organisation's rules and the customers domain's set
   */
  public static Governance governance() {
    return Governance.builder()
        .organisation(organisation())
        .domain("customers", CustomersProduct.policies())
        .build();
  }
}
