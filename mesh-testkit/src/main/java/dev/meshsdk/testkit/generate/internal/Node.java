package dev.meshsdk.testkit.generate.internal;

import dev.meshsdk.testkit.generate.GenerationException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Generates the values of one property (or of array items, map keys and values), mirroring the
 * record validator's check of it. Each node also knows which rules a value of its own can break and
 * offers candidate values that break them.
 */
abstract class Node {
  /** Where the node is in the schema object, for messages ({@code orders.lines[].sku}). */
  final String label;

  /** Whether values may appear in messages (the property and its parents are not classified). */
  final boolean show;

  Node(String label, boolean show) {
    this.label = label;
    this.show = show;
  }

  /**
   * A valid value, never null.
   *
   * @param d the drawing state
   * @param path the validator's path of the value
   * @return the value
   */
  abstract Object generate(Draw d, String path);

  /**
   * The rules a value of this node alone can break (besides {@code required}).
   *
   * @return the rule ids
   */
  abstract List<String> rules();

  /**
   * Candidate values that break a rule, a few, for the breaker to verify.
   *
   * @param rule one of {@link #rules()}
   * @param d the drawing state
   * @return the candidates
   */
  abstract List<Object> breaking(String rule, Draw d);

  /** The nodes nested in this one, in order. */
  List<Node> children() {
    return List.of();
  }

  GenerationException cannot(String why) {
    return new GenerationException("cannot generate a value for " + label + ": " + why);
  }

  /** JSON equality for uniqueness: numbers by value, containers element by element. */
  static @Nullable Object normal(@Nullable Object o) {
    if (o instanceof BigDecimal b) {
      return b.signum() == 0 ? BigDecimal.ZERO : b.stripTrailingZeros();
    }
    if (o instanceof Integer || o instanceof Long || o instanceof Short || o instanceof Byte) {
      return normal(BigDecimal.valueOf(((Number) o).longValue()));
    }
    if (o instanceof BigInteger b) {
      return normal(new BigDecimal(b));
    }
    if (o instanceof Double || o instanceof Float) {
      double v = ((Number) o).doubleValue();
      return Double.isFinite(v) ? normal(BigDecimal.valueOf(v)) : o;
    }
    if (o instanceof List<?> l) {
      List<@Nullable Object> out = new ArrayList<>();
      for (Object e : l) {
        out.add(normal(e));
      }
      return out;
    }
    if (o instanceof Map<?, ?> m) {
      Map<@Nullable Object, @Nullable Object> out = new LinkedHashMap<>();
      m.forEach((k, v) -> out.put(normal(k), normal(v)));
      return out;
    }
    return o;
  }

  // ---------------------------------------------------------------------------- object

  /** An object: the schema object itself or a nested {@code object} property. */
  static final class ObjectNode extends Node {
    /** A declared property. */
    record Field(String name, Node node, boolean required) {
      /**
       * Checks the components.
       *
       * @param name the property name
       * @param node its generator
       * @param required whether it must be present and not null
       */
      Field {}
    }

    final List<Field> fields;

    ObjectNode(String label, boolean show, List<Field> fields) {
      super(label, show);
      this.fields = List.copyOf(fields);
    }

    @Override
    Object generate(Draw d, String path) {
      Map<String, @Nullable Object> m = new LinkedHashMap<>();
      for (Field f : fields) {
        String child = path.isEmpty() ? f.name : path + "." + f.name;
        if (f.required || d.forced(f.node) || d.chance(d.options.optionalPresence())) {
          m.put(f.name, f.node.generate(d, child));
          d.placed(f.node, m, f.name, false, child, path);
        } else if (d.chance(d.options.nullProbability())) {
          m.put(f.name, null);
        }
      }
      return m;
    }

    @Override
    List<String> rules() {
      return label.isEmpty() ? List.of() : List.of("type");
    }

