package dev.meshsdk.observability.lineage.internal;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** Argument checks whose messages name the parameter, the rule and the value. */
public final class Checks {
  private Checks() {}

  /**
   * A string that is neither null nor blank.
   *
   * @param value the value
   * @param name the parameter's name
   * @return the value
   */
  public static String notBlank(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank: was '" + value + "'");
    }
    return value;
  }

  /**
   * A count that is not negative.
   *
   * @param value the value
   * @param name the parameter's name
   * @return the value
   */
  public static long nonNegative(long value, String name) {
    if (value < 0) {
      throw new IllegalArgumentException(name + " must be >= 0: was " + value);
    }
    return value;
  }

  /**
   * A number that is at least {@code min}.
   *
   * @param value the value
   * @param min the smallest allowed value
   * @param name the parameter's name
   * @return the value
   */
  public static int atLeast(int value, int min, String name) {
    if (value < min) {
      throw new IllegalArgumentException(name + " must be >= " + min + ": was " + value);
    }
    return value;
  }

  /**
   * A duration that is not negative.
   *
   * @param value the value
   * @param name the parameter's name
   * @return the value
   */
  public static Duration nonNegative(Duration value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative: was " + value);
    }
    return value;
  }

  /**
   * A duration that is greater than zero.
   *
   * @param value the value
   * @param name the parameter's name
   * @return the value
   */
  public static Duration positive(Duration value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be > 0: was " + value);
    }
    return value;
  }

  /**
   * An unmodifiable copy of a map that keeps its order, with no null keys or values.
   *
   * @param map the map
   * @param name the parameter's name
   * @param <K> the key type
   * @param <V> the value type
   * @return the copy
   */
  public static <K, V> Map<K, V> orderedCopy(Map<K, V> map, String name) {
    Objects.requireNonNull(map, name);
    Map<K, V> copy = new LinkedHashMap<>();
    map.forEach(
        (k, v) -> {
          Objects.requireNonNull(k, () -> name + " must not hold a null key");
          Objects.requireNonNull(v, () -> name + " must not hold a null value for key " + k);
          copy.put(k, v);
        });
    return Collections.unmodifiableMap(copy);
  }

  /**
   * An unmodifiable map from each item's key to the item; a later item replaces an earlier one with
   * the same key, as the OpenLineage spec does for facets.
   *
   * @param items the items
   * @param key the key of an item
   * @param <V> the item type
   * @return the map, in first-seen order
   */
  public static <V> Map<String, V> byKey(List<? extends V> items, Function<V, String> key) {
    Map<String, V> map = new LinkedHashMap<>();
    for (V item : items) {
      map.put(key.apply(Objects.requireNonNull(item, "facet")), item);
    }
    return Collections.unmodifiableMap(map);
  }
}
