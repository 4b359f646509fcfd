package dev.meshsdk.testkit;

import static dev.meshsdk.testkit.ConsumerContract.field;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meshsdk.contracts.DataContract;
import dev.meshsdk.contracts.LogicalType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProviderVerificationTest {
  static final Map<String, List<Map<String, Object>>> SAMPLES =
      Map.of("paid orders", List.of(Orders.paidOrder()), "new orders", List.of(Orders.newOrder()));

  @Test
  void providerMeetingEveryExpectationPasses() {
    VerificationResult r =
        ProviderVerification.verify(
            Orders.billing().build(), Orders.CONTRACT, PortAccess.publicAccess(), SAMPLES);

    assertThat(r.mismatches()).isEmpty();
    assertThat(r.describe()).endsWith("all expectations met");
  }

  @Test
  void strongerGuaranteesThanExpectedPass() {
    Expectations e =
        Orders.billing()
            .reads(field("lines.qty").type(LogicalType.NUMBER).required().atLeast(0))
            .build();

    assertThat(ProviderVerification.verifyContract(e, Orders.CONTRACT).mismatches()).isEmpty();
  }

  @Test
  void weakerGuaranteesFailFieldByField() {
    Expectations e =
        ConsumerContract.forProvider("orders-product", "orders-port")
            .consumer("billing", "finance")
            .purpose("invoicing")
            .reads(field("status").oneOf("NEW", "PAID", "CANCELLED"))
            .reads(field("customer_email").required().maxLength(40))
            .reads(field("paid_at").type(LogicalType.DATE))
            .reads(field("lines.qty").atMost(10))
            .reads(field("order_id").pattern("^ORD-"))
            .build();
    DataContract wider =
        Orders.changed("validValues: [NEW, PAID]", "validValues: [NEW, PAID, REFUNDED]");

    VerificationResult r = ProviderVerification.verifyContract(e, wider);

    assertThat(r.mismatches())
        .extracting(Mismatch::subject, Mismatch::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("status", "the contract also allows 'REFUNDED'"),
            org.assertj.core.groups.Tuple.tuple(
                "customer_email",
                "the contract does not make it required (it may be missing or null)"),
            org.assertj.core.groups.Tuple.tuple(
                "customer_email", "the contract allows up to 60 characters"),
            org.assertj.core.groups.Tuple.tuple("paid_at", "the contract's type is timestamp"),
            org.assertj.core.groups.Tuple.tuple("lines.qty", "the contract sets no upper bound"),
            org.assertj.core.groups.Tuple.tuple("order_id", "the contract sets no pattern"));
    assertThat(r.describe())
        .startsWith(
            "consumer 'billing' (domain finance, purpose invoicing) of orders-product/orders-port: 6 expectations not met")
        .contains(
            "\n  - status: expects one of ['NEW', 'PAID', 'CANCELLED'], but the contract also allows 'REFUNDED'");
  }

  @Test
  void aSampleBreakingAConsumerCheckFailsNamingTheCheckWithMaskedValues() {
    Map<String, Object> paidWithoutDate = Orders.paidOrder();
    paidWithoutDate.put("paid_at", null);

    VerificationResult r =
        ProviderVerification.verify(
            Orders.billing().given("paid orders").build(),
            Orders.CONTRACT,
            PortAccess.publicAccess(),
            Map.of("paid orders", List.of(Orders.paidOrder(), paidWithoutDate)));

    assertThat(r.mismatches()).hasSize(1);
    Mismatch m = r.mismatches().get(0);
    assertThat(m.subject()).isEqualTo("check 'paid orders have a payment date'");
    assertThat(m.expectation()).isEqualTo("if status = 'PAID' then paid_at is present");
    assertThat(m.reason())
        .startsWith("sample 'paid orders' #2 does not meet it: {")
        .contains("\"customer_email\": ***")
        .doesNotContain("alice");
    assertThatThrownBy(r::orThrow)
        .isInstanceOf(ExpectationFailedException.class)
        .hasMessageContaining("consumer 'billing'")
        .hasMessageContaining("check 'paid orders have a payment date'");
  }

  @Test
  void aSampleBreakingAFieldExpectationOrTheContractFails() {
    Map<String, Object> negative = Orders.newOrder();
    negative.put("amount", -5);

    VerificationResult r =
        ProviderVerification.verify(
            Orders.billing().build(),
            Orders.CONTRACT,
            PortAccess.publicAccess(),
            Map.of("refunds", List.of(negative)));

    assertThat(r.mismatches()).extracting(Mismatch::subject).containsExactly("samples", "amount");
    assertThat(r.mismatches().get(0).reason()).startsWith("sample 'refunds' #1 breaks it: amount:");
    assertThat(r.mismatches().get(1).reason()).contains("the value is below 0");
  }

  @Test
  void aProviderStateWithoutSamplesFails() {
    VerificationResult r =
        ProviderVerification.verify(
            Orders.billing().given("cancelled orders").build(),
            Orders.CONTRACT,
            PortAccess.publicAccess(),
            SAMPLES);

    assertThat(r.mismatches())
        .extracting(Mismatch::reason)
        .contains("the provider supplies no samples for it (it has [new orders, paid orders])");
  }

  @Test
  void restrictedPortRejectsAConsumerItDoesNotList() {
    PortAccess restricted =
        PortAccess.builder()
            .level(PortAccess.Level.RESTRICTED)
            .allowConsumers("shipping")
            .allowPurposes("fulfilment")
            .build();

    VerificationResult r =
        ProviderVerification.verify(Orders.billing().build(), Orders.CONTRACT, restricted, SAMPLES);

    assertThat(r.mismatches())
        .extracting(Mismatch::subject, Mismatch::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "access",
                "the port is RESTRICTED and consumer 'billing' of domain 'finance' is neither among"
                    + " its consumers [shipping] nor in its domains []"),
            org.assertj.core.groups.Tuple.tuple(
                "access",
                "the port is RESTRICTED to purposes [fulfilment] and 'invoicing' is not one of them"));
  }

  @Test
  void internalPortAllowsItsDomainsOnly() {
    PortAccess internal =
        PortAccess.builder().level(PortAccess.Level.INTERNAL).allowDomains("sales").build();
    PortAccess finance =
        PortAccess.builder().level(PortAccess.Level.INTERNAL).allowDomains("finance").build();

    assertThat(
            ProviderVerification.verify(
                    Orders.billing().build(), Orders.CONTRACT, internal, SAMPLES)
                .mismatches())
        .extracting(Mismatch::reason)
        .containsExactly(
            "the port is INTERNAL to domains [sales] and consumer 'billing' of domain 'finance' is"
                + " not allowed");
    assertThat(
            ProviderVerification.verify(Orders.billing().build(), Orders.CONTRACT, finance, SAMPLES)
                .isSatisfied())
        .isTrue();
  }

  @Test
  void readingPersonalDataNeedsAnAllowedPurpose() {
    Expectations e = Orders.billing().reads(field("customer_email")).build();
    PortAccess forInvoicing = PortAccess.builder().allowPurposes("invoicing").build();

    VerificationResult denied =
        ProviderVerification.verify(e, Orders.CONTRACT, PortAccess.publicAccess(), SAMPLES);

    assertThat(denied.mismatches()).hasSize(1);
    assertThat(denied.mismatches().get(0).toString())
        .isEqualTo(
            "consumer 'billing', customer_email: expects to read it for purpose 'invoicing', but"
                + " it is personal data (classification 'pii') and the port allows personal data"
                + " only for purposes []");
    assertThat(ProviderVerification.verify(e, Orders.CONTRACT, forInvoicing, SAMPLES).isSatisfied())
        .isTrue();
  }

  @Test
  void aMissingSchemaObjectIsOneClearMismatch() {
    Expectations e = Orders.billing().schemaObject("invoices").build();

    VerificationResult r = ProviderVerification.verifyContract(e, Orders.CONTRACT);

    assertThat(r.mismatches())
        .extracting(Mismatch::reason)
        .containsExactly("contract 'orders' has no schema object 'invoices' (it has [orders])");
  }
}
