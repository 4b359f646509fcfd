package dev.meshsdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshsdk.core.AccessPolicy;
import java.util.List;
import org.junit.jupiter.api.Test;

class PortAccessFromPolicyTest {

  @Test
  void mapsPublicAndInternalPolicies() {
    PortAccess pub = PortAccess.from(AccessPolicy.publicAccess());
    PortAccess internal = PortAccess.from(AccessPolicy.internal());

    assertThat(pub.level()).isEqualTo(PortAccess.Level.PUBLIC);
    assertThat(internal.level()).isEqualTo(PortAccess.Level.INTERNAL);
    assertThat(internal.allowedDomains()).isEmpty();
    assertThat(internal.purposes()).isEmpty();
    assertThat(pub.isPersonalData("Confidential")).isTrue();
  }

  @Test
  void mapsARestrictedPolicyWithItsDomainsConsumersAndPurposes() {
    PortAccess access =
        PortAccess.from(
            AccessPolicy.restricted()
                .domain("finance")
                .consumer("fraud-app")
                .purpose("billing")
                .build(),
            List.of("pii"));

    assertThat(access.level()).isEqualTo(PortAccess.Level.RESTRICTED);
    assertThat(access.allowedDomains()).containsExactly("finance");
    assertThat(access.consumerIds()).containsExactly("fraud-app");
    assertThat(access.purposes()).containsExactly("billing");
    assertThat(access.personalDataClassifications()).containsExactly("pii");
  }

  @Test
  void mapsTheAccessPolicyOfAnOutputPort() {
    PortAccess access = PortAccess.from(ShopMesh.ORDERS.outputPort("orders").orElseThrow());

    assertThat(access.level()).isEqualTo(PortAccess.Level.RESTRICTED);
    assertThat(access.allowedDomains()).containsExactly("finance");
    assertThat(access.purposes()).containsExactly("billing");
  }
}
