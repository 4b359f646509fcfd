package dev.meshsdk.contracts.internal.tree;

/**
 * A place in a source document.
 *
 * @param source the document's name
 * @param line 1-based line, 0 when unknown
 * @param column 1-based column, 0 when unknown
 */
public record Location(String source, int line, int column) {
  /**
   * The place for a whole document whose position is unknown.
   *
   * @param source the document's name
   * @return the location
   */
  public static Location of(String source) {
    return new Location(source, 0, 0);
  }
}
