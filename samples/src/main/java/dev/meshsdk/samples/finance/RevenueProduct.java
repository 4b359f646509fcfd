package dev.meshsdk.samples.finance;

import dev.meshsdk.contracts.DataContract;
import dev.meshsdk.contracts.DataContracts;
import dev.meshsdk.core.AccessPolicy;
import dev.meshsdk.core.DataProduct;
import dev.meshsdk.core.InputPort;
import dev.meshsdk.core.OutputPort;
import dev.meshsdk.core.ProductDescription;
import dev.meshsdk.core.ProductStatus;
import dev.meshsdk.samples.Resources;
import dev.meshsdk.samples.orders.OrdersProduct;

/** The daily revenue data product of the finance domain, computed from the orders domain. */
public final class RevenueProduct {
  /** The product id. */
  public static final String ID = "daily-revenue";

  /** The output port. */
  public static final String PORT = "daily-revenue";

  /** The schema object the port publishes. */
  public static final String SCHEMA_OBJECT = "daily_revenue";

  /** The consumer id the revenue job reads orders as. */
  public static final String CONSUMER = "revenue-job";

  private RevenueProduct() {}

  /**
   * The port's contract, written first in YAML.
   *
   * @return the contract
   */
  public static DataContract contract() {
    return DataContracts.parse(Resources.text("contracts/revenue.odcs.yaml"), "revenue.odcs.yaml");
  }

  /**
   * The product.
   *
   * @return the product
   */
  public static DataProduct declare() {
    DataContract orders = OrdersProduct.contract();
    return DataProduct.builder()
        .id(ID)
        .domain("finance")
        .name("Daily revenue")
        .version("1.0.0")
        .status(ProductStatus.ACTIVE)
        .owner("finance-team")
        .description(ProductDescription.of("Revenue booked per day and currency"))
        .tag("finance")
        .supportChannel("#finance-data", "https://chat.acme.example/finance-data")
        .inputPort(
            InputPort.builder()
                .name("orders")
                .upstreamProduct(OrdersProduct.ID)
                .contract(orders.id(), orders.version())
                .build())
        .outputPort(
            OutputPort.builder()
                .name(PORT)
                .contract(contract())
                .schemaObject(SCHEMA_OBJECT)
                .location("s3://acme-finance/daily-revenue/")
                .format("parquet")
                .access(AccessPolicy.internal())
                .build())
        .build();
  }
}
