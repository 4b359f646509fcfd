package dev.meshsdk.observability.lineage;

/**
 * The run state transition a {@link RunEvent} reports. A run has one {@link #START} and one
 * terminal event ({@link #COMPLETE}, {@link #ABORT} or {@link #FAIL}); {@link #RUNNING} and {@link
 * #OTHER} may come in between.
 */
public enum EventType {
  /** The run started. */
  START,
  /** The run is going on; carries metadata gathered so far. */
  RUNNING,
  /** The run ended successfully. */
  COMPLETE,
  /** The run was stopped before its end. */
  ABORT,
  /** The run failed. */
  FAIL,
  /** Additional metadata, outside the state transitions. */
  OTHER;

  /**
   * Whether this event ends a run.
   *
   * @return true for {@link #COMPLETE}, {@link #ABORT} and {@link #FAIL}
   */
  public boolean isTerminal() {
    return this == COMPLETE || this == ABORT || this == FAIL;
  }
}
