package dev.meshsdk.contracts.internal.validate;

import dev.meshsdk.contracts.internal.regex.Regex;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * A string property: type, lengths (in code points, as JSON Schema counts), patterns, format,
 * allowed values and not-blank. Java enums are checked by their names.
 */
final class StringCheck extends Check {
  /** A pattern and the rule id its violation reports. */
  record PatternRule(Regex regex, String rule, String text) {
    /**
     * Checks the components.
     *
     * @param regex the compiled pattern
     * @param rule the rule id
     * @param text the pattern as written
     */
    PatternRule {}
  }

  final int minLength;
  final int maxLength;
  final PatternRule[] patterns;
  final @Nullable Predicate<String> format;
  private final String formatName;
  final @Nullable Set<String> allowed;
  final boolean notBlank;

  StringCheck(
      boolean showValues,
      int minLength,
      int maxLength,
      PatternRule[] patterns,
      @Nullable Predicate<String> format,
      String formatName,
      @Nullable Set<String> allowed,
      boolean notBlank) {
    super(showValues);
    this.minLength = minLength;
    this.maxLength = maxLength;
    this.patterns = patterns.clone();
    this.format = format;
    this.formatName = formatName;
    this.allowed = allowed;
    this.notBlank = notBlank;
  }

  static @Nullable String text(Object value) {
    if (value instanceof String s) {
      return s;
    }
    if (value instanceof Enum<?> e) {
      return e.name();
    }
    if (value instanceof CharSequence cs) {
      return cs.toString();
    }
    if (value instanceof Character c) {
      return c.toString();
    }
    return null;
  }

  @Override
  boolean test(Object value) {
    String s = text(value);
    if (s == null) {
      return false;
    }
    if (!lengthOk(s, minLength, maxLength)) {
      return false;
    }
    for (PatternRule p : patterns) {
      if (!p.regex.matches(s)) {
        return false;
      }
    }
    if (format != null && !format.test(s)) {
      return false;
    }
    if (allowed != null && !allowed.contains(s)) {
      return false;
    }
    return !notBlank || !s.isBlank();
  }

  /**
   * Whether the length in code points is within the bounds; counts code points only when the length
   * in chars cannot decide.
   *
   * @param s the text
   * @param minLength the least length, 0 for none
   * @param maxLength the greatest length, -1 for none
   * @return true if within
   */
  static boolean lengthOk(String s, int minLength, int maxLength) {
    int chars = s.length();
    if (minLength > 0 && (chars < minLength || codePoints(s) < minLength)) {
      return false;
    }
    return maxLength < 0 || chars <= maxLength || codePoints(s) <= maxLength;
  }

  private static int codePoints(String s) {
    return s.codePointCount(0, s.length());
  }

  @Override
  void report(Object value, Path path, Sink sink) {
    String s = text(value);
    if (s == null) {
      sink.add(path, "type", "must be a string but was " + Show.typeName(value));
      return;
    }
    int length = codePoints(s);
    if (minLength > 0 && length < minLength) {
      sink.add(
          path,
          "minLength",
          "must be at least " + minLength + " characters long but has " + length);
    }
    if (maxLength >= 0 && length > maxLength) {
      sink.add(
          path, "maxLength", "must be at most " + maxLength + " characters long but has " + length);
    }
    for (PatternRule p : patterns) {
      switch (p.regex.matchOrGiveUp(s)) {
        case NO_MATCH ->
            sink.add(path, p.rule, "must match the pattern " + p.text + " but was " + show(s));
        case GAVE_UP ->
            sink.add(
                path,
                p.rule,
                "could not be matched against the pattern "
                    + p.text
                    + " within its step budget (a backtracking construct on a long or unlucky value);"
                    + " rejected, since it is not known to match");
        case MATCH -> {
          // fine
        }
      }
    }
    if (format != null && !format.test(s)) {
      sink.add(path, "format", "must be a valid " + formatName + " but was " + show(s));
    }
    if (allowed != null && !allowed.contains(s)) {
      String list = allowed.size() <= 12 ? " " + allowed : "";
      sink.add(
          path, "validValues", "must be one of the allowed values" + list + " but was " + show(s));
    }
    if (notBlank && s.isBlank()) {
      sink.add(path, "notBlank", "must not be blank");
    }
  }
}
