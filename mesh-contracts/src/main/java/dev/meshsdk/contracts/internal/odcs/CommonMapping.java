package dev.meshsdk.contracts.internal.odcs;

import dev.meshsdk.contracts.AuthoritativeDefinition;
import dev.meshsdk.contracts.CustomProperty;
import dev.meshsdk.contracts.JsonValue;
import dev.meshsdk.contracts.internal.tree.Node;

/** Reads and writes the small types used at many levels. */
public final class CommonMapping {
  private CommonMapping() {}

  /**
   * Reads a custom property.
   *
   * @param node the node
   * @param path its path
   * @return the custom property
   */
  public static CustomProperty customProperty(Node node, String path) {
    Fields f = Fields.of(node, path);
    String property = f.requiredString("property");
    if (!f.has("value")) {
      throw f.missing("value");
    }
    JsonValue value = f.any("value").orElse(JsonValue.Null.INSTANCE);
    return new CustomProperty(property, value, f.string("description"), f.string("id"), f.rest());
  }

  /**
   * Writes a custom property.
   *
   * @param c the custom property
   * @return the JSON object
   */
  public static JsonValue.Obj customProperty(CustomProperty c) {
    return Out.object()
        .opt("id", c.id())
        .put("property", c.property())
        .put("value", c.value())
        .opt("description", c.description())
        .extensions(c.extensions())
        .build();
  }

  /**
   * Reads an authoritative definition.
   *
   * @param node the node
   * @param path its path
   * @return the definition
   */
  public static AuthoritativeDefinition authoritativeDefinition(Node node, String path) {
    Fields f = Fields.of(node, path);
    return new AuthoritativeDefinition(
        f.requiredString("url"),
        f.requiredString("type"),
        f.string("description"),
        f.string("id"),
        f.rest());
  }

  /**
   * Writes an authoritative definition.
   *
   * @param d the definition
   * @return the JSON object
   */
  public static JsonValue.Obj authoritativeDefinition(AuthoritativeDefinition d) {
    return Out.object()
        .opt("id", d.id())
        .put("url", d.url())
        .put("type", d.type())
        .opt("description", d.description())
        .extensions(d.extensions())
        .build();
  }
}
