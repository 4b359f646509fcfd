package dev.meshsdk.contracts.internal.regex;

import dev.meshsdk.contracts.ContractDefinitionException;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jspecify.annotations.Nullable;

/**
 * A compiled regular expression for validating values on the hot path: {@link #matches} runs in
 * time linear in the input, allocates nothing and is thread-safe.
 *
 * <h2>Modes and dialects</h2>
 *
 * <ul>
 *   <li>{@link Mode#SEARCH}: the pattern is ECMA-262 syntax (JSON Schema and ODCS {@code pattern})
 *       and matches if it matches <em>somewhere</em> in the input, like JavaScript's {@code
 *       RegExp.test} without flags; {@code ^} and {@code $} anchor to the start and the very end of
 *       the input.
 *   <li>{@link Mode#FULL_MATCH}: the pattern is java.util.regex syntax (the Bean Validation Pattern
 *       constraint) and must match the whole input, like {@link Matcher#matches()}. Whether such a
 *       pattern is valid is decided by {@link Pattern#compile(String)} itself, so a pattern is
 *       accepted here exactly when Bean Validation accepts it.
 * </ul>
 *
 * <h2>What the automaton supports</h2>
 *
 * Literals; escapes {@code \t \n \r \f \v \0 \xHH \cX}, four-digit Unicode escapes and identity
 * escapes such as {@code \. \- \/}; {@code .}; character classes with ranges and negation; {@code
 * \d \D \w \W \s \S} (with ECMA meanings in SEARCH mode, where {@code \s} includes the Unicode
 * spaces, and java.util.regex meanings in FULL_MATCH mode, where it is {@code [ \t\n\x0B\f\r]}),
 * inside classes too; {@code \p{..} \P{..}} (as java.util.regex defines them, restricted to the
 * BMP); groups {@code (..)}, {@code (?:..)}, {@code (?<name>..)}; alternation; quantifiers {@code *
 * + ? {n} {n,} {n,m}} and their lazy forms (laziness does not change a yes/no answer); anchors
 * {@code ^ $} anywhere (a {@code ^} after the start, or an ECMA {@code $} before the end, simply
 * cannot match), {@code \A} and {@code \z}. In FULL_MATCH mode also {@code \h \H \v \V \e \a \0ooo
 * \x{..} \Z \Q..\E}.
 *
 * <p>The pattern is parsed into a tree, compiled into a Thompson NFA (counted repeats are copied,
 * up to {@value #MAX_NFA_STATES} states), and determinised eagerly into a table of at most {@value
 * #MAX_DFA_STATES} states over column classes of code units.
 *
 * <h2>Fallback</h2>
 *
 * Backreferences, lookahead and lookbehind, atomic groups, possessive quantifiers, word boundaries
 * {@code \b \B}, inline flags such as {@code (?i)}, nested classes and intersections in Java
 * syntax, a Java {@code $} that more pattern follows, and automata past their caps are matched by
 * java.util.regex instead (after rewriting ECMA syntax where Java's differs). Each thread reuses
 * one {@link Matcher}, so this path allocates nothing either once warm, but it backtracks; a step
 * budget of {@value #STEP_BUDGET_BASE} + {@value #STEP_BUDGET_PER_CHAR} per input character
 * (counted as reads of the input) stops catastrophic patterns: {@link #matches} then answers false
 * and {@link #gaveUpCount()} grows, and {@link #matchOrGiveUp} says {@link Outcome#GAVE_UP}. {@link
 * #isAutomaton()} tells which path a pattern took.
 *
 * <h2>Differences from the reference engines</h2>
 *
 * <ul>
 *   <li>SEARCH reads {@code \p{..}} as a Unicode property, as ECMA-262 does with the {@code u} flag
 *       (and as JSON Schema means it); without the flag ECMA would read a literal {@code p}. ECMA's
 *       long names ({@code Letter}, {@code Script=Greek}) are understood.
 *   <li>SEARCH refuses an escaped letter that means nothing ({@code \y}), as ECMA-262 does with the
 *       {@code u} flag; constructs only java.util.regex knows ({@code (?i)}, {@code \Q}, a
 *       possessive quantifier) fall back and keep their Java meaning.
 *   <li>FULL_MATCH gives a group that is repeated a minimum number of times and can match the empty
 *       string only through an anchor (such as {@code (?:^|a){2}}) its regular-language meaning;
 *       java.util.regex stops repeating after an empty iteration and can answer false.
 * </ul>
 *
 * <h2>Unicode</h2>
 *
 * Input is read as UTF-16 code units; classes cover the BMP. A supplementary character (a surrogate
 * pair) counts as two characters, as in ECMA-262 without the {@code u} flag. java.util.regex counts
 * it as one, so in FULL_MATCH mode {@code .}, a negated class or {@code \P{..}} applied to such a
 * character can answer differently from {@link Pattern}; a supplementary character written
 * literally in a pattern outside a class is matched as its pair and quantified as a whole.
 */
