package dev.meshsdk.core.publish;

import dev.meshsdk.contracts.Violation;
import dev.meshsdk.core.publish.internal.Args;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A record a {@link Publisher} did not write, with everything needed to understand and replay it.
 *
 * <p>It holds the raw record, including the values of classified properties: a dead-letter store
 * needs the same protection as the port's data. {@link #toString()} leaves the record out, so
 * logging a dead letter reveals no values; the violations' messages never hold classified values.
 *
 * @param port the port the record was offered to
 * @param runId the publish call that rejected it
 * @param time when it was rejected, from the publisher's clock
 * @param record the record, as offered
 * @param violations every violation of the record (empty for {@link Reason#BATCH_REJECTED})
 * @param reason why it was not written
 * @param <T> the record type
 */
public record DeadLetter<T>(
    PortRef port,
    UUID runId,
    Instant time,
    T record,
    List<Violation> violations,
    DeadLetter.Reason reason) {

  /** Why a record was not written. */
  public enum Reason {
    /** The record breaks the port's contract; {@link DeadLetter#violations()} says how. */
    INVALID,
    /**
     * The record is valid but was in a batch rejected by {@link InvalidDataPolicy#FAIL_BATCH}
     * because another record of it was invalid.
     */
    BATCH_REJECTED
  }

  /**
   * Checks and copies the components.
   *
   * @param port the port
   * @param runId the publish call
   * @param time when it was rejected
   * @param record the record
   * @param violations its violations: at least one for {@link Reason#INVALID}
   * @param reason why it was not written
   */
  public DeadLetter {
    Objects.requireNonNull(port, "DeadLetter.port");
    Objects.requireNonNull(runId, "DeadLetter.runId");
    Objects.requireNonNull(time, "DeadLetter.time");
    Objects.requireNonNull(record, "DeadLetter.record");
    violations = Args.listCopy(violations, "DeadLetter.violations");
    Objects.requireNonNull(reason, "DeadLetter.reason");
    if (reason == Reason.INVALID && violations.isEmpty()) {
      throw new IllegalArgumentException(
          "DeadLetter.violations must not be empty when the reason is INVALID");
    }
  }

  /**
   * A new builder with no violations and the reason {@link Reason#INVALID}.
   *
   * @param <T> the record type
   * @return the builder
   */
  public static <T> Builder<T> builder() {
    return new Builder<>();
  }

  /**
   * A builder holding this dead letter's components.
   *
   * @return the builder
   */
  public Builder<T> toBuilder() {
    return new Builder<T>()
        .port(port)
        .runId(runId)
        .time(time)
        .record(record)
        .violations(violations)
        .reason(reason);
  }

  /**
   * The port, run, time, reason and violations; never the record's values.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "DeadLetter["
        + port
        + ", run "
        + runId
        + ", "
        + time
        + ", "
        + reason
        + ", "
        + violations
        + "]";
  }

  /**
   * Builds a {@link DeadLetter}.
   *
   * @param <T> the record type
   */
  public static final class Builder<T> {
    private @Nullable PortRef port;
    private @Nullable UUID runId;
    private @Nullable Instant time;
    private @Nullable T record;
    private List<Violation> violations = List.of();
    private Reason reason = Reason.INVALID;

    private Builder() {}

    /**
     * Sets the port.
     *
     * @param port the port
     * @return this builder
     */
    public Builder<T> port(PortRef port) {
      this.port = Objects.requireNonNull(port, "DeadLetter.port");
      return this;
    }

    /**
     * Sets the publish call's run id.
     *
     * @param runId the run id
     * @return this builder
     */
    public Builder<T> runId(UUID runId) {
      this.runId = Objects.requireNonNull(runId, "DeadLetter.runId");
      return this;
    }

    /**
     * Sets when the record was rejected.
     *
     * @param time the time
     * @return this builder
     */
    public Builder<T> time(Instant time) {
      this.time = Objects.requireNonNull(time, "DeadLetter.time");
      return this;
    }

    /**
     * Sets the record.
     *
     * @param record the record
     * @return this builder
     */
    public Builder<T> record(T record) {
      this.record = Objects.requireNonNull(record, "DeadLetter.record");
      return this;
    }

    /**
     * Sets the violations.
     *
     * @param violations the violations
     * @return this builder
     */
    public Builder<T> violations(List<Violation> violations) {
      this.violations = Args.listCopy(violations, "DeadLetter.violations");
      return this;
    }

    /**
     * Sets the reason.
     *
     * @param reason the reason
     * @return this builder
     */
    public Builder<T> reason(Reason reason) {
      this.reason = Objects.requireNonNull(reason, "DeadLetter.reason");
      return this;
    }

    /**
     * Builds the dead letter.
     *
     * @return the dead letter
     * @throws IllegalStateException if the port, run id, time or record was not set
     */
    public DeadLetter<T> build() {
      return new DeadLetter<>(
          Args.required(port, "DeadLetter.port"),
          Args.required(runId, "DeadLetter.runId"),
          Args.required(time, "DeadLetter.time"),
          Args.required(record, "DeadLetter.record"),
          violations,
          reason);
    }
  }
}
