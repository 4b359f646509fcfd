package dev.meshsdk.observability.report;

import dev.meshsdk.observability.report.internal.Checks;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * One publish run of a product, as the report lists it: usually built from a publish event.
 *
 * @param runId the run's id
 * @param startedAt when the run started
 * @param duration how long it took
 * @param offered how many records were offered to the publisher
 * @param written how many were written to the sink
 * @param rejected how many were rejected (sent to the dead letters)
 * @param rejectedByRule how many records each rule rejected, by rule id, sorted by rule id; a
 *     record that breaks two rules counts for both
 * @param outcome how the run ended
 */
public record PublishRun(
    String runId,
    Instant startedAt,
    Duration duration,
    long offered,
    long written,
    long rejected,
    Map<String, Long> rejectedByRule,
    RunOutcome outcome) {

  /**
   * Checks the components and copies the map.
   *
   * @param runId the run's id
   * @param startedAt when the run started
   * @param duration how long it took (not negative)
   * @param offered how many records were offered (not negative)
   * @param written how many were written (not negative)
   * @param rejected how many were rejected (not negative; written plus rejected at most offered)
   * @param rejectedByRule how many records each rule rejected, by rule id (each at most rejected)
   * @param outcome how the run ended
   * @throws IllegalArgumentException if a count is negative or the counts do not add up
   */
  public PublishRun {
    Checks.notBlank(runId, "PublishRun.runId");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(duration, "duration");
    if (duration.isNegative()) {
      throw new IllegalArgumentException(
          "PublishRun.duration must not be negative, got " + duration + " for run '" + runId + "'");
    }
    Checks.notNegative(offered, "PublishRun.offered");
    Checks.notNegative(written, "PublishRun.written");
    Checks.notNegative(rejected, "PublishRun.rejected");
    if (written + rejected > offered) {
      throw new IllegalArgumentException(
          "PublishRun '"
              + runId
              + "': written + rejected must not exceed offered, got "
              + written
              + " + "
              + rejected
              + " > "
              + offered);
    }
    Objects.requireNonNull(rejectedByRule, "rejectedByRule");
    TreeMap<String, Long> sorted = new TreeMap<>();
    for (Map.Entry<String, Long> e : rejectedByRule.entrySet()) {
      String rule = Checks.notBlank(e.getKey(), "PublishRun.rejectedByRule key");
      long count = Objects.requireNonNull(e.getValue(), "rejectedByRule value");
      if (count < 0 || count > rejected) {
        throw new IllegalArgumentException(
            "PublishRun '"
                + runId
                + "': rejectedByRule['"
                + rule
                + "'] must be between 0 and rejected ("
                + rejected
                + "), got "
                + count);
      }
      sorted.put(rule, count);
    }
    rejectedByRule = Collections.unmodifiableMap(sorted);
    Objects.requireNonNull(outcome, "outcome");
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder with this run's values.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.runId = runId;
    b.startedAt = startedAt;
    b.duration = duration;
    b.offered = offered;
    b.written = written;
    b.rejected = rejected;
    b.rejectedByRule = new TreeMap<>(rejectedByRule);
    b.outcome = outcome;
    return b;
  }

  /** Builds a {@link PublishRun}; run id, start time and outcome are required. */
  public static final class Builder {
    private @Nullable String runId;
    private @Nullable Instant startedAt;
    private Duration duration = Duration.ZERO;
    private long offered;
    private long written;
    private long rejected;
    private Map<String, Long> rejectedByRule = new TreeMap<>();
    private @Nullable RunOutcome outcome;

    private Builder() {}

    /**
     * Sets the run id.
     *
     * @param runId the run's id
     * @return this builder
     */
    public Builder runId(String runId) {
      this.runId = Checks.notBlank(runId, "PublishRun.runId");
      return this;
    }

    /**
     * Sets the start time.
     *
     * @param startedAt when the run started
     * @return this builder
     */
    public Builder startedAt(Instant startedAt) {
      this.startedAt = Objects.requireNonNull(startedAt, "startedAt");
      return this;
    }

    /**
     * Sets the duration (default zero).
     *
     * @param duration how long the run took
     * @return this builder
     */
    public Builder duration(Duration duration) {
      this.duration = Objects.requireNonNull(duration, "duration");
      return this;
    }

    /**
     * Sets the number of records offered (default 0).
     *
     * @param offered the count
     * @return this builder
     */
    public Builder offered(long offered) {
      this.offered = Checks.notNegative(offered, "PublishRun.offered");
      return this;
    }

    /**
     * Sets the number of records written (default 0).
     *
     * @param written the count
     * @return this builder
     */
    public Builder written(long written) {
      this.written = Checks.notNegative(written, "PublishRun.written");
      return this;
    }

    /**
     * Sets the number of records rejected (default 0).
     *
     * @param rejected the count
     * @return this builder
     */
    public Builder rejected(long rejected) {
      this.rejected = Checks.notNegative(rejected, "PublishRun.rejected");
      return this;
    }

    /**
     * Replaces the rejections by rule.
     *
     * @param rejectedByRule how many records each rule rejected, by rule id
     * @return this builder
     */
    public Builder rejectedByRule(Map<String, Long> rejectedByRule) {
      this.rejectedByRule = new TreeMap<>(Objects.requireNonNull(rejectedByRule, "rejectedByRule"));
      return this;
    }

    /**
     * Adds the rejections of one rule.
     *
     * @param rule the rule id
     * @param count how many records it rejected
     * @return this builder
     */
    public Builder rejectedByRule(String rule, long count) {
      this.rejectedByRule.put(
          Checks.notBlank(rule, "PublishRun.rejectedByRule rule"),
          Checks.notNegative(count, "PublishRun.rejectedByRule count"));
      return this;
    }

    /**
     * Sets the outcome.
     *
     * @param outcome how the run ended
     * @return this builder
     */
    public Builder outcome(RunOutcome outcome) {
      this.outcome = Objects.requireNonNull(outcome, "outcome");
      return this;
    }

    /**
     * Builds the run.
     *
     * @return the run
     * @throws IllegalStateException if the run id, start time or outcome is missing
     * @throws IllegalArgumentException if the counts do not add up
     */
    public PublishRun build() {
      return new PublishRun(
          Checks.required(runId, "PublishRun.runId"),
          Checks.required(startedAt, "PublishRun.startedAt"),
          duration,
          offered,
          written,
          rejected,
          rejectedByRule,
          Checks.required(outcome, "PublishRun.outcome"));
    }
  }
}
