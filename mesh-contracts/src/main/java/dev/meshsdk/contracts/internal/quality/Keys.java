package dev.meshsdk.contracts.internal.quality;

import dev.meshsdk.contracts.JsonValue;
import dev.meshsdk.contracts.internal.Decimals;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Values as comparison keys and as text for messages. Keys make equal JSON values equal Java
 * objects: numbers by value ({@code 1 == 1.0}), lists and maps member by member; a string never
 * equals a number.
 */
final class Keys {
  /** The key of null (and of an absent value). */
  static final Object NULL =
      new Object() {
        @Override
        public String toString() {
          return "null";
        }
      };

  private static final int MAX = 40;

  private Keys() {}

  /**
   * The comparison key of a record value.
   *
   * @param value a JSON-like value, or null
   * @return the key; {@link #NULL} for null
   */
  static Object of(@Nullable Object value) {
    if (value == null || value == JsonValue.Null.INSTANCE) {
      return NULL;
    }
    if (value instanceof String || value instanceof Boolean) {
      return value;
    }
    if (value instanceof Number n) {
      return number(n);
    }
    if (value instanceof Collection<?> c) {
      List<Object> out = new ArrayList<>(c.size());
      for (Object o : c) {
        out.add(of(o));
      }
      return out;
    }
    if (value instanceof Map<?, ?> m) {
      Map<Object, Object> out = new HashMap<>();
      for (Map.Entry<?, ?> e : m.entrySet()) {
        out.put(String.valueOf(e.getKey()), of(e.getValue()));
      }
      return out;
    }
    if (value instanceof JsonValue j) {
      Optional<Object> java = j.toJava();
      return java.isPresent() ? of(java.get()) : NULL;
    }
    if (value instanceof CharSequence cs) {
      return cs.toString();
    }
    return value;
  }

  /**
   * The comparison key of a value written in the contract.
   *
   * @param value the JSON value
   * @return the key
   */
  static Object of(JsonValue value) {
    return of((Object) value);
  }

  private static Object number(Number n) {
    BigDecimal d;
    if (n instanceof BigDecimal b) {
      d = b;
    } else if (n instanceof BigInteger i) {
      d = new BigDecimal(i);
    } else if (n instanceof Double || n instanceof Float) {
      double x = n.doubleValue();
      if (Double.isNaN(x) || Double.isInfinite(x)) {
        return x;
      }
      d = new BigDecimal(Double.toString(x));
    } else if (n instanceof Long
        || n instanceof Integer
        || n instanceof Short
        || n instanceof Byte) {
      d = BigDecimal.valueOf(n.longValue());
    } else {
      try {
        d = new BigDecimal(n.toString());
      } catch (NumberFormatException e) {
        return n;
      }
    }
    try {
      return d.signum() == 0 ? BigDecimal.ZERO : d.stripTrailingZeros();
    } catch (ArithmeticException e) {
      return d; // a scale at the end of the int range: stripping would overflow it
    }
  }

  /**
   * The text a pattern is matched against: a string as it is, a number or boolean as JSON writes
   * it; empty for arrays, objects and other values, which no pattern matches.
   *
   * @param value a non-null record value
   * @return the text, or empty
   */
  static Optional<String> text(Object value) {
    if (value instanceof CharSequence cs) {
      return Optional.of(cs.toString());
    }
    if (value instanceof Boolean) {
      return Optional.of(value.toString());
    }
    if (value instanceof Number n) {
      Object k = number(n);
      return Optional.of(k instanceof BigDecimal d ? plain(d) : k.toString());
    }
    if (value instanceof JsonValue.Str s) {
      return Optional.of(s.value());
    }
    if (value instanceof JsonValue.Num num) {
      return Optional.of(plain(num.value()));
    }
    if (value instanceof JsonValue.Bool b) {
      return Optional.of(Boolean.toString(b.value()));
    }
    return Optional.empty();
  }

  /**
   * A value for a message, quoted and shortened. Only for values of public properties.
   *
   * @param value a record value, or null
   * @return the text
   */
  static String show(@Nullable Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof CharSequence || value instanceof JsonValue.Str) {
      return "'" + shorten(value.toString()) + "'";
    }
    Optional<String> text = text(value);
    if (text.isPresent()) {
      return shorten(text.get());
    }
    if (value instanceof Collection<?> || value instanceof JsonValue.Arr) {
      return "an array";
    }
    if (value instanceof Map<?, ?> || value instanceof JsonValue.Obj) {
      return "an object";
    }
    return "a " + value.getClass().getSimpleName();
  }

  /**
   * A number without exponent and trailing zeros, such as {@code 100} or {@code 33.3}.
   *
   * @param d the number
   * @return the text
   */
  static String plain(BigDecimal d) {
    try {
      BigDecimal s = d.signum() == 0 ? BigDecimal.ZERO : d.stripTrailingZeros();
      return Decimals.plainText(s);
    } catch (ArithmeticException e) {
      return d.toString(); // a scale at the end of the int range: stripping would overflow it
    }
  }

  private static String shorten(String s) {
    return s.length() > MAX ? s.substring(0, MAX - 3) + "..." : s;
  }
}
