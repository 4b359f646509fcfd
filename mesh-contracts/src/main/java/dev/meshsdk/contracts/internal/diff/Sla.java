package dev.meshsdk.contracts.internal.diff;

import dev.meshsdk.contracts.JsonValue;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** SLA values made comparable: durations in seconds, percentages, plain numbers and dates. */
final class Sla {
  private Sla() {}

  private static final Map<String, Long> SECONDS =
      Map.ofEntries(
          Map.entry("ms", 0L),
          Map.entry("millisecond", 0L),
          Map.entry("milliseconds", 0L),
          Map.entry("s", 1L),
          Map.entry("sec", 1L),
          Map.entry("secs", 1L),
          Map.entry("second", 1L),
          Map.entry("seconds", 1L),
          Map.entry("m", 60L),
          Map.entry("min", 60L),
          Map.entry("mins", 60L),
          Map.entry("minute", 60L),
          Map.entry("minutes", 60L),
          Map.entry("h", 3600L),
          Map.entry("hr", 3600L),
          Map.entry("hrs", 3600L),
          Map.entry("hour", 3600L),
          Map.entry("hours", 3600L),
          Map.entry("d", 86_400L),
          Map.entry("day", 86_400L),
          Map.entry("days", 86_400L),
          Map.entry("w", 604_800L),
          Map.entry("wk", 604_800L),
          Map.entry("week", 604_800L),
          Map.entry("weeks", 604_800L),
          Map.entry("mo", 2_592_000L),
          Map.entry("month", 2_592_000L),
          Map.entry("months", 2_592_000L),
          Map.entry("y", 31_536_000L),
          Map.entry("yr", 31_536_000L),
          Map.entry("yrs", 31_536_000L),
          Map.entry("year", 31_536_000L),
          Map.entry("years", 31_536_000L));

  /**
   * A comparable quantity: a dimension (a duration, a unit's name, a date) and a number or a time.
   *
   * @param dimension what the value measures; quantities compare only within one dimension
   * @param amount the number, or the temporal value
   */
  record Quantity(String dimension, Comparable<?> amount) {
    Optional<Integer> compareTo(Quantity other) {
      if (!dimension.equals(other.dimension) || amount.getClass() != other.amount.getClass()) {
        return Optional.empty();
      }
      @SuppressWarnings("unchecked")
      Comparable<Object> a = (Comparable<Object>) amount;
      return Optional.of(Integer.signum(a.compareTo(other.amount)));
    }
  }

  /**
   * The quantity of an SLA value with its unit.
   *
   * @param value the value
   * @param unit the unit, if any
   * @return the quantity, or empty if the value is neither a number, a percentage nor a date
   */
  static Optional<Quantity> quantity(JsonValue value, Optional<String> unit) {
    String u = unit.map(s -> s.trim().toLowerCase(Locale.ROOT)).orElse("");
    if (value instanceof JsonValue.Str s) {
      String text = s.value().trim();
      if (text.endsWith("%") && u.isEmpty()) {
        return Compare.number(new JsonValue.Str(text.substring(0, text.length() - 1)))
            .map(n -> new Quantity("%", n));
      }
      Optional<Comparable<?>> t = Compare.temporal(text);
      if (t.isPresent() && u.isEmpty()) {
        return Optional.of(new Quantity("time", t.get()));
      }
    }
    Optional<BigDecimal> n = Compare.number(value);
    if (n.isEmpty()) {
      return Optional.empty();
    }
    Long seconds = SECONDS.get(u);
    if (seconds != null) {
      BigDecimal amount =
          seconds == 0L ? n.get().movePointLeft(3) : n.get().multiply(BigDecimal.valueOf(seconds));
      return Optional.of(new Quantity("duration", amount.stripTrailingZeros()));
    }
    if (u.equals("percent")) {
      u = "%";
    }
    return Optional.of(new Quantity("unit:" + u, n.get().stripTrailingZeros()));
  }
}