public final class Regex {
  /** The most states of the deterministic automaton; a larger one falls back to java.util.regex. */
  public static final int MAX_DFA_STATES = Dfa.MAX_STATES;

  /** The most states of the nondeterministic automaton (counted repeats are copied out). */
  public static final int MAX_NFA_STATES = Nfa.MAX_STATES;

  /** The fallback's budget of input reads per call, before the per-character allowance. */
  public static final long STEP_BUDGET_BASE = 100_000L;

  /** The fallback's additional budget of input reads per input character. */
  public static final long STEP_BUDGET_PER_CHAR = 1_000L;

  /** How a pattern applies to an input. */
  public enum Mode {
    /**
     * ECMA-262 syntax; true if the pattern matches anywhere in the input (JSON Schema and ODCS
     * {@code pattern}, {@code RegExp.test}, {@link Matcher#find()}).
     */
    SEARCH,
    /**
     * java.util.regex syntax; true if the pattern matches the whole input (the Bean Validation
     * Pattern constraint, {@link Matcher#matches()}).
     */
    FULL_MATCH
  }

  /** The answer of {@link #matchOrGiveUp}. */
  public enum Outcome {
    /** The input matches. */
    MATCH,
    /** The input does not match. */
    NO_MATCH,
    /** The fallback engine ran out of its step budget (or stack); the answer is unknown. */
    GAVE_UP
  }

  private final String pattern;
  private final Mode mode;
  private final @Nullable Dfa dfa;
  private final @Nullable String fallbackReason;
  private final @Nullable ThreadLocal<GuardedInput> fallback;
  private final AtomicLong gaveUp = new AtomicLong();

  private Regex(
      String pattern,
      Mode mode,
      @Nullable Dfa dfa,
      @Nullable String fallbackReason,
      @Nullable Pattern fallbackPattern) {
    this.pattern = pattern;
    this.mode = mode;
    this.dfa = dfa;
    this.fallbackReason = fallbackReason;
    this.fallback =
        fallbackPattern == null
            ? null
            : ThreadLocal.withInitial(() -> new GuardedInput(fallbackPattern));
  }

  /**
   * Compiles a pattern.
   *
   * @param pattern the regular expression, ECMA-262 syntax for {@link Mode#SEARCH} and
   *     java.util.regex syntax for {@link Mode#FULL_MATCH}
   * @param mode how the pattern applies to an input
   * @return the compiled expression
   * @throws ContractDefinitionException if the pattern is not a valid regular expression; the
   *     message names the pattern, the index and the problem
   */
  public static Regex compile(String pattern, Mode mode) {
    Objects.requireNonNull(pattern, "pattern");
    Objects.requireNonNull(mode, "mode");
    boolean java = mode == Mode.FULL_MATCH;
    if (java) {
      try {
        Pattern.compile(pattern);
      } catch (StackOverflowError e) {
        throw invalid(pattern, -1, "the pattern is nested too deeply", null);
      } catch (PatternSyntaxException e) {
        RegexSyntaxError ours = ourError(pattern, Parser.Dialect.JAVA);
        throw ours != null
            ? invalid(pattern, ours.index, ours.problem, e)
            : invalid(pattern, e.getIndex(), e.getDescription(), e);
      }
    }
    try {
      Node root = Parser.parse(pattern, java ? Parser.Dialect.JAVA : Parser.Dialect.ECMA);
      Dfa dfa = Dfa.of(Nfa.of(root), !java);
      return new Regex(pattern, mode, dfa, null, null);
    } catch (RegexSyntaxError e) {
      if (java) {
        // java.util.regex accepts what our parser rejects (such as "a{2}{3}"): let it decide.
        return fallback(pattern, mode, "a construct only java.util.regex accepts: " + e.problem);
      }
      throw invalid(pattern, e.index, e.problem, null);
    } catch (UnsupportedConstruct e) {
      return fallback(pattern, mode, e.reason);
    }
  }

  private static @Nullable RegexSyntaxError ourError(String pattern, Parser.Dialect dialect) {
    try {
      Parser.parse(pattern, dialect);
      return null;
    } catch (RegexSyntaxError e) {
      return e;
    } catch (UnsupportedConstruct e) {
      return null;
    }
  }

  private static Regex fallback(String pattern, Mode mode, String reason) {
    String javaPattern = mode == Mode.SEARCH ? EcmaToJava.translate(pattern) : pattern;
    try {
      return new Regex(pattern, mode, null, reason, Pattern.compile(javaPattern));
    } catch (PatternSyntaxException e) {
      if (!javaPattern.equals(pattern)) {
        try {
          Pattern.compile(pattern);
        } catch (PatternSyntaxException original) {
          throw invalid(pattern, original.getIndex(), original.getDescription(), original);
        }
        throw invalid(pattern, -1, e.getDescription() + " (in its java.util.regex translation)", e);
      }
      throw invalid(pattern, e.getIndex(), e.getDescription(), e);
    } catch (StackOverflowError e) {
      throw invalid(pattern, -1, "the pattern is nested too deeply", null);
    }
  }

