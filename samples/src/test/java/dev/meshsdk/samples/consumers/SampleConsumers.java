package dev.meshsdk.samples.consumers;

import static dev.meshsdk.contracts.LogicalType.INTEGER;
import static dev.meshsdk.contracts.LogicalType.NUMBER;
import static dev.meshsdk.contracts.LogicalType.STRING;
import static dev.meshsdk.contracts.LogicalType.TIMESTAMP;
import static dev.meshsdk.testkit.ConsumerContract.field;
import static org.assertj.core.api.Assertions.assertThat;

import dev.meshsdk.samples.customers.CustomersProduct;
import dev.meshsdk.samples.finance.RevenueProduct;
import dev.meshsdk.samples.orders.OrdersProduct;
import dev.meshsdk.samples.recommendations.RecommendationsProduct;
import dev.meshsdk.testkit.Condition;
import dev.meshsdk.testkit.ConsumerContract;
import dev.meshsdk.testkit.Expectations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the recommendations and finance domains rely on in the orders and customers ports, stated
 * once and used by the consumer tests.
 *
 * <p>How expectations travel: each consumer test verifies its expectations against the provider's
 * contract and writes them to {@code target/mesh-expectations} (the test kit's default). The
 * provider tests read the copies committed in {@code src/test/resources/expectations}, as a real
 * provider reads the files its consumers publish, so they never depend on test order. Each consumer
 * test also checks that the committed copy equals what it states now and fails if not; run with
 * {@code -Dmeshsdk.samples.updateExpectations=true} to refresh the committed copies.
 */
final class SampleConsumers {
  static final Path COMMITTED = Path.of("src/test/resources/expectations");

  private SampleConsumers() {}

  static ConsumerContract recommendationsReadsOrders() {
    return ConsumerContract.forProvider(OrdersProduct.ID, OrdersProduct.PORT)
        .consumer(RecommendationsProduct.CONSUMER, "recommendations")
        .purpose("personalisation")
        .schemaObject(OrdersProduct.SCHEMA_OBJECT)
        .given("placed orders")
        .reads(field("customer_id").type(STRING).required())
        .reads(field("status").type(STRING).required())
        .reads(field("lines.sku").type(STRING).required())
        .reads(field("lines.quantity").type(INTEGER).required().atLeast(1));
  }

  static ConsumerContract recommendationsReadsCustomers() {
    return ConsumerContract.forProvider(CustomersProduct.ID, CustomersProduct.PORT)
        .consumer(RecommendationsProduct.CONSUMER, "recommendations")
        .purpose("personalisation")
        .schemaObject(CustomersProduct.SCHEMA_OBJECT)
        .given("known customers")
        .reads(field("customer_id").type(STRING).required())
        .reads(field("segment").type(STRING).required().oneOf("ACTIVE", "LAPSED", "PROSPECT"));
  }

  static ConsumerContract financeReadsOrders() {
    return ConsumerContract.forProvider(OrdersProduct.ID, OrdersProduct.PORT)
        .consumer(RevenueProduct.CONSUMER, "finance")
        .purpose("revenue-reporting")
        .schemaObject(OrdersProduct.SCHEMA_OBJECT)
        .given("placed orders")
        .reads(field("created_at").type(TIMESTAMP).required())
        .reads(field("currency").type(STRING).required().pattern("^[A-Z]{3}$"))
        .reads(field("amount").type(NUMBER).required().atLeast(0))
        .reads(
            field("status").type(STRING).required().oneOf("PLACED", "PAID", "SHIPPED", "CANCELLED"))
        .check("every order has an amount to book", Condition.present("amount"));
  }

  /** Checks (or, when asked, refreshes) the committed copy the provider tests read. */
  static void assertCommittedCopyIsCurrent(Expectations stated) {
    Path committed = COMMITTED.resolve(stated.fileName());
    if (Boolean.getBoolean("meshsdk.samples.updateExpectations")) {
      stated.writeTo(COMMITTED);
    }
    assertThat(committed)
        .as(
            "the committed expectations the provider tests read; refresh with"
                + " -Dmeshsdk.samples.updateExpectations=true")
        .exists();
    try {
      assertThat(Expectations.read(committed))
          .as(
              committed
                  + " is out of date; refresh with -Dmeshsdk.samples.updateExpectations=true"
                  + " and commit it")
          .isEqualTo(stated);
      assertThat(Files.readString(committed)).isEqualTo(stated.toJson());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
