package dev.meshsdk.samples.recommendations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Recommends up to three products per customer who ordered: what is popular in the customer's
 * segment and not yet bought, then what is popular overall, then what the customer bought most
 * ("buy it again"). Scores are popularity relative to the best-selling product.
 */
public final class Recommender {
  /** How many products are recommended per customer. */
  public static final int PER_CUSTOMER = 3;

  /** Creates a recommender. */
  public Recommender() {}

  /**
   * Computes the recommendations.
   *
   * @param orders order events as the orders contract describes them
   * @param customers customer profiles as the customers contract describes them
   * @return one record per customer and rank, as the recommendations contract describes them
   */
  public List<Map<String, Object>> recommend(
      List<? extends Map<String, ?>> orders, List<? extends Map<String, ?>> customers) {
    Map<String, String> segmentOf = new HashMap<>();
    for (Map<String, ?> c : customers) {
      segmentOf.put(String.valueOf(c.get("customer_id")), String.valueOf(c.get("segment")));
    }
    Map<String, Integer> popularity = new TreeMap<>();
    Map<String, Map<String, Integer>> bySegment = new HashMap<>();
    Map<String, Map<String, Integer>> bought = new TreeMap<>();
    for (Map<String, ?> order : orders) {
      if ("CANCELLED".equals(order.get("status"))) {
        continue;
      }
      String customer = String.valueOf(order.get("customer_id"));
      String segment = segmentOf.getOrDefault(customer, "UNKNOWN");
      for (Object l : (List<?>) order.get("lines")) {
        Map<?, ?> line = (Map<?, ?>) l;
        String sku = String.valueOf(line.get("sku"));
        int quantity = ((Number) line.get("quantity")).intValue();
        popularity.merge(sku, quantity, Integer::sum);
        bySegment.computeIfAbsent(segment, s -> new TreeMap<>()).merge(sku, quantity, Integer::sum);
        bought.computeIfAbsent(customer, s -> new TreeMap<>()).merge(sku, quantity, Integer::sum);
      }
    }
    int best = popularity.values().stream().max(Integer::compare).orElse(1);
    List<Map<String, Object>> out = new ArrayList<>();
    for (Map.Entry<String, Map<String, Integer>> e : bought.entrySet()) {
      String customer = e.getKey();
      Set<String> own = e.getValue().keySet();
      Map<String, String> picks = new LinkedHashMap<>();
      String segment = segmentOf.getOrDefault(customer, "UNKNOWN");
      ranked(bySegment.getOrDefault(segment, Map.of())).stream()
          .filter(sku -> !own.contains(sku))
          .forEach(sku -> picks.putIfAbsent(sku, "POPULAR_IN_SEGMENT"));
      ranked(popularity).stream()
          .filter(sku -> !own.contains(sku))
          .forEach(sku -> picks.putIfAbsent(sku, "POPULAR"));
      ranked(e.getValue()).forEach(sku -> picks.putIfAbsent(sku, "BOUGHT_AGAIN"));
      int rank = 1;
      for (Map.Entry<String, String> pick : picks.entrySet()) {
        if (rank > PER_CUSTOMER) {
          break;
        }
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("customer_id", customer);
        r.put("rank", rank++);
        r.put("sku", pick.getKey());
        r.put("score", Math.round(1000.0 * popularity.get(pick.getKey()) / best) / 1000.0);
        r.put("reason", pick.getValue());
        out.add(r);
      }
    }
    return out;
  }

  private static List<String> ranked(Map<String, Integer> counts) {
    List<String> skus = new ArrayList<>(new LinkedHashSet<>(counts.keySet()));
    skus.sort(Comparator.comparing((String s) -> -counts.get(s)).thenComparing(s -> s));
    return skus;
  }
}
