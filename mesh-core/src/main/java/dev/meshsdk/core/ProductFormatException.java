package dev.meshsdk.core;

import dev.meshsdk.contracts.DocumentFormatException;
import org.jspecify.annotations.Nullable;

/**
 * An ODPS document that cannot be read into a {@link DataProduct}: malformed YAML or JSON, a value
 * of the wrong type, a missing required field, a wrong {@code kind} or {@code apiVersion}, or a
 * product the document describes that breaks a declaration rule.
 *
 * <p>The message starts with the place: {@code source:line:column: path: problem}, for example
 * {@code orders.odps.yaml:14:5: outputPorts[0].version: required field 'version' is missing}. The
 * parts are also available one by one; catch {@link DocumentFormatException} to handle this and the
 * other unreadable documents the same way.
 */
public final class ProductFormatException extends DocumentFormatException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param source the document's name (a file name, or {@code <string>})
   * @param line the 1-based line, or 0 when unknown
   * @param column the 1-based column, or 0 when unknown
   * @param path the path of the offending node ({@code outputPorts[0].name}), or empty
   * @param problem what is wrong, naming the rule
   * @param cause the underlying exception, or null
   */
  public ProductFormatException(
      String source, int line, int column, String path, String problem, @Nullable Throwable cause) {
    super(source, line, column, path, problem, cause);
  }
}