    @Override
    List<Object> breaking(String rule, Draw d) {
      return List.of("not an object", List.of());
    }

    @Override
    List<Node> children() {
      return fields.stream().map(Field::node).toList();
    }

    /** A field name the object does not declare. */
    String undeclaredName() {
      Set<String> names = new HashSet<>();
      fields.forEach(f -> names.add(f.name));
      String name = "undeclared_field";
      for (int i = 2; names.contains(name); i++) {
        name = "undeclared_field_" + i;
      }
      return name;
    }
  }

  // ---------------------------------------------------------------------------- array

  /** An array, with item counts, uniqueness and an item generator. */
  static final class ArrayNode extends Node {
    final int minItems;
    final int maxItems;
    final boolean unique;
    final @Nullable Node items;
    final boolean itemsRequired;

    ArrayNode(
        String label,
        boolean show,
        int minItems,
        int maxItems,
        boolean unique,
        @Nullable Node items,
        boolean itemsRequired) {
      super(label, show);
      this.minItems = minItems;
      this.maxItems = maxItems;
      this.unique = unique;
      this.items = items;
      this.itemsRequired = itemsRequired;
    }

    @Override
    Object generate(Draw d, String path) {
      int lo = minItems;
      int capped = lo + d.options.maxArraySize();
      int hi = maxItems >= 0 ? Math.min(maxItems, capped) : capped;
      int size;
      if (d.edge()) {
        size = d.chance(0.5) ? lo : maxItems >= 0 ? Math.min(maxItems, lo + 100) : hi;
      } else {
        size = d.between(lo, hi);
      }
      if (size == 0 && d.forced(items) && maxItems != 0) {
        size = 1;
      }
      return fill(d, path, size, true);
    }

    List<@Nullable Object> fill(Draw d, String path, int size, boolean strict) {
      List<@Nullable Object> list = new ArrayList<>(size);
      Set<@Nullable Object> seen = new HashSet<>();
      for (int i = 0; i < size; i++) {
        String child = path + "[" + i + "]";
        Object v = null;
        for (int attempt = 0; attempt < 30; attempt++) {
          Object candidate = items == null ? AnyNode.any(d, 0) : items.generate(d, child);
          if (!unique || !seen.contains(normal(candidate))) {
            v = candidate;
            break;
          }
        }
        if (v == null) {
          if (strict && i < minItems) {
            throw cannot(
                "uniqueItems needs "
                    + minItems
                    + " distinct items but only "
                    + i
                    + " distinct ones came up in 30 tries each");
          }
          break;
        }
        seen.add(normal(v));
        list.add(v);
        if (items != null) {
          d.placed(items, list, i, false, child, path);
        }
      }
      return list;
    }

    @Override
    List<String> rules() {
      List<String> r = new ArrayList<>(List.of("type"));
      if (minItems > 0) {
        r.add("minItems");
      }
      if (maxItems >= 0) {
        r.add("maxItems");
      }
      if (unique && maxItems != 0 && maxItems != 1) {
        r.add("uniqueItems");
      }
      return r;
    }

    @Override
    List<Object> breaking(String rule, Draw d) {
      List<Object> out = new ArrayList<>();
      switch (rule) {
        case "type" -> out.add("not an array");
        case "minItems" -> {
          for (int i = 0; i < 3; i++) {
            out.add(fill(d, "", minItems - 1, false));
          }
        }
        case "maxItems" -> {
          for (int i = 0; i < 3; i++) {
            out.add(fill(d, "", maxItems + 1, false));
          }
        }
        case "uniqueItems" -> {
          for (int i = 0; i < 3; i++) {
            int size = Math.max(2, minItems);
            if (maxItems >= 0) {
              size = Math.min(size, maxItems);
            }
            List<@Nullable Object> list = fill(d, "", size - 1, false);
            if (!list.isEmpty()) {
              list.add(list.get(0));
              out.add(list);
            }
          }
        }
        default -> {
          // no other rule
        }
      }
      return out;
    }

