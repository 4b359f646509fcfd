package dev.meshsdk.observability.report.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

/** Escaping, hashing and the few text formats the pages share. Not API. */
public final class Html {
  private static final DateTimeFormatter SHOWN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter MACHINE = DateTimeFormatter.ISO_INSTANT;

  private Html() {}

  /**
   * Escapes text for HTML element content and quoted attribute values (also inside inline SVG):
   * {@code & < > " '} become character references, and control characters that HTML forbids become
   * U+FFFD.
   *
   * @param text any text
   * @return the escaped text
   */
  public static String esc(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String rep =
          switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\'' -> "&#39;";
            default -> forbidden(c) ? "\uFFFD" : null;
          };
      if (rep != null) {
        if (out == null) {
          out = new StringBuilder(text.length() + 16).append(text, 0, i);
        }
        out.append(rep);
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }

  private static boolean forbidden(char c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
        || (c >= 0x7F && c <= 0x9F)
        || c == '\uFFFE'
        || c == '\uFFFF';
  }

  /**
   * Shortens text to at most {@code max} characters, ending in an ellipsis when cut.
   *
   * @param text the text
   * @param max the most characters to keep, at least 2
   * @return the text, shortened if needed
   */
  public static String truncate(String text, int max) {
    if (text.codePointCount(0, text.length()) <= max) {
      return text;
    }
    int end = text.offsetByCodePoints(0, max - 1);
    return text.substring(0, end).stripTrailing() + "\u2026";
  }

  /**
   * The CSP source expression for an inline script or style: {@code 'sha256-…'}.
   *
   * @param content the exact text between the tags
   * @return the source expression
   */
  public static String cspHash(String content) {
    return "'sha256-" + Base64.getEncoder().encodeToString(sha256(content)) + "'";
  }

  /**
   * The first {@code hexChars} hex digits of the SHA-256 of the text.
   *
   * @param text the text
   * @param hexChars how many hex digits
   * @return the digits
   */
  public static String shortHash(String text, int hexChars) {
    return HexFormat.of().formatHex(sha256(text)).substring(0, hexChars);
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /**
   * A {@code <time>} element showing the instant in UTC to the minute.
   *
   * @param instant the instant
   * @return the element
   */
  public static String time(Instant instant) {
    Instant seconds = instant.truncatedTo(ChronoUnit.SECONDS);
    return "<time datetime=\""
        + MACHINE.format(seconds)
        + "\">"
        + esc(SHOWN.format(instant))
        + "</time>";
  }

  /**
   * A short human duration such as {@code 850 ms}, {@code 4.2 s}, {@code 3 min 5 s}, {@code 2 h 10
   * min} or {@code 3 d 4 h}.
   *
   * @param d the duration (negative counts as zero)
   * @return the text
   */
  public static String duration(Duration d) {
    if (d.isNegative()) {
      d = Duration.ZERO;
    }
    long ms = d.toMillis();
    if (ms < 1000) {
      return ms + " ms";
    }
    if (ms < 60_000) {
      long tenths = ms / 100;
      return (tenths / 10) + (tenths % 10 == 0 ? "" : "." + (tenths % 10)) + " s";
    }
    long s = d.getSeconds();
    if (s < 3600) {
      return (s / 60) + " min" + (s % 60 == 0 ? "" : " " + (s % 60) + " s");
    }
    if (s < 86_400) {
      long m = (s % 3600) / 60;
      return (s / 3600) + " h" + (m == 0 ? "" : " " + m + " min");
    }
    long h = (s % 86_400) / 3600;
    return (s / 86_400) + " d" + (h == 0 ? "" : " " + h + " h");
  }

  /**
   * A count with thousands separators, such as {@code 12,345}.
   *
   * @param n the count
   * @return the text
   */
  public static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}
