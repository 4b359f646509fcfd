package dev.meshsdk.contracts.internal.validate;

import java.util.Collection;
import java.util.Map;

/** Renders values and type names for messages, never revealing classified values. */
final class Show {
  private static final int MAX = 40;

  private Show() {}

  static String value(Object value, boolean showValues) {
    if (!showValues) {
      return "(classified value hidden)";
    }
    if (value instanceof CharSequence || value instanceof Enum<?>) {
      String s = value.toString();
      return "'" + (s.length() > MAX ? s.substring(0, MAX - 3) + "..." : s) + "'";
    }
    if (value instanceof Number || value instanceof Boolean) {
      String s = value.toString();
      return s.length() > MAX ? s.substring(0, MAX - 3) + "..." : s;
    }
    return "a " + typeName(value);
  }

  static String typeName(Object value) {
    if (value instanceof CharSequence) {
      return "string";
    }
    if (value instanceof Boolean) {
      return "boolean";
    }
    if (value instanceof Number) {
      return "number";
    }
    if (value instanceof Map<?, ?>) {
      return "object";
    }
    if (value instanceof Collection<?> || value.getClass().isArray()) {
      return "array";
    }
    return value.getClass().getName();
  }
}