    @Override
    List<Node> children() {
      return items == null ? List.of() : List.of(items);
    }
  }

  // ---------------------------------------------------------------------------- map

  /** A v3.2 map property: keys and values each with their own generator. */
  static final class MapNode extends Node {
    final @Nullable Node keys;
    final @Nullable Node values;

    MapNode(String label, boolean show, @Nullable Node keys, @Nullable Node values) {
      super(label, show);
      this.keys = keys;
      this.values = values;
    }

    @Override
    Object generate(Draw d, String path) {
      int size = d.between(0, d.options.maxArraySize());
      if (size == 0 && (d.forced(keys) || d.forced(values))) {
        size = 1;
      }
      Map<Object, @Nullable Object> m = new LinkedHashMap<>();
      for (int i = 0; i < size; i++) {
        Object key = null;
        for (int attempt = 0; attempt < 30 && key == null; attempt++) {
          Object k = keys == null ? Strings.plain(d, d.between(1, 12)) : keys.generate(d, path);
          if (!m.containsKey(k)) {
            key = k;
          }
        }
        if (key == null) {
          break;
        }
        String child = path + "." + (show ? String.valueOf(key) : "(key)");
        Object value;
        if (values == null) {
          value = AnyNode.any(d, 0);
        } else if (!d.forced(values)
            && d.chance((1 - d.options.optionalPresence()) * d.options.nullProbability())) {
          value = null;
        } else {
          value = values.generate(d, child);
        }
        m.put(key, value);
        if (keys != null) {
          d.placed(keys, m, key, true, child, path);
        }
        if (values != null && value != null) {
          d.placed(values, m, key, false, child, path);
        }
      }
      return m;
    }

    @Override
    List<String> rules() {
      return List.of("type");
    }

    @Override
    List<Object> breaking(String rule, Draw d) {
      return List.of("not a map");
    }

    @Override
    List<Node> children() {
      List<Node> out = new ArrayList<>();
      if (keys != null) {
        out.add(keys);
      }
      if (values != null) {
        out.add(values);
      }
      return out;
    }
  }

  // ---------------------------------------------------------------------------- boolean, any

  /** A boolean. */
  static final class BooleanNode extends Node {
    BooleanNode(String label, boolean show) {
      super(label, show);
    }

    @Override
    Object generate(Draw d, String path) {
      return d.random.nextBoolean();
    }

    @Override
    List<String> rules() {
      return List.of("type");
    }

    @Override
    List<Object> breaking(String rule, Draw d) {
      return List.of("true", 1);
    }
  }

  /** A property without a logical type: any JSON-like value. */
  static final class AnyNode extends Node {
    AnyNode(String label, boolean show) {
      super(label, show);
    }

    @Override
    Object generate(Draw d, String path) {
      return any(d, 0);
    }

    static Object any(Draw d, int depth) {
      int kind = d.random.nextInt(depth >= 2 ? 4 : 6);
      return switch (kind) {
        case 0 -> Strings.plain(d, d.between(0, 12));
        case 1 -> (long) d.between(-1000, 1000);
        case 2 -> d.random.nextBoolean();
        case 3 -> BigDecimal.valueOf(d.between(-100_000, 100_000), 2);
        case 4 -> {
          List<Object> l = new ArrayList<>();
          for (int i = d.between(0, 3); i > 0; i--) {
            l.add(any(d, depth + 1));
          }
          yield l;
        }
        default -> {
          Map<String, Object> m = new LinkedHashMap<>();
          for (int i = d.between(0, 3); i > 0; i--) {
            m.put("k" + i, any(d, depth + 1));
          }
          yield m;
        }
      };
    }

    @Override
    List<String> rules() {
      return List.of();
    }

    @Override
    List<Object> breaking(String rule, Draw d) {
      return List.of();
    }
  }
}
