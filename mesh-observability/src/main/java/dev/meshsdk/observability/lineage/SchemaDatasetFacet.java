package dev.meshsdk.observability.lineage;

import dev.meshsdk.contracts.LogicalType;
import dev.meshsdk.contracts.MapType;
import dev.meshsdk.contracts.SchemaObject;
import dev.meshsdk.contracts.SchemaProperty;
import dev.meshsdk.observability.lineage.internal.SchemaUrls;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code schema} dataset facet (SchemaDatasetFacet 1-2-0): the dataset's fields, nested fields
 * included.
 *
 * <p>{@link #of(SchemaObject)} makes it from an ODCS schema object. Type names are the ODCS logical
 * types ({@code string}, {@code integer}, {@code number}, {@code boolean}, {@code date}, {@code
 * timestamp}, {@code time}, {@code array}, {@code map}) with {@code object} written as {@code
 * struct}; a property without a logical type gets its physical type. An array's element is the
 * nested field {@code _element}, a map's key and value are {@code key} and {@code value}. Only the
 * shape and descriptions are taken: examples, enum values and other values of the contract never
 * enter the facet.
 *
 * @param fields the top-level fields
 */
public record SchemaDatasetFacet(List<SchemaField> fields) implements DatasetFacet {
  private static final URI SCHEMA = SchemaUrls.facet("1-2-0", "SchemaDatasetFacet");

  /**
   * Copies the list.
   *
   * @param fields the top-level fields
   */
  public SchemaDatasetFacet {
    fields = List.copyOf(fields);
  }

  /**
   * The facet for an ODCS schema object.
   *
   * @param schemaObject the schema object
   * @return the facet
   */
  public static SchemaDatasetFacet of(SchemaObject schemaObject) {
    return new SchemaDatasetFacet(fields(schemaObject.properties()));
  }

  private static List<SchemaField> fields(List<SchemaProperty> properties) {
    List<SchemaField> fields = new ArrayList<>(properties.size());
    for (int i = 0; i < properties.size(); i++) {
      SchemaProperty p = properties.get(i);
      String name =
          p.name().filter(n -> !n.isBlank()).or(p::physicalName).orElse("_field" + (i + 1));
      fields.add(field(name, p, i + 1));
    }
    return fields;
  }

  private static SchemaField field(String name, SchemaProperty p, int position) {
    SchemaField.Builder b = SchemaField.builder(name).ordinalPosition(position);
    typeName(p).ifPresent(b::type);
    p.description().filter(d -> !d.isBlank()).ifPresent(b::description);
    if (!p.properties().isEmpty()) {
      b.fields(fields(p.properties()));
    }
    p.items().ifPresent(items -> b.field(field("_element", items, 1)));
    if (p.map().isPresent()) {
      MapType map = p.map().get();
      map.key().ifPresent(k -> b.field(field("key", k, 1)));
      map.value().ifPresent(v -> b.field(field("value", v, 2)));
    }
    return b.build();
  }

  /**
   * The type name written for a property: its logical type ({@code object} as {@code struct}), or
   * else its physical type.
   *
   * @param property the property
   * @return the type name, or empty when the property has neither
   */
  public static Optional<String> typeName(SchemaProperty property) {
    Optional<String> logical =
        property.logicalType().map(t -> t == LogicalType.OBJECT ? "struct" : t.value());
    return logical.or(() -> property.physicalType().filter(t -> !t.isBlank()));
  }

  @Override
  public String key() {
    return "schema";
  }

  @Override
  public URI schemaUrl() {
    return SCHEMA;
  }
}
