package dev.meshsdk.contracts.internal.check;

import dev.meshsdk.contracts.ContractProblem;
import dev.meshsdk.contracts.JsonValue;
import dev.meshsdk.contracts.internal.tree.Nodes;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One run of the checker: the schema version in force and the problems found so far. */
final class CheckContext {
  private final SchemaVersion version;
  private final boolean strict;
  private final List<ContractProblem> problems = new ArrayList<>();

  CheckContext(SchemaVersion version, boolean strict) {
    this.version = version;
    this.strict = strict;
  }

  SchemaVersion version() {
    return version;
  }

  /** Whether the strict rules (those some official examples break) apply. */
  boolean strict() {
    return strict;
  }

  List<ContractProblem> problems() {
    return List.copyOf(problems);
  }

  void report(String path, String rule, String message) {
    problems.add(new ContractProblem(path, rule, message));
  }

  /** Reports a {@code type} problem unless the value has the type; returns whether it has. */
  boolean expect(JsonValue value, String path, JsonType type) {
    if (type.matches(value)) {
      return true;
    }
    report(
        path,
        "type",
        "Expected " + type.described() + " but found " + JsonType.describe(value) + ".");
    return false;
  }

  /**
   * Checks an object against a shape: its type, its required fields, its unknown fields (if the
   * shape is closed) and the rule of every known field.
   *
   * @return the object, or empty if the value is not one
   */
  Optional<JsonValue.Obj> object(JsonValue value, String path, Shape shape) {
    if (!expect(value, path, JsonType.OBJECT)) {
      return Optional.empty();
    }
    JsonValue.Obj obj = (JsonValue.Obj) value;
    for (String field : shape.required()) {
      if (!obj.members().containsKey(field)) {
        report(
            Nodes.child(path, field),
            "required",
            capitalized(shape.name()) + " needs the field '" + field + "' but it is missing.");
      }
    }
    for (Map.Entry<String, JsonValue> member : obj.members().entrySet()) {
      String fieldPath = Nodes.child(path, member.getKey());
      FieldRule rule = shape.fields().get(member.getKey());
      if (rule != null) {
        rule.check(this, member.getValue(), fieldPath);
      } else if (shape.closed()) {
        String hint =
            shape.fields().containsKey("customProperties")
                ? " (vendor fields belong in customProperties)"
                : "";
        report(
            fieldPath,
            "unknown-field",
            "Field '" + member.getKey() + "' is not allowed in " + shape.name() + hint + ".");
      }
    }
    return Optional.of(obj);
  }

  private static String capitalized(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /** JSON equality as JSON Schema defines it: numbers by value, objects regardless of order. */
  static boolean jsonEquals(JsonValue a, JsonValue b) {
    if (a instanceof JsonValue.Num x && b instanceof JsonValue.Num y) {
      return x.value().compareTo(y.value()) == 0;
    }
    if (a instanceof JsonValue.Arr x && b instanceof JsonValue.Arr y) {
      if (x.values().size() != y.values().size()) {
        return false;
      }
      Iterator<JsonValue> i = y.values().iterator();
      for (JsonValue v : x.values()) {
        if (!jsonEquals(v, i.next())) {
          return false;
        }
      }
      return true;
    }
    if (a instanceof JsonValue.Obj x && b instanceof JsonValue.Obj y) {
      if (!x.members().keySet().equals(y.members().keySet())) {
        return false;
      }
      for (Map.Entry<String, JsonValue> e : x.members().entrySet()) {
        if (!jsonEquals(e.getValue(), y.members().get(e.getKey()))) {
          return false;
        }
      }
      return true;
    }
    return a.equals(b);
  }
}
