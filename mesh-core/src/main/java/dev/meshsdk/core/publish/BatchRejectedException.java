package dev.meshsdk.core.publish;

import dev.meshsdk.contracts.MeshException;
import java.util.Objects;

/**
 * Under {@link InvalidDataPolicy#FAIL_BATCH}, a batch held at least one record that breaks the
 * port's contract, so nothing of it was written. Data breaking a contract, not a wrong definition.
 *
 * <p>By the time this is thrown the whole batch is in the dead-letter sink (so nothing is lost),
 * the publisher's statistics count it as rejected, and listeners have seen {@code RecordsRejected}
 * and {@code PublishCompleted}. The message names the port and counts violations by rule and path;
 * it never holds a value.
 */
public final class BatchRejectedException extends MeshException {
  private static final long serialVersionUID = 1L;

  private final transient PublishOutcome.Completed outcome;

  /**
   * Creates the exception.
   *
   * @param outcome the completed outcome: nothing written, the whole batch rejected
   */
  public BatchRejectedException(PublishOutcome.Completed outcome) {
    super(message(Objects.requireNonNull(outcome, "outcome")));
    this.outcome = outcome;
  }

  private static String message(PublishOutcome.Completed o) {
    return "port "
        + o.run().port()
        + ": batch of "
        + o.counts().offered()
        + " records rejected by policy FAIL_BATCH because "
        + o.violations().records()
        + " broke the contract (violations by rule "
        + o.violations().byRule()
        + ", by path "
        + o.violations().byPath()
        + "); nothing was written and the whole batch went to the dead-letter sink (run "
        + o.run().runId()
        + ")";
  }

  /**
   * The outcome of the rejected call: its run, its counts (all rejected) and its violations.
   *
   * @return the outcome
   */
  public PublishOutcome.Completed outcome() {
    return outcome;
  }
}
