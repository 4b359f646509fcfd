package dev.meshsdk.testkit.generate.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Free text and the string formats ({@code email}, {@code uri}, {@code uuid}...). */
final class Strings {
  private static final String ALNUM =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  private static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
  private static final String LDH = "abcdefghijklmnopqrstuvwxyz0123456789-";
  private static final String HEX = "0123456789abcdef";

  /** Non-ASCII code points: Latin, Cyrillic, Greek, CJK, Hangul and outside the BMP. */
  private static final int[] UNICODE = "éüßøçñÅЖжλΩ中文字日本한국ŁŻ".codePoints().toArray();

  private static final int[] ASTRAL = {0x1F600, 0x1F680, 0x1D11E, 0x20BB7};

  /** Formats this generator can produce, the ones the record validator checks. */
  static boolean isKnownFormat(String format) {
    return switch (format) {
      case "email", "uri", "uuid", "date", "date-time", "time", "ipv4", "ipv6", "hostname" -> true;
      default -> false;
    };
  }

  private Strings() {}

  /** Free text of exactly {@code length} code points, mostly ASCII letters and digits. */
  static String plain(Draw d, int length) {
    StringBuilder sb = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      if (d.chance(d.options.unicodeProbability())) {
        sb.appendCodePoint(
            d.chance(0.2)
                ? ASTRAL[d.random.nextInt(ASTRAL.length)]
                : UNICODE[d.random.nextInt(UNICODE.length)]);
      } else if (i > 0 && i < length - 1 && d.chance(0.08)) {
        sb.append(' ');
      } else {
        sb.append(ALNUM.charAt(d.random.nextInt(ALNUM.length())));
      }
    }
    return sb.toString();
  }

  /** Free text drawn from a pool of characters (for patterns only java.util.regex runs). */
  static String fromPool(Draw d, String pool, int length) {
    StringBuilder sb = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      sb.append(pool.charAt(d.random.nextInt(pool.length())));
    }
    return sb.toString();
  }

  /**
   * A value of a string format, near a target length where the format's length varies.
   *
   * @return the value, or null for a format this class does not know
   */
  static @Nullable String format(Draw d, String format, int length) {
    return switch (format) {
      case "email" -> email(d, length);
      case "hostname" -> hostname(d, Math.max(1, Math.min(253, length)));
      case "uri" -> uri(d, length);
      case "uuid" -> new UUID(d.random.nextLong(), d.random.nextLong()).toString();
      case "date" -> date(d).toString();
      case "time" -> time(d) + offset(d);
      case "date-time" -> date(d) + "T" + time(d) + offset(d);
      case "ipv4" ->
          d.between(0, 255)
              + "."
              + d.between(0, 255)
              + "."
              + d.between(0, 255)
              + "."
              + d.between(0, 255);
      case "ipv6" -> ipv6(d);
      default -> null;
    };
  }

  private static LocalDate date(Draw d) {
    return LocalDate.ofEpochDay(d.between(0, 25_000));
  }

  private static String time(Draw d) {
    LocalTime t = LocalTime.ofSecondOfDay(d.between(0, 86_399));
    String s = String.format("%02d:%02d:%02d", t.getHour(), t.getMinute(), t.getSecond());
    return d.chance(0.3) ? s + "." + d.between(0, 999) : s;
  }

  private static String offset(Draw d) {
    if (d.chance(0.5)) {
      return "Z";
    }
    ZoneOffset o = ZoneOffset.ofHoursMinutes(d.between(-12, 14), 0);
    String id = o.getId();
    return id.equals("Z") ? "+00:00" : id;
  }

  private static String email(Draw d, int length) {
    int target = Math.max(3, Math.min(64 + 1 + 253, length));
    int local = d.between(1, Math.max(1, Math.min(64, target - 2)));
    int domain = Math.max(1, Math.min(253, target - local - 1));
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < local; i++) {
      boolean inner = i > 0 && i < local - 1 && sb.charAt(sb.length() - 1) != '.';
      sb.append(inner && d.chance(0.1) ? '.' : ALNUM.charAt(d.random.nextInt(ALNUM.length())));
    }
    return sb + "@" + hostname(d, domain);
  }

  static String hostname(Draw d, int length) {
    StringBuilder sb = new StringBuilder(length);
    int remaining = length;
    while (remaining > 0) {
      int label;
      if (remaining <= 63 && (remaining < 4 || d.chance(0.4))) {
        label = remaining;
      } else {
        label = d.between(1, Math.min(63, remaining - 2));
      }
      for (int i = 0; i < label; i++) {
        String chars = i == 0 || i == label - 1 ? LOWER : LDH;
        sb.append(chars.charAt(d.random.nextInt(chars.length())));
      }
      remaining -= label;
      if (remaining > 0) {
        sb.append('.');
        remaining--;
      }
    }
    return sb.toString();
  }

  private static String uri(Draw d, int length) {
    if (length < 12) {
      return "urn:" + fromPool(d, LOWER, Math.max(1, length - 4));
    }
    int host = d.between(1, Math.min(30, length - 9));
    return "https://" + hostname(d, host) + "/" + fromPool(d, LOWER, length - 9 - host);
  }

  private static String ipv6(Draw d) {
    String[] groups = new String[8];
    for (int i = 0; i < 8; i++) {
      int digits = d.between(1, 4);
      StringBuilder g = new StringBuilder();
      for (int j = 0; j < digits; j++) {
        g.append(HEX.charAt(d.random.nextInt(16)));
      }
      groups[i] = g.toString();
    }
    if (d.chance(0.3)) {
      int from = d.between(1, 6);
      int to = d.between(from + 1, 7);
      return String.join(":", java.util.Arrays.copyOfRange(groups, 0, from))
          + "::"
          + String.join(":", java.util.Arrays.copyOfRange(groups, to, 8));
    }
    return String.join(":", groups);
  }

  static int codePoints(String s) {
    return s.codePointCount(0, s.length());
  }
}
