package dev.meshsdk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AccessPolicyTest {
  private final ConsumerIdentity financeFraud =
      ConsumerIdentity.of("fraud-app", "finance", "fraud-detection");

  @Test
  void publicAllowsAnyone() {
    AccessDecision d =
        AccessPolicy.publicAccess().decide(ConsumerIdentity.external("partner", "reporting"));
    assertThat(d.isAllowed()).isTrue();
    assertThat(d.reason()).isEqualTo("the port is PUBLIC");
  }

  @Test
  void internalAllowsConsumersOfADomainOnly() {
    assertThat(AccessPolicy.internal().decide(financeFraud))
        .isEqualTo(
            AccessDecision.allow(
                "the port is INTERNAL and consumer 'fraud-app' belongs to domain 'finance'"));
    assertThat(AccessPolicy.internal().decide(ConsumerIdentity.external("partner", "reporting")))
        .isEqualTo(
            AccessDecision.deny(
                "the port is INTERNAL and consumer 'partner' belongs to no domain of the"
                    + " organisation"));
  }

  @Test
  void restrictedAllowsListedDomainForListedPurpose() {
    AccessPolicy p = AccessPolicy.restricted().domain("finance").purpose("fraud-detection").build();
    assertThat(p.decide(financeFraud))
        .isEqualTo(
            AccessDecision.allow(
                "the port is RESTRICTED, domain 'finance' is listed and purpose 'fraud-detection'"
                    + " is allowed"));
  }

  @Test
  void restrictedDeniesAnotherPurpose() {
    AccessPolicy p = AccessPolicy.restricted().domain("finance").purpose("fraud-detection").build();
    AccessDecision d = p.decide(ConsumerIdentity.of("bi", "finance", "marketing"));
    assertThat(d.isAllowed()).isFalse();
    assertThat(d.reason())
        .isEqualTo(
            "the port is RESTRICTED to purposes [fraud-detection] and consumer 'bi' states purpose"
                + " 'marketing'");
    assertThat(p.decide(ConsumerIdentity.of("bi", "finance")).reason())
        .isEqualTo(
            "the port is RESTRICTED to purposes [fraud-detection] and consumer 'bi' states no"
                + " purpose");
  }

  @Test
  void restrictedDeniesUnlistedDomainAndAllowsListedConsumer() {
    AccessPolicy p = AccessPolicy.restricted().domain("finance").consumer("audit-app").build();
    assertThat(p.decide(ConsumerIdentity.of("bi", "sales", "reporting")))
        .isEqualTo(
            AccessDecision.deny(
                "the port is RESTRICTED to domains [finance] and consumers [audit-app]; consumer"
                    + " 'bi' of domain 'sales' is neither"));
    assertThat(p.decide(ConsumerIdentity.external("audit-app", "audit")))
        .isEqualTo(
            AccessDecision.allow("the port is RESTRICTED and consumer 'audit-app' is listed"));
  }

  @Test
  void restrictedNeedsSomeoneToGrant() {
    assertThatThrownBy(() -> AccessPolicy.restricted().purpose("x").build())
        .isInstanceOf(ProductDefinitionException.class)
        .hasMessage(
            "AccessPolicy RESTRICTED: domains: a restricted policy must list at least one domain"
                + " or consumer, else nobody may read [restricted-needs-grantee]");
  }

  @Test
  void consumerIdentityRejectsBlankId() {
    assertThatThrownBy(() -> ConsumerIdentity.of(" ", "sales"))
        .isInstanceOf(ProductDefinitionException.class)
        .hasMessage("ConsumerIdentity: consumerId: must not be blank, got ' ' [not-blank]");
  }
}
