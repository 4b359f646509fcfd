package dev.meshsdk.observability.telemetry;

import dev.meshsdk.core.event.MeshEvent;
import dev.meshsdk.core.event.MeshListener;
import dev.meshsdk.observability.telemetry.internal.PublishTelemetry;
import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.OpenTelemetry;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * OpenTelemetry spans and metrics for publish runs, as a {@link MeshListener}:
 *
 * <pre>{@code
 * MeshTelemetry telemetry = MeshTelemetry.builder().openTelemetry(openTelemetry).build();
 * Publisher<Map<String, ?>> orders =
 *     Publisher.builder(port, contract, "orders")
 *         .sink(sink).deadLetters(deadLetters)
 *         .listener(telemetry)
 *         .build();
 * }</pre>
 *
 * <p><b>Spans.</b> One span per publish run, named {@code publish <port name>} (kind {@code
 * INTERNAL}), from {@code PublishStarted} to {@code PublishCompleted} or {@code PublishFailed},
 * timed by the publisher's clock. It carries the port's attributes (see {@link MeshAttributes}),
 * the run id, the records offered, written, rejected and failed and the bytes written; a {@code
 * mesh.records.rejected} event when records are dead-lettered; on failure {@code error.type} and
 * status {@code ERROR}. The span's parent is the context current on the publishing thread when the
 * run starts; the span is not made current itself. Open spans are kept by run id, at most {@link
 * Builder#maxOpenRuns(int)} of them: when more are open (runs whose end never arrived), the oldest
 * is ended with status {@code ERROR} and {@code error.type=abandoned}.
 *
 * <p><b>Metrics</b> (names in {@link MeshMetrics}): records published, rejected and failed,
 * violations by rule, publish duration (seconds, explicit buckets {@link
 * MeshMetrics#DURATION_BUCKETS}), bytes written, and per port the freshness age (seconds since the
 * last publish that wrote at least one record, by this listener's clock). Metric attributes name
 * the port, the contract, the rule and the outcome, never a run id or a value.
 *
 * <p><b>Aggregation window.</b> For high-rate ports, {@link Builder#window(Duration)} replaces the
 * span per publish call with one span per port and window, and the per-call work with a few atomic
 * adds into the port's window. A port's window opens with the first call that ends while none is
 * open and covers the calls ending within the window length; the first call ending after it closes
 * it (and opens the next), as do {@link #flushIdle()} (elapsed windows, by the builder's clock) and
 * {@link #close()} (every open window). The window's span (same name, kind and port attributes as a
 * run's span, no parent) starts when the window's first call started and ends at the window's end
 * (its deadline, or the closing time if closed earlier); it carries {@link
 * MeshAttributes#PUBLISH_CALLS}, {@link MeshAttributes#PUBLISH_CALLS_FAILED} and the summed records
 * offered, written, rejected and failed and bytes written, and if a call failed {@code error.type}
 * of the first failure and status {@code ERROR}. The records and bytes counters and the violations
 * by rule are added once per window, when it ends, with the port's cached attributes; the publish
 * duration histogram is still recorded per call (with a cached attribute set, no allocation), since
 * a distribution cannot be rebuilt from sums. The freshness gauge stays per call. Runs have no open
 * spans and no {@code mesh.records.rejected} span events then.
 *
 * <p><b>Never in the way.</b> Nothing the OpenTelemetry implementation throws escapes: failures are
 * logged (warn the first time, debug afterwards) and counted in {@link #failures()}. If it throws
 * while the tracer and instruments are created, the noop implementation is used instead.
 *
 * <p>Thread-safe: one instance may listen to many publishers on many threads.
 */
public final class MeshTelemetry implements MeshListener, AutoCloseable {
  private final PublishTelemetry impl;

  private MeshTelemetry(PublishTelemetry impl) {
    this.impl = impl;
  }

  /**
   * A builder using {@link GlobalOpenTelemetry#getOrNoop()} unless an instance is given.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Records one event as spans and metrics. Never throws.
   *
   * @param event the event
   */
  @Override
  public void onEvent(MeshEvent event) {
    impl.onEvent(event);
  }

  /**
   * The OpenTelemetry instance in use: the injected one, else the global one at build time (noop if
   * none was installed), or noop if the chosen one failed while the instruments were created.
   *
   * @return the instance
   */
  public OpenTelemetry openTelemetry() {
    return impl.openTelemetry();
  }

  /**
   * How many runs currently have an open span (started, not yet completed or failed).
   *
   * @return the count, at most {@link Builder#maxOpenRuns(int)}
   */
  public int openSpans() {
    return impl.openSpans();
  }

  /**
   * How many times the OpenTelemetry implementation threw and the failure was swallowed.
   *
   * @return the count
   */
  public long failures() {
    return impl.failures();
  }

  /**
   * Ends the aggregation windows that have elapsed by the builder's clock, recording their spans
   * and counters: for a port that went quiet. Does nothing without a window. Never throws.
   */
  public void flushIdle() {
    impl.flushIdle();
  }

  /**
   * Ends every open aggregation window (recording its span and counters), unregisters the freshness
   * gauge and ends the spans still open (status {@code ERROR}, {@code error.type=abandoned}). Never
   * throws. Events received afterwards still record spans and counters.
   */
  @Override
  public void close() {
    impl.close();
  }

  /** Builds a {@link MeshTelemetry}. */
  public static final class Builder {
    /** The default of {@link #maxOpenRuns(int)}. */
    public static final int DEFAULT_MAX_OPEN_RUNS = 10_000;

    private @Nullable OpenTelemetry openTelemetry;
    private Clock clock = Clock.systemUTC();
    private int maxOpenRuns = DEFAULT_MAX_OPEN_RUNS;
    private @Nullable Duration window;

    private Builder() {}

    /**
     * Sets the OpenTelemetry instance to record with. Without it, {@link
     * GlobalOpenTelemetry#getOrNoop()} is used when {@link #build()} is called: the instance the
     * application (or the Java agent) installed, or noop. meshsdk never sets the global instance.
     *
     * @param openTelemetry the instance
     * @return this builder
     */
    public Builder openTelemetry(OpenTelemetry openTelemetry) {
      this.openTelemetry = Objects.requireNonNull(openTelemetry, "MeshTelemetry.openTelemetry");
      return this;
    }

    /**
     * Sets the clock the freshness age gauge measures "now" with, and {@link
     * MeshTelemetry#flushIdle()} and {@link MeshTelemetry#close()} end windows by (default {@link
     * Clock#systemUTC()}). Span times come from the publisher's events.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "MeshTelemetry.clock");
      return this;
    }

    /**
     * Sets how many runs may have an open span at once (default {@value #DEFAULT_MAX_OPEN_RUNS});
     * bounds the memory that runs whose end never arrives can take.
     *
     * @param maxOpenRuns at least 1
     * @return this builder
     * @throws IllegalArgumentException if less than 1
     */
    public Builder maxOpenRuns(int maxOpenRuns) {
      if (maxOpenRuns < 1) {
        throw new IllegalArgumentException(
            "MeshTelemetry.maxOpenRuns must be at least 1, got " + maxOpenRuns);
      }
      this.maxOpenRuns = maxOpenRuns;
      return this;
    }

    /**
     * Sets an aggregation window: one span per port and window instead of one per publish call,
     * counters added once per window (see the class documentation). For high-rate ports. Default:
     * none, a span per publish call.
     *
     * @param window the window length, at least 1 ms
     * @return this builder
     * @throws IllegalArgumentException if shorter than 1 ms
     */
    public Builder window(Duration window) {
      Objects.requireNonNull(window, "MeshTelemetry.window");
      if (window.toMillis() < 1) {
        throw new IllegalArgumentException(
            "MeshTelemetry.window must be at least 1 ms, got " + window);
      }
      this.window = window;
      return this;
    }

    /**
     * Builds the listener, creating its tracer and instruments.
     *
     * @return the listener
     */
    public MeshTelemetry build() {
      OpenTelemetry otel = openTelemetry != null ? openTelemetry : GlobalOpenTelemetry.getOrNoop();
      return new MeshTelemetry(new PublishTelemetry(otel, clock, maxOpenRuns, window));
    }
  }
}
