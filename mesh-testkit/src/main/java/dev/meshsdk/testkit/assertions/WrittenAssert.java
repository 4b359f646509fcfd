package dev.meshsdk.testkit.assertions;

import dev.meshsdk.core.publish.InMemorySink;

/** Assertions on the records an {@link InMemorySink} holds; messages show counts, never records. */
public final class WrittenAssert {
  private final InMemorySink<?> actual;

  WrittenAssert(InMemorySink<?> actual) {
    this.actual = actual;
  }

  /**
   * Asserts how many records were written.
   *
   * @param expected the number of records
   * @return this
   * @throws AssertionError naming both counts otherwise
   */
  public WrittenAssert hasWritten(int expected) {
    int size = actual.size();
    if (size != expected) {
      throw new AssertionError(
          "Expected "
              + expected
              + " record(s) written, but the sink holds "
              + size
              + " (in "
              + actual.batches()
              + " batch(es))");
    }
    return this;
  }

  /**
   * Asserts that nothing was written.
   *
   * @return this
   * @throws AssertionError naming the count otherwise
   */
  public WrittenAssert isEmpty() {
    return hasWritten(0);
  }
}
