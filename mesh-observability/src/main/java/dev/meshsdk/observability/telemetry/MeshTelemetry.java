package dev.meshsdk.observability.telemetry;

import dev.meshsdk.core.event.MeshEvent;
import dev.meshsdk.core.event.MeshListener;
import dev.meshsdk.observability.telemetry.internal.PublishTelemetry;
import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.OpenTelemetry;
import java.time.Clock;
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
   * Unregisters the freshness gauge and ends the spans still open (status {@code ERROR}, {@code
   * error.type=abandoned}). Never throws. Events received afterwards still record spans and
   * counters.
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
     * Sets the clock the freshness age gauge measures "now" with (default {@link
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
     * Builds the listener, creating its tracer and instruments.
     *
     * @return the listener
     */
    public MeshTelemetry build() {
      OpenTelemetry otel = openTelemetry != null ? openTelemetry : GlobalOpenTelemetry.getOrNoop();
      return new MeshTelemetry(new PublishTelemetry(otel, clock, maxOpenRuns));
    }
  }
}
