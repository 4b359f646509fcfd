package dev.meshsdk.contracts.internal.validate;

import dev.meshsdk.contracts.internal.format.Temporals;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A date, timestamp or time property: strings parsed with the contract's {@code format} (ISO-8601
 * by default, allocation-free) or java.time values; bounds from the contract and "past"/"future"
 * constraints against a clock. Values compare as epoch days (dates), epoch microseconds
 * (timestamps) or nanoseconds of the day (times).
 */
final class TemporalCheck extends Check {
  enum Kind {
    DATE("date"),
    TIMESTAMP("timestamp"),
    TIME("time");

    final String label;

    Kind(String label) {
      this.label = label;
    }
  }

  /** A bound: fixed, or relative to now ({@code now} true). */
  record Bound(
      long value, boolean now, boolean lower, boolean exclusive, String rule, String text) {
    /**
     * Checks the components.
     *
     * @param value the bound (ignored when relative to now)
     * @param now whether the bound is the current instant
     * @param lower whether it is a lower bound
     * @param exclusive whether the bound itself is excluded
     * @param rule the rule id
     * @param text the bound as written, for messages
     */
    Bound {}
  }

  private final Kind kind;
  private final @Nullable DateTimeFormatter formatter;
  private final String formatText;
  private final boolean requireOffset;
  private final ZoneId defaultZone;
  private final int defaultOffsetSeconds;
  private final boolean fixedDefault;
  private final Bound[] bounds;
  private final Clock clock;

  TemporalCheck(
      boolean showValues,
      Kind kind,
      @Nullable DateTimeFormatter formatter,
      String formatText,
      boolean requireOffset,
      ZoneId defaultZone,
      List<Bound> bounds,
      Clock clock) {
    super(showValues);
    this.kind = kind;
    this.formatter = formatter;
    this.formatText = formatText;
    this.requireOffset = requireOffset;
    this.defaultZone = defaultZone;
    this.fixedDefault = defaultZone.getRules().isFixedOffset();
    this.defaultOffsetSeconds = defaultZone.getRules().getOffset(Instant.EPOCH).getTotalSeconds();
    this.bounds = bounds.toArray(new Bound[0]);
    this.clock = clock;
  }

  /** Parses a bound written in the contract. */
  long parseBound(String text) {
    return key(text);
  }

  /** The comparable key of a value, or {@link Temporals#INVALID}. */
  long key(Object value) {
    if (value instanceof String s) {
      return parse(s);
    }
    switch (kind) {
      case DATE -> {
        if (value instanceof LocalDate d) {
          return d.toEpochDay();
        }
      }
      case TIMESTAMP -> {
        if (value instanceof Instant i) {
          return micros(i.getEpochSecond(), i.getNano());
        }
        if (value instanceof OffsetDateTime o) {
          return micros(o.toEpochSecond(), o.getNano());
        }
        if (value instanceof ZonedDateTime z) {
          return micros(z.toEpochSecond(), z.getNano());
        }
        if (value instanceof LocalDateTime l && !requireOffset) {
          return micros(l.atZone(defaultZone).toEpochSecond(), l.getNano());
        }
        if (value instanceof java.util.Date d) {
          return saturated(d.getTime(), 1_000L, 0);
        }
      }
      case TIME -> {
        if (value instanceof LocalTime t && !requireOffset) {
          return t.toNanoOfDay();
        }
        if (value instanceof OffsetTime t) {
          return t.toLocalTime().toNanoOfDay();
        }
      }
    }
    if (value instanceof CharSequence cs) {
      return parse(cs.toString());
    }
    return Temporals.INVALID;
  }

  private static long micros(long seconds, int nanos) {
    return saturated(seconds, 1_000_000L, nanos / 1_000);
  }

