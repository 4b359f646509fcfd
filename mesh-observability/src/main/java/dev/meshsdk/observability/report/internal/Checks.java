package dev.meshsdk.observability.report.internal;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Argument checks the report model's records and builders share. Not API. */
public final class Checks {
  private Checks() {}

  /**
   * Fails fast on a null or blank string.
   *
   * @param value the value
   * @param what {@code Type.field}, for the message
   * @return the value
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
   * Fails fast on a negative count.
   *
   * @param value the count
   * @param what {@code Type.field}, for the message
   * @return the count
   * @throws IllegalArgumentException if the count is negative
   */
  public static long notNegative(long value, String what) {
    if (value < 0) {
      throw new IllegalArgumentException(what + " must not be negative, got " + value);
    }
    return value;
  }
}
