package dev.meshsdk.core.event;

import dev.meshsdk.core.publish.PublishRun;
import dev.meshsdk.core.publish.ViolationSummary;
import dev.meshsdk.core.publish.internal.Args;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Records of a publish call reached the dead-letter sink. Counts by rule and path only, never
 * values.
 *
 * @param run the call
 * @param time when the dead-letter sink accepted them
 * @param records how many records were dead-lettered (under {@code FAIL_BATCH} the whole batch,
 *     including its valid records)
 * @param violations the rejected records' violations by rule and path
 */
public record RecordsRejected(
    PublishRun run, Instant time, int records, ViolationSummary violations)
    implements MeshEvent, PublishEvent {

  /**
   * Checks the components.
   *
   * @param run the call
   * @param time when they were dead-lettered
   * @param records records dead-lettered, at least 1
   * @param violations their violations
   */
  public RecordsRejected {
    Objects.requireNonNull(run, "RecordsRejected.run");
    Objects.requireNonNull(time, "RecordsRejected.time");
    Objects.requireNonNull(violations, "RecordsRejected.violations");
    if (records < 1) {
      throw new IllegalArgumentException(
          "RecordsRejected.records must be at least 1, got " + records);
    }
  }

  /**
   * A new builder with no violations.
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
    return new Builder().run(run).time(time).records(records).violations(violations);
  }

  /** Builds a {@link RecordsRejected} event. */
  public static final class Builder {
    private @Nullable PublishRun run;
    private @Nullable Instant time;
    private int records;
    private ViolationSummary violations = ViolationSummary.none();

    private Builder() {}

    /**
     * Sets the call.
     *
     * @param run the call
     * @return this builder
     */
    public Builder run(PublishRun run) {
      this.run = Objects.requireNonNull(run, "RecordsRejected.run");
      return this;
    }

    /**
     * Sets when the records were dead-lettered.
     *
     * @param time the time
     * @return this builder
     */
    public Builder time(Instant time) {
      this.time = Objects.requireNonNull(time, "RecordsRejected.time");
      return this;
    }

    /**
     * Sets how many records were dead-lettered.
     *
     * @param records the count, at least 1
     * @return this builder
     */
    public Builder records(int records) {
      this.records = records;
      return this;
    }

    /**
     * Sets the violations.
     *
     * @param violations the summary
     * @return this builder
     */
    public Builder violations(ViolationSummary violations) {
      this.violations = Objects.requireNonNull(violations, "RecordsRejected.violations");
      return this;
    }

    /**
     * Builds the event.
     *
     * @return the event
     * @throws IllegalStateException if the run or time was not set
     */
    public RecordsRejected build() {
      return new RecordsRejected(
          Args.required(run, "RecordsRejected.run"),
          Args.required(time, "RecordsRejected.time"),
          records,
          violations);
    }
  }
}
