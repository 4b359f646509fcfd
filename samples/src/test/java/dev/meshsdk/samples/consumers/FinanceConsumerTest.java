package dev.meshsdk.samples.consumers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshsdk.samples.finance.RevenueLedger;
import dev.meshsdk.samples.orders.OrdersProduct;
import dev.meshsdk.testkit.Expectations;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The finance domain as a consumer of orders. */
class FinanceConsumerTest {
  @Test
  void ledgerBooksEveryOrderTheOrdersContractAllows() {
    Expectations stated =
        SampleConsumers.financeReadsOrders()
            .verifyWith(
                OrdersProduct.contract(),
                order -> assertThat(new RevenueLedger().book(List.of(order))).hasSize(1));

    assertThat(stated.consumerId()).isEqualTo("revenue-job");
    assertThat(Expectations.defaultDirectory().resolve(stated.fileName())).exists();
    SampleConsumers.assertCommittedCopyIsCurrent(stated);
  }
}
