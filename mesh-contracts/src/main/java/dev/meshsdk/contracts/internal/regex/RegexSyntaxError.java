package dev.meshsdk.contracts.internal.regex;

/** A pattern that is not a regular expression; {@link Regex} turns it into a definition error. */
final class RegexSyntaxError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The 0-based index in the pattern where the problem starts. */
  final int index;

  /** What is wrong, in a few words. */
  final String problem;

  RegexSyntaxError(int index, String problem) {
    super(problem + " at index " + index, null, false, false);
    this.index = index;
    this.problem = problem;
  }
}
