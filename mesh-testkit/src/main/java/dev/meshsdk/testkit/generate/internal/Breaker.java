package dev.meshsdk.testkit.generate.internal;

import dev.meshsdk.contracts.RecordValidator;
import dev.meshsdk.contracts.ValidationResult;
import dev.meshsdk.contracts.Violation;
import dev.meshsdk.testkit.generate.GeneratorOptions;
import dev.meshsdk.testkit.generate.InvalidRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * Makes records that break exactly one rule: a valid record in which the path to one value is
 * forced present, with that value replaced (or removed, or a field added), kept only when the
 * validator reports exactly one violation with the intended rule at the intended path.
 */
final class Breaker {
  /** One rule at one node, and how to break it. */
  record Target(Node node, String rule, Mode mode, List<Node> path) {
    /**
     * Checks the components.
     *
     * @param node the node whose value is broken
     * @param rule the rule id
     * @param mode how
     * @param path the nodes from the root to the node, which must be present
     */
    Target {
      path = List.copyOf(path);
    }
  }

  /** How a target is broken. */
  enum Mode {
    /** Replace the value with a candidate from {@link Node#breaking}. */
    REPLACE,
    /** Remove a required property. */
    REMOVE,
    /** Write null for an array item that is required. */
    NULL_ITEM,
    /** Add a field the object does not declare. */
    UNDECLARED
  }

  private static final int ATTEMPTS = 12;

  private final Node.ObjectNode root;
  private final RecordValidator<java.util.Map<String, ?>> validator;
  private final GeneratorOptions options;
  private final List<Target> targets;

  Breaker(
      Node.ObjectNode root,
      RecordValidator<java.util.Map<String, ?>> validator,
      GeneratorOptions options,
      boolean allowUndeclared) {
    this.root = root;
    this.validator = validator;
    this.options = options;
    this.targets = new ArrayList<>();
    collect(root, new ArrayList<>(), allowUndeclared);
  }

  List<Target> targets() {
    return targets;
  }

  private void collect(Node node, List<Node> path, boolean allowUndeclared) {
    path.add(node);
    for (String rule : node.rules()) {
      targets.add(new Target(node, rule, Mode.REPLACE, path));
    }
    if (node instanceof Node.ObjectNode o) {
      if (!allowUndeclared) {
        targets.add(new Target(node, "undeclared", Mode.UNDECLARED, path));
      }
      for (Node.ObjectNode.Field f : o.fields) {
        if (f.required()) {
          List<Node> p = new ArrayList<>(path);
          p.add(f.node());
          targets.add(new Target(f.node(), "required", Mode.REMOVE, p));
        }
      }
    }
    if (node instanceof Node.ArrayNode a && a.itemsRequired && a.items != null && a.maxItems != 0) {
      List<Node> p = new ArrayList<>(path);
      p.add(a.items);
      targets.add(new Target(a.items, "required", Mode.NULL_ITEM, p));
    }
    for (Node c : node.children()) {
      collect(c, path, allowUndeclared);
    }
    path.remove(path.size() - 1);
  }

  /** Tries to break a target; empty if no attempt gave exactly the one intended violation. */
  Optional<InvalidRecord> breakTarget(Target t, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      Draw d = new Draw(random.split(), options, new java.util.HashSet<>(t.path()), t.node());
      @SuppressWarnings("unchecked")
      Map<String, @Nullable Object> record = (Map<String, @Nullable Object>) root.generate(d, "");
      Optional<InvalidRecord> r = apply(t, d, record);
      if (r.isPresent()) {
        return r;
      }
    }
    return Optional.empty();
  }

  private Optional<InvalidRecord> apply(Target t, Draw d, Map<String, @Nullable Object> record) {
    Draw.Slot slot = d.slot();
    if (t.node() == root) {
      return t.mode() == Mode.UNDECLARED ? undeclared(record, record, "", root) : Optional.empty();
    }
    if (slot == null) {
      return Optional.empty();
    }
    switch (t.mode()) {
      case REMOVE -> {
        @SuppressWarnings("unchecked")
        Map<Object, @Nullable Object> m = (Map<Object, @Nullable Object>) slot.container();
        m.remove(slot.key());
        return check(record, t.rule(), slot.path());
      }
      case NULL_ITEM -> {
        set(slot, null);
        return check(record, t.rule(), slot.path());
      }
      case UNDECLARED -> {
        Object value = get(slot);
        if (!(value instanceof Map<?, ?> m)) {
          return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        Map<String, @Nullable Object> object = (Map<String, @Nullable Object>) m;
        return undeclared(record, object, slot.path(), t.node());
      }
      default -> {
        Object original = get(slot);
        for (Object candidate : t.node().breaking(t.rule(), d)) {
          String path = slot.path();
          if (slot.mapKey()) {
            @SuppressWarnings("unchecked")
            Map<Object, @Nullable Object> m = (Map<Object, @Nullable Object>) slot.container();
            if (m.containsKey(candidate)) {
              continue;
            }
            Object value = m.remove(slot.key());
            m.put(candidate, value);
            path = slot.parentPath() + "." + (t.node().show ? String.valueOf(candidate) : "(key)");
            Optional<InvalidRecord> r = check(record, t.rule(), path);
            if (r.isPresent()) {
              return r;
            }
            m.remove(candidate);
            m.put(slot.key(), value);
            continue;
          }
          set(slot, candidate);
          Optional<InvalidRecord> r = check(record, t.rule(), path);
          if (r.isPresent()) {
            return r;
          }
          set(slot, original);
        }
        return Optional.empty();
      }
    }
  }

  private Optional<InvalidRecord> undeclared(
      Map<String, @Nullable Object> record,
      Map<String, @Nullable Object> object,
      String path,
      Node node) {
    String name = node instanceof Node.ObjectNode o ? o.undeclaredName() : "undeclared_field";
    object.put(name, "not in the contract");
    return check(record, "undeclared", path.isEmpty() ? name : path + "." + name);
  }

  private Optional<InvalidRecord> check(
      Map<String, @Nullable Object> record, String rule, String path) {
    ValidationResult result = validator.validate(record);
    List<Violation> v = result.violations();
    if (v.size() == 1 && v.get(0).rule().equals(rule) && v.get(0).path().equals(path)) {
      return Optional.of(new InvalidRecord(Json.deepCopy(record), rule, path));
    }
    return Optional.empty();
  }

  private static @Nullable Object get(Draw.Slot slot) {
    if (slot.container() instanceof List<?> l) {
      return l.get((Integer) slot.key());
    }
    return ((Map<?, ?>) slot.container()).get(slot.key());
  }

  @SuppressWarnings("unchecked")
  private static void set(Draw.Slot slot, @Nullable Object value) {
    if (slot.container() instanceof List<?> l) {
      ((List<@Nullable Object>) l).set((Integer) slot.key(), value);
    } else {
      ((Map<Object, @Nullable Object>) slot.container()).put(slot.key(), value);
    }
  }
}
