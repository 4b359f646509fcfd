package dev.meshsdk.core.event;

import dev.meshsdk.core.publish.PublishCounts;
import dev.meshsdk.core.publish.PublishRun;
import dev.meshsdk.core.publish.ViolationSummary;
import dev.meshsdk.core.publish.internal.Args;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * A publish call finished with every record written or dead-lettered (also when {@code FAIL_BATCH}
 * then throws).
 *
 * @param run the call
 * @param time when it finished
 * @param counts where the records went; {@code failed} is 0
 * @param violations the violations found, by rule and path (rejected records', or under {@code
 *     WARN} the written invalid records')
 * @param bytesWritten the bytes the sink stored, if it says
 */
public record PublishCompleted(
    PublishRun run,
    Instant time,
    PublishCounts counts,
    ViolationSummary violations,
    OptionalLong bytesWritten)
    implements MeshEvent, PublishEvent {

  /**
   * Checks the components.
   *
   * @param run the call
   * @param time when it finished, not before it started
   * @param counts the counts
   * @param violations the violations
   * @param bytesWritten the bytes written, if known
   */
  public PublishCompleted {
    Objects.requireNonNull(run, "PublishCompleted.run");
    Objects.requireNonNull(time, "PublishCompleted.time");
    Objects.requireNonNull(counts, "PublishCompleted.counts");
    Objects.requireNonNull(violations, "PublishCompleted.violations");
    Objects.requireNonNull(bytesWritten, "PublishCompleted.bytesWritten");
    if (time.isBefore(run.startedAt())) {
      throw new IllegalArgumentException(
          "PublishCompleted.time must not be before the run started at "
              + run.startedAt()
              + ", got "
              + time);
    }
  }

  /**
   * How long the call took, by the publisher's clock.
   *
   * @return from {@code run().startedAt()} to {@link #time()}
   */
  public Duration duration() {
    return Duration.between(run.startedAt(), time);
  }

  /**
   * A new builder with no violations and bytes unknown.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this event's components.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    return new Builder()
        .run(run)
        .time(time)
        .counts(counts)
        .violations(violations)
        .bytesWritten(bytesWritten);
  }

  /** Builds a {@link PublishCompleted} event. */
  public static final class Builder {
    private @Nullable PublishRun run;
    private @Nullable Instant time;
    private @Nullable PublishCounts counts;
    private ViolationSummary violations = ViolationSummary.none();
    private OptionalLong bytesWritten = OptionalLong.empty();

    private Builder() {}

    /**
     * Sets the call.
     *
     * @param run the call
     * @return this builder
     */
    public Builder run(PublishRun run) {
      this.run = Objects.requireNonNull(run, "PublishCompleted.run");
      return this;
    }

    /**
     * Sets when the call finished.
     *
     * @param time the time
     * @return this builder
     */
    public Builder time(Instant time) {
      this.time = Objects.requireNonNull(time, "PublishCompleted.time");
      return this;
    }

    /**
     * Sets the counts.
     *
     * @param counts the counts
     * @return this builder
     */
    public Builder counts(PublishCounts counts) {
      this.counts = Objects.requireNonNull(counts, "PublishCompleted.counts");
      return this;
    }

    /**
     * Sets the violations.
     *
     * @param violations the summary
     * @return this builder
     */
    public Builder violations(ViolationSummary violations) {
      this.violations = Objects.requireNonNull(violations, "PublishCompleted.violations");
      return this;
    }

    /**
     * Sets the bytes written, if known.
     *
     * @param bytesWritten the bytes
     * @return this builder
     */
    public Builder bytesWritten(OptionalLong bytesWritten) {
      this.bytesWritten = Objects.requireNonNull(bytesWritten, "PublishCompleted.bytesWritten");
      return this;
    }

    /**
     * Builds the event.
     *
     * @return the event
     * @throws IllegalStateException if the run, time or counts was not set
     */
    public PublishCompleted build() {
      return new PublishCompleted(
          Args.required(run, "PublishCompleted.run"),
          Args.required(time, "PublishCompleted.time"),
          Args.required(counts, "PublishCompleted.counts"),
          violations,
          bytesWritten);
    }
  }
}
