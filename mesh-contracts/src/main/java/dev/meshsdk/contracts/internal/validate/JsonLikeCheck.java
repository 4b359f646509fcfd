package dev.meshsdk.contracts.internal.validate;

import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A property with no logical type: any JSON-like value (String, Number, Boolean, List or other
 * Collection, Java array, Map with string keys, null, or a java.time value), nested no deeper than
 * {@value #MAX_DEPTH} levels and holding at most {@value #MAX_NODES} values, so that a map that
 * contains itself, or a list that holds the same list twice at every level (a billion paths through
 * 30 lists), is a violation, not a stack overflow or a hang. The walk allocates nothing.
 */
final class JsonLikeCheck extends Check {
  static final int MAX_DEPTH = 64;
  static final int MAX_NODES = 1_000_000;

  // What walk answers when it stops: negative, so that any answer >= 0 is the budget left.
  private static final int TOO_DEEP = -1;
  private static final int TOO_LARGE = -2;
  private static final int NOT_FINITE = -3;
  private static final int KEY = -4;
  private static final int NOT_JSON = -5;

  JsonLikeCheck(boolean showValues) {
    super(showValues);
  }

  @Override
  boolean test(Object value) {
    return walk(value, 0, MAX_NODES, null) >= 0;
  }

  @Override
  void report(Object value, Path path, Sink sink) {
    Object[] offender = new Object[1];
    int r = walk(value, 0, MAX_NODES, offender);
    if (r >= 0) {
      return;
    }
    switch (r) {
      case TOO_DEEP ->
          sink.add(
              path,
              "depth",
              "nested deeper than " + MAX_DEPTH + " levels (does it contain itself?)");
      case TOO_LARGE ->
          sink.add(
              path,
              "size",
              "holds more than "
                  + MAX_NODES
                  + " values (counting a value shared by reference anew"
                  + " each time it is reached)");
      case NOT_FINITE -> sink.add(path, "type", "must be a finite number");
      case KEY -> sink.add(path, "type", "must be a JSON-like value: object keys must be strings");
      default ->
          sink.add(
              path,
              "type",
              "must be a JSON-like value (string, number, boolean, list, map or null) but was a "
                  + Show.typeName(offender[0] == null ? value : offender[0]));
    }
  }

  /**
   * Walks a value. Answers the node budget left (at least 0) if the value is JSON-like, else one of
   * the negative codes; on {@code NOT_JSON} the offending value goes to {@code offender[0]} if that
   * is given.
   */
  static int walk(Object value, int depth, int budget, @Nullable Object[] offender) {
    if (budget <= 0) {
      return TOO_LARGE;
    }
    if (depth > MAX_DEPTH) {
      return TOO_DEEP;
    }
    int left = budget - 1;
    if (value instanceof CharSequence
        || value instanceof Boolean
        || value instanceof Enum<?>
        || value instanceof TemporalAccessor) {
      return left;
    }
    if (value instanceof Double d && (d.isNaN() || d.isInfinite())
        || value instanceof Float f && (f.isNaN() || f.isInfinite())) {
      return NOT_FINITE;
    }
    if (value instanceof Integer
        || value instanceof Long
        || value instanceof BigDecimal
        || value instanceof Double
        || value instanceof Float
        || value instanceof Short
        || value instanceof Byte
        || value instanceof BigInteger) {
      return left;
    }
    if (value instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (!(e.getKey() instanceof String)) {
          return KEY;
        }
        Object v = e.getValue();
        if (v != null && (left = walk(v, depth + 1, left, offender)) < 0) {
          return left;
        }
      }
      return left;
    }
    if (value instanceof Collection<?> c) {
      for (Object o : c) {
        if (o != null && (left = walk(o, depth + 1, left, offender)) < 0) {
          return left;
        }
      }
      return left;
    }
    if (value.getClass().isArray()) {
      int n = Array.getLength(value);
      for (int i = 0; i < n; i++) {
        Object o = Array.get(value, i);
        if (o != null && (left = walk(o, depth + 1, left, offender)) < 0) {
          return left;
        }
      }
      return left;
    }
    if (offender != null) {
      offender[0] = value;
    }
    return NOT_JSON;
  }
}
