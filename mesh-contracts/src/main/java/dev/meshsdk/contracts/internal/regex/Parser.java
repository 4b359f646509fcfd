package dev.meshsdk.contracts.internal.regex;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A recursive-descent parser for the automaton subset of two regular-expression dialects. It throws
 * {@link RegexSyntaxError} for a pattern that is wrong and {@link UnsupportedConstruct} for a valid
 * construct the automaton does not express, so that the caller can fall back.
 */
final class Parser {
  /** How deeply groups may nest; bounds the recursion of the parser and the compiler. */
  static final int MAX_NESTING = 256;

  /** The syntax a pattern is written in. */
  enum Dialect {
    /** ECMA-262 (JavaScript, JSON Schema {@code pattern}), without flags. */
    ECMA,
    /** java.util.regex without flags (Bean Validation {@code @Pattern}). */
    JAVA
  }

  private final String p;
  private final int n;
  private final boolean java;
  private final Set<String> groupNames = new HashSet<>();
  private int pos;

  /** The set of the last class escape; valid when {@link #charOrClassEscape} returned -1. */
  private CharSet escapedSet = CharSet.EMPTY;

  private Parser(String pattern, Dialect dialect) {
    this.p = pattern;
    this.n = pattern.length();
    this.java = dialect == Dialect.JAVA;
  }

  static Node parse(String pattern, Dialect dialect) {
    Parser parser = new Parser(pattern, dialect);
    Node root = parser.alternation(0);
    if (parser.pos < parser.n) {
      throw new RegexSyntaxError(parser.pos, "unmatched ')'");
    }
    return root;
  }

  private Node alternation(int depth) {
    if (depth > MAX_NESTING) {
      throw new RegexSyntaxError(pos, "groups are nested deeper than " + MAX_NESTING);
    }
    Node first = sequence(depth);
    if (pos >= n || p.charAt(pos) != '|') {
      return first;
    }
    List<Node> branches = new ArrayList<>();
    branches.add(first);
    while (pos < n && p.charAt(pos) == '|') {
      pos++;
      branches.add(sequence(depth));
    }
    return new Node.Alt(branches);
  }

  private Node sequence(int depth) {
    List<Node> items = new ArrayList<>();
    while (pos < n) {
      char c = p.charAt(pos);
      if (c == '|' || c == ')') {
        break;
      }
      boolean assertion = isAssertionAt(pos);
      Node atom = atom(depth);
      items.add(quantified(atom, assertion));
    }
    return items.size() == 1 ? items.get(0) : new Node.Seq(items);
  }

  private Node atom(int depth) {
    int start = pos;
    char c = p.charAt(pos);
    switch (c) {
      case '(':
        return group(depth);
      case '[':
        return characterClass();
      case '.':
        pos++;
        return new Node.Chars(java ? CharSet.JAVA_DOT : CharSet.ECMA_DOT);
      case '^':
        pos++;
        return Node.Anchor.BEGIN_NODE;
      case '$':
        pos++;
        return java ? Node.Anchor.JAVA_END_NODE : Node.Anchor.END_NODE;
      case '\\':
        return escapeAtom();
      case '*':
      case '+':
      case '?':
        throw new RegexSyntaxError(start, "nothing to repeat before '" + c + "'");
      case '{':
        if (java || boundsAt(pos) != null) {
          throw new RegexSyntaxError(start, "nothing to repeat before '{'");
        }
        pos++;
        return literal('{');
      default:
        pos++;
        if (Character.isHighSurrogate(c) && pos < n && Character.isLowSurrogate(p.charAt(pos))) {
          // A supplementary character written literally: keep its two halves together so that a
          // quantifier applies to both, as in java.util.regex.
          return new Node.Seq(List.of(literal(c), literal(p.charAt(pos++))));
        }
        return literal(c);
    }
  }

  private static Node literal(int c) {
    return new Node.Chars(CharSet.of(c));
  }

