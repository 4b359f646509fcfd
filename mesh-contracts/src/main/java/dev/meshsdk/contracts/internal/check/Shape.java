package dev.meshsdk.contracts.internal.check;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of one kind of JSON object: its fields and their rules, which of them are required, and
 * whether other fields are allowed (a closed object, {@code additionalProperties: false} or {@code
 * unevaluatedProperties: false} in the schema).
 *
 * @param name what the object is, with its article, for messages: "a support channel", "the
 *     logicalTypeOptions of a string"
 * @param fields the rule of each known field, in schema order
 * @param required the fields that must be present
 * @param closed whether unknown fields are problems
 */
record Shape(String name, Map<String, FieldRule> fields, Set<String> required, boolean closed) {

  Shape {
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    required = Collections.unmodifiableSet(new LinkedHashSet<>(required));
  }

  /** A closed shape without fields yet. */
  static Shape closed(String name) {
    return new Shape(name, Map.of(), Set.of(), true);
  }

  /** An open shape (unknown fields allowed) without fields yet. */
  static Shape open(String name) {
    return new Shape(name, Map.of(), Set.of(), false);
  }

  /** This shape with one more field (or a field's rule replaced). */
  Shape with(String field, FieldRule rule) {
    Map<String, FieldRule> more = new LinkedHashMap<>(fields);
    more.put(field, rule);
    return new Shape(name, more, required, closed);
  }

  /** This shape with several more fields that share one rule. */
  Shape with(List<String> names, FieldRule rule) {
    Shape out = this;
    for (String n : names) {
      out = out.with(n, rule);
    }
    return out;
  }

  /** This shape with more required fields. */
  Shape require(String... names) {
    Set<String> more = new LinkedHashSet<>(required);
    more.addAll(List.of(names));
    return new Shape(name, fields, more, closed);
  }

  /** This shape under another name. */
  Shape named(String newName) {
    return new Shape(newName, fields, required, closed);
  }
}
