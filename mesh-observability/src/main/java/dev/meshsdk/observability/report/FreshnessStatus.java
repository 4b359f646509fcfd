package dev.meshsdk.observability.report;

/** Whether a product's data is as fresh as its SLA promises. */
public enum FreshnessStatus {
  /** Published within the promised interval. */
  OK("ok"),
  /** The next publish is overdue, but within the grace period. */
  LATE("late"),
  /** Overdue beyond the grace period: consumers read old data. */
  STALE("stale"),
  /** Not known: never published, or no freshness target. */
  UNKNOWN("unknown");

  private final String label;

  FreshnessStatus(String label) {
    this.label = label;
  }

  /**
   * The word the report shows, such as {@code stale}.
   *
   * @return the label
   */
  public String label() {
    return label;
  }
}