  /** Whether an anchor token ({@code ^ $ \A \z \Z}, not a group) starts at {@code i}. */
  private boolean isAssertionAt(int i) {
    char c = p.charAt(i);
    if (c == '^' || c == '$') {
      return true;
    }
    if (c == '\\' && i + 1 < n) {
      char e = p.charAt(i + 1);
      return e == 'A' || e == 'z' || e == 'Z';
    }
    return false;
  }

  private Node quantified(Node atom, boolean assertion) {
    if (pos >= n) {
      return atom;
    }
    int start = pos;
    char c = p.charAt(pos);
    int min;
    int max;
    if (c == '*') {
      min = 0;
      max = Node.UNBOUNDED;
      pos++;
    } else if (c == '+') {
      min = 1;
      max = Node.UNBOUNDED;
      pos++;
    } else if (c == '?') {
      min = 0;
      max = 1;
      pos++;
    } else if (c == '{') {
      int[] bounds = boundsAt(pos);
      if (bounds == null) {
        if (java) {
          throw new RegexSyntaxError(start, "'{' does not start a repetition {n}, {n,} or {n,m}");
        }
        return atom; // ECMA Annex B: a literal '{', parsed as the next atom
      }
      min = bounds[0];
      max = bounds[1];
      pos = bounds[2];
    } else {
      return atom;
    }
    if (assertion && !java) {
      throw new RegexSyntaxError(start, "nothing to repeat before '" + c + "'");
    }
    if (pos < n && p.charAt(pos) == '?') {
      pos++; // lazy: the same yes/no answer as greedy
    } else if (pos < n && p.charAt(pos) == '+') {
      throw UnsupportedConstruct.at(pos, "possessive quantifier");
    }
    if (pos < n && isQuantifierAt(pos)) {
      throw new RegexSyntaxError(pos, "nothing to repeat before '" + p.charAt(pos) + "'");
    }
    return new Node.Repeat(atom, min, max);
  }

  private boolean isQuantifierAt(int i) {
    char c = p.charAt(i);
    return c == '*' || c == '+' || c == '?' || (c == '{' && (java || boundsAt(i) != null));
  }

