package dev.meshsdk.contracts.internal.validate;

/**
 * The fast path of a compiled validator: whether a whole record passes, without allocating and
 * without saying why. Implemented by a class generated per validator ({@link FastPaths}), or by the
 * compiled check tree itself when no class could be generated.
 */
interface FastTest {
  /**
   * Whether the record passes every check.
   *
   * @param record the record, never null
   * @return true if valid
   */
  boolean test(Object record);
}
