package dev.meshsdk.samples.readme;

import static dev.meshsdk.contracts.LogicalType.NUMBER;
import static dev.meshsdk.contracts.LogicalType.STRING;
import static dev.meshsdk.testkit.ConsumerContract.field;
import static org.assertj.core.api.Assertions.assertThat;

import dev.meshsdk.contracts.DataContract;
import dev.meshsdk.contracts.DataContracts;
import dev.meshsdk.samples.finance.RevenueLedger;
import dev.meshsdk.testkit.ConsumerContract;
import dev.meshsdk.testkit.Expectations;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's quick start for test suites (consumer side), compiled and run. */
class TestSuiteQuickStartTest {
  // tag::consumer[]
  @Test
  void revenueDashboardHandlesEveryOrderTheContractAllows() {
    DataContract orders =
        DataContracts.read(Path.of("src/main/resources/contracts/orders.odcs.yaml"));

    ConsumerContract.forProvider("orders", "order-events")
        .consumer("revenue-dashboard", "finance")
        .purpose("revenue-reporting")
        .given("placed orders")
        .reads(field("amount").type(NUMBER).required().atLeast(0))
        .reads(field("currency").type(STRING).required())
        .reads(field("status").oneOf("PLACED", "PAID", "SHIPPED", "CANCELLED"))
        .verifyWith(orders, order -> new RevenueLedger().book(List.of(order)));
    // passes, and writes target/mesh-expectations/revenue-dashboard__orders__order-events.json
  }

  // end::consumer[]

  @Test
  void theConsumerTestWroteItsExpectationsFile() {
    revenueDashboardHandlesEveryOrderTheContractAllows();

    Path file =
        Expectations.defaultDirectory().resolve("revenue-dashboard__orders__order-events.json");
    assertThat(file).exists();
    assertThat(Expectations.read(file).purpose()).isEqualTo("revenue-reporting");
  }
}