  /**
   * Reads {@code {n}}, {@code {n,}} or {@code {n,m}} at index {@code i}: returns min, max (or
   * {@link Node#UNBOUNDED}) and the index after the closing brace, or null if the text there is not
   * a repetition.
   */
  private int[] boundsAt(int i) {
    int j = i + 1;
    int digitsStart = j;
    long min = 0;
    while (j < n && isDigit(p.charAt(j))) {
      min = Math.min(min * 10 + (p.charAt(j) - '0'), 1L << 40);
      j++;
    }
    if (j == digitsStart || j >= n) {
      return null;
    }
    long max;
    if (p.charAt(j) == '}') {
      max = min;
    } else if (p.charAt(j) == ',') {
      j++;
      int maxStart = j;
      max = 0;
      while (j < n && isDigit(p.charAt(j))) {
        max = Math.min(max * 10 + (p.charAt(j) - '0'), 1L << 40);
        j++;
      }
      if (j >= n || p.charAt(j) != '}') {
        return null;
      }
      if (j == maxStart) {
        max = Node.UNBOUNDED;
      }
    } else {
      return null;
    }
    if (min > Integer.MAX_VALUE || max > Integer.MAX_VALUE) {
      throw new RegexSyntaxError(i, "repetition count is larger than " + Integer.MAX_VALUE);
    }
    if (max != Node.UNBOUNDED && min > max) {
      throw new RegexSyntaxError(
          i, "repetition range " + p.substring(i, j + 1) + " has its bounds out of order");
    }
    return new int[] {(int) min, (int) max, j + 1};
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private Node group(int depth) {
    int open = pos;
    pos++;
    if (pos < n && p.charAt(pos) == '?') {
      if (startsWith("?:")) {
        pos += 2;
      } else if (startsWith("?<=") || startsWith("?<!")) {
        throw UnsupportedConstruct.at(open, "lookbehind");
      } else if (startsWith("?=") || startsWith("?!")) {
        throw UnsupportedConstruct.at(open, "lookahead");
      } else if (startsWith("?<")) {
        groupName(open);
      } else if (startsWith("?>")) {
        throw UnsupportedConstruct.at(open, "atomic group");
      } else {
        throw UnsupportedConstruct.at(open, "inline flags or another '(?' construct");
      }
    }
    Node body = alternation(depth + 1);
    if (pos >= n || p.charAt(pos) != ')') {
      throw new RegexSyntaxError(open, "group '(' is not closed");
    }
    pos++;
    return body;
  }

  private void groupName(int open) {
    int start = pos + 2;
    int end = p.indexOf('>', start);
    if (end < 0) {
      throw new RegexSyntaxError(open, "group name is not closed with '>'");
    }
    String name = p.substring(start, end);
    if (name.isEmpty() || !validGroupName(name)) {
      throw new RegexSyntaxError(start, "invalid group name '" + name + "'");
    }
    if (!groupNames.add(name)) {
      throw new RegexSyntaxError(start, "duplicate group name '" + name + "'");
    }
    pos = end + 1;
  }

  /** java.util.regex: {@code [A-Za-z][A-Za-z0-9]*}; ECMA (ASCII subset): also '_' and '$'. */
  private boolean validGroupName(String name) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean ok =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (i > 0 && isDigit(c))
              || (!java && (c == '_' || c == '$'));
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private boolean startsWith(String prefix) {
    return p.startsWith(prefix, pos);
  }

  private Node escapeAtom() {
    int start = pos;
    pos++;
    if (pos >= n) {
      throw new RegexSyntaxError(start, "pattern ends with a lone backslash");
    }
    char c = p.charAt(pos);
    switch (c) {
      case 'b':
      case 'B':
        throw UnsupportedConstruct.at(start, "word boundary \\" + c);
      case 'A':
        pos++;
        return Node.Anchor.BEGIN_NODE;
      case 'z':
        pos++;
        return Node.Anchor.END_NODE;
      case 'Z':
        if (!java) {
          throw UnsupportedConstruct.at(start, "escape \\Z");
        }
        pos++;
        return Node.Anchor.JAVA_END_NODE;
      case 'Q':
        if (!java) {
          throw UnsupportedConstruct.at(start, "quotation \\Q");
        }
        return quotation(start);
      case 'k':
        throw UnsupportedConstruct.at(start, "named backreference");
      default:
        if (c >= '1' && c <= '9') {
          throw UnsupportedConstruct.at(start, "backreference");
        }
        int value = charOrClassEscape(start, false);
        return value < 0 ? new Node.Chars(escapedSet) : literal(value);
    }
  }

  /** java.util.regex {@code \Q...\E}: everything up to {@code \E} (or the end) is literal. */
  private Node quotation(int start) {
    int from = pos + 1;
    int end = p.indexOf("\\E", from);
    int to = end < 0 ? n : end;
    pos = end < 0 ? n : end + 2;
    if (pos < n && isQuantifierAt(pos)) {
      // java.util.regex applies the quantifier to the last quoted character only.
      throw UnsupportedConstruct.at(start, "quantified quotation \\Q...\\E");
    }
    List<Node> chars = new ArrayList<>();
    for (int i = from; i < to; i++) {
      chars.add(literal(p.charAt(i)));
    }
    return new Node.Seq(chars);
  }

  /**
   * Reads the escape whose backslash is at {@code start} ({@code pos} is on the character after
   * it). Returns the code unit, or -1 for a class escape whose set is left in {@link #escapedSet}.
   */
  private int charOrClassEscape(int start, boolean inClass) {
    char c = p.charAt(pos++);
    switch (c) {
      case 'd':
        return set(CharSet.DIGIT);
      case 'D':
        return set(CharSet.DIGIT.complement());
      case 'w':
        return set(CharSet.WORD);
      case 'W':
        return set(CharSet.WORD.complement());
      case 's':
        return set(java ? CharSet.JAVA_SPACE : CharSet.ECMA_SPACE);
      case 'S':
        return set((java ? CharSet.JAVA_SPACE : CharSet.ECMA_SPACE).complement());
      case 'h':
      case 'H':
        if (!java) {
          throw UnsupportedConstruct.at(start, "escape \\" + c);
        }
        return set(c == 'h' ? CharSet.JAVA_HORIZONTAL : CharSet.JAVA_HORIZONTAL.complement());
      case 'v':
        return java ? set(CharSet.JAVA_VERTICAL) : 0x0B;
      case 'V':
        if (!java) {
          throw UnsupportedConstruct.at(start, "escape \\V");
        }
        return set(CharSet.JAVA_VERTICAL.complement());
      case 'p':
      case 'P':
        return property(start, c == 'P');
      case 't':
        return '\t';
      case 'n':
        return '\n';
      case 'r':
        return '\r';
      case 'f':
        return '\f';
      case 'e':
        if (!java) {
          throw UnsupportedConstruct.at(start, "escape \\e");
        }
        return 0x1B;
      case 'a':
        if (!java) {
          throw UnsupportedConstruct.at(start, "escape \\a");
        }
        return 0x07;
      case '0':
        return java ? octal(start) : ecmaNul(start);
      case 'x':
        return hex(start);
      case 'u':
        return unicode(start);
      case 'c':
        return control(start);
      case 'b':
        if (inClass && !java) {
          return 0x08;
        }
        throw new RegexSyntaxError(start, "\\b is not allowed in a character class");
      default:
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c)) {
          throw UnsupportedConstruct.at(start, "escape \\" + c);
        }
        return c; // an identity escape such as \. \- \/ \\
    }
  }

  private int set(CharSet set) {
    escapedSet = set;
    return -1;
  }

  private int property(int start, boolean negated) {
    String name;
    if (pos < n && p.charAt(pos) == '{') {
      int close = p.indexOf('}', pos);
      if (close < 0) {
        throw new RegexSyntaxError(start, "property name is not closed with '}'");
      }
      name = p.substring(pos + 1, close);
      pos = close + 1;
    } else if (pos < n) {
      name = String.valueOf(p.charAt(pos++));
    } else {
      throw new RegexSyntaxError(start, "\\p needs a property name");
    }
    CharSet set = java ? UnicodeProperties.of(name) : UnicodeProperties.ofEcma(name);
    if (set == null) {
      throw new RegexSyntaxError(start, "unknown character property '" + name + "'");
    }
    return set(negated ? set.complement() : set);
  }

  /** java.util.regex {@code \0n}, {@code \0nn}, {@code \0mnn} (m at most 3). */
  private int octal(int start) {
    int value = 0;
    int digits = 0;
    while (digits < 3 && pos < n && p.charAt(pos) >= '0' && p.charAt(pos) <= '7') {
      int next = value * 8 + (p.charAt(pos) - '0');
      if (next > 0xFF) {
        break;
      }
      value = next;
      pos++;
      digits++;
    }
    if (digits == 0) {
      throw new RegexSyntaxError(start, "octal escape \\0 needs 1 to 3 octal digits");
    }
    return value;
  }

  private int ecmaNul(int start) {
    if (pos < n && isDigit(p.charAt(pos))) {
      throw UnsupportedConstruct.at(start, "legacy octal escape");
    }
    return 0;
  }

  private int hex(int start) {
    if (java && pos < n && p.charAt(pos) == '{') {
      int close = p.indexOf('}', pos);
      if (close < 0 || close == pos + 1 || close - pos > 9) {
        throw new RegexSyntaxError(start, "\\x{...} needs 1 to 8 hexadecimal digits");
      }
      long value = hexValue(start, pos + 1, close);
      if (value > Character.MAX_CODE_POINT) {
        throw new RegexSyntaxError(start, "\\x{...} is beyond U+10FFFF");
      }
      if (value > CharSet.MAX_CHAR) {
        throw UnsupportedConstruct.at(start, "supplementary code point");
      }
      pos = close + 1;
      return (int) value;
    }
    if (pos + 2 > n) {
      throw new RegexSyntaxError(start, "\\x needs two hexadecimal digits");
    }
    int value = (int) hexValue(start, pos, pos + 2);
    pos += 2;
    return value;
  }

  private int unicode(int start) {
    if (!java && pos < n && p.charAt(pos) == '{') {
      throw UnsupportedConstruct.at(start, "escape \\u{...}");
    }
    if (pos + 4 > n) {
      throw new RegexSyntaxError(start, "\\u needs four hexadecimal digits");
    }
    int value = (int) hexValue(start, pos, pos + 4);
    pos += 4;
    return value;
  }

  private long hexValue(int start, int from, int to) {
    long value = 0;
    for (int i = from; i < to; i++) {
      int digit = hexDigit(p.charAt(i));
      if (digit < 0) {
        throw new RegexSyntaxError(start, "'" + p.charAt(i) + "' is not a hexadecimal digit");
      }
      value = value * 16 + digit;
    }
    return value;
  }

  private static int hexDigit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }

  private int control(int start) {
    if (pos >= n) {
      throw new RegexSyntaxError(start, "\\c needs a control letter");
    }
    char c = p.charAt(pos);
    if (java) {
      pos++;
      return c ^ 64;
    }
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      pos++;
      return c % 32;
    }
    throw UnsupportedConstruct.at(start, "escape \\c without a letter");
  }

  private Node characterClass() {
    int open = pos;
    pos++;
    boolean negated = false;
    if (pos < n && p.charAt(pos) == '^') {
      negated = true;
      pos++;
    }
    CharSet.Builder builder = CharSet.builder();
    boolean first = true;
    while (true) {
      if (pos >= n) {
        throw new RegexSyntaxError(open, "character class '[' is not closed");
      }
      char c = p.charAt(pos);
      if (c == ']' && !(java && first)) {
        pos++;
        break;
      }
      first = false;
      if (java && c == '[') {
        throw UnsupportedConstruct.at(pos, "nested character class");
      }
      if (java && c == '&' && pos + 1 < n && p.charAt(pos + 1) == '&') {
        throw UnsupportedConstruct.at(pos, "character class intersection");
      }
      int atomStart = pos;
      int lo = classAtom();
      CharSet loSet = escapedSet;
      if (pos + 1 < n && p.charAt(pos) == '-' && p.charAt(pos + 1) != ']') {
        int dash = pos;
        pos++;
        if (java && p.charAt(pos) == '[') {
          throw UnsupportedConstruct.at(pos, "nested character class");
        }
        int hi = classAtom();
        CharSet hiSet = escapedSet;
        if (lo < 0 || hi < 0) {
          if (java) {
            throw UnsupportedConstruct.at(dash, "range with a class escape");
          }
          // ECMA Annex B: [\d-z] is \d, '-' and 'z'.
          addAtom(builder, lo, loSet);
          builder.add('-');
          addAtom(builder, hi, hiSet);
        } else if (lo > hi) {
          throw new RegexSyntaxError(
              atomStart, "character range " + p.substring(atomStart, pos) + " is out of order");
        } else {
          builder.add(lo, hi);
        }
      } else {
        addAtom(builder, lo, loSet);
      }
    }
    CharSet set = builder.build();
    return new Node.Chars(negated ? set.complement() : set);
  }

  private static void addAtom(CharSet.Builder builder, int c, CharSet set) {
    if (c < 0) {
      builder.addAll(set);
    } else {
      builder.add(c);
    }
  }

  /** One character of a class, or -1 with the set of a class escape in {@link #escapedSet}. */
  private int classAtom() {
    int start = pos;
    char c = p.charAt(pos++);
    if (c == '\\') {
      if (pos >= n) {
        throw new RegexSyntaxError(start, "pattern ends with a lone backslash");
      }
      char next = p.charAt(pos);
      if (next == 'Q' || next == 'E' || (next >= '1' && next <= '9') || next == 'k') {
        throw UnsupportedConstruct.at(start, "escape \\" + next + " in a character class");
      }
      if (next == 'B' || next == 'A' || next == 'z' || next == 'Z' || next == 'R') {
        throw UnsupportedConstruct.at(start, "escape \\" + next + " in a character class");
      }
      return charOrClassEscape(start, true);
    }
    if (Character.isSurrogate(c)) {
      throw UnsupportedConstruct.at(start, "surrogate code unit in a character class");
    }
    return c;
  }
}
