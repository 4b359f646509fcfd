package dev.meshsdk.contracts.internal.validate;

import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An object held as a {@code Map} with string keys: each declared property (presence, then its
 * check) and, unless allowed, fields the contract does not declare. The fast path does one lookup
 * per declared property and detects undeclared fields by counting, without touching the others.
 */
final class MapObjectCheck extends Check {
  final String[] names;
  final @Nullable Check[] checks;
  final boolean[] required;
  private final Set<String> declared;
  final boolean allowUndeclared;

  MapObjectCheck(
      boolean showValues,
      String[] names,
      @Nullable Check[] checks,
      boolean[] required,
      boolean allowUndeclared) {
    super(showValues);
    this.names = names.clone();
    this.checks = checks.clone();
    this.required = required.clone();
    this.declared = Set.of(names);
    this.allowUndeclared = allowUndeclared;
  }

  @Override
  boolean test(Object value) {
    if (!(value instanceof Map<?, ?> map)) {
      return false;
    }
    int present = 0;
    for (int i = 0; i < names.length; i++) {
      Object v = map.get(names[i]);
      if (v == null) {
        if (required[i]) {
          return false;
        }
        if (!allowUndeclared && map.containsKey(names[i])) {
          present++;
        }
        continue;
      }
      present++;
      Check c = checks[i];
      if (c != null && !c.test(v)) {
        return false;
      }
    }
    return allowUndeclared || present == map.size();
  }

  @Override
  void report(Object value, Path path, Sink sink) {
    if (!(value instanceof Map<?, ?> map)) {
      sink.add(path, "type", "must be an object but was " + Show.typeName(value));
      return;
    }
    for (int i = 0; i < names.length && !sink.full(); i++) {
      Object v = map.get(names[i]);
      if (v == null) {
        if (required[i]) {
          sink.add(
              path.child(names[i]),
              "required",
              map.containsKey(names[i]) ? "must not be null" : "is required but missing");
        }
        continue;
      }
      Check c = checks[i];
      if (c != null && !c.test(v)) {
        c.report(v, path.child(names[i]), sink);
      }
    }
    if (!allowUndeclared) {
      for (Object key : map.keySet()) {
        if (sink.full()) {
          return;
        }
        if (!(key instanceof String k)) {
          sink.add(path, "type", "must have string keys but has a " + Show.typeName(key) + " key");
        } else if (!declared.contains(k)) {
          sink.add(path.child(k), "undeclared", "is not declared in the contract");
        }
      }
    }
  }
}
