package dev.meshsdk.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.meshsdk.contracts.DataContract;
import dev.meshsdk.testkit.Expectations;
import dev.meshsdk.testkit.Orders;
import dev.meshsdk.testkit.PortAccess;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/** The provider extension, run inside a test with EngineTestKit; works on JUnit 5.10 and 6. */
class VerifyConsumerExpectationsTest {

  static class PassingProvider {
    @ProviderContract
    static DataContract contract() {
      return Orders.CONTRACT;
    }

    @ProviderSamples("paid orders")
    List<Map<String, Object>> paidOrders() {
      return List.of(Orders.paidOrder());
    }

    @ProviderSamples("new orders")
    Stream<Map<String, Object>> newOrders() {
      return Stream.of(Orders.newOrder());
    }

    @VerifyConsumerExpectations(
        from = "classpath:provider-expectations/passing",
        provider = "orders-product")
    void consumer(Expectations expectations) {
      assertThat(expectations.product()).isEqualTo("orders-product");
    }
  }

  static class FailingProvider {
    @ProviderContract
    DataContract contract() {
      return Orders.CONTRACT;
    }

    @ProviderSamples("paid orders")
    List<Map<String, Object>> paidOrders() {
      Map<String, Object> noDate = Orders.paidOrder();
      noDate.put("paid_at", null);
      return List.of(noDate);
    }

    @VerifyConsumerExpectations(
        from = "src/test/resources/provider-expectations/failing",
        provider = "orders-product",
        port = "orders-port")
    void consumer() {}
  }

  static class MarketingAllowedProvider extends FailingProvider {
    @ProviderAccess
    static PortAccess access() {
      return PortAccess.builder().allowPurposes("campaigns").build();
    }
  }

  static class ProviderWithoutContract {
    @VerifyConsumerExpectations(
        from = "classpath:provider-expectations/passing",
        provider = "orders-product")
    void consumer() {}
  }

  static class ProviderNobodyExpects {
    @VerifyConsumerExpectations(
        from = "classpath:provider-expectations/passing",
        provider = "invoices-product")
    void consumer() {}
  }

  private static EngineExecutionResults run(Class<?> type) {
    return EngineTestKit.engine("junit-jupiter").selectors(selectClass(type)).execute();
  }

  private static String message(Event e) {
    return e.getPayload(TestExecutionResult.class)
        .flatMap(TestExecutionResult::getThrowable)
        .map(Throwable::getMessage)
        .orElse("");
  }

  @Test
  void runsOnTheJUnitLineTheBuildSelected() {
    String expected = System.getProperty("meshsdk.expected.junit", "6.");

    assertThat(org.junit.jupiter.api.TestTemplate.class.getPackage().getImplementationVersion())
        .startsWith(expected);
  }

  @Test
  void oneTestPerConsumerOfTheProviderAndTheyPass() {
    EngineExecutionResults results = run(PassingProvider.class);

    results.testEvents().assertStatistics(s -> s.started(2).succeeded(2).failed(0));
    assertThat(
            results.testEvents().started().stream()
                .map(e -> e.getTestDescriptor().getDisplayName()))
        .containsExactly(
            "billing (finance, invoicing) reads orders-product/orders-port",
            "shipping (logistics, fulfilment) reads orders-product/orders-port");
  }

  @Test
  void failingExpectationsFailNamingConsumerFieldExpectationAndWhy() {
    EngineExecutionResults results = run(FailingProvider.class);

    results.testEvents().assertStatistics(s -> s.started(3).succeeded(0).failed(3));
    List<String> messages = results.testEvents().failed().stream().map(e -> message(e)).toList();
    assertThat(messages.get(0))
        .startsWith(
            "consumer 'billing' (domain finance, purpose invoicing) of orders-product/orders-port")
        .contains(
            "check 'paid orders have a payment date': expects if status = 'PAID' then paid_at is"
                + " present, but sample 'paid orders' #1 does not meet it")
        .contains("\"customer_email\": ***")
        .doesNotContain("alice");
    assertThat(messages.get(1))
        .contains("consumer 'marketing'")
        .contains(
            "customer_email: expects to read it for purpose 'campaigns', but it is personal data"
                + " (classification 'pii') and the port allows personal data only for purposes []")
        .contains(
            "customer_email: expects string, required, but the contract does not make it required");
    assertThat(messages.get(2))
        .contains("consumer 'reporting'")
        .contains("status: expects one of ['NEW'], but the contract also allows 'PAID'");
  }

  @Test
  void accessFixtureAllowsAPurposeToReadPersonalData() {
    EngineExecutionResults results = run(MarketingAllowedProvider.class);

    List<String> messages = results.testEvents().failed().stream().map(e -> message(e)).toList();
    assertThat(messages)
        .filteredOn(m -> m.contains("consumer 'marketing'"))
        .singleElement()
        .satisfies(m -> assertThat(m).doesNotContain("personal data"));
  }

  @Test
  void aProviderWithoutContractFixtureFailsSayingSo() {
    EngineExecutionResults results = run(ProviderWithoutContract.class);

    results.testEvents().assertStatistics(s -> s.failed(2));
    assertThat(results.testEvents().failed().stream().map(e -> message(e)))
        .allMatch(
            m ->
                m.contains(
                    "needs exactly one method annotated @ProviderContract returning a DataContract,"
                        + " found 0"));
  }

  @Test
  void aProviderNoConsumerExpectsFailsTheTemplate() {
    EngineExecutionResults results = run(ProviderNobodyExpects.class);

    assertThat(results.containerEvents().failed().stream().map(e -> message(e)))
        .containsExactly(
            "no consumer expectations for provider 'invoices-product' in"
                + " [classpath:provider-expectations/passing] (3 file(s) of other providers)");
  }
}
