package dev.meshsdk.benchmarks;

import dev.meshsdk.benchmarks.Order.Item;
import dev.meshsdk.benchmarks.Order.Status;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The benchmark's data: one valid order and one with exactly three violations (a malformed {@code
 * orderId}, a negative {@code amount}, and {@code items[1].qty} of 0), each as a typed {@link
 * Order} and as the equivalent JSON-like map (the shape a JSON parser produces: {@link
 * LinkedHashMap}, {@link ArrayList}, {@link BigDecimal} amount, ISO-8601 text for {@code
 * createdAt}).
 */
final class Orders {
  /** The paths of the invalid order's three violations, in contract order. */
  static final List<String> INVALID_PATHS = List.of("orderId", "amount", "items[1].qty");

  private static final String CREATED_AT = "2025-06-01T10:15:30Z";
  private static final String NOTE = "Leave the parcel at the front desk, please.";

  private Orders() {}

  /**
   * The valid order.
   *
   * @return a new instance
   */
  static Order valid() {
    return new Order(
        "ORD-00012345",
        "CUST-4711",
        new BigDecimal("149.97"),
        "EUR",
        Status.PAID,
        3,
        "ana.lopez@example.com",
        Instant.parse(CREATED_AT),
        List.of(new Item("SKU-RED-M", 1), new Item("SKU-BLUE-L", 1), new Item("SKU-CAP", 1)),
        NOTE);
  }

  /**
   * The invalid order: like {@link #valid()} but with the three violations of {@link
   * #INVALID_PATHS}.
   *
   * @return a new instance
   */
  static Order invalid() {
    return new Order(
        "ORD-123",
        "CUST-4711",
        new BigDecimal("-149.97"),
        "EUR",
        Status.PAID,
        3,
        "ana.lopez@example.com",
        Instant.parse(CREATED_AT),
        List.of(new Item("SKU-RED-M", 1), new Item("SKU-BLUE-L", 0), new Item("SKU-CAP", 1)),
        NOTE);
  }

  /**
   * The valid order as a JSON-like map.
   *
   * @return a new, mutable map
   */
  static Map<String, Object> validMap() {
    return toMap(valid());
  }

  /**
   * The invalid order as a JSON-like map.
   *
   * @return a new, mutable map
   */
  static Map<String, Object> invalidMap() {
    return toMap(invalid());
  }

  private static Map<String, Object> toMap(Order order) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("orderId", order.orderId());
    map.put("customerId", order.customerId());
    map.put("amount", order.amount());
    map.put("currency", order.currency());
    map.put("status", String.valueOf(order.status()));
    map.put("quantity", order.quantity());
    map.put("email", order.email());
    map.put("createdAt", String.valueOf(order.createdAt()));
    List<Object> items = new ArrayList<>();
    for (Item item : Objects.requireNonNull(order.items(), "items")) {
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("sku", item.sku());
      line.put("qty", item.qty());
      items.add(line);
    }
    map.put("items", items);
    map.put("note", order.note());
    return map;
  }
}