  private static ContractDefinitionException invalid(
      String pattern, int index, String problem, @Nullable Throwable cause) {
    String where = index >= 0 ? " at index " + index : "";
    String message = "invalid regular expression \"" + pattern + "\"" + where + ": " + problem;
    return cause == null
        ? new ContractDefinitionException(message)
        : new ContractDefinitionException(message, cause);
  }

  /**
   * Tells whether the input matches, in the sense of this expression's {@link Mode}. Linear time
   * and no allocation on the automaton path; on the fallback path no allocation once the thread's
   * matcher exists, and false if the step budget runs out (see {@link #gaveUpCount()}).
   *
   * @param input the value to check
   * @return true if it matches
   */
  public boolean matches(CharSequence input) {
    Dfa automaton = dfa;
    if (automaton != null) {
      return automaton.matches(input);
    }
    return runFallback(input) == Outcome.MATCH;
  }

  /**
   * Like {@link #matches}, but says so when the fallback engine gave up instead of answering false.
   * The automaton never gives up.
   *
   * @param input the value to check
   * @return the outcome
   */
  public Outcome matchOrGiveUp(CharSequence input) {
    Dfa automaton = dfa;
    if (automaton != null) {
      return automaton.matches(input) ? Outcome.MATCH : Outcome.NO_MATCH;
    }
    return runFallback(input);
  }

  private Outcome runFallback(CharSequence input) {
    GuardedInput guarded = Objects.requireNonNull(fallback).get();
    guarded.text = input;
    guarded.budget = STEP_BUDGET_BASE + STEP_BUDGET_PER_CHAR * (long) input.length();
    try {
      Matcher matcher = guarded.matcher.reset();
      boolean found = mode == Mode.SEARCH ? matcher.find() : matcher.matches();
      return found ? Outcome.MATCH : Outcome.NO_MATCH;
    } catch (BudgetExhausted | StackOverflowError e) {
      gaveUp.incrementAndGet();
      return Outcome.GAVE_UP;
    } finally {
      guarded.text = "";
    }
  }

  /**
   * Returns how many calls the fallback engine gave up on since compilation (always 0 for an
   * automaton).
   *
   * @return the count
   */
  public long gaveUpCount() {
    return gaveUp.get();
  }

  /**
   * Returns the pattern as given.
   *
   * @return the pattern
   */
  public String pattern() {
    return pattern;
  }

  /**
   * Returns the mode the pattern was compiled for.
   *
   * @return the mode
   */
  public Mode mode() {
    return mode;
  }

  /**
   * Tells whether the pattern runs on the linear-time automaton (true) or fell back to
   * java.util.regex (false).
   *
   * @return true for the automaton
   */
  public boolean isAutomaton() {
    return dfa != null;
  }

  /** The automaton, or null on the fallback path (for {@link RegexSampler}). */
  @Nullable Dfa automaton() {
    return dfa;
  }

  /**
   * Returns why the pattern fell back to java.util.regex, naming the construct and its index.
   *
   * @return the reason, or empty on the automaton path
   */
  public Optional<String> fallbackReason() {
    return Optional.ofNullable(fallbackReason);
  }

  @Override
  public String toString() {
    Dfa automaton = dfa;
    String engine =
        automaton != null
            ? "automaton of "
                + automaton.stateCount()
                + " states x "
                + automaton.columnCount()
                + " columns"
            : "java.util.regex fallback (" + fallbackReason + ")";
    return "Regex[\"" + pattern + "\", " + mode + ", " + engine + "]";
  }

  /** Thrown from {@link GuardedInput#charAt} when the budget is spent; preallocated, no trace. */
  private static final class BudgetExhausted extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final BudgetExhausted INSTANCE = new BudgetExhausted();

    private BudgetExhausted() {
      super("regular expression step budget exhausted", null, false, false);
    }
  }

  /**
   * A thread's reusable view of the current input that counts the fallback engine's reads and
   * aborts it past the budget, with the matcher bound to it.
   */
  private static final class GuardedInput implements CharSequence {
    final Matcher matcher;
    CharSequence text = "";
    long budget;

    GuardedInput(Pattern pattern) {
      this.matcher = pattern.matcher(this);
    }

    @Override
    public int length() {
      return text.length();
    }

    @Override
    public char charAt(int index) {
      if (--budget < 0) {
        throw BudgetExhausted.INSTANCE;
      }
      return text.charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return text.subSequence(start, end);
    }

    @Override
    public String toString() {
      return text.toString();
    }
  }
}
