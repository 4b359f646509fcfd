package dev.meshsdk.contracts.internal.regex;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jspecify.annotations.Nullable;

/**
 * The BMP code units of a {@code \p{...}} property, taken from java.util.regex itself by testing
 * every one of the 65,536 code units once (about a millisecond) and cached by name. So the property
 * names and their meaning are exactly those java.util.regex knows ({@code L}, {@code Lu}, {@code
 * IsAlphabetic}, {@code IsLatin}, {@code InGreek}, {@code Alpha}, {@code javaLowerCase}...).
 *
 * <p>For ECMA-262 patterns the property is read as with the {@code u} flag (as JSON Schema means
 * it), and ECMA's spellings are translated first: long General_Category names ({@code Letter},
 * {@code Uppercase_Letter}), {@code General_Category=}/{@code gc=}, {@code Script=}/{@code sc=},
 * and binary properties ({@code Alphabetic}, {@code White_Space}) that java.util.regex spells with
 * an {@code Is} prefix.
 */
final class UnicodeProperties {
  private static final int CACHE_LIMIT = 256;
  private static final Map<String, CharSet> CACHE = new ConcurrentHashMap<>();

  private static final Map<String, String> ECMA_CATEGORIES =
      Map.ofEntries(
          Map.entry("Cased_Letter", "LC"),
          Map.entry("Close_Punctuation", "Pe"),
          Map.entry("Connector_Punctuation", "Pc"),
          Map.entry("Control", "Cc"),
          Map.entry("cntrl", "Cc"),
          Map.entry("Currency_Symbol", "Sc"),
          Map.entry("Dash_Punctuation", "Pd"),
          Map.entry("Decimal_Number", "Nd"),
          Map.entry("digit", "Nd"),
          Map.entry("Enclosing_Mark", "Me"),
          Map.entry("Final_Punctuation", "Pf"),
          Map.entry("Format", "Cf"),
          Map.entry("Initial_Punctuation", "Pi"),
          Map.entry("Letter", "L"),
          Map.entry("Letter_Number", "Nl"),
          Map.entry("Line_Separator", "Zl"),
          Map.entry("Lowercase_Letter", "Ll"),
          Map.entry("Mark", "M"),
          Map.entry("Combining_Mark", "M"),
          Map.entry("Math_Symbol", "Sm"),
          Map.entry("Modifier_Letter", "Lm"),
          Map.entry("Modifier_Symbol", "Sk"),
          Map.entry("Nonspacing_Mark", "Mn"),
          Map.entry("Number", "N"),
          Map.entry("Open_Punctuation", "Ps"),
          Map.entry("Other", "C"),
          Map.entry("Other_Letter", "Lo"),
          Map.entry("Other_Number", "No"),
          Map.entry("Other_Punctuation", "Po"),
          Map.entry("Other_Symbol", "So"),
          Map.entry("Paragraph_Separator", "Zp"),
          Map.entry("Private_Use", "Co"),
          Map.entry("Punctuation", "P"),
          Map.entry("punct", "P"),
          Map.entry("Separator", "Z"),
          Map.entry("Space_Separator", "Zs"),
          Map.entry("Spacing_Mark", "Mc"),
          Map.entry("Surrogate", "Cs"),
          Map.entry("Symbol", "S"),
          Map.entry("Titlecase_Letter", "Lt"),
          Map.entry("Unassigned", "Cn"),
          Map.entry("Uppercase_Letter", "Lu"));

  private UnicodeProperties() {}

  /**
   * Returns the set of an ECMA-262 property name (as with the {@code u} flag), or null if unknown.
   */
  static @Nullable CharSet ofEcma(String name) {
    int eq = name.indexOf('=');
    if (eq >= 0) {
      String key = name.substring(0, eq);
      String value = name.substring(eq + 1);
      if (key.equals("General_Category") || key.equals("gc")) {
        return of(ECMA_CATEGORIES.getOrDefault(value, value));
      }
      if (key.equals("Script") || key.equals("sc")) {
        return of("sc=" + value);
      }
      return null;
    }
    String category = ECMA_CATEGORIES.get(name);
    if (category != null) {
      return of(category);
    }
    CharSet set = of(name);
    return set != null ? set : of("Is" + name);
  }

  /** Returns the property's set, or null if java.util.regex does not know the name. */
  static @Nullable CharSet of(String name) {
    CharSet cached = CACHE.get(name);
    if (cached != null) {
      return cached;
    }
    Pattern pattern;
    try {
      pattern = Pattern.compile("\\p{" + name + "}");
    } catch (PatternSyntaxException e) {
      return null;
    }
    OneChar probe = new OneChar();
    Matcher matcher = pattern.matcher(probe);
    CharSet.Builder builder = CharSet.builder();
    int runStart = -1;
    for (int c = 0; c <= CharSet.MAX_CHAR; c++) {
      probe.c = (char) c;
      boolean in = matcher.reset().matches();
      if (in && runStart < 0) {
        runStart = c;
      } else if (!in && runStart >= 0) {
        builder.add(runStart, c - 1);
        runStart = -1;
      }
    }
    if (runStart >= 0) {
      builder.add(runStart, CharSet.MAX_CHAR);
    }
    CharSet set = builder.build();
    if (CACHE.size() < CACHE_LIMIT) {
      CACHE.putIfAbsent(name, set);
    }
    return set;
  }

  /** A one-character sequence that is reused for every probe. */
  private static final class OneChar implements CharSequence {
    char c;

    @Override
    public int length() {
      return 1;
    }

    @Override
    public char charAt(int index) {
      return c;
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return toString().substring(start, end);
    }

    @Override
    public String toString() {
      return String.valueOf(c);
    }
  }
}
