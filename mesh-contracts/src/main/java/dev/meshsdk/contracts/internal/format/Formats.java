package dev.meshsdk.contracts.internal.format;

import java.net.IDN;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * String-format checks for the JSON Schema / ODCS {@code format} keyword, written as char loops: no
 * regular expressions, no allocation (except where noted for internationalised email domains),
 * linear time. Each check answers for the whole string; none trims or normalises it, and the empty
 * string is never valid.
 *
 * <table>
 *   <caption>What each check accepts</caption>
 *   <tr><th>format</th><th>method</th><th>accepts</th></tr>
 *   <tr><td>{@code email}</td><td>{@link #isEmail}</td><td>see {@link #isEmail}</td></tr>
 *   <tr><td>{@code uri}</td><td>{@link #isUri}</td><td>an absolute RFC 3986 URI</td></tr>
 *   <tr><td>{@code uuid}</td><td>{@link #isUuid}</td><td>8-4-4-4-12 hex digits, any case</td></tr>
 *   <tr><td>{@code date}</td><td>{@link #isDate}</td><td>RFC 3339 full-date, real dates</td></tr>
 *   <tr><td>{@code date-time}</td><td>{@link #isDateTime}</td><td>RFC 3339 date-time</td></tr>
 *   <tr><td>{@code time}</td><td>{@link #isTime}</td><td>RFC 3339 full-time (offset needed)</td></tr>
 *   <tr><td>{@code ipv4}</td><td>{@link #isIpv4}</td><td>dotted quad, no leading zeros</td></tr>
 *   <tr><td>{@code ipv6}</td><td>{@link #isIpv6}</td><td>RFC 4291 text forms</td></tr>
 *   <tr><td>{@code hostname}</td><td>{@link #isHostname}</td><td>RFC 1123 host name</td></tr>
 * </table>
 */
public final class Formats {
  private static final int MAX_EMAIL_LOCAL_PART = 64;
  private static final int MAX_HOSTNAME = 253;
  private static final int MAX_LABEL = 63;
  private static final int LEAP_SECOND_UTC_MINUTE = 23 * 60 + 59;

  private static final Optional<Predicate<String>> EMAIL = Optional.of(Formats::isEmail);
  private static final Optional<Predicate<String>> URI = Optional.of(Formats::isUri);
  private static final Optional<Predicate<String>> UUID = Optional.of(Formats::isUuid);
  private static final Optional<Predicate<String>> DATE = Optional.of(Formats::isDate);
  private static final Optional<Predicate<String>> DATE_TIME = Optional.of(Formats::isDateTime);
  private static final Optional<Predicate<String>> TIME = Optional.of(Formats::isTime);
  private static final Optional<Predicate<String>> IPV4 = Optional.of(Formats::isIpv4);
  private static final Optional<Predicate<String>> IPV6 = Optional.of(Formats::isIpv6);
  private static final Optional<Predicate<String>> HOSTNAME = Optional.of(Formats::isHostname);

  private Formats() {}

  /**
   * Returns the check for a JSON Schema / ODCS format name: {@code email}, {@code uri}, {@code
   * uuid}, {@code date}, {@code date-time}, {@code time}, {@code ipv4}, {@code ipv6}, {@code
   * hostname} (exact, case-sensitive names). Any other name, including the annotation-only formats
   * {@code password}, {@code byte} and {@code binary}, gives empty: it asserts nothing.
   *
   * @param format the format name
   * @return the check, or empty if the name asserts nothing here
   */
  public static Optional<Predicate<String>> forName(String format) {
    switch (format) {
      case "email":
        return EMAIL;
      case "uri":
        return URI;
      case "uuid":
        return UUID;
      case "date":
        return DATE;
      case "date-time":
        return DATE_TIME;
      case "time":
        return TIME;
      case "ipv4":
        return IPV4;
      case "ipv6":
        return IPV6;
      case "hostname":
        return HOSTNAME;
      default:
        return Optional.empty();
    }
  }

  // ---------------------------------------------------------------------------------- email

  /**
   * Checks an email address, following the grammar Hibernate Validator's {@code @Email} accepts (a
   * practical subset of RFC 5321/5322), with a stricter domain. The string is split at its
   * <em>last</em> {@code @}.
   *
   * <ul>
   *   <li>Local part: at most 64 chars; dot-separated segments, none empty (so no leading or
   *       trailing dot and no {@code ..}). A segment is either one or more atext chars ({@code A-Z
   *       a-z 0-9 ! # $ % & ' * + / = ? ^ _ ` { | } ~ -}, so {@code +} tags are fine) or a quoted
   *       string: a double quote, then one or more of the atext chars, space, the at sign, {@code .
   *       ( ) , < > [ ] : ;}, or the escaped pairs backslash-backslash and backslash-quote, then a
   *       double quote. Chars from U+0080 up are accepted in both, as Hibernate Validator does. No
   *       comments, no tabs.
   *   <li>Domain: a host name as {@link #isHostname} (so {@code user@localhost} is valid), or an IP
   *       literal {@code [1.2.3.4]} ({@link #isIpv4}) or {@code [IPv6:...]} ({@link #isIpv6}, the
   *       tag in any case). A domain with chars from U+0080 up is converted with {@link
   *       IDN#toASCII(String, int)} (STD3 rules; this one path allocates) and the result must be a
   *       host name. Hibernate Validator also lets a domain label hold {@code _} and other atext
   *       symbols and an IP literal hold {@code [999.1.1.1]}; these are refused here.
   * </ul>
   *
   * @param s the value
   * @return true if it is an email address in this sense
   */
  public static boolean isEmail(String s) {
    int at = dotAtomEnd(s);
    if (at > 0) {
      // The common case in one pass: a dot-atom local part ends at the first '@'. A later '@' would
      // make the general reading below false too, and no domain holds one.
      return at <= MAX_EMAIL_LOCAL_PART
          && at < s.length() - 1
          && isEmailDomain(s, at + 1, s.length());
    }
    at = s.lastIndexOf('@');
    if (at <= 0 || at == s.length() - 1) {
      return false;
    }
    return isEmailLocalPart(s, at) && isEmailDomain(s, at + 1, s.length());
  }

  /**
   * The index of the first {@code @} when everything before it is a well-formed dot-atom (atext
   * runs joined by single dots), else -1 and the general reading decides.
   */
  private static int dotAtomEnd(String s) {
    boolean segmentEmpty = true;
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (c == '@') {
        return segmentEmpty ? -1 : i;
      }
      if (c == '.') {
        if (segmentEmpty) {
          return -1;
        }
        segmentEmpty = true;
      } else if (isAtext(c)) {
        segmentEmpty = false;
      } else {
        return -1;
      }
    }
    return -1;
  }

  private static boolean isEmailLocalPart(String s, int to) {
    if (to > MAX_EMAIL_LOCAL_PART) {
      return false;
    }
    int i = 0;
    while (true) {
      if (i >= to) {
        return false; // an empty segment
      }
      if (s.charAt(i) == '"') {
        i++;
        int start = i;
        while (true) {
          if (i >= to) {
            return false; // not closed
          }
          char c = s.charAt(i);
          if (c == '"') {
            break;
          }
          if (c == '\\') {
            if (i + 1 < to && (s.charAt(i + 1) == '\\' || s.charAt(i + 1) == '"')) {
              i += 2;
              continue;
            }
            return false;
          }
          if (!isQuotedChar(c)) {
            return false;
          }
          i++;
        }
        if (i == start) {
          return false; // ""
        }
        i++;
      } else {
        int start = i;
        while (i < to && isAtext(s.charAt(i))) {
          i++;
        }
        if (i == start) {
          return false;
        }
      }
      if (i == to) {
        return true;
      }
      if (s.charAt(i) != '.') {
        return false;
      }
      i++;
    }
  }

  /** The ASCII atext characters (RFC 5322) as bits: chars 0 to 63, and 64 to 127. */
  private static final long ATEXT_LOW = atextBits(0);

  private static final long ATEXT_HIGH = atextBits(64);

  private static long atextBits(int from) {
    long bits = 0;
    for (int c = from; c < from + 64; c++) {
      if (isAtextSlow((char) c)) {
        bits |= 1L << (c - from);
      }
    }
    return bits;
  }

  private static boolean isAtext(char c) {
    if (c < 64) {
      return (ATEXT_LOW >>> c & 1L) != 0;
    }
    return c >= 128 || (ATEXT_HIGH >>> (c - 64) & 1L) != 0;
  }

  private static boolean isAtextSlow(char c) {
    if (c >= 0x80) {
      return true;
    }
    if (isAlpha(c) || isDigit(c)) {
      return true;
    }
    switch (c) {
      case '!':
      case '#':
      case '$':
      case '%':
      case '&':
      case '\'':
      case '*':
      case '+':
      case '/':
      case '=':
      case '?':
      case '^':
      case '_':
      case '`':
      case '{':
      case '|':
      case '}':
      case '~':
      case '-':
        return true;
      default:
        return false;
    }
  }

  private static boolean isQuotedChar(char c) {
    if (isAtext(c)) {
      return true;
    }
    switch (c) {
      case ' ':
      case '.':
      case '(':
      case ')':
      case ',':
      case '<':
      case '>':
      case '[':
      case ']':
      case ':':
      case ';':
      case '@':
        return true;
      default:
        return false;
    }
  }

  private static boolean isEmailDomain(String s, int from, int to) {
    if (s.charAt(from) == '[') {
      if (s.charAt(to - 1) != ']') {
        return false;
      }
      if (s.regionMatches(true, from + 1, "IPv6:", 0, 5)) {
        return isIpv6(s, from + 6, to - 1);
      }
      return isIpv4(s, from + 1, to - 1);
    }
    if (isHostname(s, from, to)) {
      return true; // a host name is ASCII: no need to look for other chars first
    }
    for (int i = from; i < to; i++) {
      if (s.charAt(i) >= 0x80) {
        return isInternationalDomain(s.substring(from, to));
      }
    }
    return false;
  }

  private static boolean isInternationalDomain(String domain) {
    String ascii;
    try {
      ascii = IDN.toASCII(domain, IDN.USE_STD3_ASCII_RULES);
    } catch (IllegalArgumentException e) {
      return false;
    }
    return isHostname(ascii);
  }

  // ---------------------------------------------------------------------------------- hostname

  /**
   * Checks an RFC 1123 host name: 1 to 253 chars; dot-separated labels of 1 to 63 ASCII letters,
   * digits and hyphens, not starting or ending with a hyphen (a label may start with a digit, so
   * {@code 1.2.3.4} passes). No trailing dot, no underscore, no non-ASCII (that is {@code
   * idn-hostname}); Punycode labels ({@code xn--}) are checked only as LDH labels.
   *
   * @param s the value
   * @return true if it is a host name
   */
  public static boolean isHostname(String s) {
    return isHostname(s, 0, s.length());
  }

  private static boolean isHostname(String s, int from, int to) {
    int length = to - from;
    if (length < 1 || length > MAX_HOSTNAME) {
      return false;
    }
    int labelStart = from;
    for (int i = from; i <= to; i++) {
      if (i == to || s.charAt(i) == '.') {
        int label = i - labelStart;
        if (label < 1 || label > MAX_LABEL) {
          return false;
        }
        if (s.charAt(labelStart) == '-' || s.charAt(i - 1) == '-') {
          return false;
        }
        labelStart = i + 1;
      } else {
        char c = s.charAt(i);
        if (!isAlpha(c) && !isDigit(c) && c != '-') {
          return false;
        }
      }
    }
    return true;
  }

  // ---------------------------------------------------------------------------------- IP

  /**
   * Checks a dotted-quad IPv4 address: four decimal numbers 0 to 255 of 1 to 3 ASCII digits, no
   * leading zeros ({@code 01} is refused, as JSON Schema asks, because some parsers read it as
   * octal), nothing else.
   *
   * @param s the value
   * @return true if it is an IPv4 address
   */
  public static boolean isIpv4(String s) {
    return isIpv4(s, 0, s.length());
  }

  private static boolean isIpv4(String s, int from, int to) {
    int i = from;
    for (int part = 0; part < 4; part++) {
      if (part > 0) {
        if (i >= to || s.charAt(i) != '.') {
          return false;
        }
        i++;
      }
      int start = i;
      int value = 0;
      while (i < to && i - start < 3 && isDigit(s.charAt(i))) {
        value = value * 10 + (s.charAt(i) - '0');
        i++;
      }
      int digits = i - start;
      if (digits == 0 || value > 255 || (digits > 1 && s.charAt(start) == '0')) {
        return false;
      }
    }
    return i == to;
  }

  /**
   * Checks an IPv6 address in the text forms of RFC 4291 section 2.2: eight groups of 1 to 4 hex
   * digits (any case, leading zeros allowed) separated by colons; one {@code ::} standing for one
   * or more zero groups ({@code ::}, {@code ::1}, {@code 1::}); and a trailing dotted-quad IPv4
   * address in place of the last two groups ({@code ::ffff:1.2.3.4}, {@link #isIpv4} rules). No
   * zone index ({@code %eth0}), no brackets, no prefix length.
   *
   * @param s the value
   * @return true if it is an IPv6 address
   */
  public static boolean isIpv6(String s) {
    return isIpv6(s, 0, s.length());
  }

  private static boolean isIpv6(String s, int from, int to) {
    int i = from;
    int groups = 0;
    boolean compressed = false;
    if (to - from >= 2 && s.charAt(i) == ':' && s.charAt(i + 1) == ':') {
      compressed = true;
      i += 2;
      if (i == to) {
        return true;
      }
    }
    if (i >= to || s.charAt(i) == ':') {
      return false;
    }
    while (true) {
      int start = i;
      while (i < to && i - start < 4 && isHex(s.charAt(i))) {
        i++;
      }
      if (i < to && s.charAt(i) == '.') {
        if (!isIpv4(s, start, to)) {
          return false;
        }
        groups += 2;
        return compressed ? groups <= 7 : groups == 8;
      }
      if (i == start) {
        return false;
      }
      groups++;
      if (groups > 8) {
        return false;
      }
      if (i == to) {
        break;
      }
      if (s.charAt(i) != ':') {
        return false; // a fifth hex digit or a stray char
      }
      i++;
      if (i < to && s.charAt(i) == ':') {
        if (compressed) {
          return false;
        }
        compressed = true;
        i++;
        if (i == to) {
          break;
        }
      } else if (i == to) {
        return false; // a trailing single colon
      }
    }
    return compressed ? groups <= 7 : groups == 8;
  }

  // ---------------------------------------------------------------------------------- uuid

  /**
   * Checks a UUID in its 36-char text form: 8-4-4-4-12 hex digits (any case) separated by hyphens.
   * Any version and variant; no braces, no {@code urn:uuid:} prefix.
   *
   * @param s the value
   * @return true if it is a UUID
   */
  public static boolean isUuid(String s) {
    if (s.length() != 36) {
      return false;
    }
    for (int i = 0; i < 36; i++) {
      char c = s.charAt(i);
      if (i == 8 || i == 13 || i == 18 || i == 23) {
        if (c != '-') {
          return false;
        }
      } else if (!isHex(c)) {
        return false;
      }
    }
    return true;
  }

  // ---------------------------------------------------------------------------------- dates

  /**
   * Checks an RFC 3339 full-date {@code YYYY-MM-DD}: exactly 10 ASCII chars, month 01 to 12, day 01
   * to the month's length in the proleptic Gregorian calendar (February 29 only in leap years:
   * divisible by 4, and by 400 if by 100). Years 0000 to 9999.
   *
   * @param s the value
   * @return true if it is a date
   */
  public static boolean isDate(String s) {
    return Temporals.epochDay(s) != Temporals.INVALID;
  }

  /**
   * Checks an RFC 3339 full-time {@code HH:MM:SS[.fraction](Z|+HH:MM|-HH:MM)}: hour 00 to 23
   * ({@code 24:00} is refused), minute 00 to 59, second 00 to 59, or 60 for a leap second only when
   * the time in UTC is 23:59; a fraction of one or more digits; the offset is required (as JSON
   * Schema's {@code time} asks), {@code z} may be lower case, offset hours 00 to 23 and minutes 00
   * to 59.
   *
   * @param s the value
   * @return true if it is a time
   */
  public static boolean isTime(String s) {
    return isFullTime(s, 0, s.length());
  }

  /**
   * Checks an RFC 3339 date-time: {@link #isDate a full-date}, {@code T} (or {@code t}), {@link
   * #isTime a full-time}. No space separator.
   *
   * @param s the value
   * @return true if it is a date-time
   */
  public static boolean isDateTime(String s) {
    if (s.length() < 20 || Temporals.epochDayAt(s, 0) == Temporals.INVALID) {
      return false;
    }
    char t = s.charAt(10);
    return (t == 'T' || t == 't') && isFullTime(s, 11, s.length());
  }

  private static boolean isFullTime(String s, int from, int to) {
    if (to - from < 9) {
      return false;
    }
    int hour = Temporals.digits(s, from, 2);
    int minute = Temporals.digits(s, from + 3, 2);
    int second = Temporals.digits(s, from + 6, 2);
    if (hour < 0 || minute < 0 || second < 0) {
      return false;
    }
    if (s.charAt(from + 2) != ':' || s.charAt(from + 5) != ':') {
      return false;
    }
    if (hour > 23 || minute > 59 || second > 60) {
      return false;
    }
    int i = from + 8;
    if (s.charAt(i) == '.') {
      i++;
      int start = i;
      while (i < to && isDigit(s.charAt(i))) {
        i++;
      }
      if (i == start) {
        return false;
      }
    }
    if (i >= to) {
      return false;
    }
    char zone = s.charAt(i);
    int offsetMinutes;
    if (zone == 'Z' || zone == 'z') {
      offsetMinutes = 0;
      i++;
    } else if (zone == '+' || zone == '-') {
      if (to - i != 6 || s.charAt(i + 3) != ':') {
        return false;
      }
      int offsetHour = Temporals.digits(s, i + 1, 2);
      int offsetMinute = Temporals.digits(s, i + 4, 2);
      if (offsetHour < 0 || offsetMinute < 0 || offsetHour > 23 || offsetMinute > 59) {
        return false;
      }
      offsetMinutes = (offsetHour * 60 + offsetMinute) * (zone == '-' ? -1 : 1);
      i += 6;
    } else {
      return false;
    }
    if (i != to) {
      return false;
    }
    if (second == 60) {
      int utc = Math.floorMod(hour * 60 + minute - offsetMinutes, 24 * 60);
      return utc == LEAP_SECOND_UTC_MINUTE;
    }
    return true;
  }

  // ---------------------------------------------------------------------------------- uri

  /**
   * Checks an absolute URI by the RFC 3986 grammar: {@code scheme ":" hier-part ["?" query] ["#"
   * fragment]}. The scheme is a letter then letters, digits, {@code + - .}; after {@code //} comes
   * an authority ({@code [userinfo@]host[:port]}, the host an {@code [IPv6]} or {@code [vX.future]}
   * literal or a possibly empty reg-name, the port digits); the path, query and fragment hold only
   * unreserved chars, sub-delims, {@code : @ /} (and {@code ?} after the path), and {@code %}
   * followed by two hex digits. ASCII only (non-ASCII is {@code iri}); relative references ({@code
   * //host/x}, {@code /x}) are refused.
   *
   * @param s the value
   * @return true if it is an absolute URI
   */
  public static boolean isUri(String s) {
    int n = s.length();
    if (n == 0 || !isAlpha(s.charAt(0))) {
      return false;
    }
    int i = 1;
    while (i < n && isSchemeChar(s.charAt(i))) {
      i++;
    }
    if (i >= n || s.charAt(i) != ':') {
      return false;
    }
    i++;
    if (i + 1 < n && s.charAt(i) == '/' && s.charAt(i + 1) == '/') {
      int start = i + 2;
      int end = start;
      while (end < n && s.charAt(end) != '/' && s.charAt(end) != '?' && s.charAt(end) != '#') {
        end++;
      }
      if (!isAuthority(s, start, end)) {
        return false;
      }
      i = end;
    }
    i = skipPchars(s, i, n, true, false);
    if (i < n && s.charAt(i) == '?') {
      i = skipPchars(s, i + 1, n, true, true);
    }
    if (i < n && s.charAt(i) == '#') {
      i = skipPchars(s, i + 1, n, true, true);
    }
    return i == n;
  }

  /**
   * Skips pchars (and {@code /}, {@code ?} if allowed) from {@code i} and returns where it stopped;
   * a bad percent-encoding stops it there, which the caller then sees as a stray char.
   */
  private static int skipPchars(String s, int i, int n, boolean slash, boolean question) {
    while (i < n) {
      char c = s.charAt(i);
      if (c == '%') {
        if (i + 2 >= n || !isHex(s.charAt(i + 1)) || !isHex(s.charAt(i + 2))) {
          return i;
        }
        i += 3;
      } else if (isUnreserved(c)
          || isSubDelim(c)
          || c == ':'
          || c == '@'
          || (slash && c == '/')
          || (question && c == '?')) {
        i++;
      } else {
        return i;
      }
    }
    return i;
  }

  private static boolean isAuthority(String s, int from, int to) {
    int at = s.indexOf('@', from);
    int i = from;
    if (at >= 0 && at < to) {
      while (i < at) {
        char c = s.charAt(i);
        if (c == '%') {
          if (i + 2 >= at || !isHex(s.charAt(i + 1)) || !isHex(s.charAt(i + 2))) {
            return false;
          }
          i += 3;
        } else if (isUnreserved(c) || isSubDelim(c) || c == ':') {
          i++;
        } else {
          return false;
        }
      }
      i = at + 1;
    }
    if (i < to && s.charAt(i) == '[') {
      int close = s.indexOf(']', i);
      if (close < 0 || close >= to || !isIpLiteral(s, i + 1, close)) {
        return false;
      }
      i = close + 1;
    } else {
      while (i < to && s.charAt(i) != ':') {
        char c = s.charAt(i);
        if (c == '%') {
          if (i + 2 >= to || !isHex(s.charAt(i + 1)) || !isHex(s.charAt(i + 2))) {
            return false;
          }
          i += 3;
        } else if (isUnreserved(c) || isSubDelim(c)) {
          i++;
        } else {
          return false;
        }
      }
    }
    if (i < to) {
      if (s.charAt(i) != ':') {
        return false;
      }
      for (i++; i < to; i++) {
        if (!isDigit(s.charAt(i))) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean isIpLiteral(String s, int from, int to) {
    if (from < to && (s.charAt(from) == 'v' || s.charAt(from) == 'V')) {
      int i = from + 1;
      int start = i;
      while (i < to && isHex(s.charAt(i))) {
        i++;
      }
      if (i == start || i >= to || s.charAt(i) != '.') {
        return false;
      }
      i++;
      if (i >= to) {
        return false;
      }
      for (; i < to; i++) {
        char c = s.charAt(i);
        if (!isUnreserved(c) && !isSubDelim(c) && c != ':') {
          return false;
        }
      }
      return true;
    }
    return isIpv6(s, from, to);
  }

  private static boolean isSchemeChar(char c) {
    return isAlpha(c) || isDigit(c) || c == '+' || c == '-' || c == '.';
  }

  private static boolean isUnreserved(char c) {
    return isAlpha(c) || isDigit(c) || c == '-' || c == '.' || c == '_' || c == '~';
  }

  private static boolean isSubDelim(char c) {
    switch (c) {
      case '!':
      case '$':
      case '&':
      case '\'':
      case '(':
      case ')':
      case '*':
      case '+':
      case ',':
      case ';':
      case '=':
        return true;
      default:
        return false;
    }
  }

  // ---------------------------------------------------------------------------------- chars

  private static boolean isAlpha(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isHex(char c) {
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }
}
