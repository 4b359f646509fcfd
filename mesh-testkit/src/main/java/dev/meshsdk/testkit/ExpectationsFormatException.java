package dev.meshsdk.testkit;

import dev.meshsdk.contracts.DocumentFormatException;

/**
 * An expectations file (or source of files) that cannot be read: not JSON, an unknown format
 * version, or a member that breaks a rule of the format. The message names the file, the JSON path
 * and the rule, such as {@code billing.json at $.fields[2].maximum: must be a number}.
 *
 * <p>The parts are also available one by one: {@link #path()} (the same as {@link #jsonPath()}) is
 * the JSON path, {@link #problem()} the rule; the line and column are not known. Catch {@link
 * DocumentFormatException} to handle this and the other unreadable documents the same way.
 */
public final class ExpectationsFormatException extends DocumentFormatException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param source the file or URL
   * @param jsonPath the JSON path of the offending member ({@code $} for the document)
   * @param rule the rule that was broken, in words
   */
  public ExpectationsFormatException(String source, String jsonPath, String rule) {
    super(message(source, jsonPath, rule), source, 0, 0, jsonPath, rule, null);
  }

  /**
   * Creates the exception with its cause.
   *
   * @param source the file or URL
   * @param jsonPath the JSON path of the offending member
   * @param rule the rule that was broken, in words
   * @param cause the underlying cause
   */
  public ExpectationsFormatException(String source, String jsonPath, String rule, Throwable cause) {
    super(message(source, jsonPath, rule), source, 0, 0, jsonPath, rule, cause);
  }

  private static String message(String source, String jsonPath, String rule) {
    return source + " at " + jsonPath + ": " + rule;
  }

  /**
   * The JSON path of the offending member, {@code $} for the document itself; the same as {@link
   * #path()}.
   *
   * @return the path
   */
  public String jsonPath() {
    return path();
  }
}
