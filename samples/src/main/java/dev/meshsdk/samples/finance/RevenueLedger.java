package dev.meshsdk.samples.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Books revenue per day (UTC) and currency: placed, paid and shipped orders count as revenue,
 * cancelled orders are counted apart.
 */
public final class RevenueLedger {
  /** Creates a ledger. */
  public RevenueLedger() {}

  /**
   * Books the orders.
   *
   * @param orders order events as the orders contract describes them
   * @return one record per day and currency, as the revenue contract describes them
   */
  public List<Map<String, Object>> book(List<? extends Map<String, ?>> orders) {
    Map<String, Totals> byDay = new TreeMap<>();
    for (Map<String, ?> order : orders) {
      String day = day(String.valueOf(order.get("created_at")));
      String currency = String.valueOf(order.get("currency"));
      Totals t = byDay.computeIfAbsent(day + " " + currency, k -> new Totals(day, currency));
      t.orders++;
      if ("CANCELLED".equals(order.get("status"))) {
        t.cancelled++;
      } else {
        t.revenue = t.revenue.add(new BigDecimal(String.valueOf(order.get("amount"))));
      }
    }
    List<Map<String, Object>> out = new ArrayList<>();
    for (Totals t : byDay.values()) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("day", t.day);
      r.put("currency", t.currency);
      r.put("orders", t.orders);
      r.put("revenue", t.revenue);
      r.put("cancelled", t.cancelled);
      out.add(r);
    }
    return out;
  }

  private static String day(String timestamp) {
    try {
      return OffsetDateTime.parse(timestamp).toInstant().toString().substring(0, 10);
    } catch (DateTimeParseException e) {
      return LocalDate.parse(timestamp.substring(0, 10)).toString();
    }
  }

  private static final class Totals {
    final String day;
    final String currency;
    int orders;
    int cancelled;
    BigDecimal revenue = BigDecimal.ZERO;

    Totals(String day, String currency) {
      this.day = day;
      this.currency = currency;
    }
  }
}
