package dev.meshsdk.contracts.internal.regex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The automaton answers as java.util.regex does: {@code find()} for {@link Regex.Mode#SEARCH} and
 * {@code matches()} for {@link Regex.Mode#FULL_MATCH}, on patterns where ECMA-262 and
 * java.util.regex mean the same (no line terminators in the inputs of patterns with {@code $}, no
 * non-ASCII spaces near {@code \s}), for random inputs built from tokens that matter to each
 * pattern. The oracle itself backtracks, so an input it cannot answer within a budget is skipped.
 */
class RegexPropertyTest {
  private static final long SEED = 0x5EED_2026_0E6EL;
  private static final int EXAMPLES = 6_000;
  private static final int MAX_TOKENS = 14;

  /** A pattern and the tokens its random inputs are made of. */
  private static final class Case {
    final String pattern;
    final List<String> tokens;

    Case(String pattern, String... tokens) {
      this.pattern = pattern;
      this.tokens = List.of(tokens);
    }
  }

  private static final List<Case> CASES =
      List.of(
          new Case("^ORD-[0-9]{8}$", "ORD-", "0", "7", "9", "a", "-", "O"),
          new Case("ORD-[0-9]{8}", "ORD-", "1", "5", "x", "-"),
          new Case("[A-Z]{3}", "A", "Q", "Z", "a", "1", " "),
          new Case("^[A-Z]{2}[0-9]{2}[A-Z0-9]{1,30}$", "DE", "G", "1", "9", "x", " "),
          new Case("cat|dog|bird", "cat", "dog", "bird", "c", "a", "t", "do"),
          new Case("^(?:cat|dog)s?$", "cat", "dog", "s", "x"),
          new Case("(ab|a)(bc|c)?", "a", "b", "c", "ab", "bc"),
          new Case("^(a|b)*abb$", "a", "b", "abb", "c"),
          new Case("^((ab)+c)*d$", "ab", "c", "d", "a", "b"),
          new Case("x{2,4}y?", "x", "y", "z"),
          new Case("^a{3}$", "a", "b"),
          new Case("^(?:ab){2,}$", "ab", "a", "b"),
          new Case("a{0}b", "a", "b", "c"),
          new Case("a{1,3}?b", "a", "b", "c"),
          new Case("(a+|b+)*c", "a", "b", "c", "d"),
          new Case("(a*)*b", "a", "b", "c"),
          new Case("(a|aa)+$", "a", "aa", "b"),
          new Case("(a+)+$", "a", "b"),
          new Case("(x+x+)+y", "x", "xx", "y", "z"),
          new Case("(a|b|)+c", "a", "b", "c", ""),
          new Case("[^abc]+", "a", "b", "c", "d", "e", "é"),
          new Case("^[a-c-e]+$", "a", "b", "-", "d", "e", "f"),
          new Case("[-a]", "a", "-", "b"),
          new Case("[\\]]x", "]", "x", "a"),
          new Case("\\d+\\.\\d{2}", "1", "23", ".", "a", ",", "0"),
          new Case("^-?\\d+(\\.\\d+)?$", "-", "1", "42", ".", "5", "e", "+"),
          new Case("^\\w+@\\w+\\.com$", "a", "b1", "_", "@", ".", "com", "-"),
          new Case("[\\d\\s]+x", "1", " ", "\t", "x", "y", "\n"),
          new Case("\\D\\W\\S", "a", "1", " ", "_", "-", "!"),
          new Case("[^\\W_]+", "a", "_", "1", "-", "Z"),
          new Case("[^\\d]", "a", "1", "9"),
          new Case("\\x41\\u0042", "A", "B", "x", "AB"),
          new Case("[\\x41-\\x43]+", "A", "B", "C", "D", "a"),
          new Case("\\/\\-\\.", "/", "-", ".", "x"),
          new Case("\\t\\n?x", "\t", "\n", "x", " "),
          new Case(".+", "a", "\n", "\r", "b"),
          new Case("^.{2,3}$", "a", "b", "é"),
          new Case("a.c", "a", "b", "c", "\n"),
          new Case("a^b", "a", "b", "^"),
          new Case("a$b", "a", "b", "$"),
          new Case("(^a|b)c", "a", "b", "c", "x"),
          new Case("x$|^y", "x", "y", "z"),
          new Case("", "a", "b"),
          new Case("^", "a"),
          new Case("$", "a"),
          new Case("^$", "a"),
          new Case("(?<word>ab)c?", "ab", "c", "a"),
          new Case(
              "^(?:(?:25[0-5]|2[0-4]\\d|1?\\d?\\d)\\.){3}(?:25[0-5]|2[0-4]\\d|1?\\d?\\d)$",
              "1", "2", "25", "5", "0", ".", "9", "255", "256"),
          new Case("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}$", "0", "a", "F", "g", "-"),
          new Case("^\\p{Lu}\\p{L}*$", "A", "b", "é", "Ж", "1", " "),
          new Case("^[+]?[0-9]{1,3}(?: [0-9]{2,4}){2,3}$", "+", "1", "49", " ", "123", "x"),
          new Case("\\s{2,}", " ", "\t", "a", "\r"),
          new Case("^[^@\\s]+@[^@\\s]+$", "a", "@", " ", "b.c", "@@"));

  @Test
  void automatonAgreesWithJavaUtilRegexOnSearchAndFullMatch() {
    List<Regex> searches =
        CASES.stream().map(c -> Regex.compile(c.pattern, Regex.Mode.SEARCH)).toList();
    List<Regex> fulls =
        CASES.stream().map(c -> Regex.compile(c.pattern, Regex.Mode.FULL_MATCH)).toList();
    List<Pattern> javas = CASES.stream().map(c -> Pattern.compile(c.pattern)).toList();
    for (Regex regex : searches) {
      assertThat(regex.isAutomaton()).as(regex.toString()).isTrue();
    }

    qt().withExamples(EXAMPLES)
        .withFixedSeed(SEED)
        .forAll(integers().between(0, CASES.size() - 1), longs().all())
        .checkAssert(
            (index, seed) -> {
              String input = input(CASES.get(index), new Random(seed));
              Pattern java = javas.get(index);
              String what = "/" + CASES.get(index).pattern + "/ on \"" + input + "\"";
              Boolean found = javaAnswer(java, input, true);
              if (found != null) {
                assertThat(searches.get(index).matches(input))
                    .as("search " + what)
                    .isEqualTo(found);
              }
              Boolean matched = javaAnswer(java, input, false);
              if (matched != null) {
                assertThat(fulls.get(index).matches(input))
                    .as("full match " + what)
                    .isEqualTo(matched);
              }
            });
  }

  @Test
  void randomAnchorFreePatternsAgreeWithJavaUtilRegex() {
    qt().withExamples(EXAMPLES)
        .withFixedSeed(SEED + 1)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Random random = new Random(seed);
              String pattern = alternation(random, 0);
              Pattern java = Pattern.compile(pattern);
              Regex search = Regex.compile(pattern, Regex.Mode.SEARCH);
              Regex full = Regex.compile(pattern, Regex.Mode.FULL_MATCH);
              for (int i = 0; i < 8; i++) {
                String input = input(RANDOM_INPUT, random);
                String what = "/" + pattern + "/ on \"" + input + "\"";
                Boolean found = javaAnswer(java, input, true);
                if (found != null) {
                  assertThat(search.matches(input)).as("search " + what).isEqualTo(found);
                }
                Boolean matched = javaAnswer(java, input, false);
                if (matched != null) {
                  assertThat(full.matches(input)).as("full match " + what).isEqualTo(matched);
                }
              }
            });
  }

  /** Random patterns over a, b and c can make the java.util.regex oracle itself backtrack. */
  private static final Case RANDOM_INPUT = new Case("", "a", "b", "c", "a", "b");

  /** The oracle's answer, or null when it backtracks past a budget of input reads. */
  private static @Nullable Boolean javaAnswer(Pattern java, String input, boolean find) {
    CountingInput counting = new CountingInput(input);
    try {
      return find ? java.matcher(counting).find() : java.matcher(counting).matches();
    } catch (OracleGaveUp e) {
      return null;
    }
  }

  private static final class OracleGaveUp extends RuntimeException {
    private static final long serialVersionUID = 1L;

    OracleGaveUp() {
      super("java.util.regex backtracked too long", null, false, false);
    }
  }

  private static final class CountingInput implements CharSequence {
    private final String text;
    private int budget = 200_000;

    CountingInput(String text) {
      this.text = text;
    }

    @Override
    public int length() {
      return text.length();
    }

    @Override
    public char charAt(int index) {
      if (--budget < 0) {
        throw new OracleGaveUp();
      }
      return text.charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return text.subSequence(start, end);
    }

    @Override
    public String toString() {
      return text;
    }
  }

  private static String input(Case c, Random random) {
    StringBuilder sb = new StringBuilder();
    int count = random.nextInt((c == RANDOM_INPUT ? 8 : MAX_TOKENS) + 1);
    for (int i = 0; i < count; i++) {
      sb.append(c.tokens.get(random.nextInt(c.tokens.size())));
    }
    return sb.toString();
  }

  // Patterns without anchors: there ECMA-262, java.util.regex and the automaton all mean the
  // regular language. (With anchors inside a group repeated a minimum number of times,
  // java.util.regex stops after an empty iteration; see Regex's Javadoc.)

  private static String alternation(Random random, int depth) {
    StringBuilder sb = new StringBuilder(sequence(random, depth));
    while (random.nextInt(4) == 0) {
      sb.append('|').append(sequence(random, depth));
    }
    return sb.toString();
  }

  private static String sequence(Random random, int depth) {
    StringBuilder sb = new StringBuilder();
    int count = random.nextInt(4);
    for (int i = 0; i < count; i++) {
      sb.append(quantified(random, atom(random, depth)));
    }
    return sb.toString();
  }

  private static String atom(Random random, int depth) {
    switch (random.nextInt(depth > 2 ? 6 : 9)) {
      case 0:
        return "a";
      case 1:
        return "b";
      case 2:
        return "[ab]";
      case 3:
        return "[^a]";
      case 4:
        return ".";
      case 5:
        return "\\w";
      case 6:
      case 7:
        return "(" + alternation(random, depth + 1) + ")";
      default:
        return "(?:" + alternation(random, depth + 1) + ")";
    }
  }

  private static String quantified(Random random, String atom) {
    switch (random.nextInt(10)) {
      case 0:
        return atom + "*";
      case 1:
        return atom + "+";
      case 2:
        return atom + "?";
      case 3:
        return atom + "{" + random.nextInt(3) + "}";
      case 4:
        int min = random.nextInt(3);
        return atom + "{" + min + "," + (min + random.nextInt(3)) + "}";
      case 5:
        return atom + "{" + random.nextInt(3) + ",}";
      case 6:
        return atom + "*?";
      default:
        return atom;
    }
  }
}
