package dev.meshsdk.samples.orders;

import dev.meshsdk.contracts.DataContract;
import dev.meshsdk.core.AccessLevel;
import dev.meshsdk.core.DataProducts;
import dev.meshsdk.core.ProductStatus;
import dev.meshsdk.core.annotation.Access;
import dev.meshsdk.core.annotation.DataProduct;
import dev.meshsdk.core.annotation.OutputPort;
import dev.meshsdk.core.annotation.Support;

/**
 * The orders data product, declared with annotations; its port serves the contract written first in
 * YAML ({@code contracts/orders.odcs.yaml} on the class path). Order events carry the customer's id
 * and e-mail, so only the recommendations and finance domains may read them, for their purposes.
 */
@DataProduct(
    id = OrdersProduct.ID,
    domain = "orders",
    name = "Orders",
    version = "1.2.0",
    owner = "orders-team",
    description = "Every order placed in the web shop, as it was placed",
    usage = "Analytics, recommendations and finance reconciliation",
    status = ProductStatus.ACTIVE,
    tags = {"orders", "gold"},
    support = @Support(channel = "#orders-data", url = "https://chat.acme.example/orders-data"))
@OutputPort(
    name = OrdersProduct.PORT,
    contract = "contracts/orders.odcs.yaml",
    schemaObject = OrdersProduct.SCHEMA_OBJECT,
    location = "kafka://kafka.orders.internal:9092/orders.order-events.v1",
    format = "json",
    description = "One event per order placed",
    access =
        @Access(
            level = AccessLevel.RESTRICTED,
            domains = {"recommendations", "finance"},
            purposes = {"personalisation", "revenue-reporting"}))
public final class OrdersProduct {
  /** The product id. */
  public static final String ID = "orders";

  /** The output port serving order events. */
  public static final String PORT = "order-events";

  /** The schema object the port publishes. */
  public static final String SCHEMA_OBJECT = "order_events";

  private OrdersProduct() {}

  /**
   * The product as declared by this class's annotations.
   *
   * @return the product, its port's contract loaded
   */
  public static dev.meshsdk.core.DataProduct declare() {
    return DataProducts.fromAnnotations(OrdersProduct.class);
  }

  /**
   * The contract of the order events port.
   *
   * @return the contract read from {@code contracts/orders.odcs.yaml}
   */
  public static DataContract contract() {
    return declare().outputPort(PORT).orElseThrow().contract().orElseThrow();
  }
}
