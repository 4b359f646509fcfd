package dev.meshsdk.testkit.generate.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An integer or number property: bounds (inclusive or exclusive), integer formats {@code i8} to
 * {@code u128}, {@code f32}, and {@code multipleOf}, all exact in BigDecimal. Every valid value is
 * {@code k * step} for an integer {@code k}, where the step is {@code multipleOf} (for integers the
 * smallest whole multiple of it), 1 for integers, or a power of ten for numbers.
 */
final class NumberNode extends Node {
  /** A bound with the rule id its violation reports. */
  record Bound(BigDecimal value, boolean exclusive, String rule) {
    /**
     * Checks the components.
     *
     * @param value the bound
     * @param exclusive whether the bound itself is excluded
     * @param rule the rule id
     */
    Bound {}
  }

  private static final BigDecimal SPAN = BigDecimal.valueOf(1_000_000);
  private static final BigDecimal F32_MAX = new BigDecimal(Float.MAX_VALUE);

  final boolean integer;
  final @Nullable String format;
  final @Nullable BigDecimal formatMin;
  final @Nullable BigDecimal formatMax;
  final boolean f32;
  final @Nullable Bound lower;
  final @Nullable Bound upper;
  final @Nullable BigDecimal multipleOf;

  NumberNode(
      String label,
      boolean show,
      boolean integer,
      @Nullable String format,
      @Nullable BigDecimal formatMin,
      @Nullable BigDecimal formatMax,
      @Nullable Bound lower,
      @Nullable Bound upper,
      @Nullable BigDecimal multipleOf) {
    super(label, show);
    this.integer = integer;
    this.format = format;
    this.formatMin = formatMin;
    this.formatMax = formatMax;
    this.f32 = "f32".equals(format);
    this.lower = lower;
    this.upper = upper;
    this.multipleOf = multipleOf;
  }

  /** The step of valid values at a scale (numbers without multipleOf). */
  private BigDecimal step(int scale) {
    if (multipleOf != null) {
      if (!integer) {
        return multipleOf;
      }
      BigDecimal m = multipleOf.stripTrailingZeros();
      if (m.scale() <= 0) {
        return m.setScale(0, RoundingMode.UNNECESSARY);
      }
      BigInteger unscaled = m.unscaledValue().abs();
      BigInteger pow = BigInteger.TEN.pow(m.scale());
      return new BigDecimal(unscaled.divide(unscaled.gcd(pow)));
    }
    return integer ? BigDecimal.ONE : BigDecimal.ONE.movePointLeft(scale);
  }

  private boolean lowExclusive(BigDecimal lo) {
    return lower != null && lower.exclusive && lower.value.compareTo(lo) == 0;
  }

  private boolean highExclusive(BigDecimal hi) {
    return upper != null && upper.exclusive && upper.value.compareTo(hi) == 0;
  }

  /** The range of k (value = k * step), or null if empty. */
  private BigInteger @Nullable [] range(BigDecimal step, boolean wide) {
    BigDecimal lo = lower == null ? null : lower.value;
    BigDecimal hi = upper == null ? null : upper.value;
    BigDecimal span = wide ? SPAN.multiply(SPAN).multiply(SPAN) : SPAN;
    if (!integer && !wide) {
      span = BigDecimal.valueOf(1000);
    }
    if (lo == null && hi == null) {
      lo = span.negate();
      hi = span;
    } else if (lo == null) {
      lo = hi.subtract(span);
    } else if (hi == null) {
      hi = lo.add(span);
    }
    BigDecimal fmin = f32 ? F32_MAX.negate() : formatMin;
    BigDecimal fmax = f32 ? F32_MAX : formatMax;
    if (fmin != null && lo.compareTo(fmin) < 0) {
      lo = fmin;
    }
    if (fmax != null && hi.compareTo(fmax) > 0) {
      hi = fmax;
    }
    BigInteger kLo = lo.divide(step, 0, RoundingMode.CEILING).toBigIntegerExact();
    if (lowExclusive(lo) && new BigDecimal(kLo).multiply(step).compareTo(lo) == 0) {
      kLo = kLo.add(BigInteger.ONE);
    }
    BigInteger kHi = hi.divide(step, 0, RoundingMode.FLOOR).toBigIntegerExact();
    if (highExclusive(hi) && new BigDecimal(kHi).multiply(step).compareTo(hi) == 0) {
      kHi = kHi.subtract(BigInteger.ONE);
    }
    return kLo.compareTo(kHi) <= 0 ? new BigInteger[] {kLo, kHi} : null;
  }

