package dev.meshsdk.observability.report;

/** The outcome of a product's latest data quality evaluation. */
public enum QualityState {
  /** Every quality rule passed. */
  PASSED("passed"),
  /** Some rule reported a warning; none failed. */
  WARNING("warning"),
  /** At least one rule failed. */
  FAILED("failed"),
  /** No evaluation yet. */
  NOT_EVALUATED("not evaluated");

  private final String label;

  QualityState(String label) {
    this.label = label;
  }

  /**
   * The words the report shows, such as {@code not evaluated}.
   *
   * @return the label
   */
  public String label() {
    return label;
  }
}
