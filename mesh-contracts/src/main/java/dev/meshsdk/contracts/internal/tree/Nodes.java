package dev.meshsdk.contracts.internal.tree;

import dev.meshsdk.contracts.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Conversions and path helpers for {@link Node} trees. */
public final class Nodes {
  private static final Pattern SIMPLE_KEY = Pattern.compile("[A-Za-z0-9_$@-]+");

  private Nodes() {}

  /**
   * Converts a node tree to a JSON value (locations are dropped).
   *
   * @param node the node
   * @return the value
   */
  public static JsonValue toJsonValue(Node node) {
    if (node instanceof Node.Scalar s) {
      return s.value();
    }
    if (node instanceof Node.Sequence seq) {
      List<JsonValue> out = new ArrayList<>(seq.items().size());
      for (Node n : seq.items()) {
        out.add(toJsonValue(n));
      }
      return new JsonValue.Arr(out);
    }
    Node.Mapping map = (Node.Mapping) node;
    Map<String, JsonValue> out = new LinkedHashMap<>();
    for (Node.Member m : map.members().values()) {
      out.put(m.key(), toJsonValue(m.value()));
    }
    return new JsonValue.Obj(out);
  }

  /**
   * The path of a member below a parent path: {@code schema[0]} + {@code name} gives {@code
   * schema[0].name}; keys that are not simple words are quoted: {@code x["a b"]}.
   *
   * @param parent the parent path, empty for the root
   * @param key the member key
   * @return the path
   */
  public static String child(String parent, String key) {
    if (SIMPLE_KEY.matcher(key).matches()) {
      return parent.isEmpty() ? key : parent + "." + key;
    }
    return parent + "[\"" + key.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
  }

  /**
   * The path of an array item.
   *
   * @param parent the array's path
   * @param index the 0-based index
   * @return the path
   */
  public static String index(String parent, int index) {
    return parent + "[" + index + "]";
  }
}
