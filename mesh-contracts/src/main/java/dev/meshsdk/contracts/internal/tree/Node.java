package dev.meshsdk.contracts.internal.tree;

import dev.meshsdk.contracts.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A node of a parsed document that remembers its location. */
public sealed interface Node permits Node.Scalar, Node.Mapping, Node.Sequence {

  /**
   * Where the node starts.
   *
   * @return the location
   */
  Location location();

  /**
   * The node's JSON type name, for messages.
   *
   * @return string, number, boolean, null, object or array
   */
  String typeName();

  /**
   * A scalar: its typed value (YAML 1.2 core schema, or JSON) and its source text.
   *
   * @param value the value: Str, Num, Bool or Null
   * @param text the scalar as written
   * @param location where it starts
   */
  record Scalar(JsonValue value, String text, Location location) implements Node {
    @Override
    public String typeName() {
      return value.typeName();
    }
  }

  /**
   * One member of a mapping.
   *
   * @param key the key
   * @param keyLocation where the key starts
   * @param value the value
   */
  record Member(String key, Location keyLocation, Node value) {}

  /**
   * A mapping (JSON object) with unique string keys, in document order.
   *
   * @param members the members by key
   * @param location where it starts
   * @param weight the number of nodes in this subtree with aliases expanded
   */
  record Mapping(Map<String, Member> members, Location location, long weight) implements Node {
    /**
     * Checks and copies the components.
     *
     * @param members the members by key
     * @param location where it starts
     * @param weight the number of nodes in this subtree with aliases expanded
     */
    public Mapping {
      members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
    }

    /**
     * The value under a key.
     *
     * @param key the key
     * @return the value, or empty
     */
    public Optional<Node> get(String key) {
      Member m = members.get(key);
      return m == null ? Optional.empty() : Optional.of(m.value());
    }

    @Override
    public String typeName() {
      return "object";
    }
  }

  /**
   * A sequence (JSON array).
   *
   * @param items the items
   * @param location where it starts
   * @param weight the number of nodes in this subtree with aliases expanded
   */
  record Sequence(List<Node> items, Location location, long weight) implements Node {
    /**
     * Checks and copies the components.
     *
     * @param items the items
     * @param location where it starts
     * @param weight the number of nodes in this subtree with aliases expanded
     */
    public Sequence {
      items = List.copyOf(items);
    }

    @Override
    public String typeName() {
      return "array";
    }
  }
}
