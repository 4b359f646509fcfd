package dev.meshsdk.core;

import dev.meshsdk.contracts.MeshException;
import java.util.Optional;

/**
 * An ODPS document that cannot be read into a {@link DataProduct}: malformed YAML or JSON, a value
 * of the wrong type, a missing required field, a wrong {@code kind} or {@code apiVersion}, or a
 * product the document describes that breaks a declaration rule.
 *
 * <p>The message starts with the place: {@code source:line:column: path: problem}, for example
 * {@code orders.odps.yaml:14:5: outputPorts[0].version: required field 'version' is missing}.
 */
public final class ProductFormatException extends MeshException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;
  private final int column;
  private final String path;
  private final String problem;

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
      String source,
      int line,
      int column,
      String path,
      String problem,
      @org.jspecify.annotations.Nullable Throwable cause) {
    super(format(source, line, column, path, problem), cause);
    this.source = source;
    this.line = line;
    this.column = column;
    this.path = path;
    this.problem = problem;
  }

  private static String format(String source, int line, int column, String path, String problem) {
    StringBuilder sb = new StringBuilder(source);
    if (line > 0) {
      sb.append(':').append(line).append(':').append(column);
    }
    sb.append(": ");
    if (!path.isEmpty()) {
      sb.append(path).append(": ");
    }
    return sb.append(problem).toString();
  }

  /**
   * The document's name.
   *
   * @return a file name, or {@code <string>} for parsed text
   */
  public String source() {
    return source;
  }

  /**
   * The 1-based line of the problem.
   *
   * @return the line, or empty when unknown
   */
  public Optional<Integer> line() {
    return line > 0 ? Optional.of(line) : Optional.empty();
  }

  /**
   * The 1-based column of the problem.
   *
   * @return the column, or empty when unknown
   */
  public Optional<Integer> column() {
    return line > 0 ? Optional.of(column) : Optional.empty();
  }

  /**
   * The path of the offending node, such as {@code outputPorts[0].name}.
   *
   * @return the path, empty for the whole document
   */
  public String path() {
    return path;
  }

  /**
   * What is wrong, without the place.
   *
   * @return the problem
   */
  public String problem() {
    return problem;
  }
}
