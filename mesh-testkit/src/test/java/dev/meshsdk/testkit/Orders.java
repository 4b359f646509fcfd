package dev.meshsdk.testkit;

import dev.meshsdk.contracts.DataContract;
import dev.meshsdk.contracts.DataContracts;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The provider contract and records the tests share: an orders port with a classified email. */
public final class Orders {
  /** Version 1.0.0 of the orders contract. */
  public static final String YAML =
      """
      apiVersion: v3.1.0
      kind: DataContract
      id: orders
      version: 1.0.0
      status: active
      schema:
        - name: orders
          properties:
            - name: order_id
              logicalType: string
              required: true
              logicalTypeOptions: {maxLength: 20}
            - name: amount
              logicalType: number
              required: true
              logicalTypeOptions: {minimum: 0, maximum: 100000}
            - name: status
              logicalType: string
              required: true
              quality:
                - metric: invalidValues
                  arguments: {validValues: [NEW, PAID]}
                  mustBe: 0
            - name: customer_email
              logicalType: string
              classification: pii
              logicalTypeOptions: {maxLength: 60}
            - name: paid_at
              logicalType: timestamp
            - name: lines
              logicalType: array
              required: true
              items:
                logicalType: object
                properties:
                  - name: sku
                    logicalType: string
                    required: true
                    logicalTypeOptions: {maxLength: 12}
                  - name: qty
                    logicalType: integer
                    required: true
                    logicalTypeOptions: {minimum: 1}
      """;

  /** The parsed contract. */
  public static final DataContract CONTRACT = DataContracts.parse(YAML);

  private Orders() {}

  /**
   * The contract with one piece of YAML text replaced.
   *
   * @param from the text to replace
   * @param to its replacement
   * @return the changed contract
   */
  public static DataContract changed(String from, String to) {
    if (!YAML.contains(from)) {
      throw new IllegalArgumentException("not in the contract: " + from);
    }
    return DataContracts.parse(YAML.replace(from, to).replace("version: 1.0.0", "version: 2.0.0"));
  }

  /**
   * A paid order.
   *
   * @return the record
   */
  public static Map<String, Object> paidOrder() {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("order_id", "ORD-1");
    r.put("amount", 25.5);
    r.put("status", "PAID");
    r.put("customer_email", "alice@example.com");
    r.put("paid_at", "2025-03-01T10:00:00Z");
    r.put("lines", List.of(Map.of("sku", "SKU-1", "qty", 2)));
    return r;
  }

  /**
   * A new, unpaid order without email.
   *
   * @return the record
   */
  public static Map<String, Object> newOrder() {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("order_id", "ORD-2");
    r.put("amount", 0);
    r.put("status", "NEW");
    r.put("lines", List.of());
    return r;
  }

  /**
   * The billing consumer's expectations, well-behaved.
   *
   * @return the contract under construction
   */
  public static ConsumerContract billing() {
    return ConsumerContract.forProvider("orders-product", "orders-port")
        .consumer("billing", "finance")
        .purpose("invoicing")
        .reads(
            ConsumerContract.field("order_id")
                .type(dev.meshsdk.contracts.LogicalType.STRING)
                .required()
                .maxLength(20))
        .reads(
            ConsumerContract.field("amount")
                .type(dev.meshsdk.contracts.LogicalType.NUMBER)
                .required()
                .atLeast(0))
        .reads(ConsumerContract.field("status").oneOf("NEW", "PAID", "CANCELLED"))
        .reads(
            ConsumerContract.field("lines.sku")
                .type(dev.meshsdk.contracts.LogicalType.STRING)
                .required())
        .check(
            "paid orders have a payment date",
            Condition.implies(Condition.equalTo("status", "PAID"), Condition.present("paid_at")));
  }
}
