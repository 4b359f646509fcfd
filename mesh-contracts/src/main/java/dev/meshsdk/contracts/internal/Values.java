package dev.meshsdk.contracts.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Small helpers the model's compact constructors and builders share. Not API. */
public final class Values {
  private Values() {}

  /**
   * An unmodifiable copy that keeps the order of the entries and refuses null keys and values.
   *
   * @param map the map
   * @param what the parameter name, for messages
   * @param <V> the value type
   * @return the copy
   */
  public static <V> Map<String, V> orderedCopy(Map<String, V> map, String what) {
    Objects.requireNonNull(map, what);
    if (map.isEmpty()) {
      return Map.of();
    }
    Map<String, V> copy = new LinkedHashMap<>(map);
    for (Map.Entry<String, V> e : copy.entrySet()) {
      if (e.getKey() == null || e.getValue() == null) {
        throw new NullPointerException(what + ": null keys and values are not allowed");
      }
    }
    return Collections.unmodifiableMap(copy);
  }

  /**
   * Fails fast when a builder's required field was not set.
   *
   * @param value the value
   * @param what {@code Type.field}, for the message
   * @param <T> the type
   * @return the value
   * @throws IllegalStateException if the value is null
   */
  public static <T> T required(@Nullable T value, String what) {
    if (value == null) {
      throw new IllegalStateException(what + " is required but was not set");
    }
    return value;
  }

  /**
   * Fails fast on a blank required string.
   *
   * @param value the value
   * @param what {@code Type.field}, for the message
   * @return the value
   * @throws IllegalArgumentException if the value is blank
   */
  public static String notBlank(String value, String what) {
    Objects.requireNonNull(value, what);
    if (value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank, got '" + value + "'");
    }
    return value;
  }
}
