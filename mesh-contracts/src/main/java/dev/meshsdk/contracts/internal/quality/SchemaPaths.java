package dev.meshsdk.contracts.internal.quality;

import dev.meshsdk.contracts.SchemaObject;
import dev.meshsdk.contracts.SchemaProperty;
import java.util.List;
import java.util.Optional;

/**
 * Finds the property a quality result's path names ({@code orders.lines.sku}, {@code
 * orders.tags[]}) below its schema object. Not API.
 */
public final class SchemaPaths {
  private SchemaPaths() {}

  /**
   * The property at a path.
   *
   * @param object the schema object
   * @param path the path, starting with the object's name
   * @return the property, or empty for the object itself or a path that names none
   */
  public static Optional<SchemaProperty> property(SchemaObject object, String path) {
    String prefix = object.name() + ".";
    if (!path.startsWith(prefix)) {
      return Optional.empty();
    }
    List<SchemaProperty> level = object.properties();
    Optional<SchemaProperty> found = Optional.empty();
    for (String segment : path.substring(prefix.length()).split("\\.", -1)) {
      String name = segment;
      int arrays = 0;
      while (name.endsWith("[]")) {
        name = name.substring(0, name.length() - 2);
        arrays++;
      }
      String wanted = name;
      found = level.stream().filter(p -> p.name().filter(wanted::equals).isPresent()).findFirst();
      for (int i = 0; i < arrays && found.isPresent(); i++) {
        found = found.get().items();
      }
      if (found.isEmpty()) {
        return Optional.empty();
      }
      level = children(found.get());
    }
    return found;
  }

  /** The properties below a property, through any number of array levels. */
  static List<SchemaProperty> children(SchemaProperty p) {
    SchemaProperty current = p;
    while (current.properties().isEmpty() && current.items().isPresent()) {
      current = current.items().get();
    }
    return current.properties();
  }
}
