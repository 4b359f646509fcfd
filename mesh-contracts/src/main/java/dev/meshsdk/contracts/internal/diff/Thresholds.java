package dev.meshsdk.contracts.internal.diff;

import dev.meshsdk.contracts.JsonValue;
import dev.meshsdk.contracts.QualityOperator;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The set of measured values a quality rule's operator accepts, as a union of disjoint intervals,
 * so that two thresholds can be compared by inclusion whatever their operators.
 */
final class Thresholds {
  private Thresholds() {}

  /** An interval; a null end is unbounded. */
  record Interval(
      @Nullable BigDecimal lo, boolean loClosed, @Nullable BigDecimal hi, boolean hiClosed) {
    boolean contains(Interval inner) {
      boolean lower =
          lo == null
              || (inner.lo != null
                  && (inner.lo.compareTo(lo) > 0
                      || (inner.lo.compareTo(lo) == 0 && (loClosed || !inner.loClosed))));
      boolean upper =
          hi == null
              || (inner.hi != null
                  && (inner.hi.compareTo(hi) < 0
                      || (inner.hi.compareTo(hi) == 0 && (hiClosed || !inner.hiClosed))));
      return lower && upper;
    }
  }

  private static final Interval ALL = new Interval(null, false, null, false);

  /**
   * The accepted values.
   *
   * @param operators a rule's operators (none accepts everything)
   * @return the intervals, or empty when they cannot be worked out (several operators, a value that
   *     is not a number)
   */
  static Optional<List<Interval>> accepted(Map<QualityOperator, JsonValue> operators) {
    if (operators.isEmpty()) {
      return Optional.of(List.of(ALL));
    }
    if (operators.size() > 1) {
      return Optional.empty();
    }
    Map.Entry<QualityOperator, JsonValue> e = operators.entrySet().iterator().next();
    JsonValue v = e.getValue();
    if (e.getKey().takesRange()) {
      if (!(v instanceof JsonValue.Arr a) || a.values().size() != 2) {
        return Optional.empty();
      }
      Optional<BigDecimal> lo = Compare.number(a.values().get(0));
      Optional<BigDecimal> hi = Compare.number(a.values().get(1));
      if (lo.isEmpty() || hi.isEmpty()) {
        return Optional.empty();
      }
      if (e.getKey() == QualityOperator.MUST_BE_BETWEEN) {
        return Optional.of(List.of(new Interval(lo.get(), true, hi.get(), true)));
      }
      return Optional.of(
          List.of(
              new Interval(null, false, lo.get(), false),
              new Interval(hi.get(), false, null, false)));
    }
    if (!(v instanceof JsonValue.Num)) {
      return Optional.empty();
    }
    BigDecimal x = ((JsonValue.Num) v).value();
    return Optional.of(
        switch (e.getKey()) {
          case MUST_BE -> List.of(new Interval(x, true, x, true));
          case MUST_NOT_BE ->
              List.of(new Interval(null, false, x, false), new Interval(x, false, null, false));
          case MUST_BE_GREATER_THAN -> List.of(new Interval(x, false, null, false));
          case MUST_BE_GREATER_OR_EQUAL_TO -> List.of(new Interval(x, true, null, false));
          case MUST_BE_LESS_THAN -> List.of(new Interval(null, false, x, false));
          case MUST_BE_LESS_OR_EQUAL_TO -> List.of(new Interval(null, false, x, true));
          default -> throw new IllegalStateException("range operator " + e.getKey());
        });
  }

  /** Whether every value {@code inner} accepts is accepted by {@code outer}. */
  static boolean subset(List<Interval> inner, List<Interval> outer) {
    for (Interval i : inner) {
      if (outer.stream().noneMatch(o -> o.contains(i))) {
        return false;
      }
    }
    return true;
  }
}
