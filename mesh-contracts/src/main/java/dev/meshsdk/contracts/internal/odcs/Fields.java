package dev.meshsdk.contracts.internal.odcs;

import dev.meshsdk.contracts.ContractFormatException;
import dev.meshsdk.contracts.JsonValue;
import dev.meshsdk.contracts.internal.tree.Location;
import dev.meshsdk.contracts.internal.tree.Node;
import dev.meshsdk.contracts.internal.tree.Nodes;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the fields of one mapping node into typed values, naming the path and location of every
 * problem. Fields not read are returned by {@link #rest()}, so unknown and vendor fields survive.
 *
 * <p>Typical use in a type's reader:
 *
 * <pre>{@code
 * static Price read(Node node, String path) {
 *   Fields f = Fields.of(node, path);
 *   return Price.builder()
 *       .priceAmount(f.number("priceAmount"))
 *       ...
 *       .extensions(f.rest())
 *       .build();
 * }
 * }</pre>
 */
public final class Fields {
  /** Reads one element of a list or one nested object. */
  @FunctionalInterface
  public interface ElementReader<T> {
    /**
     * Reads the node.
     *
     * @param node the node
     * @param path its path
     * @return the value
     */
    T read(Node node, String path);
  }

  private final Node.Mapping node;
  private final String path;
  private final Set<String> consumed = new HashSet<>();

  private Fields(Node.Mapping node, String path) {
    this.node = node;
    this.path = path;
  }

  /**
   * Starts reading a node that must be a mapping.
   *
   * @param node the node
   * @param path its path
   * @return the reader
   * @throws ContractFormatException if the node is not a mapping
   */
  public static Fields of(Node node, String path) {
    if (!(node instanceof Node.Mapping m)) {
      throw typeError(node, path, "an object");
    }
    return new Fields(m, path);
  }

  /**
   * The path of this mapping.
   *
   * @return the path
   */
  public String path() {
    return path;
  }

  /**
   * Whether the mapping has the key (even with a null value).
   *
   * @param key the key
   * @return true if present
   */
  public boolean has(String key) {
    return node.members().containsKey(key);
  }

  /**
   * The raw node under a key, marking it read.
   *
   * @param key the key
   * @return the node, or empty when absent or null
   */
  public Optional<Node> node(String key) {
    consumed.add(key);
    Node.Member m = node.members().get(key);
    if (m == null) {
      return Optional.empty();
    }
    if (m.value() instanceof Node.Scalar s && s.value() == JsonValue.Null.INSTANCE) {
      return Optional.empty();
    }
    return Optional.of(m.value());
  }

  /**
   * An optional string field.
   *
   * @param key the key
   * @return the string, or empty
   */
  public Optional<String> string(String key) {
    return node(key).map(n -> stringOf(n, Nodes.child(path, key)));
  }

  /**
   * A required string field.
   *
   * @param key the key
   * @return the string
   * @throws ContractFormatException if absent or not a string
   */
  public String requiredString(String key) {
    return string(key).orElseThrow(() -> missing(key));
  }

  /**
   * An optional boolean field.
   *
   * @param key the key
   * @return the boolean, or empty
   */
  public Optional<Boolean> bool(String key) {
    return node(key)
        .map(
            n -> {
              if (n instanceof Node.Scalar s && s.value() instanceof JsonValue.Bool b) {
                return b.value();
              }
              throw typeError(n, Nodes.child(path, key), "a boolean (true or false)");
            });
  }

  /**
   * An optional integer field (a number without fraction that fits an int).
   *
   * @param key the key
   * @return the integer, or empty
   */
  public Optional<Integer> integer(String key) {
    return node(key)
        .map(
            n -> {
              if (n instanceof Node.Scalar s && s.value() instanceof JsonValue.Num num) {
                try {
                  return num.value().intValueExact();
                } catch (ArithmeticException e) {
                  throw typeError(n, Nodes.child(path, key), "an integer");
                }
              }
              throw typeError(n, Nodes.child(path, key), "an integer");
            });
  }

  /**
   * An optional number field.
   *
   * @param key the key
   * @return the number, or empty
   */
  public Optional<BigDecimal> number(String key) {
    return node(key)
        .map(
            n -> {
              if (n instanceof Node.Scalar s && s.value() instanceof JsonValue.Num num) {
                return num.value();
              }
              throw typeError(n, Nodes.child(path, key), "a number");
            });
  }

  /**
   * An optional field of any JSON type, kept as it is (a JSON null is kept as {@link
   * JsonValue.Null}).
   *
   * @param key the key
   * @return the value, or empty when absent
   */
  public Optional<JsonValue> any(String key) {
    consumed.add(key);
    Node.Member m = node.members().get(key);
    return m == null ? Optional.empty() : Optional.of(Nodes.toJsonValue(m.value()));
  }

  /**
   * An optional list of strings.
   *
   * @param key the key
   * @return the strings, empty when absent
   */
  public List<String> strings(String key) {
    return list(key, Fields::stringOf);
  }

  /**
   * An optional list of elements.
   *
   * @param key the key
   * @param reader reads one element from its node and path
   * @param <T> the element type
   * @return the elements, empty when absent
   */
  public <T> List<T> list(String key, ElementReader<T> reader) {
    Optional<Node> n = node(key);
    if (n.isEmpty()) {
      return List.of();
    }
    String p = Nodes.child(path, key);
    if (!(n.get() instanceof Node.Sequence seq)) {
      throw typeError(n.get(), p, "an array");
    }
    List<T> out = new ArrayList<>(seq.items().size());
    for (int i = 0; i < seq.items().size(); i++) {
      out.add(reader.read(seq.items().get(i), Nodes.index(p, i)));
    }
    return out;
  }

  /**
   * An optional nested object.
   *
   * @param key the key
   * @param reader reads it from its node and path
   * @param <T> the type
   * @return the value, or empty
   */
  public <T> Optional<T> object(String key, ElementReader<T> reader) {
    return node(key).map(n -> reader.read(n, Nodes.child(path, key)));
  }

  /**
   * An optional map of JSON values (an object whose members are kept as they are).
   *
   * @param key the key
   * @return the members, empty when absent
   */
  public Map<String, JsonValue> jsonObject(String key) {
    Optional<Node> n = node(key);
    if (n.isEmpty()) {
      return Map.of();
    }
    if (!(n.get() instanceof Node.Mapping)) {
      throw typeError(n.get(), Nodes.child(path, key), "an object");
    }
    return ((JsonValue.Obj) Nodes.toJsonValue(n.get())).members();
  }

  /**
   * An optional enum field, matched on the standard's spelling (case-sensitive, as the schema).
   *
   * @param key the key
   * @param values the enum's constants
   * @param wire the standard's spelling of a constant
   * @param <E> the enum
   * @return the constant, or empty
   * @throws ContractFormatException if the value is not one of the allowed spellings
   */
  public <E extends Enum<E>> Optional<E> enumValue(
      String key, E[] values, Function<E, String> wire) {
    return node(key).map(n -> enumOf(n, Nodes.child(path, key), values, wire));
  }

  /**
   * Reads a node as one of an enum's spellings.
   *
   * @param n the node
   * @param p its path
   * @param values the enum's constants
   * @param wire the standard's spelling of a constant
   * @param <E> the enum
   * @return the constant
   */
  public static <E extends Enum<E>> E enumOf(
      Node n, String p, E[] values, Function<E, String> wire) {
    String s = stringOf(n, p);
    for (E e : values) {
      if (wire.apply(e).equals(s)) {
        return e;
      }
    }
    String allowed = Arrays.stream(values).map(wire).collect(Collectors.joining(", "));
    throw error(n.location(), p, "'" + s + "' is not one of [" + allowed + "]");
  }

  /**
   * The fields not read so far, as JSON values in document order: unknown and vendor fields.
   *
   * @return the remaining fields
   */
  public Map<String, JsonValue> rest() {
    Map<String, JsonValue> out = new LinkedHashMap<>();
    for (Node.Member m : node.members().values()) {
      if (!consumed.contains(m.key())) {
        out.put(m.key(), Nodes.toJsonValue(m.value()));
      }
    }
    return out;
  }

  /**
   * An error about a field of this mapping, placed at the field (or at the mapping if absent).
   *
   * @param key the key
   * @param problem the problem
   * @return the exception to throw
   */
  public ContractFormatException error(String key, String problem) {
    Node.Member m = node.members().get(key);
    Location at = m == null ? node.location() : m.value().location();
    return error(at, Nodes.child(path, key), problem);
  }

  /**
   * The error for a missing required field.
   *
   * @param key the key
   * @return the exception to throw
   */
  public ContractFormatException missing(String key) {
    return error(
        node.location(), Nodes.child(path, key), "required field '" + key + "' is missing");
  }

  /**
   * Reads a node that must be a string.
   *
   * @param n the node
   * @param p its path
   * @return the string
   */
  public static String stringOf(Node n, String p) {
    if (n instanceof Node.Scalar s && s.value() instanceof JsonValue.Str str) {
      return str.value();
    }
    throw typeError(n, p, "a string");
  }

  /**
   * The error for a node of the wrong type.
   *
   * @param n the node
   * @param p its path
   * @param expected what was expected, with article ("a string")
   * @return the exception to throw
   */
  public static ContractFormatException typeError(Node n, String p, String expected) {
    String found = n.typeName();
    String hint = "";
    if (n instanceof Node.Scalar s) {
      found = found + " (" + abbreviate(s.text()) + ")";
      if (expected.equals("a string") && !(s.value() instanceof JsonValue.Null)) {
        hint = "; quote it to make it a string";
      }
    }
    return error(n.location(), p, "expected " + expected + " but found " + found + hint);
  }

  private static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 37) + "...";
  }

  /**
   * An error at a place.
   *
   * @param at the location
   * @param p the path
   * @param problem the problem
   * @return the exception to throw
   */
  public static ContractFormatException error(Location at, String p, String problem) {
    return new ContractFormatException(at.source(), at.line(), at.column(), p, problem);
  }
}