  /**
   * {@code value * unit + extra}, held within the longs a key can take: an instant beyond about
   * 290,000 years from 1970 ({@code Instant.MAX}) compares as the latest or earliest of all, where
   * a plain product would wrap round to a wrong answer. {@link Temporals#INVALID} is never
   * returned.
   */
  private static long saturated(long value, long unit, long extra) {
    long high = Math.multiplyHigh(value, unit);
    long low = value * unit;
    if ((high == 0 && low >= 0) || (high == -1 && low < 0)) {
      long sum = low + extra;
      if (((low ^ sum) & (extra ^ sum)) >= 0) {
        return sum == Temporals.INVALID ? sum + 1 : sum;
      }
    }
    return value < 0 ? Temporals.INVALID + 1 : Long.MAX_VALUE;
  }

  private long parse(String s) {
    if (formatter == null) {
      switch (kind) {
        case DATE -> {
          return Temporals.epochDay(s);
        }
        case TIME -> {
          return Temporals.nanoOfDay(s, requireOffset);
        }
        default -> {
          if (fixedDefault) {
            return Temporals.epochMicros(s, defaultOffsetSeconds, requireOffset);
          }
          return parseWith(DateTimeFormatter.ISO_DATE_TIME, s);
        }
      }
    }
    return parseWith(formatter, s);
  }

  private long parseWith(DateTimeFormatter f, String s) {
    try {
      TemporalAccessor t = f.parse(s);
      switch (kind) {
        case DATE -> {
          return LocalDate.from(t).toEpochDay();
        }
        case TIME -> {
          if (requireOffset && !t.isSupported(ChronoField.OFFSET_SECONDS)) {
            return Temporals.INVALID;
          }
          return LocalTime.from(t).toNanoOfDay();
        }
        default -> {
          if (t.isSupported(ChronoField.OFFSET_SECONDS)) {
            OffsetDateTime o = OffsetDateTime.from(t);
            return micros(o.toEpochSecond(), o.getNano());
          }
          if (requireOffset) {
            return Temporals.INVALID;
          }
          LocalDateTime l = LocalDateTime.from(t);
          return micros(l.atZone(defaultZone).toEpochSecond(), l.getNano());
        }
      }
    } catch (RuntimeException e) {
      return Temporals.INVALID;
    }
  }

  private long now() {
    long millis = clock.millis();
    return switch (kind) {
      case DATE -> Math.floorDiv(millis + defaultOffsetSeconds * 1_000L, 86_400_000L);
      case TIMESTAMP -> millis * 1_000L;
      case TIME -> Math.floorMod(millis + defaultOffsetSeconds * 1_000L, 86_400_000L) * 1_000_000L;
    };
  }

  private static boolean ok(Bound b, long key, long now) {
    long bound = b.now ? now : b.value;
    int c = Long.compare(key, bound);
    if (b.lower) {
      return b.exclusive ? c > 0 : c >= 0;
    }
    return b.exclusive ? c < 0 : c <= 0;
  }

  @Override
  boolean test(Object value) {
    long key = key(value);
    if (key == Temporals.INVALID) {
      return false;
    }
    if (bounds.length == 0) {
      return true;
    }
    long now = now();
    for (Bound b : bounds) {
      if (!ok(b, key, now)) {
        return false;
      }
    }
    return true;
  }

  @Override
  void report(Object value, Path path, Sink sink) {
    long key = key(value);
    if (key == Temporals.INVALID) {
      if (value instanceof CharSequence) {
        sink.add(
            path,
            "format",
            "must be a "
                + kind.label
                + " in the format "
                + formatText
                + (requireOffset ? " with a time-zone offset" : "")
                + " but was "
                + show(value));
      } else {
        sink.add(path, "type", "must be a " + kind.label + " but was " + Show.typeName(value));
      }
      return;
    }
    long now = now();
    for (Bound b : bounds) {
      if (!ok(b, key, now)) {
        String what =
            b.now
                ? (b.lower ? "in the future" : "in the past")
                    + (b.exclusive ? "" : " or the present")
                : (b.lower
                        ? (b.exclusive ? "after " : "at or after ")
                        : (b.exclusive ? "before " : "at or before "))
                    + b.text;
        sink.add(path, b.rule, "must be " + what + " but was " + show(value));
      }
    }
  }
}
