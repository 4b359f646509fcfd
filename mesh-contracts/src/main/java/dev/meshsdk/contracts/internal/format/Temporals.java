package dev.meshsdk.contracts.internal.format;

/**
 * Allocation-free parsers for ISO-8601 dates, times and timestamps, giving comparable longs: the
 * one date parser of the code base ({@link Formats#isDate} and {@link Formats#isDateTime} read
 * their date part here). Invalid text gives {@link #INVALID}.
 */
public final class Temporals {
  /** The result for text that does not parse. */
  public static final long INVALID = Long.MIN_VALUE;

  private Temporals() {}

  /**
   * Days since 1970-01-01 of a {@code yyyy-MM-dd} date (4-digit year), or INVALID.
   *
   * @param s the text
   * @return the day, or INVALID
   */
  public static long epochDay(CharSequence s) {
    if (s.length() != 10) {
      return INVALID;
    }
    return epochDayAt(s, 0);
  }

  /**
   * Days since 1970-01-01 of a {@code yyyy-MM-dd} date at a position (4-digit year, a real day of
   * the proleptic Gregorian calendar), or INVALID; the caller makes sure ten chars are there.
   *
   * @param s the text
   * @param at where the date starts
   * @return the day, or INVALID
   */
  public static long epochDayAt(CharSequence s, int at) {
    if (s.charAt(at + 4) != '-' || s.charAt(at + 7) != '-') {
      return INVALID;
    }
    int y = digits(s, at, 4);
    int m = digits(s, at + 5, 2);
    int d = digits(s, at + 8, 2);
    if (y < 0 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) {
      return INVALID;
    }
    return daysFromCivil(y, m, d);
  }

