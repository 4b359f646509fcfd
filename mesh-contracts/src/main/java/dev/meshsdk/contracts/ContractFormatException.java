package dev.meshsdk.contracts;

/**
 * A contract document that cannot be read: malformed YAML or JSON, a value of the wrong type, a
 * missing required field, an unknown enum value, or input refused as hostile (too large, too deep,
 * too many aliases, a YAML tag naming a class).
 *
 * <p>The message always starts with the place: {@code source:line:column: path: problem}, for
 * example {@code orders.odcs.yaml:12:7: schema[0].properties[3].logicalType: 'text' is not one of
 * [string, date, ...]}. The parts are also available one by one; catch {@link
 * DocumentFormatException} to handle this and the other unreadable documents the same way.
 */
public final class ContractFormatException extends DocumentFormatException {
  private static final long serialVersionUID = 1L;

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
    super(source, line, column, path, problem, null);
  }
}
