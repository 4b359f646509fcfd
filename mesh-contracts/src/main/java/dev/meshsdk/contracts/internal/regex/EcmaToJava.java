package dev.meshsdk.contracts.internal.regex;

/**
 * Rewrites an ECMA-262 pattern into java.util.regex syntax with the same meaning where the two
 * differ, for the fallback path only (patterns the automaton does not express). Best effort: the
 * tokens are rewritten one by one, with no full parse.
 *
 * <ul>
 *   <li>{@code $} becomes {@code \z} (ECMA: only the very end; Java: also before a final line
 *       terminator); {@code .} becomes a class without the four ECMA line terminators (Java also
 *       excludes U+0085).
 *   <li>{@code \s} and {@code \S} get ECMA's Unicode spaces; {@code \b} and {@code \B} become
 *       lookarounds over the ASCII word class (Java's {@code \b} is Unicode-aware); inside a class,
 *       {@code \b} is a backspace.
 *   <li>{@code \v}, {@code \0} and ECMA's {@code \cX} become explicit code units.
 *   <li>In a class, {@code [} and {@code &} are escaped (Java nests and intersects classes), {@code
 *       []} matches nothing and {@code [^]} anything.
 *   <li>A <code>&#123;</code> that does not start a repetition is escaped (Annex B literal).
 * </ul>
 *
 * Anything else, including constructs ECMA lacks, is passed through with its Java meaning.
 */
final class EcmaToJava {
  private static final String SPACE_ITEMS =
      "\\s\\x{A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}\\x{FEFF}";
  private static final String WORD = "[A-Za-z0-9_]";
  private static final String BOUNDARY =
      "(?:(?<=" + WORD + ")(?!" + WORD + ")|(?<!" + WORD + ")(?=" + WORD + "))";
  private static final String NOT_BOUNDARY =
      "(?:(?<=" + WORD + ")(?=" + WORD + ")|(?<!" + WORD + ")(?!" + WORD + "))";

  private EcmaToJava() {}

  static String translate(String p) {
    StringBuilder out = new StringBuilder(p.length() + 16);
    int n = p.length();
    int i = 0;
    while (i < n) {
      char c = p.charAt(i);
      if (c == '\\' && i + 1 < n) {
        i = escape(p, i, out, false);
      } else if (c == '[') {
        i = characterClass(p, i, out);
      } else if (c == '.') {
        out.append("[^\\n\\r\\u2028\\u2029]");
        i++;
      } else if (c == '$') {
        out.append("\\z");
        i++;
      } else if (c == '{' && !isBounds(p, i)) {
        out.append("\\{");
        i++;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /** Rewrites the escape at {@code i}; returns the index after it. */
  private static int escape(String p, int i, StringBuilder out, boolean inClass) {
    char e = p.charAt(i + 1);
    switch (e) {
      case 's':
        out.append(inClass ? SPACE_ITEMS : "[" + SPACE_ITEMS + "]");
        return i + 2;
      case 'S':
        out.append("[^" + SPACE_ITEMS + "]");
        return i + 2;
      case 'b':
        out.append(inClass ? "\\x{8}" : BOUNDARY);
        return i + 2;
      case 'B':
        out.append(inClass ? "B" : NOT_BOUNDARY);
        return i + 2;
      case 'v':
        out.append("\\x{B}");
        return i + 2;
      case '0':
        if (i + 2 >= p.length() || p.charAt(i + 2) < '0' || p.charAt(i + 2) > '9') {
          out.append("\\x{0}");
          return i + 2;
        }
        out.append("\\0");
        return i + 2;
      case 'c':
        if (i + 2 < p.length() && Character.isLetter(p.charAt(i + 2)) && p.charAt(i + 2) < 128) {
          out.append("\\x{").append(Integer.toHexString(p.charAt(i + 2) % 32)).append('}');
          return i + 3;
        }
        out.append("\\\\c");
        return i + 2;
      default:
        out.append('\\').append(e);
        return i + 2;
    }
  }

  private static int characterClass(String p, int i, StringBuilder out) {
    int n = p.length();
    int j = i + 1;
    boolean negated = j < n && p.charAt(j) == '^';
    if (negated) {
      j++;
    }
    if (j < n && p.charAt(j) == ']') {
      out.append(negated ? "[\\x{0}-\\x{10FFFF}]" : "(?!)");
      return j + 1;
    }
    out.append(negated ? "[^" : "[");
    while (j < n) {
      char c = p.charAt(j);
      if (c == ']') {
        out.append(']');
        return j + 1;
      }
      if (c == '\\' && j + 1 < n) {
        j = escape(p, j, out, true);
      } else if (c == '[' || c == '&') {
        out.append('\\').append(c);
        j++;
      } else {
        out.append(c);
        j++;
      }
    }
    return j; // unclosed: java.util.regex reports it
  }

  private static boolean isBounds(String p, int i) {
    int j = i + 1;
    int n = p.length();
    int digits = 0;
    while (j < n && p.charAt(j) >= '0' && p.charAt(j) <= '9') {
      j++;
      digits++;
    }
    if (digits == 0 || j >= n) {
      return false;
    }
    if (p.charAt(j) == ',') {
      j++;
      while (j < n && p.charAt(j) >= '0' && p.charAt(j) <= '9') {
        j++;
      }
    }
    return j < n && p.charAt(j) == '}';
  }
}
