package dev.meshsdk.core.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meshsdk.contracts.DataContract;
import dev.meshsdk.core.AccessPolicy;
import dev.meshsdk.core.DataProduct;
import dev.meshsdk.core.Fixtures;
import dev.meshsdk.core.OutputPort;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class GovernanceTest {
  private final Governance recommended = Governance.of(Policies.recommended());

  @Test
  void fullProductPassesTheRecommendedRules() {
    GovernanceReport report = recommended.evaluate(Fixtures.fullProduct());
    assertThat(report.findings()).isEmpty();
    assertThat(report.isBlocked()).isFalse();
    assertThat(report.render())
        .isEqualTo(
            "Governance of data product 'customer-360' version 2.1.0: PASSED (0 blocking, 0"
                + " warning, 0 info)\n");
  }

  @Test
  void reportsMissingOwnerSupportAndVersion() {
    GovernanceReport report = recommended.evaluate(DataProduct.builder().id("bare").build());
    assertThat(report.isBlocked()).isTrue();
    assertThat(report.render())
        .isEqualTo(
            "Governance of data product 'bare': BLOCKED (1 blocking, 2 warning, 0 info)\n"
                + "  BLOCKING owner-present at team: the product has no owning team; name the"
                + " team that answers for it\n"
                + "  WARNING  support-present at support: the product has no support channel;"
                + " consumers need a place to ask questions\n"
                + "  WARNING  semantic-version at version: the product has no version; give it a"
                + " semantic version such as 1.0.0\n");
  }

  @Test
  void reportsPortWithoutContractAndUnresolvedContract() {
    DataProduct p =
        Fixtures.fullProduct().toBuilder()
            .outputPort(OutputPort.builder().name("loose").version("1.0.0").build())
            .build()
            .withoutContracts();
    List<Finding> findings = recommended.evaluate(p).findings();
    assertThat(findings)
        .filteredOn(f -> f.ruleId().equals("output-port-contract"))
        .extracting(Finding::place, Finding::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "outputPorts[customers].contract",
                "output port 'customers' refers to contract 'customers' version 2.0.0, which is"
                    + " not resolved, so it cannot be checked"),
            org.assertj.core.groups.Tuple.tuple(
                "outputPorts[orders-per-customer].contract",
                "output port 'orders-per-customer' refers to contract 'orders' version 1.0.0,"
                    + " which is not resolved, so it cannot be checked"),
            org.assertj.core.groups.Tuple.tuple(
                "outputPorts[loose].contract",
                "output port 'loose' has no contract; every output port keeps one"));
  }

  @Test
  void reportsPersonalDataOnANonRestrictedPort() {
    DataProduct p =
        Fixtures.fullProduct().toBuilder()
            .outputPorts(
                List.of(
                    OutputPort.builder()
                        .name("customers")
                        .contract(Fixtures.customersContract())
                        .access(AccessPolicy.internal())
                        .build()))
            .build();
    GovernanceReport report = recommended.evaluate(p);
    assertThat(report.findings())
        .containsExactly(
            new Finding(
                "personal-data-restricted",
                Severity.BLOCKING,
                "outputPorts[customers].contract.schema.customers.email",
                "property 'email' is classified 'pii' but output port 'customers' is INTERNAL;"
                    + " personal data may only be served by a RESTRICTED port"));
  }

  @Test
  void personalDataClassificationsAreConfigurable() {
    DataProduct p =
        Fixtures.fullProduct().toBuilder()
            .outputPorts(
                List.of(
                    OutputPort.builder()
                        .name("customers")
                        .contract(Fixtures.customersContract())
                        .access(AccessPolicy.publicAccess())
                        .build()))
            .build();
    Governance onlySensitive =
        Governance.of(
            PolicySet.builder()
                .add(Policies.personalDataRestricted(java.util.Set.of("SENSITIVE")))
                .build());
    assertThat(onlySensitive.evaluate(p).findings()).isEmpty();
  }

  @Test
  void reportsContractThatBreaksOdcs() {
    DataContract broken = Fixtures.ordersContract().toBuilder().status(Optional.empty()).build();
    DataProduct p =
        DataProduct.builder()
            .id("orders")
            .outputPort(OutputPort.builder().name("orders").contract(broken).build())
            .build();
    List<Finding> findings =
        Governance.of(PolicySet.builder().add(Policies.contractsConform()).build())
            .evaluate(p)
            .findings();
    assertThat(findings)
        .extracting(Finding::toString)
        .containsExactly(
            "BLOCKING contract-conforms at outputPorts[orders].contract.status: contract 'orders'"
                + " breaks ODCS: A data contract needs the field 'status' but it is missing."
                + " [required]");
  }

  @Test
  void reportsNamesAgainstTheConvention() {
    DataProduct p =
        DataProduct.builder()
            .id("Customer_360")
            .outputPort(OutputPort.builder().name("Customers").version("1.0.0").build())
            .build();
    GovernanceReport report =
        Governance.of(
                PolicySet.builder()
                    .add(Policies.productIdPattern(Policies.KEBAB_CASE))
                    .add(Policies.portNamePattern(Policies.KEBAB_CASE))
                    .build())
            .evaluate(p);
    assertThat(report.findings())
        .extracting(Finding::toString)
        .containsExactly(
            "WARNING naming.product-id at id: product id 'Customer_360' does not match the naming"
                + " convention [a-z][a-z0-9]*(-[a-z0-9]+)*",
            "WARNING naming.port-name at outputPorts[Customers].name: output port name"
                + " 'Customers' does not match the naming convention [a-z][a-z0-9]*(-[a-z0-9]+)*");
  }

  @Test
  void reportsVersionsThatAreNotSemantic() {
    DataProduct p =
        DataProduct.builder()
            .id("orders")
            .version("v1")
            .outputPort(OutputPort.builder().name("orders").version("2.0").build())
            .build();
    assertThat(recommended.evaluate(p).findings(Severity.WARNING))
        .filteredOn(f -> f.ruleId().equals("semantic-version"))
        .extracting(Finding::message)
        .containsExactly(
            "product version 'v1' is not a semantic version MAJOR.MINOR.PATCH such as 1.0.0",
            "output port version '2.0' is not a semantic version MAJOR.MINOR.PATCH such as 1.0.0");
  }

  @Test
  void domainAddsRulesAndTightensNamingAndSeverity() {
    Governance g =
        Governance.builder()
            .organisation(Policies.recommended())
            .domain(
                "crm",
                PolicySet.builder()
                    .add(Policies.productIdPattern("crm-.*"))
                    .add(Policies.semanticVersions(), Severity.BLOCKING)
                    .build())
            .build();
    DataProduct p = Fixtures.fullProduct().toBuilder().version("2.1").build();
    GovernanceReport report = g.evaluate(p);
    assertThat(report.isBlocked()).isTrue();
    assertThat(report.render())
        .contains(
            "BLOCKING semantic-version at version: product version '2.1' is not a semantic"
                + " version")
        .contains(
            "WARNING  naming.product-id at id: product id 'customer-360' does not match the"
                + " naming convention crm-.*");
    // Products of other domains get the organisation's rules only.
    assertThat(g.evaluate(p.toBuilder().domain("sales").build()).isBlocked()).isFalse();
  }

  @Test
  void domainTighteningKeepsTheOrganisationPatternToo() {
    Governance g =
        Governance.builder()
            .organisation(
                PolicySet.builder().add(Policies.productIdPattern(Policies.KEBAB_CASE)).build())
            .domain("crm", PolicySet.builder().add(Policies.productIdPattern("crm.*")).build())
            .build();
    DataProduct p = DataProduct.builder().id("crm_Orders").domain("crm").build();
    assertThat(g.evaluate(p).findings()).hasSize(1);
    assertThat(g.evaluate(p).findings().get(0).message()).endsWith("[a-z][a-z0-9]*(-[a-z0-9]+)*");
  }

  @Test
  void domainCannotRemoveAnOrganisationRule() {
    PolicySet sales = PolicySet.builder().remove("owner-present").build();
    assertThatThrownBy(
            () ->
                Governance.builder()
                    .organisation(Policies.recommended())
                    .domain("sales", sales)
                    .build())
        .isInstanceOf(PolicyConfigurationException.class)
        .hasMessage(
            "domain 'sales' removes rule 'owner-present': a domain may add rules or tighten the"
                + " organisation's, never remove them");
  }

  @Test
  void domainCannotLowerASeverity() {
    PolicySet sales = PolicySet.builder().add(Policies.ownerPresent(), Severity.WARNING).build();
    assertThatThrownBy(
            () ->
                Governance.builder()
                    .organisation(Policies.recommended())
                    .domain("sales", sales)
                    .build())
        .isInstanceOf(PolicyConfigurationException.class)
        .hasMessage(
            "domain 'sales' lowers rule 'owner-present' from BLOCKING to WARNING: a domain may"
                + " raise the severity of an organisation rule, never lower it");
  }

  @Test
  void domainCannotLoosenAPolicy() {
    PolicySet sales =
        PolicySet.builder()
            .add(Policies.personalDataRestricted(java.util.Set.of("pii")), Severity.BLOCKING)
            .build();
    assertThatThrownBy(
            () ->
                Governance.builder()
                    .organisation(Policies.recommended())
                    .domain("sales", sales)
                    .build())
        .isInstanceOf(PolicyConfigurationException.class)
        .hasMessageStartingWith("domain 'sales' replaces rule 'personal-data-restricted' with ")
        .hasMessageEndingWith(": a domain may tighten an organisation rule, never loosen it");
  }

  @Test
  void rejectsTheSameRuleTwiceInASet() {
    assertThatThrownBy(
            () -> PolicySet.builder().add(Policies.ownerPresent()).add(Policies.ownerPresent()))
        .isInstanceOf(PolicyConfigurationException.class)
        .hasMessage(
            "policy set: rule 'owner-present' is added twice; rule ids are unique in a set");
  }

  @Test
  void enforceThrowsWithTheReport() {
    DataProduct bare = DataProduct.builder().id("bare").build();
    assertThatThrownBy(() -> recommended.enforce(bare))
        .isInstanceOf(GovernanceException.class)
        .hasMessageStartingWith("Governance of data product 'bare': BLOCKED (1 blocking")
        .hasMessageContaining("owner-present at team")
        .satisfies(e -> assertThat(((GovernanceException) e).report().isBlocked()).isTrue());
    assertThat(recommended.enforce(Fixtures.fullProduct()).findings()).isEmpty();
  }

  @Test
  void customPolicyReceivesSeverityAndPreviousVersion() {
    AtomicReference<PolicyContext> seen = new AtomicReference<>();
    Policy custom =
        new Policy() {
          @Override
          public String id() {
            return "major-version";
          }

          @Override
          public List<Finding> evaluate(DataProduct product, PolicyContext context) {
            seen.set(context);
            return List.of(
                context.finding(
                    "version",
                    "previous was "
                        + context.previousVersion().flatMap(DataProduct::version).orElse("none")));
          }
        };
    DataProduct previous = Fixtures.fullProduct().toBuilder().version("2.0.0").build();
    Governance g =
        Governance.builder()
            .organisation(PolicySet.builder().add(custom, Severity.INFO).build())
            .previousVersions(p -> Optional.of(previous))
            .build();
    GovernanceReport report = g.evaluate(Fixtures.fullProduct());
    assertThat(seen.get().severity()).isEqualTo(Severity.INFO);
    assertThat(report.findings())
        .containsExactly(
            new Finding("major-version", Severity.INFO, "version", "previous was 2.0.0"));
    assertThat(report.isBlocked()).isFalse();
  }

  @Test
  void aFailingPolicyBecomesABlockingFinding() {
    Policy failing =
        new Policy() {
          @Override
          public String id() {
            return "broken";
          }

          @Override
          public List<Finding> evaluate(DataProduct product, PolicyContext context) {
            throw new IllegalStateException("boom");
          }
        };
    GovernanceReport report =
        Governance.of(PolicySet.builder().add(failing, Severity.INFO).build())
            .evaluate(Fixtures.fullProduct());
    assertThat(report.findings())
        .containsExactly(
            new Finding(
                "broken",
                Severity.BLOCKING,
                "",
                "the policy failed instead of evaluating the product:"
                    + " java.lang.IllegalStateException"));
  }
}
