package dev.meshsdk.contracts.internal.validate;

import dev.meshsdk.contracts.internal.Decimals;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An integer or number property: type, integer format range, number format, bounds and {@code
 * multipleOf}. Comparisons are exact: longs and BigDecimals compare exactly; doubles compare as
 * doubles and, on a tie, exactly by their shortest decimal form.
 */
final class NumberCheck extends Check {
  /** One bound: {@code value} with its rule id, inclusive or exclusive, lower or upper. */
  static final class Bound {
    final BigDecimal value;
    final double asDouble;
    final boolean isLong;
    final long asLong;
    final boolean lower;
    final boolean exclusive;
    final String rule;

    Bound(BigDecimal value, boolean lower, boolean exclusive, String rule) {
      this.value = value;
      this.asDouble = value.doubleValue();
      boolean fits;
      long l = 0;
      try {
        l = value.longValueExact();
        fits = true;
      } catch (ArithmeticException e) {
        fits = false;
      }
      this.isLong = fits;
      this.asLong = l;
      this.lower = lower;
      this.exclusive = exclusive;
      this.rule = rule;
    }

    boolean okLong(long v) {
      int c = isLong ? Long.compare(v, asLong) : BigDecimal.valueOf(v).compareTo(value);
      return ok(c);
    }

    boolean okDouble(double v) {
      // Not Double.compare, which orders -0.0 below 0.0: as numbers they are equal.
      int c = v < asDouble ? -1 : v > asDouble ? 1 : 0;
      if (c == 0) {
        c = BigDecimal.valueOf(v).compareTo(value);
      }
      return ok(c);
    }

    boolean okDecimal(BigDecimal v) {
      return ok(v.compareTo(value));
    }

    private boolean ok(int c) {
      if (lower) {
        return exclusive ? c > 0 : c >= 0;
      }
      return exclusive ? c < 0 : c <= 0;
    }

    String describe() {
      return (lower
              ? (exclusive ? "greater than " : "at least ")
              : (exclusive ? "less than " : "at most "))
          + value.toString();
    }
  }

  private final boolean integer;
  private final String formatName;
  private final @Nullable BigDecimal formatMin;
  private final @Nullable BigDecimal formatMax;
  final long formatMinLong;
  final long formatMaxLong;
  private final boolean float32;
  private final boolean float64;
  final Bound[] bounds;
  final @Nullable BigDecimal multipleOf;
  final long multipleOfLong;

  NumberCheck(
      boolean showValues,
      boolean integer,
      String formatName,
      @Nullable BigDecimal formatMin,
      @Nullable BigDecimal formatMax,
      List<Bound> bounds,
      @Nullable BigDecimal multipleOf) {
    super(showValues);
    this.integer = integer;
    this.formatName = formatName;
    this.formatMin = formatMin;
    this.formatMax = formatMax;
    this.formatMinLong = clampToLong(formatMin, Long.MIN_VALUE);
    this.formatMaxLong = clampToLong(formatMax, Long.MAX_VALUE);
    this.float32 = "f32".equals(formatName);
    this.float64 = "f64".equals(formatName);
    this.bounds = bounds.toArray(new Bound[0]);
    this.multipleOf = multipleOf;
    long m = 0;
    if (multipleOf != null) {
      try {
        m = multipleOf.longValueExact();
      } catch (ArithmeticException e) {
        m = 0;
      }
    }
    this.multipleOfLong = m;
  }

