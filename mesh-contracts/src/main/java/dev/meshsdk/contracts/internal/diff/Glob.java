package dev.meshsdk.contracts.internal.diff;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Path globs: {@code *} within one dot-separated segment, {@code **} across segments, {@code ?} one
 * character; everything else literal.
 */
public final class Glob {
  private static final Map<String, Pattern> CACHE = new ConcurrentHashMap<>();

  private Glob() {}

  /**
   * Whether a text matches a glob entirely.
   *
   * @param glob the glob
   * @param text the text
   * @return true if it matches
   */
  public static boolean matches(String glob, String text) {
    return CACHE.computeIfAbsent(glob, Glob::compile).matcher(text).matches();
  }

  static Pattern compile(String glob) {
    StringBuilder re = new StringBuilder();
    StringBuilder literal = new StringBuilder();
    for (int i = 0; i < glob.length(); i++) {
      char c = glob.charAt(i);
      if (c == '*' || c == '?') {
        if (literal.length() > 0) {
          re.append(Pattern.quote(literal.toString()));
          literal.setLength(0);
        }
        if (c == '?') {
          re.append('.');
        } else if (i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
          re.append(".*");
          i++;
        } else {
          re.append("[^.]*");
        }
      } else {
        literal.append(c);
      }
    }
    if (literal.length() > 0) {
      re.append(Pattern.quote(literal.toString()));
    }
    return Pattern.compile(re.toString(), Pattern.DOTALL);
  }
}
