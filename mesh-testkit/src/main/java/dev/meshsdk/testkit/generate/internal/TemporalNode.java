package dev.meshsdk.testkit.generate.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A date, timestamp or time property, written as text in the contract's {@code format} (a JDK
 * DateTimeFormatter pattern, ISO-8601 by default) at its {@code defaultTimezone}, with an offset
 * when {@code timezone} asks for one, between its bounds. Values compare as the validator compares
 * them: epoch days, epoch microseconds or nanoseconds of the day.
 */
final class TemporalNode extends Node {
  /** The kind of value. */
  enum Kind {
    DATE,
    TIMESTAMP,
    TIME
  }

  /** A bound: its key, the text in the contract, and the rule its violation reports. */
  record Bound(long key, String text, boolean lower, boolean exclusive, String rule) {
    /**
     * Checks the components.
     *
     * @param key the comparable key
     * @param text the bound as written
     * @param lower whether it is a lower bound
     * @param exclusive whether the bound itself is excluded
     * @param rule the rule id
     */
    Bound {}
  }

  private static final long INVALID = Long.MIN_VALUE;
  private static final long DAY_NANOS = 86_400_000_000_000L;
  private static final long DEFAULT_LOW_DAY = LocalDate.of(1970, 1, 1).toEpochDay();
  private static final long DEFAULT_HIGH_DAY = LocalDate.of(2040, 12, 31).toEpochDay();

  final Kind kind;
  final @Nullable DateTimeFormatter formatter;
  final ZoneId zone;
  final boolean requireOffset;
  final List<Bound> bounds;

  TemporalNode(
      String label,
      boolean show,
      Kind kind,
      @Nullable DateTimeFormatter formatter,
      ZoneId zone,
      boolean requireOffset) {
    super(label, show);
    this.kind = kind;
    this.formatter = formatter;
    this.zone = zone;
    this.requireOffset = requireOffset;
    this.bounds = new ArrayList<>();
  }

  /** Adds a bound written in the contract; false if it does not parse. */
  boolean addBound(String text, boolean lower, boolean exclusive, String rule) {
    long key = key(text);
    if (key == INVALID) {
      return false;
    }
    bounds.add(new Bound(key, text, lower, exclusive, rule));
    return true;
  }

  /** The comparable key of a text, or INVALID. */
  long key(String s) {
    try {
      TemporalAccessor t = parse(s);
      return switch (kind) {
        case DATE -> LocalDate.from(t).toEpochDay();
        case TIME -> LocalTime.from(t).toNanoOfDay();
        case TIMESTAMP -> {
          if (t.isSupported(ChronoField.OFFSET_SECONDS)) {
            OffsetDateTime o = OffsetDateTime.from(t);
            yield micros(o.toInstant());
          }
          if (requireOffset) {
            yield INVALID;
          }
          yield micros(LocalDateTime.from(t).atZone(zone).toInstant());
        }
      };
    } catch (RuntimeException e) {
      return INVALID;
    }
  }

  /** ISO-8601 as the validator reads it: a space or t for T, offsets Z, ±hh:mm, ±hhmm or ±hh. */
  private static final DateTimeFormatter ISO_TIMESTAMP =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
          .appendPattern("[XXX][X]")
          .toFormatter(Locale.ROOT);

  private static final DateTimeFormatter ISO_TIME =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .append(DateTimeFormatter.ISO_LOCAL_TIME)
          .appendPattern("[XXX][X]")
          .toFormatter(Locale.ROOT);

  private TemporalAccessor parse(String s) {
    if (formatter != null) {
      return formatter.parse(s);
    }
    return switch (kind) {
      case DATE -> DateTimeFormatter.ISO_LOCAL_DATE.parse(s);
      case TIME -> ISO_TIME.parse(s);
      case TIMESTAMP ->
          ISO_TIMESTAMP.parse(
              s.length() > 10 && s.charAt(10) == ' '
                  ? s.substring(0, 10) + "T" + s.substring(11)
                  : s);
    };
  }

  private static long micros(Instant i) {
    return i.getEpochSecond() * 1_000_000L + i.getNano() / 1_000;
  }

