package dev.meshsdk.benchmarks;

import dev.meshsdk.benchmarks.Order.Item;
import dev.meshsdk.contracts.Violation;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The floor: the benchmark's rules written by hand as straight-line code, every regular expression
 * compiled by hand into a char loop (perf-anchors c2). Valid records cost no allocation; violations
 * are collected on the first error, with constant messages.
 *
 * <p>Two variants: {@link #validate(Order)} for the typed record (the enum type admits only valid
 * statuses; {@code createdAt} must not be in the future) and {@link #validate(Map)} for the
 * JSON-like map (types checked, undeclared keys refused, {@code createdAt} ISO-8601 text not after
 * 2100-01-01T00:00:00Z, as the ODCS contract says).
 */
final class HandWrittenOrderValidator {
  /** 2100-01-01T00:00:00Z, the contract's {@code createdAt} maximum, in epoch seconds. */
  static final long CREATED_AT_MAX = 4_102_444_800L;

  /** The verdicts of {@link #checkTimestamp(String)}. */
  static final int TIMESTAMP_OK = 0;

  static final int TIMESTAMP_MALFORMED = 1;
  static final int TIMESTAMP_TOO_LATE = 2;

  private static final String[] ORDER_FIELDS = {
    "orderId",
    "customerId",
    "amount",
    "currency",
    "status",
    "quantity",
    "email",
    "createdAt",
    "items",
    "note"
  };
  private static final String[] ITEM_FIELDS = {"sku", "qty"};

  private HandWrittenOrderValidator() {}

  // ---------------------------------------------------------------------------------------------
  // Typed

  /**
   * Validates a typed order.
   *
   * @param o the order
   * @return the violations, empty (and not allocated) when valid
   */
  static List<Violation> validate(Order o) {
    @Nullable ArrayList<Violation> out = null;
    String orderId = o.orderId();
    if (orderId == null) {
      out = add(out, "orderId", "required", "is required");
    } else if (!isOrderId(orderId)) {
      out = add(out, "orderId", "pattern", "does not match ^ORD-[0-9]{8}$");
    }
    if (o.customerId() == null) {
      out = add(out, "customerId", "required", "is required");
    }
    BigDecimal amount = o.amount();
    if (amount != null && amount.signum() < 0) {
      out = add(out, "amount", "minimum", "is less than 0");
    }
    String currency = o.currency();
    if (currency != null && !isCurrency(currency)) {
      out = add(out, "currency", "pattern", "does not match ^[A-Z]{3}$");
    }
    // status: the enum type admits only the valid values.
    int quantity = o.quantity();
    if (quantity < 1) {
      out = add(out, "quantity", "minimum", "is less than 1");
    } else if (quantity > 1000) {
      out = add(out, "quantity", "maximum", "is more than 1000");
    }
    String email = o.email();
    if (email != null && !isEmail(email)) {
      out = add(out, "email", "format", "is not an email address");
    }
    Instant createdAt = o.createdAt();
    if (createdAt != null && isFuture(createdAt, System.currentTimeMillis())) {
      out = add(out, "createdAt", "PastOrPresent", "is in the future");
    }
    List<Item> items = o.items();
    if (items != null) {
      int n = items.size();
      if (n < 1) {
        out = add(out, "items", "minItems", "has fewer than 1 item");
      } else if (n > 100) {
        out = add(out, "items", "maxItems", "has more than 100 items");
      }
      for (int i = 0; i < n; i++) {
        Item item = items.get(i);
        if (item == null) {
          out = add(out, "items[" + i + "]", "required", "is required");
          continue;
        }
        String sku = item.sku();
        if (sku == null) {
          out = add(out, "items[" + i + "].sku", "required", "is required");
        } else if (!isNotBlank(sku)) {
          out = add(out, "items[" + i + "].sku", "pattern", "is blank");
        }
        if (item.qty() <= 0) {
          out = add(out, "items[" + i + "].qty", "exclusiveMinimum", "is not more than 0");
        }
      }
    }
    String note = o.note();
    if (note != null && note.length() > 500) {
      out = add(out, "note", "maxLength", "is longer than 500 characters");
    }
    return out == null ? List.of() : out;
  }

  // ---------------------------------------------------------------------------------------------
  // JSON-like map

  /**
   * Validates a JSON-like order.
   *
   * @param m the order
   * @return the violations, empty (and not allocated) when valid
   */
  static List<Violation> validate(Map<String, ?> m) {
    @Nullable ArrayList<Violation> out = null;
    int declared = 0;

    Object v = m.get("orderId");
    if (v != null || m.containsKey("orderId")) {
      declared++;
    }
    if (v == null) {
      out = add(out, "orderId", "required", "is required");
    } else if (!(v instanceof String s)) {
      out = add(out, "orderId", "type", "is not a string");
    } else if (!isOrderId(s)) {
      out = add(out, "orderId", "pattern", "does not match ^ORD-[0-9]{8}$");
    }

    v = m.get("customerId");
    if (v != null || m.containsKey("customerId")) {
      declared++;
    }
    if (v == null) {
      out = add(out, "customerId", "required", "is required");
    } else if (!(v instanceof String)) {
      out = add(out, "customerId", "type", "is not a string");
    }

    v = m.get("amount");
    if (v != null) {
      declared++;
      int sign = signum(v);
      if (sign == Integer.MIN_VALUE) {
        out = add(out, "amount", "type", "is not a number");
      } else if (sign < 0) {
        out = add(out, "amount", "minimum", "is less than 0");
      }
    } else if (m.containsKey("amount")) {
      declared++;
    }

    v = m.get("currency");
    if (v != null) {
      declared++;
      if (!(v instanceof String s)) {
        out = add(out, "currency", "type", "is not a string");
      } else if (!isCurrency(s)) {
        out = add(out, "currency", "pattern", "does not match ^[A-Z]{3}$");
      }
    } else if (m.containsKey("currency")) {
      declared++;
    }

    v = m.get("status");
    if (v != null) {
      declared++;
      if (!(v instanceof String s)) {
        out = add(out, "status", "type", "is not a string");
      } else if (!isStatus(s)) {
        out = add(out, "status", "validValues", "is not one of the valid values");
      }
    } else if (m.containsKey("status")) {
      declared++;
    }

    v = m.get("quantity");
    if (v != null) {
      declared++;
      if (!isIntegral(v)) {
        out = add(out, "quantity", "type", "is not an integer");
      } else {
        long q = ((Number) v).longValue();
        if (q < 1) {
          out = add(out, "quantity", "minimum", "is less than 1");
        } else if (q > 1000) {
          out = add(out, "quantity", "maximum", "is more than 1000");
        }
      }
    } else if (m.containsKey("quantity")) {
      declared++;
    }

    v = m.get("email");
    if (v != null) {
      declared++;
      if (!(v instanceof String s)) {
        out = add(out, "email", "type", "is not a string");
      } else if (!isEmail(s)) {
        out = add(out, "email", "format", "is not an email address");
      }
    } else if (m.containsKey("email")) {
      declared++;
    }

    v = m.get("createdAt");
    if (v != null) {
      declared++;
      if (v instanceof String s) {
        int verdict = checkTimestamp(s);
        if (verdict == TIMESTAMP_MALFORMED) {
          out = add(out, "createdAt", "format", "is not an ISO-8601 timestamp");
        } else if (verdict == TIMESTAMP_TOO_LATE) {
          out = add(out, "createdAt", "maximum", "is after 2100-01-01T00:00:00Z");
        }
      } else if (v instanceof Instant t) {
        if (t.getEpochSecond() > CREATED_AT_MAX
            || (t.getEpochSecond() == CREATED_AT_MAX && t.getNano() > 0)) {
          out = add(out, "createdAt", "maximum", "is after 2100-01-01T00:00:00Z");
        }
      } else {
        out = add(out, "createdAt", "type", "is not a timestamp");
      }
    } else if (m.containsKey("createdAt")) {
      declared++;
    }

    v = m.get("items");
    if (v != null) {
      declared++;
      if (!(v instanceof List<?> items)) {
        out = add(out, "items", "type", "is not an array");
      } else {
        int n = items.size();
        if (n < 1) {
          out = add(out, "items", "minItems", "has fewer than 1 item");
        } else if (n > 100) {
          out = add(out, "items", "maxItems", "has more than 100 items");
        }
        for (int i = 0; i < n; i++) {
          out = validateItem(items.get(i), i, out);
        }
      }
    } else if (m.containsKey("items")) {
      declared++;
    }

    v = m.get("note");
    if (v != null) {
      declared++;
      if (!(v instanceof String s)) {
        out = add(out, "note", "type", "is not a string");
      } else if (s.length() > 500) {
        out = add(out, "note", "maxLength", "is longer than 500 characters");
      }
    } else if (m.containsKey("note")) {
      declared++;
    }

    if (declared != m.size()) {
      out = undeclared(m, ORDER_FIELDS, "", out);
    }
    return out == null ? List.of() : out;
  }

  private static @Nullable ArrayList<Violation> validateItem(
      @Nullable Object value, int i, @Nullable ArrayList<Violation> out) {
    if (!(value instanceof Map<?, ?> item)) {
      return add(out, "items[" + i + "]", "type", "is not an object");
    }
    int declared = 0;
    Object v = item.get("sku");
    if (v != null || item.containsKey("sku")) {
      declared++;
    }
    if (v == null) {
      out = add(out, "items[" + i + "].sku", "required", "is required");
    } else if (!(v instanceof String s)) {
      out = add(out, "items[" + i + "].sku", "type", "is not a string");
    } else if (!isNotBlank(s)) {
      out = add(out, "items[" + i + "].sku", "pattern", "is blank");
    }
    v = item.get("qty");
    if (v != null || item.containsKey("qty")) {
      declared++;
    }
    if (v == null) {
      out = add(out, "items[" + i + "].qty", "required", "is required");
    } else if (!isIntegral(v)) {
      out = add(out, "items[" + i + "].qty", "type", "is not an integer");
    } else if (((Number) v).longValue() <= 0) {
      out = add(out, "items[" + i + "].qty", "exclusiveMinimum", "is not more than 0");
    }
    if (declared != item.size()) {
      out = undeclared(item, ITEM_FIELDS, "items[" + i + "].", out);
    }
    return out;
  }

  private static @Nullable ArrayList<Violation> undeclared(
      Map<?, ?> map, String[] fields, String prefix, @Nullable ArrayList<Violation> out) {
    for (Object key : map.keySet()) {
      if (!List.of(fields).contains(key)) {
        out = add(out, prefix + key, "undeclared", "is not declared by the contract");
      }
    }
    return out;
  }

  // ---------------------------------------------------------------------------------------------
  // Regular expressions and formats, compiled by hand

  /** {@code ^ORD-[0-9]{8}$}. */
  static boolean isOrderId(String s) {
    if (s.length() != 12
        || s.charAt(0) != 'O'
        || s.charAt(1) != 'R'
        || s.charAt(2) != 'D'
        || s.charAt(3) != '-') {
      return false;
    }
    for (int i = 4; i < 12; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** {@code ^[A-Z]{3}$}. */
  static boolean isCurrency(String s) {
    if (s.length() != 3) {
      return false;
    }
    for (int i = 0; i < 3; i++) {
      char c = s.charAt(i);
      if (c < 'A' || c > 'Z') {
        return false;
      }
    }
    return true;
  }

  /** {@code ^\s*\S[\s\S]*$}: at least one character that is not ECMA-262 white space. */
  static boolean isNotBlank(String s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      if (!isEcmaSpace(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isEcmaSpace(char c) {
    return c == ' '
        || (c >= '\t' && c <= '\r')
        || c == '\u00A0'
        || c == '\uFEFF'
        || c == '\u2028'
        || c == '\u2029'
        || (c > 127 && Character.getType(c) == Character.SPACE_SEPARATOR);
  }

  private static boolean isStatus(String s) {
    switch (s) {
      case "NEW":
      case "PAID":
      case "SHIPPED":
      case "DELIVERED":
      case "CANCELLED":
        return true;
      default:
        return false;
    }
  }

  /**
   * An email address, ASCII dot-atom form: a local part of RFC 5322 atext and single dots (1 to 64
   * characters), {@code @}, and a domain of letter-digit-hyphen labels (1 to 63 characters, no
   * hyphen at either end) separated by dots, at most 255 characters.
   */
  static boolean isEmail(String s) {
    int at = s.lastIndexOf('@');
    int n = s.length();
    if (at <= 0 || at > 64 || at == n - 1 || n - at - 1 > 255) {
      return false;
    }
    char prev = '.';
    for (int i = 0; i < at; i++) {
      char c = s.charAt(i);
      if (c == '.') {
        if (prev == '.') {
          return false;
        }
      } else if (!isAtext(c)) {
        return false;
      }
      prev = c;
    }
    if (prev == '.') {
      return false;
    }
    int label = 0;
    prev = '.';
    for (int i = at + 1; i < n; i++) {
      char c = s.charAt(i);
      if (c == '.') {
        if (label == 0 || prev == '-') {
          return false;
        }
        label = 0;
      } else if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || c == '-') {
        if ((label == 0 && c == '-') || ++label > 63) {
          return false;
        }
      } else {
        return false;
      }
      prev = c;
    }
    return label > 0 && prev != '-';
  }

  private static boolean isAtext(char c) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
      return true;
    }
    switch (c) {
      case '!':
      case '#':
      case '$':
      case '%':
      case '&':
      case '\'':
      case '*':
      case '+':
      case '-':
      case '/':
      case '=':
      case '?':
      case '^':
      case '_':
      case '`':
      case '{':
      case '|':
      case '}':
      case '~':
        return true;
      default:
        return false;
    }
  }

  /** Whether {@code t} is after {@code nowMillis} (as {@code @PastOrPresent} sees it). */
  static boolean isFuture(Instant t, long nowMillis) {
    long nowSeconds = Math.floorDiv(nowMillis, 1000L);
    long seconds = t.getEpochSecond();
    return seconds > nowSeconds
        || (seconds == nowSeconds && t.getNano() > Math.floorMod(nowMillis, 1000L) * 1_000_000L);
  }

  /**
   * Checks RFC 3339 {@code date-time} text ({@code 2025-06-01T10:15:30Z}, optional fraction, {@code
   * Z} or an offset) and the contract's maximum, without allocating.
   */
  static int checkTimestamp(String s) {
    int n = s.length();
    if (n < 20
        || s.charAt(4) != '-'
        || s.charAt(7) != '-'
        || (s.charAt(10) != 'T' && s.charAt(10) != 't' && s.charAt(10) != ' ')
        || s.charAt(13) != ':'
        || s.charAt(16) != ':') {
      return TIMESTAMP_MALFORMED;
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 2);
    int day = digits(s, 8, 2);
    int hour = digits(s, 11, 2);
    int minute = digits(s, 14, 2);
    int second = digits(s, 17, 2);
    if (year < 0
        || month < 1
        || month > 12
        || day < 1
        || day > daysInMonth(year, month)
        || hour < 0
        || hour > 23
        || minute < 0
        || minute > 59
        || second < 0
        || second > 60) {
      return TIMESTAMP_MALFORMED;
    }
    int i = 19;
    boolean fraction = false;
    if (s.charAt(i) == '.') {
      int start = ++i;
      while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        fraction |= s.charAt(i) != '0';
        i++;
      }
      if (i == start || i == n) {
        return TIMESTAMP_MALFORMED;
      }
    }
    int offsetSeconds;
    char z = s.charAt(i);
    if ((z == 'Z' || z == 'z') && i == n - 1) {
      offsetSeconds = 0;
    } else if ((z == '+' || z == '-') && i == n - 6 && s.charAt(i + 3) == ':') {
      int oh = digits(s, i + 1, 2);
      int om = digits(s, i + 4, 2);
      if (oh < 0 || oh > 23 || om < 0 || om > 59) {
        return TIMESTAMP_MALFORMED;
      }
      offsetSeconds = (z == '+' ? 1 : -1) * (oh * 3600 + om * 60);
    } else {
      return TIMESTAMP_MALFORMED;
    }
    long epoch =
        daysFromCivil(year, month, day) * 86_400L
            + hour * 3600L
            + minute * 60L
            + Math.min(second, 59)
            - offsetSeconds;
    if (epoch > CREATED_AT_MAX || (epoch == CREATED_AT_MAX && fraction)) {
      return TIMESTAMP_TOO_LATE;
    }
    return TIMESTAMP_OK;
  }

  private static int digits(String s, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static int daysInMonth(int year, int month) {
    switch (month) {
      case 2:
        return (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
      case 4:
      case 6:
      case 9:
      case 11:
        return 30;
      default:
        return 31;
    }
  }

  /** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm). */
  private static long daysFromCivil(int year, int month, int day) {
    long y = month <= 2 ? year - 1 : year;
    long era = Math.floorDiv(y, 400);
    long yoe = y - era * 400;
    long doy = (153L * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146_097 + doe - 719_468;
  }

  // ---------------------------------------------------------------------------------------------
  // Numbers

  /** The sign of a JSON number, or {@link Integer#MIN_VALUE} if it is not one. */
  private static int signum(Object v) {
    if (v instanceof BigDecimal d) {
      return d.signum();
    }
    if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
      return Long.signum(((Number) v).longValue());
    }
    if (v instanceof Double || v instanceof Float) {
      double d = ((Number) v).doubleValue();
      return Double.isFinite(d) ? (int) Math.signum(d) : Integer.MIN_VALUE;
    }
    if (v instanceof BigInteger b) {
      return b.signum();
    }
    return Integer.MIN_VALUE;
  }

  private static boolean isIntegral(Object v) {
    return v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte;
  }

  private static ArrayList<Violation> add(
      @Nullable ArrayList<Violation> out, String path, String rule, String message) {
    ArrayList<Violation> list = out == null ? new ArrayList<>(4) : out;
    list.add(new Violation(path, rule, message));
    return list;
  }
}
