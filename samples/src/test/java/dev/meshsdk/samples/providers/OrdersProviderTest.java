package dev.meshsdk.samples.providers;

import dev.meshsdk.contracts.DataContract;
import dev.meshsdk.samples.orders.OrderService;
import dev.meshsdk.samples.orders.OrdersProduct;
import dev.meshsdk.testkit.Expectations;
import dev.meshsdk.testkit.PortAccess;
import dev.meshsdk.testkit.junit.ProviderAccess;
import dev.meshsdk.testkit.junit.ProviderContract;
import dev.meshsdk.testkit.junit.ProviderSamples;
import dev.meshsdk.testkit.junit.VerifyConsumerExpectations;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

// tag::provider[]
class OrdersProviderTest {
  @ProviderContract
  DataContract contract() {
    return OrdersProduct.contract();
  }

  @ProviderSamples("placed orders")
  List<Map<String, @Nullable Object>> placedOrders() {
    return new OrderService(contract(), 1).placeOrders(10, List.of("c-1", "c-2", "c-3"));
  }

  @ProviderAccess
  PortAccess access() {
    return PortAccess.builder()
        .level(PortAccess.Level.RESTRICTED)
        .allowDomains("recommendations", "finance")
        .allowPurposes("personalisation", "revenue-reporting")
        .build();
  }

  @VerifyConsumerExpectations(from = "src/test/resources/expectations", provider = "orders")
  void consumer(Expectations expectations) {}
}
// end::provider[]
