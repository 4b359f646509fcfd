package dev.meshsdk.observability.sla.internal;

import dev.meshsdk.contracts.JsonValue;
import dev.meshsdk.contracts.SlaProperty;
import dev.meshsdk.observability.sla.SlaDefinitionException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the values of {@code slaProperties}: durations with units, and percentages. */
public final class SlaValues {
  private SlaValues() {}

  private static final BigDecimal NANOS_PER_SECOND = BigDecimal.valueOf(1_000_000_000L);

  /** Seconds per unit, by lowercase unit name. A year is 365 days, a day 24 hours. */
  private static final Map<String, BigDecimal> UNITS = new LinkedHashMap<>();

  /** The units, for error messages. */
  public static final String KNOWN_UNITS =
      "ms, s, sec, secs, second, seconds, m, min, mins, minute, minutes, h, hr, hrs, hour, hours,"
          + " d, day, days, y, yr, yrs, year, years";

  static {
    unit(new BigDecimal("0.001"), "ms", "millisecond", "milliseconds");
    unit(BigDecimal.ONE, "s", "sec", "secs", "second", "seconds");
    unit(BigDecimal.valueOf(60), "m", "min", "mins", "minute", "minutes");
    unit(BigDecimal.valueOf(3_600), "h", "hr", "hrs", "hour", "hours");
    unit(BigDecimal.valueOf(86_400), "d", "day", "days");
    unit(BigDecimal.valueOf(365L * 86_400), "y", "yr", "yrs", "year", "years");
  }

  private static void unit(BigDecimal seconds, String... names) {
    for (String n : names) {
      UNITS.put(n, seconds);
    }
  }

  /** A number followed by a unit, for values such as {@code "4d"} or {@code "36 hours"}. */
  private static final Pattern NUMBER_AND_UNIT =
      Pattern.compile("\\s*([+-]?[0-9]+(?:\\.[0-9]+)?)\\s*([A-Za-z]+)\\s*");

  /**
   * The duration an SLA property states: a non-negative number {@code value} with a time {@code
   * unit}, or, without a unit, a string value holding both ({@code "4d"}, {@code "36 hours"}).
   * Units are case-insensitive. Precision is one nanosecond (finer fractions are rounded).
   *
   * @param p the SLA property
   * @return the duration
   * @throws SlaDefinitionException naming the property if the value or unit cannot be read
   */
  public static Duration duration(SlaProperty p) {
    String name = p.property();
    BigDecimal amount;
    String unit;
    if (p.unit().isPresent()) {
      unit = p.unit().get();
      amount = number(p, p.value(), "a number of " + unit);
    } else if (p.value() instanceof JsonValue.Str s) {
      Matcher m = NUMBER_AND_UNIT.matcher(s.value());
      if (!m.matches()) {
        throw new SlaDefinitionException(
            name,
            "SLA property '"
                + name
                + "' has no unit and its value '"
                + s.value()
                + "' is not a number followed by a time unit (such as 4d or 36 hours);"
                + " set unit to one of: "
                + KNOWN_UNITS);
      }
      amount = new BigDecimal(m.group(1));
      unit = m.group(2);
    } else {
      throw new SlaDefinitionException(
          name,
          "SLA property '"
              + name
              + "' has no unit; a duration needs one of: "
              + KNOWN_UNITS
              + " (got value "
              + p.value()
              + ")");
    }
    BigDecimal secondsPerUnit = UNITS.get(unit.trim().toLowerCase(Locale.ROOT));
    if (secondsPerUnit == null) {
      throw new SlaDefinitionException(
          name,
          "SLA property '"
              + name
              + "' has unit '"
              + unit
              + "', which is not a time unit; use one of: "
              + KNOWN_UNITS
              + " (case-insensitive)");
    }
    if (amount.signum() < 0) {
      throw new SlaDefinitionException(
          name, "SLA property '" + name + "' must not be negative, got " + amount + " " + unit);
    }
    BigDecimal nanos =
        amount
            .multiply(secondsPerUnit)
            .multiply(NANOS_PER_SECOND)
            .setScale(0, RoundingMode.HALF_UP);
    try {
      BigDecimal[] secondsAndNanos = nanos.divideAndRemainder(NANOS_PER_SECOND);
      return Duration.ofSeconds(
          secondsAndNanos[0].longValueExact(), secondsAndNanos[1].longValueExact());
    } catch (ArithmeticException e) {
      throw new SlaDefinitionException(
          name, "SLA property '" + name + "' is too long a duration: " + amount + " " + unit, e);
    }
  }

  /**
   * The percentage an availability property states: a number from 0 to 100, optionally as a string
   * ending in {@code %}; the unit, if any, must be {@code %} or {@code percent}.
   *
   * @param p the SLA property
   * @return the percentage
   * @throws SlaDefinitionException naming the property if the value is not such a percentage
   */
  public static BigDecimal percent(SlaProperty p) {
    String name = p.property();
    Optional<String> unit = p.unit().map(u -> u.trim().toLowerCase(Locale.ROOT));
    if (unit.isPresent() && !unit.get().equals("%") && !unit.get().equals("percent")) {
      throw new SlaDefinitionException(
          name,
          "SLA property '"
              + name
              + "' has unit '"
              + p.unit().get()
              + "'; an availability is a percentage (unit % or percent, or none)");
    }
    JsonValue value = p.value();
    if (value instanceof JsonValue.Str s && s.value().trim().endsWith("%")) {
      String text = s.value().trim();
      value = new JsonValue.Str(text.substring(0, text.length() - 1).trim());
    }
    BigDecimal pct = number(p, value, "a percentage");
    if (pct.signum() < 0 || pct.compareTo(BigDecimal.valueOf(100)) > 0) {
      throw new SlaDefinitionException(
          name, "SLA property '" + name + "' must be from 0 to 100 (percent), got " + pct);
    }
    return pct;
  }

  private static BigDecimal number(SlaProperty p, JsonValue value, String expected) {
    if (value instanceof JsonValue.Num n) {
      return n.value();
    }
    if (value instanceof JsonValue.Str s) {
      try {
        return new BigDecimal(s.value().trim());
      } catch (NumberFormatException e) {
        // fall through to the message below
      }
    }
    throw new SlaDefinitionException(
        p.property(),
        "SLA property '"
            + p.property()
            + "' must be "
            + expected
            + ", got "
            + value.typeName()
            + " "
            + value);
  }
}
