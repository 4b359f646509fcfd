package dev.meshsdk.testkit.generate.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Shrinks a failing record greedily: tries simpler variants (a field dropped, an array emptied,
 * halved or missing an item, a string shortened, a number moved towards zero or divided by ten,
 * true made false), one change at a time, and keeps the first that is still valid and still fails,
 * until none is. Validity is the caller's predicate, so a shrunk record never breaks the contract;
 * numbers that cannot reach zero stop at the closest value the bounds allow.
 */
final class Shrinker {
  /** The most candidates tried in one shrink. */
  static final int MAX_TRIES = 5_000;

  private Shrinker() {}

  /** The result: the smallest record found and how many steps led there. */
  record Result(Map<String, @Nullable Object> record, int steps) {
    /**
     * Checks the components.
     *
     * @param record the shrunk record
     * @param steps the accepted simplifications
     */
    Result {}
  }

  static Result shrink(
      Map<String, @Nullable Object> record, Predicate<Map<String, @Nullable Object>> stillFails) {
    Map<String, @Nullable Object> current = record;
    int steps = 0;
    int tries = 0;
    boolean progress = true;
    while (progress && tries < MAX_TRIES) {
      progress = false;
      for (Object candidate : variants(current)) {
        if (++tries > MAX_TRIES) {
          break;
        }
        @SuppressWarnings("unchecked")
        Map<String, @Nullable Object> c = (Map<String, @Nullable Object>) candidate;
        if (stillFails.test(c)) {
          current = c;
          steps++;
          progress = true;
          break;
        }
      }
    }
    return new Result(current, steps);
  }

  /** Simpler variants of a value, simplest first; each a fresh copy. */
  static List<Object> variants(@Nullable Object value) {
    List<Object> out = new ArrayList<>();
    if (value instanceof Map<?, ?> m) {
      List<Object> keys = new ArrayList<>(m.keySet());
      for (Object k : keys) {
        Map<Object, @Nullable Object> without = new LinkedHashMap<>(m);
        without.remove(k);
        out.add(without);
      }
      for (Object k : keys) {
        for (Object v : variants(m.get(k))) {
          Map<Object, @Nullable Object> changed = new LinkedHashMap<>(m);
          changed.put(k, v);
          out.add(changed);
        }
      }
    } else if (value instanceof List<?> l) {
      int n = l.size();
      if (n > 0) {
        out.add(new ArrayList<>());
      }
      if (n > 1) {
        out.add(new ArrayList<>(l.subList(0, n / 2)));
        out.add(new ArrayList<>(l.subList(n / 2, n)));
      }
      for (int i = 0; i < n; i++) {
        List<@Nullable Object> without = new ArrayList<>(l);
        without.remove(i);
        out.add(without);
      }
      for (int i = 0; i < n; i++) {
        for (Object v : variants(l.get(i))) {
          List<@Nullable Object> changed = new ArrayList<>(l);
          changed.set(i, v);
          out.add(changed);
        }
      }
    } else if (value instanceof String s && !s.isEmpty()) {
      int cps = s.codePointCount(0, s.length());
      out.add("");
      if (cps > 1) {
        out.add(s.substring(0, s.offsetByCodePoints(0, cps / 2)));
        out.add(s.substring(0, s.offsetByCodePoints(0, cps - 1)));
        out.add(s.substring(s.offsetByCodePoints(0, 1)));
      }
    } else if (value instanceof Boolean b && b) {
      out.add(Boolean.FALSE);
    } else if (value instanceof Long || value instanceof Integer || value instanceof BigInteger) {
      BigInteger v = new BigInteger(value.toString());
      for (BigInteger d = v; d.signum() != 0; d = d.divide(BigInteger.TWO)) {
        out.add(integral(v.subtract(d), value));
      }
    } else if (value instanceof BigDecimal v && v.signum() != 0) {
      out.add(BigDecimal.ZERO);
      if (v.scale() > 0) {
        out.add(v.setScale(v.scale() - 1, RoundingMode.DOWN));
        out.add(v.setScale(0, RoundingMode.DOWN));
      }
      for (BigDecimal d = v.divide(BigDecimal.valueOf(2));
          d.abs().compareTo(BigDecimal.ONE) >= 0;
          d = d.divide(BigDecimal.valueOf(2))) {
        out.add(v.subtract(d).setScale(v.scale(), RoundingMode.DOWN));
      }
      if (v.scale() < 12) {
        out.add(v.movePointLeft(1));
      }
    }
    return out;
  }

  private static Object integral(BigInteger v, Object like) {
    if (like instanceof Integer) {
      return v.intValue();
    }
    if (like instanceof Long) {
      return v.longValue();
    }
    return v;
  }
}
