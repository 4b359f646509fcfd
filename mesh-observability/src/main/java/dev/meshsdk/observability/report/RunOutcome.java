package dev.meshsdk.observability.report;

/** How a publish run ended. */
public enum RunOutcome {
  /** Every offered record was written. */
  SUCCEEDED("succeeded"),
  /** The run completed, but some records were rejected. */
  PARTIAL("partial"),
  /** The run failed. */
  FAILED("failed");

  private final String label;

  RunOutcome(String label) {
    this.label = label;
  }

  /**
   * The word the report shows, such as {@code partial}.
   *
   * @return the label
   */
  public String label() {
    return label;
  }
}