  private static long clampToLong(@Nullable BigDecimal v, long fallback) {
    if (v == null) {
      return fallback;
    }
    if (v.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) >= 0) {
      return Long.MAX_VALUE;
    }
    if (v.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) <= 0) {
      return Long.MIN_VALUE;
    }
    return v.longValue();
  }

  @Override
  boolean test(Object value) {
    if (value instanceof Integer
        || value instanceof Long
        || value instanceof Short
        || value instanceof Byte) {
      return testLong(((Number) value).longValue());
    }
    if (value instanceof BigDecimal d) {
      return evaluate(d, Path.ROOT, null);
    }
    if (value instanceof Double || value instanceof Float) {
      return testDouble(((Number) value).doubleValue());
    }
    if (value instanceof BigInteger b) {
      return evaluate(new BigDecimal(b), Path.ROOT, null);
    }
    return false;
  }

  boolean testLong(long v) {
    if (v < formatMinLong || v > formatMaxLong) {
      return false;
    }
    for (Bound b : bounds) {
      if (!b.okLong(v)) {
        return false;
      }
    }
    if (multipleOf != null) {
      return multipleOfLong != 0
          ? v % multipleOfLong == 0
          : Decimals.isMultiple(BigDecimal.valueOf(v), multipleOf);
    }
    return true;
  }

  boolean testDouble(double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return false;
    }
    if (integer && v != Math.rint(v)) {
      return false;
    }
    if (integer && (formatMin != null || formatMax != null)) {
      return evaluate(BigDecimal.valueOf(v), Path.ROOT, null);
    }
    if (float32 && !Float.isFinite((float) v)) {
      return false;
    }
    for (Bound b : bounds) {
      if (!b.okDouble(v)) {
        return false;
      }
    }
    return multipleOf == null || Decimals.isMultiple(BigDecimal.valueOf(v), multipleOf);
  }

  @Override
  void report(Object value, Path path, Sink sink) {
    BigDecimal d = toDecimal(value);
    if (d == null) {
      if (value instanceof Double || value instanceof Float) {
        sink.add(path, "type", "must be a finite number but was " + show(value));
      } else {
        sink.add(
            path,
            "type",
            "must be "
                + (integer ? "an integer" : "a number")
                + " but was "
                + Show.typeName(value));
      }
      return;
    }
    evaluate(d, path, sink);
  }

  void reportLong(long v, Path path, Sink sink) {
    evaluate(BigDecimal.valueOf(v), path, sink);
  }

  void reportDouble(double v, Path path, Sink sink) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      sink.add(path, "type", "must be a finite number but was " + show(v));
      return;
    }
    evaluate(BigDecimal.valueOf(v), path, sink);
  }

  private static @Nullable BigDecimal toDecimal(Object value) {
    if (value instanceof BigDecimal d) {
      return d;
    }
    if (value instanceof Integer
        || value instanceof Long
        || value instanceof Short
        || value instanceof Byte) {
      return BigDecimal.valueOf(((Number) value).longValue());
    }
    if (value instanceof BigInteger b) {
      return new BigDecimal(b);
    }
    if (value instanceof Double || value instanceof Float) {
      double v = ((Number) value).doubleValue();
      return Double.isNaN(v) || Double.isInfinite(v) ? null : BigDecimal.valueOf(v);
    }
    return null;
  }

  /** The exact check; with a null sink it stops at the first failure. */
  private boolean evaluate(BigDecimal v, Path path, @Nullable Sink sink) {
    boolean ok = true;
    if (integer && v.signum() != 0 && v.scale() > 0 && v.stripTrailingZeros().scale() > 0) {
      if (sink == null) {
        return false;
      }
      sink.add(path, "type", "must be an integer but was " + show(v));
      return false;
    }
    if ((formatMin != null && v.compareTo(formatMin) < 0)
        || (formatMax != null && v.compareTo(formatMax) > 0)) {
      if (sink == null) {
        return false;
      }
      sink.add(
          path,
          "format",
          "must fit the "
              + formatName
              + " format ("
              + formatMin
              + " to "
              + formatMax
              + ") but was "
              + show(v));
      ok = false;
    }
    // A number fits a float format when it converts to a finite value of it (it may round).
    // Through the double, as testDouble converts: a tie at the float range rounds alike.
    if ((float32 && !Float.isFinite((float) v.doubleValue()))
        || (float64 && !Double.isFinite(v.doubleValue()))) {
      if (sink == null) {
        return false;
      }
      sink.add(path, "format", "must fit the " + formatName + " format but was " + show(v));
      ok = false;
    }
    for (Bound b : bounds) {
      if (!b.okDecimal(v)) {
        if (sink == null) {
          return false;
        }
        sink.add(path, b.rule, "must be " + b.describe() + " but was " + show(v));
        ok = false;
      }
    }
    if (multipleOf != null && !Decimals.isMultiple(v, multipleOf)) {
      if (sink == null) {
        return false;
      }
      sink.add(path, "multipleOf", "must be a multiple of " + multipleOf + " but was " + show(v));
      ok = false;
    }
    return ok;
  }
}
