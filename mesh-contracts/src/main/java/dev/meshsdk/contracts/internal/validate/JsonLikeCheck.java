package dev.meshsdk.contracts.internal.validate;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A property with no logical type: any JSON-like value (String, Number, Boolean, List, Map with
 * string keys, null, or a java.time value), nested no deeper than a limit, so that a map that
 * contains itself is a violation, not a stack overflow.
 */
final class JsonLikeCheck extends Check {
  static final int MAX_DEPTH = 64;

  JsonLikeCheck(boolean showValues) {
    super(showValues);
  }

  @Override
  boolean test(Object value) {
    return problem(value, 0) == null;
  }

  @Override
  void report(Object value, Path path, Sink sink) {
    String problem = problem(value, 0);
    if (problem != null) {
      sink.add(path, problem.startsWith("nested") ? "depth" : "type", problem);
    }
  }

  /** Null if JSON-like, else what is wrong. */
  static @Nullable String problem(Object value, int depth) {
    if (depth > MAX_DEPTH) {
      return "nested deeper than " + MAX_DEPTH + " levels (does it contain itself?)";
    }
    if (value instanceof CharSequence
        || value instanceof Boolean
        || value instanceof Enum<?>
        || value instanceof TemporalAccessor) {
      return null;
    }
    if (value instanceof Double d && (d.isNaN() || d.isInfinite())
        || value instanceof Float f && (f.isNaN() || f.isInfinite())) {
      return "must be a finite number";
    }
    if (value instanceof Integer
        || value instanceof Long
        || value instanceof BigDecimal
        || value instanceof Double
        || value instanceof Float
        || value instanceof Short
        || value instanceof Byte
        || value instanceof BigInteger) {
      return null;
    }
    if (value instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (!(e.getKey() instanceof String)) {
          return "must be a JSON-like value: object keys must be strings";
        }
        if (e.getValue() != null) {
          String p = problem(e.getValue(), depth + 1);
          if (p != null) {
            return p;
          }
        }
      }
      return null;
    }
    if (value instanceof Collection<?> c) {
      for (Object o : c) {
        if (o != null) {
          String p = problem(o, depth + 1);
          if (p != null) {
            return p;
          }
        }
      }
      return null;
    }
    return "must be a JSON-like value (string, number, boolean, list, map or null) but was a "
        + value.getClass().getName();
  }
}
