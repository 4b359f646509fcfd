package dev.meshsdk.contracts.internal.quality;

import dev.meshsdk.contracts.ContractDefinitionException;
import dev.meshsdk.contracts.internal.regex.Regex;

/**
 * An {@code invalidValues} pattern: ECMA-262 syntax, found anywhere in a value (as {@code
 * RegExp.test} does; anchor it with {@code ^...$} to match the whole value), in linear time where
 * the pattern allows, else with a step budget.
 */
final class TextPattern {
  private final String source;
  private final Regex regex;

  private TextPattern(String source, Regex regex) {
    this.source = source;
    this.regex = regex;
  }

  /**
   * Compiles a pattern.
   *
   * @param source the pattern as written in the contract
   * @return the pattern
   * @throws ContractDefinitionException if it is not a valid regular expression
   */
  static TextPattern compile(String source) {
    return new TextPattern(source, Regex.compile(source, Regex.Mode.SEARCH));
  }

  /**
   * Looks for the pattern in a text.
   *
   * @param text the text
   * @return found, not found, or gave up (a backtracking pattern ran out of its step budget)
   */
  Regex.Outcome find(CharSequence text) {
    return regex.matchOrGiveUp(text);
  }

  String source() {
    return source;
  }
}