  @Override
  Object generate(Draw d, String path) {
    int scale = integer || multipleOf != null ? 0 : d.between(0, 3);
    BigDecimal step = step(scale);
    boolean wide = d.chance(0.1) && lower == null && upper == null;
    BigInteger[] k = range(step, wide);
    for (int finer = 0; k == null && !integer && multipleOf == null && finer <= 12; finer++) {
      step = step(finer);
      k = range(step, false);
    }
    if (k == null) {
      throw cannot(
          "no "
              + (integer ? "integer" : "number")
              + " lies within the bounds"
              + (multipleOf != null ? " and is a multiple of " + multipleOf : "")
              + (formatMin != null ? " and fits the format " + format : ""));
    }
    BigInteger chosen;
    if (d.edge()) {
      List<BigInteger> edges = new ArrayList<>(List.of(k[0], k[1]));
      if (k[0].signum() <= 0 && k[1].signum() >= 0) {
        edges.add(BigInteger.ZERO);
      }
      List<BigInteger> full = edgesOfFormat(step);
      edges.addAll(full);
      chosen = d.pick(edges);
    } else {
      chosen = d.between(k[0], k[1]);
    }
    return value(new BigDecimal(chosen).multiply(step));
  }

  /** The ends of the format's whole range, when the contract has no bounds. */
  private List<BigInteger> edgesOfFormat(BigDecimal step) {
    if (lower != null || upper != null) {
      return List.of();
    }
    if (formatMin == null && integer && multipleOf == null) {
      return List.of(BigInteger.valueOf(Long.MIN_VALUE), BigInteger.valueOf(Long.MAX_VALUE));
    }
    if (formatMin != null && formatMax != null) {
      return List.of(
          formatMin.divide(step, 0, RoundingMode.CEILING).toBigIntegerExact(),
          formatMax.divide(step, 0, RoundingMode.FLOOR).toBigIntegerExact());
    }
    return List.of();
  }

  /** The JSON-like form: Long for integers that fit, BigInteger beyond, BigDecimal for numbers. */
  Object value(BigDecimal v) {
    if (integer) {
      BigInteger b = v.setScale(0, RoundingMode.UNNECESSARY).toBigIntegerExact();
      return b.bitLength() < 64 ? (Object) b.longValueExact() : b;
    }
    return v.scale() < 0 ? v.setScale(0, RoundingMode.UNNECESSARY) : v;
  }

  @Override
  List<String> rules() {
    List<String> r = new ArrayList<>(List.of("type"));
    if (formatMin != null || f32) {
      r.add("format");
    }
    if (lower != null) {
      r.add(lower.rule);
    }
    if (upper != null && !r.contains(upper.rule)) {
      r.add(upper.rule);
    }
    if (multipleOf != null) {
      r.add("multipleOf");
    }
    return r;
  }

  @Override
  List<Object> breaking(String rule, Draw d) {
    List<Object> out = new ArrayList<>();
    BigDecimal step = step(integer ? 0 : 2);
    switch (rule) {
      case "type" -> out.addAll(List.of("12", true));
      case "format" -> {
        if (f32) {
          out.add(F32_MAX.multiply(BigDecimal.TEN));
          out.add(F32_MAX.multiply(BigDecimal.TEN).negate());
        } else if (formatMin != null && formatMax != null) {
          out.add(value(formatMax.add(BigDecimal.ONE)));
          out.add(value(formatMin.subtract(BigDecimal.ONE)));
          BigDecimal above =
              formatMax.add(step).divide(step, 0, RoundingMode.CEILING).multiply(step);
          out.add(value(above));
        }
      }
      case "minimum", "exclusiveMinimum" -> {
        if (lower != null && lower.rule.equals(rule)) {
          out.addAll(beyond(lower, step, -1));
        }
      }
      case "maximum", "exclusiveMaximum" -> {
        if (upper != null && upper.rule.equals(rule)) {
          out.addAll(beyond(upper, step, 1));
        }
      }
      case "multipleOf" -> {
        for (int i = 0; i < 3; i++) {
          Object valid = generate(d, "");
          BigDecimal v = valid instanceof BigDecimal b ? b : new BigDecimal(valid.toString());
          if (integer) {
            out.add(value(v.add(BigDecimal.ONE)));
            out.add(value(v.subtract(BigDecimal.ONE)));
          } else {
            BigDecimal half = step.divide(BigDecimal.valueOf(2));
            out.add(value(v.add(half)));
            out.add(value(v.subtract(half)));
          }
        }
      }
      default -> {
        // no other rule
      }
    }
    return out;
  }

  /** Values just past a bound that keep the step (direction -1 below, +1 above). */
  private List<Object> beyond(Bound b, BigDecimal step, int direction) {
    List<Object> out = new ArrayList<>();
    RoundingMode toward = direction < 0 ? RoundingMode.FLOOR : RoundingMode.CEILING;
    BigDecimal k = b.value.divide(step, 0, toward);
    BigDecimal v = k.multiply(step);
    if (v.compareTo(b.value) == 0 && !b.exclusive) {
      v = v.add(step.multiply(BigDecimal.valueOf(direction)));
    }
    out.add(value(v));
    out.add(value(v.add(step.multiply(BigDecimal.valueOf(direction)))));
    if (!integer && multipleOf == null) {
      BigDecimal fine =
          b.exclusive
              ? b.value
              : b.value.add(
                  BigDecimal.ONE
                      .movePointLeft(Math.max(0, b.value.scale()) + 1)
                      .multiply(BigDecimal.valueOf(direction)));
      out.add(value(fine));
    }
    return out;
  }
}
