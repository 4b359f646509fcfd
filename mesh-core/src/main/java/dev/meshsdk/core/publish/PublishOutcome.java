package dev.meshsdk.core.publish;

import java.util.Objects;

/**
 * How one publish call ended: {@link Completed} (every record written or dead-lettered) or {@link
 * Failed} (the sink failed, so the records meant for it were not written).
 *
 * <p>A {@code Failed} outcome is returned, not thrown, so that a caller can decide to retry; call
 * {@link #orThrow()} to turn it into the {@link SinkException}. When the dead-letter sink fails,
 * the call throws instead, because rejected records would otherwise be lost.
 */
public sealed interface PublishOutcome permits PublishOutcome.Completed, PublishOutcome.Failed {

  /**
   * The call this is the outcome of.
   *
   * @return the run
   */
  PublishRun run();

  /**
   * Where the offered records went.
   *
   * @return the counts
   */
  PublishCounts counts();

  /**
   * The completed outcome, or the failure thrown.
   *
   * @return this outcome when completed
   * @throws SinkException the cause of a failed outcome
   */
  Completed orThrow();

  /**
   * Every offered record was written or dead-lettered.
   *
   * @param run the call
   * @param counts the counts; {@code failed} is 0
   * @param violations the violations found (rejected records' under {@link
   *     InvalidDataPolicy#REJECT_RECORD} and {@link InvalidDataPolicy#FAIL_BATCH}, written records'
   *     under {@link InvalidDataPolicy#WARN})
   */
  record Completed(PublishRun run, PublishCounts counts, ViolationSummary violations)
      implements PublishOutcome {
    /**
     * Checks the components.
     *
     * @param run the call
     * @param counts the counts, with none failed
     * @param violations the violations found
     */
    public Completed {
      Objects.requireNonNull(run, "Completed.run");
      Objects.requireNonNull(counts, "Completed.counts");
      Objects.requireNonNull(violations, "Completed.violations");
      if (counts.failed() != 0) {
        throw new IllegalArgumentException(
            "Completed.counts.failed must be 0, got " + counts.failed());
      }
    }

    @Override
    public Completed orThrow() {
      return this;
    }
  }

  /**
   * The sink failed: the records meant for it were not written (counted as failed); records
   * rejected before it had already reached the dead-letter sink.
   *
   * @param run the call
   * @param counts the counts; {@code written} is 0
   * @param cause why the sink failed; its message holds no record values
   */
  record Failed(PublishRun run, PublishCounts counts, SinkException cause)
      implements PublishOutcome {
    /**
     * Checks the components.
     *
     * @param run the call
     * @param counts the counts, with none written
     * @param cause why the sink failed
     */
    public Failed {
      Objects.requireNonNull(run, "Failed.run");
      Objects.requireNonNull(counts, "Failed.counts");
      Objects.requireNonNull(cause, "Failed.cause");
      if (counts.written() != 0) {
        throw new IllegalArgumentException(
            "Failed.counts.written must be 0, got " + counts.written());
      }
    }

    @Override
    public Completed orThrow() {
      throw cause;
    }
  }
}