  /**
   * The length of a month in the proleptic Gregorian calendar.
   *
   * @param y the year
   * @param m the month, 1 to 12
   * @return 28 to 31
   */
  private static int daysInMonth(int y, int m) {
    return switch (m) {
      case 2 -> (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : 28;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
  }

  /**
   * Howard Hinnant's days_from_civil.
   *
   * @param y the year
   * @param m the month, 1 to 12
   * @param d the day of the month
   * @return days since 1970-01-01
   */
  private static long daysFromCivil(long y, int m, int d) {
    y -= m <= 2 ? 1 : 0;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
  }

  /**
   * The value of {@code n} ASCII digits at {@code at}, or -1 if any is not a digit.
   *
   * @param s the text, at least {@code at + n} chars
   * @param at where the digits start
   * @param n how many
   * @return the value, or -1
   */
  public static int digits(CharSequence s, int at, int n) {
    int v = 0;
    for (int i = at; i < at + n; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  /**
   * Microseconds since the epoch of an ISO-8601 date-time ({@code yyyy-MM-ddTHH:mm[:ss[.f]]} with
   * {@code Z}, {@code ±hh:mm}, {@code ±hhmm}, {@code ±hh}, or no offset, then read at {@code
   * defaultOffsetSeconds}), or INVALID.
   *
   * @param s the text
   * @param defaultOffsetSeconds the offset for text without one
   * @param requireOffset whether text without an offset is invalid
   * @return the micros, or INVALID
   */
  public static long epochMicros(CharSequence s, int defaultOffsetSeconds, boolean requireOffset) {
    int n = s.length();
    if (n < 16) {
      return INVALID;
    }
    char t = s.charAt(10);
    if (t != 'T' && t != 't' && t != ' ') {
      return INVALID;
    }
    long day = epochDayAt(s, 0);
    if (day == INVALID) {
      return INVALID;
    }
    long packed = timeOfDay(s, 11);
    if (packed == INVALID) {
      return INVALID;
    }
    long nanos = packed >>> 16;
    int i = (int) (packed & 0xFFFF);
    int offset;
    if (i == n) {
      if (requireOffset) {
        return INVALID;
      }
      offset = defaultOffsetSeconds;
    } else {
      offset = offsetSeconds(s, i);
      if (offset == Integer.MIN_VALUE) {
        return INVALID;
      }
    }
    return (day * 86_400L - offset) * 1_000_000L + nanos / 1_000;
  }

  /**
   * Nanoseconds of the day of {@code HH:mm[:ss[.f]]} at a position, packed with the index after it
   * ({@code nanos << 16 | end}, no allocation), or INVALID. Leap second 60 is accepted as 59.
   *
   * @param s the text
   * @param at where the time starts
   * @return the packed nanos and end, or INVALID
   */
  public static long timeOfDay(CharSequence s, int at) {
    int n = s.length();
    if (n > 0xFFFF) {
      return INVALID;
    }
    if (n < at + 5 || s.charAt(at + 2) != ':') {
      return INVALID;
    }
    int h = digits(s, at, 2);
    int mi = digits(s, at + 3, 2);
    if (h < 0 || h > 23 || mi < 0 || mi > 59) {
      return INVALID;
    }
    int i = at + 5;
    int sec = 0;
    long frac = 0;
    if (i < n && s.charAt(i) == ':') {
      if (n < i + 3) {
        return INVALID;
      }
      sec = digits(s, i + 1, 2);
      if (sec < 0 || sec > 60) {
        return INVALID;
      }
      sec = Math.min(sec, 59);
      i += 3;
      if (i < n && (s.charAt(i) == '.' || s.charAt(i) == ',')) {
        i++;
        int start = i;
        long scale = 100_000_000L;
        while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
          frac += (s.charAt(i) - '0') * scale;
          scale /= 10;
          i++;
        }
        if (i == start) {
          return INVALID;
        }
      }
    }
    return ((((h * 60L + mi) * 60L + sec) * 1_000_000_000L + frac) << 16) | i;
  }

  /**
   * The offset in seconds at a position ({@code Z}, {@code ±hh[:mm]}), or Integer.MIN_VALUE.
   *
   * @param s the text
   * @param i where the offset starts, before the end of the text
   * @return the offset, or Integer.MIN_VALUE
   */
  public static int offsetSeconds(CharSequence s, int i) {
    int n = s.length();
    char c = s.charAt(i);
    if ((c == 'Z' || c == 'z') && i + 1 == n) {
      return 0;
    }
    if (c != '+' && c != '-') {
      return Integer.MIN_VALUE;
    }
    int rest = n - i - 1;
    int h;
    int m = 0;
    if (rest == 2) {
      h = digits(s, i + 1, 2);
    } else if (rest == 4) {
      h = digits(s, i + 1, 2);
      m = digits(s, i + 3, 2);
    } else if (rest == 5 && s.charAt(i + 3) == ':') {
      h = digits(s, i + 1, 2);
      m = digits(s, i + 4, 2);
    } else {
      return Integer.MIN_VALUE;
    }
    if (h < 0 || h > 18 || m < 0 || m > 59) {
      return Integer.MIN_VALUE;
    }
    int secs = h * 3600 + m * 60;
    return c == '-' ? -secs : secs;
  }

  /**
   * Nanoseconds of the day of an ISO time, optionally with an offset (ignored), or INVALID.
   *
   * @param s the text
   * @return the nanos, or INVALID
   */
  public static long nanoOfDay(CharSequence s) {
    return nanoOfDay(s, false);
  }

  /**
   * The nanosecond of the day of an ISO-8601 local time, which may end with an offset ({@code Z},
   * {@code +02:00}) that is then checked and ignored, and must when {@code requireOffset} is set.
   *
   * @param s the text
   * @param requireOffset whether an offset must follow the time
   * @return the nanosecond of the day, or {@link #INVALID}
   */
  public static long nanoOfDay(CharSequence s, boolean requireOffset) {
    long packed = timeOfDay(s, 0);
    if (packed == INVALID) {
      return INVALID;
    }
    int end = (int) (packed & 0xFFFF);
    if (end == s.length()) {
      return requireOffset ? INVALID : packed >>> 16;
    }
    if (offsetSeconds(s, end) == Integer.MIN_VALUE) {
      return INVALID;
    }
    return packed >>> 16;
  }
}
