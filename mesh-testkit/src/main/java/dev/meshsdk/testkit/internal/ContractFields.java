package dev.meshsdk.testkit.internal;

import dev.meshsdk.contracts.DataContract;
import dev.meshsdk.contracts.LogicalType;
import dev.meshsdk.contracts.SchemaObject;
import dev.meshsdk.contracts.SchemaProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Finds the property a field path names in a contract's schema object. */
public final class ContractFields {
  private ContractFields() {}

  /**
   * A property found by path, with the properties on the way to it.
   *
   * @param property the property the path names
   * @param ancestors the properties on the way, outermost first (arrays included)
   */
  public record Found(SchemaProperty property, List<SchemaProperty> ancestors) {
    /**
     * Copies the list.
     *
     * @param property the property
     * @param ancestors the properties on the way
     */
    public Found {
      ancestors = List.copyOf(ancestors);
    }

    /**
     * The classifications of the property and its ancestors other than {@code public}, lower case.
     *
     * @return the classifications, outermost first
     */
    public List<String> classifications() {
      List<String> out = new ArrayList<>();
      for (SchemaProperty p : ancestors) {
        p.classification().map(c -> c.toLowerCase(Locale.ROOT)).ifPresent(out::add);
      }
      property.classification().map(c -> c.toLowerCase(Locale.ROOT)).ifPresent(out::add);
      out.removeIf(c -> c.equals("public"));
      return out;
    }
  }

  /**
   * The schema object expectations refer to: the named one, or the only one.
   *
   * @param contract the contract
   * @param name the name, or empty
   * @return the schema object, or empty
   */
  public static Optional<SchemaObject> schemaObject(DataContract contract, Optional<String> name) {
    if (name.isPresent()) {
      return contract.schemaObject(name.get());
    }
    return contract.schema().size() == 1 ? Optional.of(contract.schema().get(0)) : Optional.empty();
  }

  /**
   * Why {@link #schemaObject} found none.
   *
   * @param contract the contract
   * @param name the name, or empty
   * @return the reason
   */
  public static String noSchemaObject(DataContract contract, Optional<String> name) {
    return name.map(
            n ->
                "contract '"
                    + contract.id()
                    + "' has no schema object '"
                    + n
                    + "' (it has "
                    + names(contract)
                    + ")")
        .orElseGet(
            () ->
                "contract '"
                    + contract.id()
                    + "' has "
                    + contract.schema().size()
                    + " schema objects "
                    + names(contract)
                    + "; the expectations must name one");
  }

  private static List<String> names(DataContract contract) {
    return contract.schema().stream().map(SchemaObject::name).toList();
  }

  /**
   * The property a dot path names: nested objects by name, arrays through their items.
   *
   * @param object the schema object
   * @param path the path, such as {@code lines.sku}
   * @return the property, or empty if the contract does not declare it
   */
  public static Optional<Found> find(SchemaObject object, String path) {
    List<SchemaProperty> level = object.properties();
    List<SchemaProperty> ancestors = new ArrayList<>();
    String[] segments = path.split("\\.");
    @Nullable SchemaProperty current = null;
    int depth = 0;
    for (String segment : segments) {
      Optional<SchemaProperty> next =
          level.stream().filter(p -> p.name().filter(segment::equals).isPresent()).findFirst();
      if (next.isEmpty()) {
        return Optional.empty();
      }
      if (current != null) {
        ancestors.add(current);
      }
      current = next.get();
      if (++depth < segments.length) {
        while (current.logicalType().orElse(LogicalType.OBJECT) == LogicalType.ARRAY
            && current.items().isPresent()) {
          ancestors.add(current);
          current = current.items().get();
        }
      }
      level = current.properties();
    }
    return current == null ? Optional.empty() : Optional.of(new Found(current, ancestors));
  }
}
