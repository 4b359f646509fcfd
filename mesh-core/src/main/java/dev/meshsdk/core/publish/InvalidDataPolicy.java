package dev.meshsdk.core.publish;

/**
 * What a {@link Publisher} does with records that break the port's contract. Whatever the policy,
 * no record is dropped silently: each one is written, dead-lettered, or counted as failed and
 * reported to the caller.
 */
public enum InvalidDataPolicy {
  /**
   * The default. Valid records of a batch are written; each invalid record goes to the dead-letter
   * sink with all its violations ({@link DeadLetter.Reason#INVALID}). The outcome is {@link
   * PublishOutcome.Completed} with the rejected count.
   */
  REJECT_RECORD,

  /**
   * A batch is all or nothing: if any record is invalid, nothing is written, the whole batch goes
   * to the dead-letter sink (invalid records with their violations as {@link
   * DeadLetter.Reason#INVALID}, the valid ones without violations as {@link
   * DeadLetter.Reason#BATCH_REJECTED}, so none is lost), and {@code publish} throws a {@link
   * BatchRejectedException}. The whole batch counts as rejected.
   */
  FAIL_BATCH,

  /**
   * Every record is written, valid or not; the violations are reported (in the outcome's and the
   * {@code PublishCompleted} event's violation summary, and as a warning in the log, by rule and
   * path only) and counted in {@link PublisherStats#warned()}. Nothing goes to dead letters. For
   * migrations and shadow runs, not for production ports.
   */
  WARN
}
