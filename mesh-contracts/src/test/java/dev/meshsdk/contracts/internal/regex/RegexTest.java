package dev.meshsdk.contracts.internal.regex;

import static dev.meshsdk.contracts.internal.regex.Regex.Mode.FULL_MATCH;
import static dev.meshsdk.contracts.internal.regex.Regex.Mode.SEARCH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.meshsdk.contracts.ContractDefinitionException;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegexTest {
  private static final Duration GUARD = Duration.ofSeconds(2);
  private static final String FIFTY_THOUSAND_A = "a".repeat(50_000);

  private static boolean search(String pattern, String input) {
    return Regex.compile(pattern, SEARCH).matches(input);
  }

  private static boolean full(String pattern, String input) {
    return Regex.compile(pattern, FULL_MATCH).matches(input);
  }

  @Test
  void orderIdPatternAcceptsExactlyEightDigitsAfterThePrefix() {
    Regex search = Regex.compile("^ORD-[0-9]{8}$", SEARCH);
    Regex full = Regex.compile("ORD-[0-9]{8}", FULL_MATCH);

    for (Regex regex : List.of(search, full)) {
      assertThat(regex.isAutomaton()).isTrue();
      assertThat(regex.matches("ORD-12345678")).isTrue();
      assertThat(regex.matches("ORD-1234567")).isFalse();
      assertThat(regex.matches("ORD-123456789")).isFalse();
      assertThat(regex.matches("ORD-1234567x")).isFalse();
      assertThat(regex.matches("xORD-12345678")).isFalse();
      assertThat(regex.matches("ord-12345678")).isFalse();
      assertThat(regex.matches("")).isFalse();
    }
  }

  @Test
  void aStateThatAcceptsWhateverFollowsEndsTheScanWithTheRightAnswer() {
    // "not blank": after the first non-space character [\s\S]*$ accepts anything, in both modes.
    Regex search = Regex.compile("^\\s*\\S[\\s\\S]*$", SEARCH);
    Regex full = Regex.compile("\\s*\\S[\\s\\S]*", FULL_MATCH);
    String tail = " \n\u00e9\ud83d\ude00".repeat(1_000);

    for (Regex regex : List.of(search, full)) {
      assertThat(regex.isAutomaton()).isTrue();
      assertThat(regex.matches("  x" + tail)).isTrue();
      assertThat(regex.matches("x")).isTrue();
      assertThat(regex.matches("   ")).isFalse();
      assertThat(regex.matches("")).isFalse();
    }
    assertThat(full("a.*", "abc")).isTrue();
    assertThat(full("a.*", "\nabc")).isFalse();
    assertThat(full("a[\\s\\S]*b", "a" + tail + "b")).isTrue();
    assertThat(full("a[\\s\\S]*b", "a" + tail)).isFalse();
  }

  @Test
  void searchFindsTheClassRunInsideLongerTextButFullMatchDoesNot() {
    assertThat(search("[A-Z]{3}", "order EUR 12")).isTrue();
    assertThat(search("[A-Z]{3}", "eur")).isFalse();
    assertThat(full("[A-Z]{3}", "order EUR 12")).isFalse();
    assertThat(full("[A-Z]{3}", "EUR")).isTrue();
    assertThat(full("[A-Z]{3}", "EURO")).isFalse();
  }

  @Test
  void alternationTriesEveryBranch() {
    assertThat(full("cat|dog|bird", "dog")).isTrue();
    assertThat(full("cat|dog|bird", "bird")).isTrue();
    assertThat(full("cat|dog|bird", "cow")).isFalse();
    assertThat(search("^(?:cat|dog)s?$", "cats")).isTrue();
    assertThat(search("^(?:cat|dog)s?$", "dogss")).isFalse();
    assertThat(search("a|", "zzz")).isTrue(); // the empty branch matches anywhere
  }

  @Test
  void nestedGroupsAndRepeatsCompose() {
    String pattern = "^((ab)+c)*d$";
    assertThat(search(pattern, "d")).isTrue();
    assertThat(search(pattern, "abcd")).isTrue();
    assertThat(search(pattern, "ababcabcd")).isTrue();
    assertThat(search(pattern, "acd")).isFalse();
    assertThat(search(pattern, "abd")).isFalse();
    assertThat(full("(?<year>\\d{4})-(?<month>\\d{2})", "2026-01")).isTrue();
  }

  @ParameterizedTest(name = "{0} on \"{1}\" is {2}")
  @CsvSource({
    "a{3}, aaa, true",
    "a{3}, aa, false",
    "a{3}, aaaa, false",
    "'a{2,3}', aa, true",
    "'a{2,3}', aaa, true",
    "'a{2,3}', aaaa, false",
    "'a{2,}', aaaaaaa, true",
    "'a{2,}', a, false",
    "a{0}b, b, true",
    "a{0}b, ab, false",
    "'(ab){1,2}?', abab, true",
    "a+?, aaa, true",
    "a*?b??, '', true",
    "'x{1,2}y{0,1}', xxy, true"
  })
  void boundedAndLazyRepeatsCountLikeJavaUtilRegex(String pattern, String input, boolean match) {
    assertThat(full(pattern, input)).isEqualTo(match);
    assertThat(search("^(?:" + pattern + ")$", input)).isEqualTo(match);
  }

  @Test
  void characterClassesHandleRangesNegationAndShorthands() {
    assertThat(full("[a-cx-z]+", "abxz")).isTrue();
    assertThat(full("[a-cx-z]+", "abd")).isFalse();
    assertThat(full("[^0-9]+", "abc")).isTrue();
    assertThat(full("[^0-9]+", "ab1")).isFalse();
    assertThat(full("[\\d.-]+", "12.5-3")).isTrue();
    assertThat(full("[-a]", "-")).isTrue();
    assertThat(full("[a-]", "-")).isTrue();
    assertThat(full("[\\]]", "]")).isTrue();
    assertThat(full("\\w+", "snake_case_1")).isTrue();
    assertThat(full("\\W", "_")).isFalse();
    assertThat(full("[^\\W_]+", "abc123")).isTrue();
    assertThat(full("[^\\W_]+", "a_b")).isFalse();
    assertThat(full("\\D\\S", "a!")).isTrue();
    assertThat(full("\\D", "7")).isFalse();
  }

  @Test
  void ecmaOnlyClassSyntaxIsReadAsEcmaInSearchMode() {
    assertThat(search("[]", "anything")).isFalse(); // an empty class matches nothing
    assertThat(search("^[^]$", "\n")).isTrue(); // anything, even a line feed
    assertThat(search("[[a]", "[")).isTrue(); // '[' is literal inside an ECMA class
    assertThat(search("^[\\b]$", "\b")).isTrue(); // backspace inside a class
    assertThat(search("^[\\d-z]+$", "1-z")).isTrue(); // Annex B: \d, '-' and 'z'
    assertThat(search("^a{,5}$", "a{,5}")).isTrue(); // Annex B: a literal '{'
    assertThat(full("[]a]", "]")).isTrue(); // java.util.regex: ']' first is literal
  }

  @Test
  void escapesStandForTheirCharacters() {
    assertThat(full("a\\.b", "a.b")).isTrue();
    assertThat(full("a\\.b", "axb")).isFalse();
    assertThat(full("\\-\\/\\\\", "-/\\")).isTrue();
    assertThat(full("\\t\\n\\r\\f", "\t\n\r\f")).isTrue();
    assertThat(full("\\u00e9\\x41", "éA")).isTrue();
    assertThat(search("^\\u00E9\\x41\\v\\0$", "éA\u000b\u0000")).isTrue();
    assertThat(search("^\\cJ$", "\n")).isTrue();
    assertThat(full("\\Qa.b*\\E", "a.b*")).isTrue();
    assertThat(full("\\Qa.b*\\E", "aXbb")).isFalse();
    assertThat(full("\\0101\\x{42}\\e", "AB\u001b")).isTrue();
  }

  @Test
  void anchorsInTheMiddleCanOnlyMatchAtTheEdges() {
    assertThat(search("a^b", "a^b")).isFalse();
    assertThat(search("a^b", "ab")).isFalse();
    assertThat(search("a$b", "ab")).isFalse();
    assertThat(search("(^a|b)c", "xbc")).isTrue();
    assertThat(search("(^a|b)c", "xac")).isFalse();
    assertThat(search("(^a|b)c", "acx")).isTrue();
    assertThat(search("x$|^y", "ax")).isTrue();
    assertThat(search("x$|^y", "xa")).isFalse();
    assertThat(search("x$|^y", "yz")).isTrue();
    assertThat(full("(?:^a|b)c", "ac")).isTrue();
    assertThat(full("\\Aab\\z", "ab")).isTrue();
  }

  @Test
  void emptyPatternMatchesEverythingInSearchAndOnlyTheEmptyStringInFullMatch() {
    assertThat(search("", "")).isTrue();
    assertThat(search("", "anything")).isTrue();
    assertThat(full("", "")).isTrue();
    assertThat(full("", "x")).isFalse();
    assertThat(search("^$", "")).isTrue();
    assertThat(search("^$", "x")).isFalse();
  }

  @Test
  void dialectsDifferWhereEcmaAndJavaDiffer() {
    // \s: ECMA includes Unicode spaces, java.util.regex only ASCII.
    assertThat(search("^\\s$", "\u00a0")).isTrue();
    assertThat(full("\\s", "\u00a0")).isFalse();
    // '.': java.util.regex also excludes NEL (U+0085).
    assertThat(search("^.$", "\u0085")).isTrue();
    assertThat(full(".", "\u0085")).isFalse();
    // '$' before a final line feed: neither ECMA nor a Java full match accepts it.
    assertThat(search("a$", "a\n")).isFalse();
    assertThat(full("a$", "a\n")).isFalse();
  }

  @Test
  void unicodePropertiesFollowJavaUtilRegexOverTheBmp() {
    Regex letters = Regex.compile("^\\p{L}+$", SEARCH);
    assertThat(letters.isAutomaton()).isTrue();
    assertThat(letters.matches("Grüße")).isTrue();
    assertThat(letters.matches("Жук")).isTrue();
    assertThat(letters.matches("abc1")).isFalse();
    assertThat(search("^\\p{Letter}\\P{Lu}$", "Ab")).isTrue(); // ECMA long names
    assertThat(search("^\\p{Script=Greek}+$", "αβγ")).isTrue();
    assertThat(full("\\p{Lu}\\p{IsAlphabetic}+", "Ab")).isTrue();
  }

  @Test
  void surrogatePairsCountAsTwoCharacters() {
    String emoji = "\uD83D\uDE00";
    assertThat(search("^.$", emoji)).isFalse(); // as ECMA-262 without the u flag
    assertThat(search("^..$", emoji)).isTrue();
    assertThat(full(emoji + "+", emoji + emoji)).isTrue(); // a literal pair is quantified whole
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "ORD-[0-9| 4 | character class '[' is not closed",
        "(ab| 0 | group '(' is not closed",
        "ab)| 2 | unmatched ')'",
        "*a| 0 | nothing to repeat before '*'",
        "a**| 2 | nothing to repeat before '*'",
        "^*| 1 | nothing to repeat before '*'",
        "[z-a]| 1 | character range z-a is out of order",
        "a{3,2}| 1 | repetition range {3,2} has its bounds out of order",
        "ab\\| 2 | pattern ends with a lone backslash",
        "\\x4| 0 | \\x needs two hexadecimal digits",
        "\\u12G4| 0 | 'G' is not a hexadecimal digit",
        "(?<1a>x)| 3 | invalid group name '1a'",
        "\\p{NoSuchProperty}| 0 | unknown character property 'NoSuchProperty'"
      })
  void invalidEcmaPatternsNameThePatternThePositionAndTheProblem(
      String pattern, int index, String problem) {
    assertThatThrownBy(() -> Regex.compile(pattern, SEARCH))
        .isInstanceOf(ContractDefinitionException.class)
        .hasMessage(
            "invalid regular expression \"" + pattern + "\" at index " + index + ": " + problem);
  }

  @Test
  void invalidJavaPatternsThrowADefinitionErrorNotAPatternSyntaxException() {
    assertThatThrownBy(() -> Regex.compile("ORD-[0-9", FULL_MATCH))
        .isExactlyInstanceOf(ContractDefinitionException.class)
        .hasMessage(
            "invalid regular expression \"ORD-[0-9\" at index 4: character class '[' is not"
                + " closed");
    assertThatThrownBy(() -> Regex.compile("a{", FULL_MATCH))
        .isExactlyInstanceOf(ContractDefinitionException.class)
        .hasMessageStartingWith("invalid regular expression \"a{\" at index 1: ");
    // Only java.util.regex knows this one is wrong: its own description is used.
    assertThatThrownBy(() -> Regex.compile("\\y", FULL_MATCH))
        .isExactlyInstanceOf(ContractDefinitionException.class)
        .hasMessage(
            "invalid regular expression \"\\y\" at index 1: Illegal/unsupported escape sequence");
    // Valid ECMA, but the fallback engine cannot run it: still a definition error.
    assertThatThrownBy(() -> Regex.compile("(?<=(ab)*)c", SEARCH))
        .isExactlyInstanceOf(ContractDefinitionException.class)
        .hasMessage(
            "invalid regular expression \"(?<=(ab)*)c\" at index 8: Look-behind group does not"
                + " have an obvious maximum length");
  }

  @Test
  void javaPatternsOurParserRejectsButJavaAcceptsFallBackInsteadOfFailing() {
    Regex regex = Regex.compile("a{2}{3}", FULL_MATCH);
    assertThat(regex.isAutomaton()).isFalse();
    assertThat(regex.matches("aa")).isEqualTo(java.util.regex.Pattern.matches("a{2}{3}", "aa"));
  }

  @Test
  void lookaroundFallsBackAndStillAnswersCorrectly() {
    String strongPassword = "^(?=.*\\d)(?=.*[a-z])(?!.*\\s).{8,}$";
    Regex search = Regex.compile(strongPassword, SEARCH);
    Regex full = Regex.compile(strongPassword, FULL_MATCH);
    for (Regex regex : List.of(search, full)) {
      assertThat(regex.isAutomaton()).isFalse();
      assertThat(regex.fallbackReason()).hasValue("lookahead at index 1");
      assertThat(regex.matches("abcdefg1")).isTrue();
      assertThat(regex.matches("abcdefgh")).isFalse();
      assertThat(regex.matches("abc defg1")).isFalse();
      assertThat(regex.matches("abc1")).isFalse();
    }
    assertThat(search("(?<=\\$)\\d+", "cost $42")).isTrue();
    assertThat(search("(?<=\\$)\\d+", "cost 42")).isFalse();
  }

  @Test
  void backreferencesWordBoundariesAndPossessivesFallBackAndStillAnswerCorrectly() {
    Regex backreference = Regex.compile("^(a+)b\\1$", SEARCH);
    assertThat(backreference.isAutomaton()).isFalse();
    assertThat(backreference.matches("aabaa")).isTrue();
    assertThat(backreference.matches("aaba")).isFalse();

    Regex named = Regex.compile("(?<c>[a-z])\\k<c>", FULL_MATCH);
    assertThat(named.matches("zz")).isTrue();
    assertThat(named.matches("zy")).isFalse();

    // ECMA \b is ASCII-word based, even though java.util.regex's \b is Unicode-aware.
    Regex word = Regex.compile("\\bfoo\\b", SEARCH);
    assertThat(word.isAutomaton()).isFalse();
    assertThat(word.matches("a foo b")).isTrue();
    assertThat(word.matches("afoob")).isFalse();
    assertThat(word.matches("éfooé")).isTrue();

    assertThat(full("a++b", "aab")).isTrue();
    assertThat(full("a*+a", "aaa")).isFalse();
    assertThat(full("(?i)abc", "ABC")).isTrue();
  }

  @Test
  void automatonPastTheStateCapFallsBack() {
    Regex regex = Regex.compile("(a|b)*a(a|b){20}", SEARCH);
    assertThat(regex.isAutomaton()).isFalse();
    assertThat(regex.fallbackReason())
        .hasValue("a deterministic automaton of more than " + Regex.MAX_DFA_STATES + " states");
    assertThat(regex.matches("b" + "a".repeat(21))).isTrue();
    assertThat(regex.matches("a" + "b".repeat(20))).isTrue();
    assertThat(regex.matches("b".repeat(21))).isFalse();
  }

  @Test
  void catastrophicPatternsRunInLinearTimeOnTheAutomaton() {
    String noMatch = FIFTY_THOUSAND_A + "!";
    String xs = "x".repeat(50_000);
    for (String pattern : List.of("(a+)+$", "(a|aa)+$", "(x+x+)+y")) {
      for (Regex.Mode mode : Regex.Mode.values()) {
        Regex regex = Regex.compile(pattern, mode);
        assertThat(regex.isAutomaton()).as(regex.toString()).isTrue();
        String input = pattern.contains("x") ? xs : noMatch;
        assertTimeoutPreemptively(GUARD, () -> assertThat(regex.matches(input)).isFalse());
      }
    }
    assertTimeoutPreemptively(
        GUARD, () -> assertThat(search("(a|aa)+$", FIFTY_THOUSAND_A)).isTrue());
    assertTimeoutPreemptively(GUARD, () -> assertThat(full("(x+x+)+y", xs + "y")).isTrue());
  }

  @Test
  void catastrophicFallbackPatternsGiveUpAtTheStepBudget() {
    Regex regex = Regex.compile("^(a+)+(?=b)", SEARCH);
    assertThat(regex.isAutomaton()).isFalse();
    String input = "a".repeat(5_000) + "!";

    assertTimeoutPreemptively(
        GUARD,
        () -> {
          assertThat(regex.matchOrGiveUp(input)).isEqualTo(Regex.Outcome.GAVE_UP);
          assertThat(regex.matches(input)).isFalse();
        });
    assertThat(regex.gaveUpCount()).isEqualTo(2);
    assertThat(regex.matchOrGiveUp("aab")).isEqualTo(Regex.Outcome.MATCH);
    assertThat(regex.matchOrGiveUp("aac")).isEqualTo(Regex.Outcome.NO_MATCH);
  }

  @Test
  void matchingAllocatesNothingOnceWarm() {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    Regex automaton = Regex.compile("^ORD-[0-9]{8}$", SEARCH);
    Regex fallback = Regex.compile("^(?=.*\\d)[a-z0-9]{8}$", SEARCH);
    StringBuilder mutable = new StringBuilder("ORD-12345678");
    int hits = 0;
    for (int i = 0; i < 20_000; i++) {
      hits += automaton.matches("ORD-12345678") ? 1 : 0;
      hits += automaton.matches(mutable) ? 1 : 0;
      hits += fallback.matches("abcdefg1") ? 1 : 0;
    }
    long before = threads.getCurrentThreadAllocatedBytes();
    for (int i = 0; i < 20_000; i++) {
      hits += automaton.matches("ORD-12345678") ? 1 : 0;
      hits += automaton.matches(mutable) ? 1 : 0;
      hits += fallback.matches("abcdefg1") ? 1 : 0;
    }
    long allocated = threads.getCurrentThreadAllocatedBytes() - before;

    assertThat(hits).isEqualTo(120_000);
    assertThat(allocated).as("bytes for 60,000 calls").isLessThan(1_000);
  }

  @Test
  void compiledExpressionsAreSafeToShareAcrossThreads() throws Exception {
    Regex automaton = Regex.compile("^[A-Z]{3}-\\d+$", SEARCH);
    Regex fallback = Regex.compile("^([A-Z])\\1-\\d+$", SEARCH);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results =
          IntStream.range(0, 8)
              .mapToObj(
                  t ->
                      pool.submit(
                          () -> {
                            boolean ok = true;
                            for (int i = 0; i < 10_000; i++) {
                              ok &= automaton.matches("ABC-" + i);
                              ok &= !automaton.matches("AB-" + i);
                              ok &= fallback.matches("AA-" + i);
                              ok &= !fallback.matches("AB-" + i);
                            }
                            return ok;
                          }))
              .toList();
      for (Future<Boolean> result : results) {
        assertThat(result.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void toStringNamesThePatternTheModeAndTheEngine() {
    assertThat(Regex.compile("^ORD-[0-9]{8}$", SEARCH))
        .hasToString("Regex[\"^ORD-[0-9]{8}$\", SEARCH, automaton of 13 states x 6 columns]");
    assertThat(Regex.compile("(a)\\1", FULL_MATCH))
        .hasToString(
            "Regex[\"(a)\\1\", FULL_MATCH, java.util.regex fallback (backreference at index 3)]");
    assertThat(Regex.compile("abc", FULL_MATCH).pattern()).isEqualTo("abc");
    assertThat(Regex.compile("abc", FULL_MATCH).mode()).isEqualTo(FULL_MATCH);
  }
}
