package dev.meshsdk.core.publish.internal;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/** Argument checks shared by the publishing values and builders. Not API. */
public final class Args {
  private Args() {}

  /**
   * Fails fast on a null or blank string.
   *
   * @param value the value
   * @param what {@code Type.field}, for the message
   * @return the value
   * @throws NullPointerException if the value is null
   * @throws IllegalArgumentException if the value is blank
   */
  public static String notBlank(@Nullable String value, String what) {
    Objects.requireNonNull(value, what);
    if (value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank, got '" + value + "'");
    }
    return value;
  }

  /**
   * Fails fast on a negative count.
   *
   * @param value the value
   * @param what {@code Type.field}, for the message
   * @return the value
   * @throws IllegalArgumentException if the value is negative
   */
  public static long notNegative(long value, String what) {
    if (value < 0) {
      throw new IllegalArgumentException(what + " must not be negative, got " + value);
    }
    return value;
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
   * An unmodifiable, key-sorted copy of a count map, refusing null keys, null values and negative
   * counts.
   *
   * @param counts the counts
   * @param what {@code Type.field}, for the message
   * @param <N> the number type
   * @return the copy
   */
  public static <N extends Number> Map<String, N> counts(Map<String, N> counts, String what) {
    Objects.requireNonNull(counts, what);
    if (counts.isEmpty()) {
      return Map.of();
    }
    for (Map.Entry<String, N> e : counts.entrySet()) {
      if (e.getKey() == null) {
        throw new NullPointerException(what + ": null keys are not allowed");
      }
      if (e.getValue() == null) {
        throw new NullPointerException(what + "[" + e.getKey() + "] is null");
      }
      if (e.getValue().longValue() < 0) {
        throw new IllegalArgumentException(
            what + "[" + e.getKey() + "] must not be negative, got " + e.getValue());
      }
    }
    Map<String, N> copy = new TreeMap<>(counts);
    return Collections.unmodifiableMap(copy);
  }

  /**
   * An unmodifiable copy of a list, refusing null elements with a message naming the index.
   *
   * @param list the list
   * @param what the parameter name
   * @param <E> the element type
   * @return the copy
   */
  public static <E> List<E> listCopy(List<? extends E> list, String what) {
    Objects.requireNonNull(list, what);
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i) == null) {
        throw new NullPointerException(what + "[" + i + "] is null");
      }
    }
    return List.copyOf(list);
  }
}
