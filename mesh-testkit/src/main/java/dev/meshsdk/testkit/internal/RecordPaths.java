package dev.meshsdk.testkit.internal;

import dev.meshsdk.contracts.JsonValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Field paths ({@code lines.sku}) over JSON-like records, and the value comparisons conditions use.
 */
public final class RecordPaths {
  private static final Pattern PATH = Pattern.compile("[^.\\s\\[\\]]+(\\.[^.\\s\\[\\]]+)*");

  private RecordPaths() {}

  /**
   * Checks that a path is dot-separated names without blanks or brackets.
   *
   * @param path the path
   * @param parameter the parameter name for the message
   * @throws IllegalArgumentException if it is not
   */
  public static void checkPath(String path, String parameter) {
    if (path == null || !PATH.matcher(path).matches()) {
      throw new IllegalArgumentException(
          parameter
              + ": a field path is dot-separated names such as 'lines.sku' (no blanks, no"
              + " brackets), got "
              + (path == null ? "null" : "'" + path + "'"));
    }
  }

  /**
   * The values a path reaches in a record: through arrays to every element; {@code null} for a
   * value that is missing or null (or under a missing or null parent).
   *
   * @param record the record
   * @param path the path
   * @return the values, in record order
   */
  public static List<@Nullable Object> values(Map<String, ?> record, String path) {
    List<@Nullable Object> current = new ArrayList<>();
    current.add(record);
    String[] segments = path.split("\\.");
    for (String segment : segments) {
      List<@Nullable Object> next = new ArrayList<>();
      for (Object v : current) {
        for (Object element : fanOut(v)) {
          next.add(element instanceof Map<?, ?> m ? m.get(segment) : null);
        }
      }
      current = next;
    }
    return current;
  }

  private static List<@Nullable Object> fanOut(@Nullable Object v) {
    if (v instanceof List<?> list) {
      List<@Nullable Object> out = new ArrayList<>(list.size());
      for (Object o : list) {
        out.addAll(fanOut(o));
      }
      return out;
    }
    List<@Nullable Object> one = new ArrayList<>(1);
    one.add(v);
    return one;
  }

  /**
   * Whether a predicate holds for every value the path reaches.
   *
   * @param record the record
   * @param path the path
   * @param test the predicate; it receives {@code null} for missing values
   * @return true if it holds for all (and for none)
   */
  public static boolean all(Map<String, ?> record, String path, Predicate<@Nullable Object> test) {
    for (Object v : values(record, path)) {
      if (!test.test(v)) {
        return false;
      }
    }
    return true;
  }

  /**
   * A record value as a number, if it is one.
   *
   * @param v the value
   * @return the number, or empty
   */
  public static Optional<BigDecimal> number(@Nullable Object v) {
    if (v instanceof BigDecimal d) {
      return Optional.of(d);
    }
    if (v instanceof BigInteger i) {
      return Optional.of(new BigDecimal(i));
    }
    if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
      return Optional.of(BigDecimal.valueOf(((Number) v).longValue()));
    }
    if (v instanceof Double || v instanceof Float) {
      double d = ((Number) v).doubleValue();
      return Double.isFinite(d)
          ? Optional.of(new BigDecimal(Double.toString(d)))
          : Optional.empty();
    }
    return Optional.empty();
  }

  /**
   * A Java number as an exact decimal.
   *
   * @param n the number
   * @return the decimal
   * @throws IllegalArgumentException for NaN, infinities and unknown Number types
   */
  public static BigDecimal decimal(Number n) {
    return number(n)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "a bound must be a finite Integer, Long, Double, BigDecimal or BigInteger, got "
                        + n));
  }

  /**
   * Whether a record value equals a JSON value; numbers compare by value.
   *
   * @param v the record value
   * @param expected the JSON value
   * @return true if equal
   */
  public static boolean sameValue(@Nullable Object v, JsonValue expected) {
    if (expected instanceof JsonValue.Num n) {
      return number(v).filter(d -> d.compareTo(n.value()) == 0).isPresent();
    }
    if (expected instanceof JsonValue.Str s) {
      return v instanceof CharSequence c && c.toString().equals(s.value());
    }
    if (expected instanceof JsonValue.Bool b) {
      return v instanceof Boolean x && x == b.value();
    }
    if (expected instanceof JsonValue.Null) {
      return v == null;
    }
    try {
      return JsonValue.fromJava(v).equals(expected);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * Two JSON values equal, numbers by value.
   *
   * @param a one value
   * @param b another
   * @return true if equal
   */
  public static boolean sameJson(JsonValue a, JsonValue b) {
    if (a instanceof JsonValue.Num x && b instanceof JsonValue.Num y) {
      return x.value().compareTo(y.value()) == 0;
    }
    return a.equals(b);
  }

  /**
   * A JSON value for messages: strings quoted.
   *
   * @param v the value
   * @return the text
   */
  public static String show(JsonValue v) {
    return v instanceof JsonValue.Str s ? "'" + s.value() + "'" : v.toString();
  }
}
