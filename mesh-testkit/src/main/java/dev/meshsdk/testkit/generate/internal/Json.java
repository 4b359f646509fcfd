package dev.meshsdk.testkit.generate.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Copies and renders JSON-like records; rendering hides the values of classified properties. */
final class Json {
  /** What a classified value is shown as. */
  static final String HIDDEN = "(classified value hidden)";

  private Json() {}

  /**
   * A deep, mutable copy of a JSON-like value (maps and lists copied, leaves shared).
   *
   * @param value the value
   * @param <T> its type
   * @return the copy
   */
  @SuppressWarnings("unchecked")
  static <T> T deepCopy(T value) {
    return (T) copy(value);
  }

  private static @Nullable Object copy(@Nullable Object value) {
    if (value instanceof Map<?, ?> m) {
      Map<Object, @Nullable Object> out = new LinkedHashMap<>();
      m.forEach((k, v) -> out.put(k, copy(v)));
      return out;
    }
    if (value instanceof List<?> l) {
      List<@Nullable Object> out = new ArrayList<>(l.size());
      l.forEach(v -> out.add(copy(v)));
      return out;
    }
    return value;
  }

  /** Renders a record JSON-style, hiding the values of classified properties. */
  static String render(@Nullable Object value, @Nullable Node node) {
    StringBuilder sb = new StringBuilder();
    render(sb, value, node);
    return sb.toString();
  }

  private static void render(StringBuilder sb, @Nullable Object value, @Nullable Node node) {
    if (value == null) {
      sb.append("null");
      return;
    }
    if (node != null && !node.show) {
      sb.append(HIDDEN);
      return;
    }
    if (value instanceof Map<?, ?> m) {
      sb.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : m.entrySet()) {
        if (!first) {
          sb.append(", ");
        }
        first = false;
        Node child = null;
        if (node instanceof Node.ObjectNode o) {
          for (Node.ObjectNode.Field f : o.fields) {
            if (f.name().equals(e.getKey())) {
              child = f.node();
            }
          }
        } else if (node instanceof Node.MapNode mn) {
          child = mn.values;
        }
        string(sb, String.valueOf(e.getKey()));
        sb.append(": ");
        render(sb, e.getValue(), child);
      }
      sb.append('}');
    } else if (value instanceof List<?> l) {
      sb.append('[');
      Node items = node instanceof Node.ArrayNode a ? a.items : null;
      for (int i = 0; i < l.size(); i++) {
        if (i > 0) {
          sb.append(", ");
        }
        render(sb, l.get(i), items);
      }
      sb.append(']');
    } else if (value instanceof CharSequence s) {
      string(sb, s.toString());
    } else {
      sb.append(value);
    }
  }

  private static void string(StringBuilder sb, String s) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    sb.append('"');
  }
}
