package dev.meshsdk.testkit;

import dev.meshsdk.contracts.MeshException;

/**
 * An expectations file (or source of files) that cannot be read: not JSON, an unknown format
 * version, or a member that breaks a rule of the format. The message names the file, the JSON path
 * and the rule, such as {@code billing.json at $.fields[2].maximum: must be a number}.
 */
public final class ExpectationsFormatException extends MeshException {
  private static final long serialVersionUID = 1L;

  /** The file or URL. */
  private final String source;

  /** The JSON path, such as {@code $.fields[0].path}. */
  private final String jsonPath;

  /**
   * Creates the exception.
   *
   * @param source the file or URL
   * @param jsonPath the JSON path of the offending member ({@code $} for the document)
   * @param rule the rule that was broken, in words
   */
  public ExpectationsFormatException(String source, String jsonPath, String rule) {
    super(source + " at " + jsonPath + ": " + rule);
    this.source = source;
    this.jsonPath = jsonPath;
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
    super(source + " at " + jsonPath + ": " + rule, cause);
    this.source = source;
    this.jsonPath = jsonPath;
  }

  /**
   * The file or URL.
   *
   * @return the source
   */
  public String source() {
    return source;
  }

  /**
   * The JSON path of the offending member, {@code $} for the document itself.
   *
   * @return the path
   */
  public String jsonPath() {
    return jsonPath;
  }
}
