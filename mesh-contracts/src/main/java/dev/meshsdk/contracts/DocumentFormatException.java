package dev.meshsdk.contracts;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A document that cannot be read, with the place of the problem: the document's name, the line and
 * column, the path of the offending node, and what is wrong. The subtypes name the kind of
 * document: {@link ContractFormatException} for an ODCS contract, {@code ProductFormatException}
 * (mesh-core) for an ODPS product descriptor, {@code ExpectationsFormatException} (mesh-testkit)
 * for a consumer expectations file.
 *
 * <p>Callers can catch this type to handle any unreadable document the same way, reading the file,
 * line, column, path and problem from {@link #source()}, {@link #line()}, {@link #column()}, {@link
 * #path()} and {@link #problem()}.
 *
 * <p>The message is {@code source:line:column: path: problem}, for example {@code
 * orders.odcs.yaml:12:7: schema[0].name: required field 'name' is missing}; the line and column are
 * left out when unknown ({@code orders.odcs.yaml: file does not exist}), and so is the path when
 * the problem concerns the whole document. A subtype whose message had its own established form
 * keeps it ({@code ExpectationsFormatException}: {@code source at path: problem}); its parts are
 * the same.
 */
public abstract class DocumentFormatException extends MeshException {
  private static final long serialVersionUID = 1L;

  /** The document's name. */
  private final String source;

  /** The 1-based line, or 0 when unknown. */
  private final int line;

  /** The 1-based column, or 0 when unknown. */
  private final int column;

  /** The path of the offending node, in the notation of the document's kind. */
  private final String path;

  /** What is wrong, without the place. */
  private final String problem;

  /**
   * Creates the exception with the message {@code source:line:column: path: problem}.
   *
   * @param source the document's name (a file name, a URL, or {@code <string>})
   * @param line the 1-based line, or 0 when unknown
   * @param column the 1-based column, or 0 when unknown
   * @param path the path of the offending node, or empty for the whole document
   * @param problem what is wrong, naming the rule
   * @param cause the underlying exception, or null when there is none
   */
  protected DocumentFormatException(
      String source, int line, int column, String path, String problem, @Nullable Throwable cause) {
    this(format(source, line, column, path, problem), source, line, column, path, problem, cause);
  }

  /**
   * Creates the exception with a message of the subtype's own form, for a subtype whose messages
   * had an established form before this class existed. The parts must be the ones the message
   * names.
   *
   * @param message the whole message, naming the source, the path and the problem
   * @param source the document's name (a file name, a URL, or {@code <string>})
   * @param line the 1-based line, or 0 when unknown
   * @param column the 1-based column, or 0 when unknown
   * @param path the path of the offending node, in the notation of the document's kind
   * @param problem what is wrong, naming the rule
   * @param cause the underlying exception, or null when there is none
   */
  protected DocumentFormatException(
      String message,
      String source,
      int line,
      int column,
      String path,
      String problem,
      @Nullable Throwable cause) {
    super(message);
    if (cause != null) {
      initCause(cause);
    }
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
   * The document's name: a file name, a URL, or {@code <string>} for parsed text.
   *
   * @return the source name
   */
  public String source() {
    return source;
  }

  /**
   * The 1-based line of the problem.
   *
   * @return the line, or empty when it is unknown or the problem concerns the whole document
   */
  public Optional<Integer> line() {
    return line > 0 ? Optional.of(line) : Optional.empty();
  }

  /**
   * The 1-based column of the problem; known only together with the line.
   *
   * @return the column, or empty when the line is unknown
   */
  public Optional<Integer> column() {
    return line > 0 ? Optional.of(column) : Optional.empty();
  }

  /**
   * The path of the offending node in the document, in the notation of the document's kind: {@code
   * schema[0].properties[3].logicalType} in a contract, {@code outputPorts[0].version} in a product
   * descriptor, {@code $.fields[2].maximum} in an expectations file.
   *
   * @return the path; empty (or {@code $} in an expectations file) for the whole document
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
