package dev.meshsdk.contracts.internal.diff;

import dev.meshsdk.contracts.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Orders contract values: numbers by value, ISO dates, times and timestamps by time. */
final class Compare {
  private Compare() {}

  /**
   * Compares two values.
   *
   * @return the sign of {@code a - b}, or empty if they cannot be ordered
   */
  static Optional<Integer> values(JsonValue a, JsonValue b) {
    if (a instanceof JsonValue.Num x && b instanceof JsonValue.Num y) {
      return Optional.of(Integer.signum(x.value().compareTo(y.value())));
    }
    if (a instanceof JsonValue.Str x && b instanceof JsonValue.Str y) {
      Optional<Comparable<?>> ta = temporal(x.value());
      Optional<Comparable<?>> tb = temporal(y.value());
      if (ta.isPresent() && tb.isPresent() && ta.get().getClass() == tb.get().getClass()) {
        @SuppressWarnings("unchecked")
        Comparable<Object> ca = (Comparable<Object>) ta.get();
        return Optional.of(Integer.signum(ca.compareTo(tb.get())));
      }
    }
    return Optional.empty();
  }

  /** An ISO instant, date-time, date or time, or empty. */
  static Optional<Comparable<?>> temporal(String s) {
    try {
      return Optional.of(OffsetDateTime.parse(s).toInstant());
    } catch (DateTimeParseException e) {
      // not an offset date-time
    }
    try {
      return Optional.of(LocalDateTime.parse(s));
    } catch (DateTimeParseException e) {
      // not a local date-time
    }
    try {
      return Optional.of(LocalDate.parse(s));
    } catch (DateTimeParseException e) {
      // not a date
    }
    try {
      return Optional.of(LocalTime.parse(s));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** A number from a JSON number or a numeric string, or empty. */
  static Optional<BigDecimal> number(JsonValue v) {
    if (v instanceof JsonValue.Num n) {
      return Optional.of(n.value());
    }
    if (v instanceof JsonValue.Str s) {
      try {
        return Optional.of(new BigDecimal(s.value().trim()));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }
}
