package dev.meshsdk.contracts.internal.quality;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How to reach a property's values in a record: member names, and array expansions that make the
 * items of an array transparent. A null or absent member gives one null value; a null, absent or
 * empty array gives none; a value that is not an array where one is expected is its own single
 * item.
 *
 * @param steps the steps from the record
 */
record ValuePath(List<ValuePath.Step> steps) {

  /** One step. */
  sealed interface Step permits Get, Expand {}

  /**
   * The member of that name of an object.
   *
   * @param name the member name
   */
  record Get(String name) implements Step {}

  /** Every item of an array. */
  enum Expand implements Step {
    /** The one expansion. */
    INSTANCE
  }

  /** Receives the values found. */
  @FunctionalInterface
  interface Sink {
    void accept(@Nullable Object value);
  }

  ValuePath {
    steps = List.copyOf(steps);
  }

  /** The path of the record itself. */
  static final ValuePath ROOT = new ValuePath(List.of());

  ValuePath get(String name) {
    List<Step> more = new ArrayList<>(steps);
    more.add(new Get(name));
    return new ValuePath(more);
  }

  ValuePath expand() {
    List<Step> more = new ArrayList<>(steps);
    more.add(Expand.INSTANCE);
    return new ValuePath(more);
  }

  /** Whether the path goes through an array, so that a record may hold any number of values. */
  boolean expands() {
    return steps.contains(Expand.INSTANCE);
  }

  /**
   * Feeds every value of the path in a record to the sink.
   *
   * @param record the record
   * @param sink receives each value, null for null or absent
   */
  void forEach(Map<String, ?> record, Sink sink) {
    walk(record, 0, sink);
  }

  /**
   * The one value of a path without expansions.
   *
   * @param record the record
   * @return the value, or null when null or absent
   */
  @Nullable Object single(Map<String, ?> record) {
    @Nullable Object current = record;
    for (Step s : steps) {
      current = s instanceof Get g && current instanceof Map<?, ?> m ? m.get(g.name()) : null;
    }
    return current;
  }

  private void walk(@Nullable Object current, int i, Sink sink) {
    if (i == steps.size()) {
      sink.accept(current);
      return;
    }
    Step s = steps.get(i);
    if (s instanceof Get g) {
      walk(current instanceof Map<?, ?> m ? m.get(g.name()) : null, i + 1, sink);
    } else if (current instanceof Collection<?> c) {
      for (Object item : c) {
        walk(item, i + 1, sink);
      }
    } else if (current != null) {
      walk(current, i + 1, sink);
    }
  }
}