  private boolean inBounds(long key) {
    for (Bound b : bounds) {
      int c = Long.compare(key, b.key);
      boolean ok = b.lower ? (b.exclusive ? c > 0 : c >= 0) : (b.exclusive ? c < 0 : c <= 0);
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /** The range of keys to draw from. */
  private long[] range() {
    long lo;
    long hi;
    long defaultSpan;
    switch (kind) {
      case DATE -> {
        lo = DEFAULT_LOW_DAY;
        hi = DEFAULT_HIGH_DAY;
        defaultSpan = 3650;
      }
      case TIME -> {
        lo = 0;
        hi = DAY_NANOS - 1;
        defaultSpan = DAY_NANOS;
      }
      default -> {
        lo = DEFAULT_LOW_DAY * 86_400_000_000L;
        hi = DEFAULT_HIGH_DAY * 86_400_000_000L;
        defaultSpan = 3650L * 86_400_000_000L;
      }
    }
    Long low = null;
    Long high = null;
    for (Bound b : bounds) {
      if (b.lower && (low == null || b.key > low)) {
        low = b.key;
      } else if (!b.lower && (high == null || b.key < high)) {
        high = b.key;
      }
    }
    if (low != null && high != null) {
      return new long[] {low, high};
    }
    if (low != null) {
      return new long[] {low, kind == Kind.TIME ? DAY_NANOS - 1 : low + defaultSpan};
    }
    if (high != null) {
      return new long[] {kind == Kind.TIME ? 0 : high - defaultSpan, high};
    }
    return new long[] {lo, hi};
  }

  @Override
  Object generate(Draw d, String path) {
    if (d.edge()) {
      List<String> edges = new ArrayList<>();
      for (Bound b : bounds) {
        if (!b.exclusive && inBounds(b.key)) {
          edges.add(b.text);
        }
      }
      if (!edges.isEmpty()) {
        return d.pick(edges);
      }
    }
    long[] r = range();
    for (int i = 0; i < 100; i++) {
      long key = r[0] + (r[1] > r[0] ? d.random.nextLong(r[1] - r[0] + 1) : 0);
      String s = format(d, key);
      long back = key(s);
      if (back != INVALID && inBounds(back)) {
        return s;
      }
    }
    throw cannot(
        "no "
            + kind.name().toLowerCase(Locale.ROOT)
            + " within the bounds"
            + " in the property's format came up in 100 tries");
  }

  /** A key written as text, coarsened now and then to whole seconds or minutes. */
  private String format(Draw d, long key) {
    return switch (kind) {
      case DATE -> {
        LocalDate date = LocalDate.ofEpochDay(key);
        yield formatter == null ? date.toString() : formatter.format(date);
      }
      case TIME -> {
        LocalTime t = LocalTime.ofNanoOfDay(key);
        t = d.chance(0.8) ? t.truncatedTo(ChronoUnit.SECONDS) : t.truncatedTo(ChronoUnit.MILLIS);
        yield formatter == null ? DateTimeFormatter.ISO_LOCAL_TIME.format(t) : formatter.format(t);
      }
      case TIMESTAMP -> {
        Instant instant =
            Instant.ofEpochSecond(
                Math.floorDiv(key, 1_000_000L), Math.floorMod(key, 1_000_000L) * 1_000L);
        instant =
            d.chance(0.8)
                ? instant.truncatedTo(ChronoUnit.SECONDS)
                : instant.truncatedTo(ChronoUnit.MILLIS);
        ZonedDateTime z = instant.atZone(zone);
        if (formatter != null) {
          yield formatter.format(z);
        }
        if (requireOffset || d.chance(0.5)) {
          yield DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(z);
        }
        yield DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(z);
      }
    };
  }

  /** The text as a java.time (or java.util.Date) value of a type, or null if unsupported. */
  @Nullable Object toJava(String s, Class<?> type) {
    TemporalAccessor t = parse(s);
    if (type == LocalDate.class) {
      return LocalDate.from(t);
    }
    if (type == LocalTime.class) {
      return LocalTime.from(t);
    }
    if (type == OffsetTime.class) {
      return t.isSupported(ChronoField.OFFSET_SECONDS)
          ? OffsetTime.from(t)
          : LocalTime.from(t).atOffset(zone.getRules().getOffset(Instant.EPOCH));
    }
    ZonedDateTime z =
        t.isSupported(ChronoField.OFFSET_SECONDS)
            ? OffsetDateTime.from(t).toZonedDateTime()
            : LocalDateTime.from(t).atZone(zone);
    if (type == LocalDateTime.class) {
      return t.isSupported(ChronoField.OFFSET_SECONDS)
          ? z.withZoneSameInstant(zone).toLocalDateTime()
          : LocalDateTime.from(t);
    }
    if (type == Instant.class) {
      return z.toInstant();
    }
    if (type == OffsetDateTime.class) {
      return z.toOffsetDateTime();
    }
    if (type == ZonedDateTime.class) {
      return z;
    }
    if (type == Date.class) {
      return Date.from(z.toInstant());
    }
    return null;
  }

  @Override
  List<String> rules() {
    List<String> r = new ArrayList<>(List.of("type", "format"));
    for (Bound b : bounds) {
      if (!r.contains(b.rule)) {
        r.add(b.rule);
      }
    }
    return r;
  }

  @Override
  List<Object> breaking(String rule, Draw d) {
    if (rule.equals("type")) {
      return List.of(true, 20240101L);
    }
    if (rule.equals("format")) {
      return List.of("not a " + kind.name().toLowerCase(Locale.ROOT), "2021-13-45T99:99");
    }
    List<Object> out = new ArrayList<>();
    for (Bound b : bounds) {
      if (!b.rule.equals(rule)) {
        continue;
      }
      if (b.exclusive) {
        out.add(b.text);
      }
      long[] deltas =
          switch (kind) {
            case DATE -> new long[] {1, 2, 31};
            case TIME ->
                new long[] {1_000_000_000L, 60_000_000_000L, 3_600_000_000_000L, 1_000_000L};
            case TIMESTAMP -> new long[] {1_000_000L, 60_000_000L, 86_400_000_000L, 1_000L};
          };
      for (long delta : deltas) {
        long key = b.lower ? b.key - delta : b.key + delta;
        if (kind == Kind.TIME && (key < 0 || key >= DAY_NANOS)) {
          continue;
        }
        String s = format(d, key);
        if (key(s) != INVALID) {
          out.add(s);
        }
      }
    }
    return out;
  }
}
