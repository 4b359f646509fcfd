package dev.meshsdk.contracts.internal.regex;

/**
 * A valid construct the automaton cannot express (a lookaround, a backreference, a word boundary)
 * or an automaton that would grow past its caps; {@link Regex} then falls back to java.util.regex.
 */
final class UnsupportedConstruct extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why the automaton was not built, naming the construct and its index. */
  final String reason;

  UnsupportedConstruct(String reason) {
    super(reason, null, false, false);
    this.reason = reason;
  }

  static UnsupportedConstruct at(int index, String construct) {
    return new UnsupportedConstruct(construct + " at index " + index);
  }
}
