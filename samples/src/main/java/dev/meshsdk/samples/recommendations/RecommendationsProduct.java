package dev.meshsdk.samples.recommendations;

import dev.meshsdk.contracts.DataContract;
import dev.meshsdk.contracts.DataContracts;
import dev.meshsdk.core.AccessPolicy;
import dev.meshsdk.core.DataProduct;
import dev.meshsdk.core.InputPort;
import dev.meshsdk.core.OutputPort;
import dev.meshsdk.core.ProductDescription;
import dev.meshsdk.core.ProductStatus;
import dev.meshsdk.samples.Resources;
import dev.meshsdk.samples.customers.CustomersProduct;
import dev.meshsdk.samples.orders.OrdersProduct;

/**
 * The product recommendations data product: reads orders and customer profiles, serves the products
 * to show each customer.
 */
public final class RecommendationsProduct {
  /** The product id. */
  public static final String ID = "product-recommendations";

  /** The output port. */
  public static final String PORT = "recommendations";

  /** The schema object the port publishes. */
  public static final String SCHEMA_OBJECT = "product_recommendations";

  /** The consumer id the recommendation engine reads its inputs as. */
  public static final String CONSUMER = "recommendation-engine";

  private RecommendationsProduct() {}

  /**
   * The port's contract, written first in YAML.
   *
   * @return the contract
   */
  public static DataContract contract() {
    return DataContracts.parse(
        Resources.text("contracts/recommendations.odcs.yaml"), "recommendations.odcs.yaml");
  }

  /**
   * The product.
   *
   * @return the product
   */
  public static DataProduct declare() {
    DataContract orders = OrdersProduct.contract();
    DataContract customers = CustomersProduct.contract();
    return DataProduct.builder()
        .id(ID)
        .domain("recommendations")
        .name("Product recommendations")
        .version("1.0.0")
        .status(ProductStatus.ACTIVE)
        .owner("recommendations-team")
        .description(ProductDescription.of("The products to show each customer"))
        .tag("personalisation")
        .supportChannel("#recommendations", "https://chat.acme.example/recommendations")
        .inputPort(
            InputPort.builder()
                .name("orders")
                .upstreamProduct(OrdersProduct.ID)
                .contract(orders.id(), orders.version())
                .build())
        .inputPort(
            InputPort.builder()
                .name("customers")
                .upstreamProduct(CustomersProduct.ID)
                .contract(customers.id(), customers.version())
                .build())
        .outputPort(
            OutputPort.builder()
                .name(PORT)
                .contract(contract())
                .schemaObject(SCHEMA_OBJECT)
                .location("kafka://kafka.recommendations.internal:9092/recommendations.products.v1")
                .format("json")
                .access(
                    AccessPolicy.restricted()
                        .domain("web-shop")
                        .domain("marketing")
                        .purpose("personalisation")
                        .build())
                .build())
        .build();
  }
}
