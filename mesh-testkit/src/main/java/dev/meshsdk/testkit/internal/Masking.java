package dev.meshsdk.testkit.internal;

import dev.meshsdk.contracts.LogicalType;
import dev.meshsdk.contracts.SchemaObject;
import dev.meshsdk.contracts.SchemaProperty;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Renders records for failure messages with the values of classified fields (anything but {@code
 * public}) and of fields the contract does not declare replaced by {@value #MASK}.
 */
public final class Masking {
  /** What a masked value is shown as. */
  public static final String MASK = "***";

  private Masking() {}

  /**
   * A one-line, JSON-like rendering of a record, masked.
   *
   * @param record the record
   * @param object the schema object that declares its fields
   * @return the text
   */
  public static String show(Map<String, ?> record, SchemaObject object) {
    StringBuilder sb = new StringBuilder();
    object(sb, record, object.properties());
    return sb.toString();
  }

  /**
   * Whether any property of the schema object, at any depth, is classified other than public.
   *
   * @param object the schema object
   * @return true if some values must be masked
   */
  public static boolean hasClassified(SchemaObject object) {
    return object.properties().stream().anyMatch(Masking::classified);
  }

  private static boolean classified(SchemaProperty p) {
    return isClassified(p)
        || p.properties().stream().anyMatch(Masking::classified)
        || p.items().filter(Masking::classified).isPresent();
  }

  private static boolean isClassified(SchemaProperty p) {
    return p.classification().filter(c -> !c.equalsIgnoreCase("public")).isPresent();
  }

  private static void object(StringBuilder sb, Map<?, ?> record, List<SchemaProperty> properties) {
    sb.append('{');
    boolean first = true;
    for (Map.Entry<?, ?> e : record.entrySet()) {
      if (!first) {
        sb.append(", ");
      }
      first = false;
      String key = String.valueOf(e.getKey());
      sb.append('"').append(key).append("\": ");
      Optional<SchemaProperty> p =
          properties.stream().filter(q -> q.name().filter(key::equals).isPresent()).findFirst();
      value(sb, e.getValue(), p);
    }
    sb.append('}');
  }

  private static void value(StringBuilder sb, @Nullable Object v, Optional<SchemaProperty> p) {
    if (v == null) {
      sb.append("null");
      return;
    }
    if (p.isEmpty() || isClassified(p.get())) {
      sb.append(MASK);
      return;
    }
    SchemaProperty property = p.get();
    if (v instanceof Map<?, ?> m) {
      object(sb, m, property.properties());
    } else if (v instanceof List<?> list) {
      Optional<SchemaProperty> items =
          property.logicalType().orElse(LogicalType.ARRAY) == LogicalType.ARRAY
              ? property.items()
              : Optional.empty();
      sb.append('[');
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) {
          sb.append(", ");
        }
        value(sb, list.get(i), items);
      }
      sb.append(']');
    } else if (v instanceof CharSequence s) {
      sb.append('"').append(s).append('"');
    } else if (v instanceof Number || v instanceof Boolean) {
      sb.append(v);
    } else {
      sb.append('"').append(v).append('"');
    }
  }
}
