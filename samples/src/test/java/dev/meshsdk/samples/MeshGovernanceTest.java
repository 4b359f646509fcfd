package dev.meshsdk.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meshsdk.core.AccessPolicy;
import dev.meshsdk.core.DataProduct;
import dev.meshsdk.core.OutputPort;
import dev.meshsdk.core.governance.Finding;
import dev.meshsdk.core.governance.Governance;
import dev.meshsdk.core.governance.GovernanceReport;
import dev.meshsdk.core.governance.Policies;
import dev.meshsdk.core.governance.PolicyConfigurationException;
import dev.meshsdk.core.governance.PolicySet;
import dev.meshsdk.core.governance.Severity;
import dev.meshsdk.samples.customers.CustomersProduct;
import dev.meshsdk.samples.finance.RevenueProduct;
import dev.meshsdk.samples.orders.OrdersProduct;
import dev.meshsdk.samples.recommendations.RecommendationsProduct;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeshGovernanceTest {
  private final Governance governance = MeshGovernance.governance();

  private static List<String> blocking(GovernanceReport report) {
    return report.findings(Severity.BLOCKING).stream().map(Finding::ruleId).toList();
  }

  /** The registered customers product with another port access policy. */
  private static DataProduct customersWith(AccessPolicy access) {
    DataProduct p = CustomersProduct.declare();
    OutputPort port = p.outputPorts().get(0).toBuilder().access(access).build();
    return p.toBuilder().outputPorts(List.of(port)).build();
  }

  @Test
  void everySampleProductPassesWithoutFindings() {
    for (DataProduct p :
        List.of(
            OrdersProduct.declare(),
            CustomersProduct.declare(),
            RecommendationsProduct.declare(),
            RevenueProduct.declare())) {
      assertThat(governance.evaluate(p).findings()).as(p.id()).isEmpty();
    }
  }

  @Test
  void refusesTheCustomersDraftForPersonalDataNamingAndMissingPurposes() {
    GovernanceReport report = governance.evaluate(CustomersProduct.draft());

    assertThat(report.isBlocked()).isTrue();
    assertThat(blocking(report))
        .containsOnly(
            "personal-data-restricted", "naming.port-name", "customers.personal-data-purpose");
    assertThat(report.render()).contains("output port name 'customer_profiles'");
  }

  @Test
  void customersDomainWantsPurposesOnRestrictedPersonalData() {
    DataProduct noPurpose =
        customersWith(AccessPolicy.restricted().domain("recommendations").build());

    GovernanceReport report = governance.evaluate(noPurpose);

    assertThat(blocking(report)).containsExactly("customers.personal-data-purpose");
    assertThat(report.findings().get(0).place()).isEqualTo("outputPorts[customer-profiles].access");
    assertThat(report.findings().get(0).message())
        .contains("personal data (customer_id, email, phone)")
        .contains("names no purposes");
  }

  @Test
  void otherDomainsOnlyNeedRestrictedAccessForPersonalData() {
    DataProduct crm =
        customersWith(AccessPolicy.restricted().domain("recommendations").build()).toBuilder()
            .id("crm-profiles")
            .domain("crm")
            .build();

    assertThat(governance.evaluate(crm).findings()).isEmpty();
  }

  @Test
  void customersProductIdsStartWithCustomer() {
    DataProduct renamed = CustomersProduct.declare().toBuilder().id("profiles").build();

    GovernanceReport report = governance.evaluate(renamed);

    assertThat(blocking(report)).containsExactly("naming.product-id");
    assertThat(report.render()).contains("customer-.*");
  }

  @Test
  void customersMustNameSupportWhileOtherDomainsAreOnlyWarned() {
    DataProduct customers = CustomersProduct.declare().toBuilder().support(List.of()).build();
    DataProduct revenue = RevenueProduct.declare().toBuilder().support(List.of()).build();

    assertThat(blocking(governance.evaluate(customers))).containsExactly("support-present");
    GovernanceReport finance = governance.evaluate(revenue);
    assertThat(finance.isBlocked()).isFalse();
    assertThat(finance.findings(Severity.WARNING))
        .extracting(Finding::ruleId)
        .containsExactly("support-present");
  }

  @Test
  void snakeCaseNamesAreBlockedOrganisationWide() {
    DataProduct snake = RevenueProduct.declare().toBuilder().id("daily_revenue").build();

    assertThat(blocking(governance.evaluate(snake))).containsExactly("naming.product-id");
  }

  @Test
  void aDomainCannotLoosenTheOrganisationsRules() {
    assertThatThrownBy(
            () ->
                Governance.builder()
                    .organisation(MeshGovernance.organisation())
                    .domain(
                        "finance",
                        PolicySet.builder()
                            .add(Policies.portNamePattern(Policies.KEBAB_CASE), Severity.WARNING)
                            .build())
                    .build())
        .isInstanceOf(PolicyConfigurationException.class)
        .hasMessageContaining("domain 'finance' lowers rule 'naming.port-name' from BLOCKING");
  }
}
