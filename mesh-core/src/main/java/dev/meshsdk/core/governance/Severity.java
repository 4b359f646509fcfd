package dev.meshsdk.core.governance;

/** How much a finding matters, from least to most. */
public enum Severity {
  /** Worth knowing; never blocks. */
  INFO,
  /** Should be fixed; does not block. */
  WARNING,
  /** Must be fixed: the product may not be registered or published until it is. */
  BLOCKING;

  /**
   * Whether a finding of this severity blocks the product.
   *
   * @return true for {@link #BLOCKING}
   */
  public boolean isBlocking() {
    return this == BLOCKING;
  }
}
