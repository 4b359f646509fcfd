package dev.meshsdk.observability.report.internal;

import dev.meshsdk.contracts.EnumValue;
import dev.meshsdk.contracts.JsonValue;
import dev.meshsdk.contracts.LogicalType;
import dev.meshsdk.contracts.LogicalTypeOptions;
import dev.meshsdk.contracts.SchemaObject;
import dev.meshsdk.contracts.SchemaProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Flattens a schema object into the rows of the report's schema table. Nested properties get dotted
 * paths ({@code address.city}), array items {@code []} ({@code lines[].sku}), map keys and values
 * {@code {key}} and {@code {value}}. Example values are never shown: they may be classified. Not
 * API.
 */
public final class SchemaRows {
  private static final int MAX_DEPTH = 32;

  private SchemaRows() {}

  /**
   * One row of the schema table.
   *
   * @param path the property path
   * @param depth the nesting depth, 0 for top-level properties
   * @param logicalType the logical type's spelling, or empty
   * @param physicalType the physical type, or empty
   * @param required whether values must not be null
   * @param constraints the constraints, each a short text such as {@code maxLength 18}
   * @param classification the classification, or empty
   * @param description the description, or empty
   */
  public record Row(
      String path,
      int depth,
      String logicalType,
      String physicalType,
      boolean required,
      List<String> constraints,
      String classification,
      String description) {

    /**
     * Copies the list.
     *
     * @param path the property path
     * @param depth the nesting depth
     * @param logicalType the logical type
     * @param physicalType the physical type
     * @param required whether required
     * @param constraints the constraints
     * @param classification the classification
     * @param description the description
     */
    public Row {
      constraints = List.copyOf(constraints);
    }
  }

  /**
   * The rows of a schema object, depth first in document order.
   *
   * @param object the schema object
   * @return the rows
   */
  public static List<Row> of(SchemaObject object) {
    List<Row> rows = new ArrayList<>();
    for (SchemaProperty p : object.properties()) {
      walk(p, p.name().orElse("(unnamed)"), 0, rows);
    }
    return rows;
  }

  private static void walk(SchemaProperty p, String path, int depth, List<Row> rows) {
    rows.add(row(p, path, depth));
    if (depth >= MAX_DEPTH) {
      return;
    }
    for (SchemaProperty child : p.properties()) {
      walk(child, path + "." + child.name().orElse("(unnamed)"), depth + 1, rows);
    }
    p.items().ifPresent(items -> walk(items, path + "[]", depth + 1, rows));
    p.map()
        .ifPresent(
            m -> {
              m.key().ifPresent(k -> walk(k, path + "{key}", depth + 1, rows));
              m.value().ifPresent(v -> walk(v, path + "{value}", depth + 1, rows));
            });
  }

  private static Row row(SchemaProperty p, String path, int depth) {
    List<String> c = new ArrayList<>();
    if (p.isPrimaryKey()) {
      c.add(
          p.primaryKeyPosition()
              .filter(i -> i > 0)
              .map(i -> "primary key #" + i)
              .orElse("primary key"));
    }
    if (p.isUnique()) {
      c.add("unique");
    }
    if (p.isPartitioned()) {
      c.add("partitioned");
    }
    if (p.isCriticalDataElement()) {
      c.add("critical data element");
    }
    p.logicalTypeOptions().ifPresent(o -> options(o, c));
    if (!p.enumValues().isEmpty()) {
      List<String> values = new ArrayList<>();
      for (EnumValue e : p.enumValues()) {
        values.add(e.value().map(SchemaRows::json).or(e::label).orElse("?"));
      }
      c.add("one of " + String.join(", ", values));
    }
    return new Row(
        path,
        depth,
        p.logicalType().map(LogicalType::value).orElse(""),
        p.physicalType().orElse(""),
        p.isRequired(),
        c,
        p.classification().orElse(""),
        p.description().orElse(""));
  }

  private static void options(LogicalTypeOptions o, List<String> c) {
    o.format().ifPresent(f -> c.add("format " + f));
    o.minLength().ifPresent(v -> c.add("minLength " + v));
    o.maxLength().ifPresent(v -> c.add("maxLength " + v));
    o.pattern().ifPresent(v -> c.add("pattern " + v));
    bound(o.minimum(), "\u2265 ", c);
    bound(o.exclusiveMinimum(), "> ", c);
    bound(o.maximum(), "\u2264 ", c);
    bound(o.exclusiveMaximum(), "< ", c);
    o.multipleOf().ifPresent(v -> c.add("multipleOf " + v.toPlainString()));
    o.timezone().ifPresent(v -> c.add(v ? "with timezone" : "without timezone"));
    o.defaultTimezone().ifPresent(v -> c.add("default timezone " + v));
    o.minProperties().ifPresent(v -> c.add("minProperties " + v));
    o.maxProperties().ifPresent(v -> c.add("maxProperties " + v));
    if (!o.required().isEmpty()) {
      c.add("requires " + String.join(", ", o.required()));
    }
    o.minItems().ifPresent(v -> c.add("minItems " + v));
    o.maxItems().ifPresent(v -> c.add("maxItems " + v));
    if (o.isUniqueItems()) {
      c.add("unique items");
    }
  }

  private static void bound(Optional<JsonValue> v, String prefix, List<String> c) {
    // Before v3.1 exclusiveMinimum/exclusiveMaximum were booleans modifying minimum/maximum.
    v.ifPresent(
        b -> {
          if (b instanceof JsonValue.Bool flag) {
            if (flag.value()) {
              c.add(prefix.startsWith(">") ? "minimum exclusive" : "maximum exclusive");
            }
          } else {
            c.add(prefix + json(b));
          }
        });
  }

  private static String json(JsonValue v) {
    return v instanceof JsonValue.Str s ? "\"" + s.value() + "\"" : String.valueOf(v);
  }
}
