package dev.meshsdk.testkit;

import dev.meshsdk.contracts.DataContract;
import dev.meshsdk.contracts.DataContracts;
import dev.meshsdk.contracts.Team;
import dev.meshsdk.core.AccessPolicy;
import dev.meshsdk.core.DataProduct;
import dev.meshsdk.core.OutputPort;
import java.util.HashMap;
import java.util.Map;

/** A product that passes the recommended governance, for the test-mesh and assertion tests. */
public final class ShopMesh {
  /** The classified value the tests look for in messages. */
  public static final String SECRET = "alice.secret@example.com";

  /** The orders contract: order_id required, amount at least 0, email pii. */
  public static final DataContract CONTRACT =
      DataContracts.parse(
          """
          apiVersion: v3.1.0
          kind: DataContract
          id: shop-orders
          version: 1.0.0
          status: active
          team: {name: shop-team}
          schema:
            - name: orders
              properties:
                - {name: order_id, logicalType: string, required: true}
                - {name: amount, logicalType: number, required: true, logicalTypeOptions: {minimum: 0}}
                - {name: email, logicalType: string, classification: pii}
          """);

  /** The product, registered under domain {@code sales}. */
  public static final DataProduct ORDERS =
      DataProduct.builder()
          .id("orders")
          .domain("sales")
          .version("1.0.0")
          .owner(Team.builder().name("shop-team").build())
          .supportChannel("chat", "https://chat.example.com/shop")
          .outputPort(
              OutputPort.builder()
                  .name("orders")
                  .contract(CONTRACT)
                  .schemaObject("orders")
                  .location("kafka://broker:9092/orders")
                  .access(AccessPolicy.restricted().domain("finance").purpose("billing").build())
                  .build())
          .build();

  private ShopMesh() {}

  /**
   * A valid order.
   *
   * @param id the order id
   * @return the record
   */
  public static Map<String, Object> order(String id) {
    Map<String, Object> m = new HashMap<>();
    m.put("order_id", id);
    m.put("amount", 12.5);
    m.put("email", SECRET);
    return m;
  }

  /**
   * An order with a negative amount.
   *
   * @return the record
   */
  public static Map<String, Object> negative() {
    Map<String, Object> m = order("o-neg");
    m.put("amount", -1);
    return m;
  }
}
