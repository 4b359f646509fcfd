package dev.meshsdk.samples.orders;

import dev.meshsdk.contracts.DataContract;
import dev.meshsdk.testkit.generate.GeneratorOptions;
import dev.meshsdk.testkit.generate.RecordGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The web shop's order taking, reduced to what the demo needs: it places orders for known customers
 * from the shop's small catalogue. The shape of each order (ids, amounts, times, lines) comes from
 * the contract's record generator; the service fills in real customers and SKUs.
 */
public final class OrderService {
  /** The SKUs the shop sells. */
  public static final List<String> CATALOGUE =
      List.of(
          "SKU-TEA-01",
          "SKU-TEA-02",
          "SKU-MUG-01",
          "SKU-MUG-02",
          "SKU-KETTLE",
          "SKU-HONEY",
          "SKU-CUP");

  /** When the demo shop opened: orders are placed from then on, about one every 97 minutes. */
  public static final Instant OPENING = Instant.parse("2026-03-02T08:00:00Z");

  private final RecordGenerator<Map<String, @Nullable Object>> shapes;

  /**
   * An order service placing orders shaped by the contract.
   *
   * @param contract the orders contract
   * @param seed the seed of the generated shapes, for a reproducible demo
   */
  public OrderService(DataContract contract, long seed) {
    this.shapes =
        RecordGenerator.of(
            contract,
            OrdersProduct.SCHEMA_OBJECT,
            GeneratorOptions.builder().seed(seed).maxArraySize(3).build());
  }

  /**
   * Places orders, one per customer in turn.
   *
   * @param count how many orders
   * @param customerIds the customers who order, in turn
   * @return the order events, valid against the contract
   */
  public List<Map<String, @Nullable Object>> placeOrders(int count, List<String> customerIds) {
    if (customerIds.isEmpty()) {
      throw new IllegalArgumentException("customerIds must not be empty: nobody can order");
    }
    List<Map<String, @Nullable Object>> orders = new ArrayList<>();
    int i = 0;
    for (Map<String, @Nullable Object> shape : shapes.sample(count)) {
      Map<String, @Nullable Object> order = new LinkedHashMap<>(shape);
      order.put("customer_id", customerIds.get(i % customerIds.size()));
      order.put("currency", i % 3 == 2 ? "USD" : "EUR");
      order.put("created_at", OPENING.plus(Duration.ofMinutes(97L * i)).toString());
      List<Map<String, @Nullable Object>> lines = new ArrayList<>();
      int j = 0;
      for (Object line : (List<?>) order.get("lines")) {
        Map<String, @Nullable Object> l = new LinkedHashMap<>();
        ((Map<?, ?>) line).forEach((k, v) -> l.put(String.valueOf(k), v));
        l.put("sku", CATALOGUE.get((i * 3 + j * 5) % CATALOGUE.size()));
        lines.add(l);
        j++;
      }
      order.put("lines", lines);
      orders.add(order);
      i++;
    }
    return orders;
  }

  /**
   * The generator behind the order shapes, also for invalid records.
   *
   * @return the generator
   */
  public RecordGenerator<Map<String, @Nullable Object>> generator() {
    return shapes;
  }
}
