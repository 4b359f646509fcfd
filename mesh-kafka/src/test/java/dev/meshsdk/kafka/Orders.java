package dev.meshsdk.kafka;

import dev.meshsdk.contracts.DataContract;
import dev.meshsdk.contracts.DataContracts;
import dev.meshsdk.core.AccessPolicy;
import dev.meshsdk.core.DataProduct;
import dev.meshsdk.core.OutputPort;
import dev.meshsdk.core.publish.PortRef;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** The orders contract (v1 from the class path, v2 adding a required currency) and records. */
final class Orders {
  private Orders() {}

  static final String SECRET_EMAIL = "secretperson@hidden.io";

  static final DataContract V1 = DataContracts.parse(resource("contracts/orders.odcs.yaml"));

  static final DataContract V2 =
      DataContracts.parse(
          """
          apiVersion: v3.1.0
          kind: DataContract
          id: orders
          version: 2.0.0
          status: active
          schema:
            - name: orders
              properties:
                - name: order_id
                  logicalType: string
                  required: true
                  primaryKey: true
                  logicalTypeOptions: {pattern: '^ORD-[0-9]{6}$'}
                - name: email
                  logicalType: string
                  classification: pii
                  logicalTypeOptions: {pattern: '^[a-z]+@[a-z]+[.]io$'}
                - name: amount
                  logicalType: number
                  required: true
                  logicalTypeOptions: {minimum: 0}
                - name: note
                  logicalType: string
                - name: currency
                  logicalType: string
                  required: true
          """);

  static final PortRef PORT =
      PortRef.builder()
          .domain("sales")
          .productId("orders")
          .productVersion("1.0.0")
          .portName("orders-v1")
          .contractId("orders")
          .contractVersion("1.0.0")
          .build();

  static String id(int n) {
    return String.format("ORD-%06d", n);
  }

  static Map<String, Object> order(int n) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("order_id", id(n));
    o.put("email", "alice@shop.io");
    o.put("amount", new BigDecimal("12.50"));
    return o;
  }

  /** The JSON the sink writes for {@link #order(int)}. */
  static String json(int n) {
    return "{\"order_id\":\"" + id(n) + "\",\"email\":\"alice@shop.io\",\"amount\":12.50}";
  }

  /** Breaks the email pattern (a classified value) and the amount minimum. */
  static Map<String, Object> badOrder(int n) {
    Map<String, Object> o = order(n);
    o.put("email", SECRET_EMAIL.toUpperCase(java.util.Locale.ROOT));
    o.put("amount", new BigDecimal("-1"));
    return o;
  }

  static DataProduct product(String location, AccessPolicy access) {
    return DataProduct.builder()
        .id("orders")
        .domain("sales")
        .version("1.0.0")
        .outputPort(
            OutputPort.builder()
                .name("orders-v1")
                .contract(V1)
                .schemaObject("orders")
                .location(location)
                .format("json")
                .access(access)
                .build())
        .build();
  }

  private static String resource(String name) {
    try (InputStream in = Orders.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
