package dev.meshsdk.contracts;

import java.util.Optional;

/**
 * A contract document that cannot be read: malformed YAML or JSON, a value of the wrong type, a
 * missing required field, an unknown enum value, or input refused as hostile (too large, too deep,
 * too many aliases, a YAML tag naming a class).
 *
 * <p>The message always starts with the place: {@code source:line:column: path: problem}, for
 * example {@code orders.odcs.yaml:12:7: schema[0].properties[3].logicalType: 'text' is not one of
 * [string, date, ...]}. The parts are also available one by one.
 */
public final class ContractFormatException extends MeshException {
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
   * @param path the path of the offending node ({@code schema[0].name}), or empty for the document
   * @param problem what is wrong, naming the rule
   */
  public ContractFormatException(String source, int line, int column, String path, String problem) {
    super(format(source, line, column, path, problem));
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
   * The document's name: a file name, or {@code <string>} for parsed text.
   *
   * @return the source name
   */
  public String source() {
    return source;
  }

  /**
   * The 1-based line of the problem.
   *
   * @return the line, or empty when the problem concerns the whole document
   */
  public Optional<Integer> line() {
    return line > 0 ? Optional.of(line) : Optional.empty();
  }

  /**
   * The 1-based column of the problem.
   *
   * @return the column, or empty when the problem concerns the whole document
   */
  public Optional<Integer> column() {
    return line > 0 ? Optional.of(column) : Optional.empty();
  }

  /**
   * The path of the offending node in the document, such as {@code
   * schema[0].properties[3].logicalType}; empty for the document as a whole.
   *
   * @return the path
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
