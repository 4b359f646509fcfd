package dev.meshsdk.core.publish;

import dev.meshsdk.core.publish.internal.Args;
import java.util.Map;
import java.util.TreeMap;

/**
 * A consistent snapshot of what a {@link Publisher} has done since it was built.
 *
 * <p>Exact under any number of threads: a publish call adds its counts in one step when it returns
 * or throws, so every snapshot satisfies {@code offered == written + rejected + failed}, and once
 * all calls have returned, {@code written} equals what the sink accepted and {@code rejected} what
 * the dead-letter sink accepted. A call still in progress is not counted yet.
 *
 * @param offered records passed to {@code publish}
 * @param written records the sink accepted (under {@link InvalidDataPolicy#WARN} including invalid
 *     ones)
 * @param rejected records the dead-letter sink accepted
 * @param failed records neither written nor dead-lettered because a sink failed (the caller was
 *     told, by a {@link PublishOutcome.Failed} outcome or an exception)
 * @param warned invalid records written anyway under {@link InvalidDataPolicy#WARN}
 * @param rejectionsByRule violations of each rule among rejected records, sorted by rule id (a
 *     record breaking two rules counts under both)
 * @param listenerFailures how many times a listener threw
 */
public record PublisherStats(
    long offered,
    long written,
    long rejected,
    long failed,
    long warned,
    Map<String, Long> rejectionsByRule,
    long listenerFailures) {

  private static final PublisherStats EMPTY = new PublisherStats(0, 0, 0, 0, 0, Map.of(), 0);

  /**
   * Checks and copies the components.
   *
   * @param offered records offered, not negative
   * @param written records written, not negative
   * @param rejected records dead-lettered, not negative
   * @param failed records lost to sink failures, not negative
   * @param warned invalid records written anyway, not negative
   * @param rejectionsByRule violations by rule among rejected records, none negative
   * @param listenerFailures listener failures, not negative
   */
  public PublisherStats {
    Args.notNegative(offered, "PublisherStats.offered");
    Args.notNegative(written, "PublisherStats.written");
    Args.notNegative(rejected, "PublisherStats.rejected");
    Args.notNegative(failed, "PublisherStats.failed");
    Args.notNegative(warned, "PublisherStats.warned");
    rejectionsByRule = Args.counts(rejectionsByRule, "PublisherStats.rejectionsByRule");
    Args.notNegative(listenerFailures, "PublisherStats.listenerFailures");
    if (offered != written + rejected + failed) {
      throw new IllegalArgumentException(
          "PublisherStats: offered must equal written + rejected + failed, got "
              + offered
              + " != "
              + written
              + " + "
              + rejected
              + " + "
              + failed);
    }
  }

  /**
   * The statistics of a publisher that has done nothing.
   *
   * @return all zero
   */
  public static PublisherStats empty() {
    return EMPTY;
  }

  /**
   * A new builder, all zero.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding these statistics.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    return new Builder()
        .offered(offered)
        .written(written)
        .rejected(rejected)
        .failed(failed)
        .warned(warned)
        .rejectionsByRule(rejectionsByRule)
        .listenerFailures(listenerFailures);
  }

  /** Builds {@link PublisherStats}; everything starts at zero. */
  public static final class Builder {
    private long offered;
    private long written;
    private long rejected;
    private long failed;
    private long warned;
    private Map<String, Long> rejectionsByRule = new TreeMap<>();
    private long listenerFailures;

    private Builder() {}

    /**
     * Sets the records offered.
     *
     * @param offered the count, not negative
     * @return this builder
     */
    public Builder offered(long offered) {
      this.offered = Args.notNegative(offered, "PublisherStats.offered");
      return this;
    }

    /**
     * Sets the records written.
     *
     * @param written the count, not negative
     * @return this builder
     */
    public Builder written(long written) {
      this.written = Args.notNegative(written, "PublisherStats.written");
      return this;
    }

    /**
     * Sets the records dead-lettered.
     *
     * @param rejected the count, not negative
     * @return this builder
     */
    public Builder rejected(long rejected) {
      this.rejected = Args.notNegative(rejected, "PublisherStats.rejected");
      return this;
    }

    /**
     * Sets the records lost to sink failures.
     *
     * @param failed the count, not negative
     * @return this builder
     */
    public Builder failed(long failed) {
      this.failed = Args.notNegative(failed, "PublisherStats.failed");
      return this;
    }

    /**
     * Sets the invalid records written anyway.
     *
     * @param warned the count, not negative
     * @return this builder
     */
    public Builder warned(long warned) {
      this.warned = Args.notNegative(warned, "PublisherStats.warned");
      return this;
    }

    /**
     * Sets the violations by rule among rejected records.
     *
     * @param rejectionsByRule the counts, none negative
     * @return this builder
     */
    public Builder rejectionsByRule(Map<String, Long> rejectionsByRule) {
      this.rejectionsByRule =
          new TreeMap<>(Args.counts(rejectionsByRule, "PublisherStats.rejectionsByRule"));
      return this;
    }

    /**
     * Sets the listener failures.
     *
     * @param listenerFailures the count, not negative
     * @return this builder
     */
    public Builder listenerFailures(long listenerFailures) {
      this.listenerFailures = Args.notNegative(listenerFailures, "PublisherStats.listenerFailures");
      return this;
    }

    /**
     * Builds the statistics.
     *
     * @return the statistics
     * @throws IllegalArgumentException if offered is not written + rejected + failed
     */
    public PublisherStats build() {
      return new PublisherStats(
          offered, written, rejected, failed, warned, rejectionsByRule, listenerFailures);
    }
  }
}
