package dev.meshsdk.observability.lineage;

import dev.meshsdk.observability.lineage.internal.Checks;
import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link LineageEmitter} buffers, retries and reports. Immutable; {@link #defaults()} or
 * {@link #builder()}.
 *
 * @param capacity how many events the buffer holds (default 1024)
 * @param offerTimeout the longest {@link LineageEmitter#emit(LineageEvent)} waits for room in a
 *     full buffer before it drops the event (default 10 ms; zero drops at once)
 * @param maxAttempts how many times one event is tried before it counts as failed (default 5)
 * @param initialBackoff the wait after the first failed attempt; it doubles after each further one
 *     (default 200 ms)
 * @param maxBackoff the longest wait between two attempts (default 10 s)
 * @param closeTimeout the longest {@link LineageEmitter#close()} waits for the buffer to be
 *     delivered (default 5 s)
 * @param reportInterval the least time between two warnings about dropped or failed events (default
 *     1 min)
 * @param listener told about every delivery, retry, failure and drop (default: none)
 */
public record LineageEmitterOptions(
    int capacity,
    Duration offerTimeout,
    int maxAttempts,
    Duration initialBackoff,
    Duration maxBackoff,
    Duration closeTimeout,
    Duration reportInterval,
    LineageEmitter.Listener listener) {

  private static final LineageEmitterOptions DEFAULTS = builder().build();

  /**
   * Checks the components.
   *
   * @param capacity the buffer's size, at least 1
   * @param offerTimeout the longest wait of {@code emit}, not negative
   * @param maxAttempts attempts per event, at least 1
   * @param initialBackoff the first wait between attempts, greater than zero
   * @param maxBackoff the longest wait between attempts, at least {@code initialBackoff}
   * @param closeTimeout the longest wait of {@code close}, not negative
   * @param reportInterval the least time between two warnings, greater than zero
   * @param listener the listener
   */
  public LineageEmitterOptions {
    Checks.atLeast(capacity, 1, "capacity");
    Checks.nonNegative(offerTimeout, "offerTimeout");
    Checks.atLeast(maxAttempts, 1, "maxAttempts");
    Checks.positive(initialBackoff, "initialBackoff");
    Checks.positive(maxBackoff, "maxBackoff");
    if (maxBackoff.compareTo(initialBackoff) < 0) {
      throw new IllegalArgumentException(
          "maxBackoff must be >= initialBackoff (" + initialBackoff + "): was " + maxBackoff);
    }
    Checks.nonNegative(closeTimeout, "closeTimeout");
    Checks.positive(reportInterval, "reportInterval");
    Objects.requireNonNull(listener, "listener");
  }

  /**
   * The defaults.
   *
   * @return the default options
   */
  public static LineageEmitterOptions defaults() {
    return DEFAULTS;
  }

  /**
   * A builder starting from the defaults.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding these options.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.capacity = capacity;
    b.offerTimeout = offerTimeout;
    b.maxAttempts = maxAttempts;
    b.initialBackoff = initialBackoff;
    b.maxBackoff = maxBackoff;
    b.closeTimeout = closeTimeout;
    b.reportInterval = reportInterval;
    b.listener = listener;
    return b;
  }

  /** Builds {@link LineageEmitterOptions}; each setter checks its argument at once. */
  public static final class Builder {
    private int capacity = 1024;
    private Duration offerTimeout = Duration.ofMillis(10);
    private int maxAttempts = 5;
    private Duration initialBackoff = Duration.ofMillis(200);
    private Duration maxBackoff = Duration.ofSeconds(10);
    private Duration closeTimeout = Duration.ofSeconds(5);
    private Duration reportInterval = Duration.ofMinutes(1);
    private LineageEmitter.Listener listener = LineageEmitter.Listener.NONE;

    private Builder() {}

    /**
     * Sets the buffer's size.
     *
     * @param capacity at least 1
     * @return this
     */
    public Builder capacity(int capacity) {
      this.capacity = Checks.atLeast(capacity, 1, "capacity");
      return this;
    }

    /**
     * Sets the longest wait of {@code emit} for room in a full buffer.
     *
     * @param offerTimeout not negative; zero drops at once
     * @return this
     */
    public Builder offerTimeout(Duration offerTimeout) {
      this.offerTimeout = Checks.nonNegative(offerTimeout, "offerTimeout");
      return this;
    }

    /**
     * Sets how many times one event is tried.
     *
     * @param maxAttempts at least 1
     * @return this
     */
    public Builder maxAttempts(int maxAttempts) {
      this.maxAttempts = Checks.atLeast(maxAttempts, 1, "maxAttempts");
      return this;
    }

    /**
     * Sets the first and the longest wait between attempts.
     *
     * @param initial the first wait, greater than zero
     * @param max the longest wait, at least {@code initial}
     * @return this
     */
    public Builder backoff(Duration initial, Duration max) {
      this.initialBackoff = Checks.positive(initial, "initialBackoff");
      this.maxBackoff = Checks.positive(max, "maxBackoff");
      if (max.compareTo(initial) < 0) {
        throw new IllegalArgumentException(
            "maxBackoff must be >= initialBackoff (" + initial + "): was " + max);
      }
      return this;
    }

    /**
     * Sets the longest wait of {@code close} for the buffer to be delivered.
     *
     * @param closeTimeout not negative
     * @return this
     */
    public Builder closeTimeout(Duration closeTimeout) {
      this.closeTimeout = Checks.nonNegative(closeTimeout, "closeTimeout");
      return this;
    }

    /**
     * Sets the least time between two warnings about dropped or failed events.
     *
     * @param reportInterval greater than zero
     * @return this
     */
    public Builder reportInterval(Duration reportInterval) {
      this.reportInterval = Checks.positive(reportInterval, "reportInterval");
      return this;
    }

    /**
     * Sets the listener told about deliveries, retries, failures and drops.
     *
     * @param listener the listener
     * @return this
     */
    public Builder listener(LineageEmitter.Listener listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the options
     */
    public LineageEmitterOptions build() {
      return new LineageEmitterOptions(
          capacity,
          offerTimeout,
          maxAttempts,
          initialBackoff,
          maxBackoff,
          closeTimeout,
          reportInterval,
          listener);
    }
  }
}
