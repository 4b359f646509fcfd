package dev.meshsdk.samples.consumers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshsdk.samples.customers.CustomersProduct;
import dev.meshsdk.samples.orders.OrdersProduct;
import dev.meshsdk.samples.recommendations.Recommender;
import dev.meshsdk.testkit.Expectations;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The recommendations domain as a consumer of orders and customer profiles. */
class RecommendationsConsumerTest {
  private final Recommender recommender = new Recommender();

  @Test
  void recommenderHandlesEveryOrderTheOrdersContractAllows() {
    Expectations stated =
        SampleConsumers.recommendationsReadsOrders()
            .verifyWith(
                OrdersProduct.contract(),
                order -> assertThat(recommender.recommend(List.of(order), List.of())).isNotNull());

    assertThat(Expectations.defaultDirectory().resolve(stated.fileName())).exists();
    assertThat(Expectations.defaultDirectory().toString()).contains("expectations");
    SampleConsumers.assertCommittedCopyIsCurrent(stated);
  }

  @Test
  void recommenderHandlesEveryProfileTheCustomersContractAllows() {
    Expectations stated =
        SampleConsumers.recommendationsReadsCustomers()
            .verifyWith(
                CustomersProduct.contract(),
                profile -> {
                  Map<String, Object> order =
                      Map.of(
                          "customer_id", profile.get("customer_id"),
                          "status", "PAID",
                          "lines", List.of(Map.of("sku", "SKU-TEA-01", "quantity", 1)));
                  assertThat(recommender.recommend(List.of(order), List.of(profile)))
                      .allSatisfy(
                          r ->
                              assertThat(r.get("customer_id"))
                                  .isEqualTo(profile.get("customer_id")));
                });

    assertThat(Files.exists(Expectations.defaultDirectory().resolve(stated.fileName()))).isTrue();
    SampleConsumers.assertCommittedCopyIsCurrent(stated);
  }
}
