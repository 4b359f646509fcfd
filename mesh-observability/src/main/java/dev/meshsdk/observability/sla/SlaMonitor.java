package dev.meshsdk.observability.sla;

import dev.meshsdk.contracts.DataContract;
import dev.meshsdk.core.event.MeshEvent;
import dev.meshsdk.core.event.MeshListener;
import dev.meshsdk.core.event.PublishCompleted;
import dev.meshsdk.core.event.PublishEvent;
import dev.meshsdk.core.publish.PortRef;
import dev.meshsdk.observability.telemetry.MeshAttributes;
import dev.meshsdk.observability.telemetry.MeshMetrics;
import dev.meshsdk.observability.telemetry.internal.FailureGuard;
import dev.meshsdk.observability.telemetry.internal.PortAttributes;
import dev.meshsdk.observability.telemetry.internal.Scopes;
import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.api.metrics.ObservableDoubleGauge;
import io.opentelemetry.api.metrics.ObservableLongGauge;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tracks the freshness of watched output ports against their contracts' SLA, as a {@link
 * MeshListener}:
 *
 * <pre>{@code
 * SlaMonitor sla = SlaMonitor.builder()
 *     .onChange(change -> alerts.send(change.port() + " is " + change.status()))
 *     .build();
 * sla.watch(port, contract);            // reads frequency, latency, retention
 * Publisher<Map<String, ?>> orders = Publisher.builder(port, contract, "orders")
 *     .sink(sink).deadLetters(deadLetters).listener(sla).build();
 * }</pre>
 *
 * <p><b>Status.</b> A watched port is {@link FreshnessStatus#UNKNOWN} until a publish to it
 * completes having written at least one record; from then on, the age of the last such publish
 * (this monitor's clock minus the event's time) is classified by the port's {@link
 * FreshnessThresholds}: OK, LATE or STALE. Publishes that wrote nothing (all records rejected, an
 * empty batch, a failed sink) do not make data fresher.
 *
 * <p><b>Evaluation.</b> There is no background thread. A port is evaluated on every publish event
 * for it, and all ports on {@link #evaluate()}, {@link #statuses()}, {@link #status(PortRef)} and
 * when the gauges are collected; {@link #scheduleOn(ScheduledExecutorService, Duration)} evaluates
 * periodically on an executor you supply.
 *
 * <p><b>Changes</b> are reported exactly once each, in order: as a {@link FreshnessChanged} to
 * every {@link Builder#onChange(Consumer) callback}, and as one log line (warn for LATE and STALE,
 * info otherwise). Callbacks run on the evaluating thread (a publishing thread, a metric reader,
 * your scheduler) while the monitor's lock is held: keep them fast. A callback that throws is
 * logged and counted; it never breaks a publish.
 *
 * <p><b>Gauges</b> (names in {@link MeshMetrics}): {@code mesh.sla.freshness.status} (1 for the
 * current status of each watched port, 0 for the others, by {@code mesh.freshness.status}) and
 * {@code mesh.sla.freshness.age} (seconds, ports that have published).
 *
 * <p>Thread-safe.
 */
public final class SlaMonitor implements MeshListener, AutoCloseable {
  private static final Logger DEFAULT_LOG = LoggerFactory.getLogger(SlaMonitor.class);

  private final Clock clock;
  private final double staleFactor;
  private final List<Consumer<? super FreshnessChanged>> callbacks;
  private final Logger log;
  private final FailureGuard guard;
  private final PortAttributes attributes = new PortAttributes();
  private final List<AutoCloseable> gauges = new ArrayList<>();

  /** Watched ports, in watch order. Guarded by {@code this}. */
  private final Map<PortRef, Watched> watched = new LinkedHashMap<>();

  private static final class Watched {
    final PortRef port;
    FreshnessThresholds thresholds;
    @Nullable Instant lastPublished;
    FreshnessStatus status = FreshnessStatus.UNKNOWN;

    Watched(PortRef port, FreshnessThresholds thresholds) {
      this.port = port;
      this.thresholds = thresholds;
    }
  }

  private SlaMonitor(Builder b, OpenTelemetry otel) {
    this.clock = b.clock;
    this.staleFactor = b.staleFactor;
    this.callbacks = List.copyOf(b.callbacks);
    this.log = b.log;
    this.guard = new FailureGuard(log, "SlaMonitor");
    guard.run(() -> registerGauges(otel), "registering its gauges");
  }

  private void registerGauges(OpenTelemetry otel) {
    Meter meter = Scopes.meter(otel);
    ObservableLongGauge status =
        meter
            .gaugeBuilder(MeshMetrics.SLA_FRESHNESS_STATUS)
            .ofLongs()
            .setUnit("1")
            .setDescription(
                "1 for each watched port's current freshness status, 0 for the other statuses.")
            .buildWithCallback(
                m ->
                    guard.run(
                        () -> {
                          for (PortFreshness f : statuses().values()) {
                            Attributes port = attributes.of(f.port());
                            for (FreshnessStatus s : FreshnessStatus.values()) {
                              m.record(
                                  s == f.status() ? 1 : 0,
                                  port.toBuilder()
                                      .put(MeshAttributes.FRESHNESS_STATUS, s.attributeValue())
                                      .build());
                            }
                          }
                        },
                        "observing " + MeshMetrics.SLA_FRESHNESS_STATUS));
    gauges.add(status);
    ObservableDoubleGauge age =
        meter
            .gaugeBuilder(MeshMetrics.SLA_FRESHNESS_AGE)
            .setUnit("s")
            .setDescription(
                "Time since each watched port's last publish that wrote at least one record.")
            .buildWithCallback(
                m ->
                    guard.run(
                        () -> {
                          for (PortFreshness f : statuses().values()) {
                            f.age()
                                .ifPresent(
                                    a ->
                                        m.record(
                                            a.getSeconds() + a.getNano() / 1e9,
                                            attributes.of(f.port())));
                          }
                        },
                        "observing " + MeshMetrics.SLA_FRESHNESS_AGE));
    gauges.add(age);
  }

  /**
   * A builder with the system UTC clock, stale factor {@value Builder#DEFAULT_STALE_FACTOR}, no
   * callbacks, and {@link GlobalOpenTelemetry#getOrNoop()} for the gauges.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Watches a port against its contract's {@code slaProperties}. Watching a port again replaces its
   * thresholds and keeps its last publish time.
   *
   * @param port the port
   * @param contract the contract the port promises
   * @return the port's freshness now
   * @throws SlaDefinitionException if the contract's SLA properties cannot be read, or state
   *     neither a frequency nor a retention
   * @throws IllegalArgumentException if the port promises another contract or version
   */
  public PortFreshness watch(PortRef port, DataContract contract) {
    Objects.requireNonNull(port, "port");
    port.requireContract(contract);
    SlaTerms terms = SlaTerms.of(contract);
    FreshnessThresholds thresholds;
    try {
      thresholds = FreshnessThresholds.of(terms, staleFactor);
    } catch (SlaDefinitionException e) {
      throw new SlaDefinitionException(
          e.property(),
          "contract " + contract.id() + "@" + contract.version() + ": " + e.getMessage(),
          e);
    }
    return watch(port, thresholds);
  }

  /**
   * Watches a port against given terms.
   *
   * @param port the port
   * @param terms the terms; a frequency or a retention must be stated
   * @return the port's freshness now
   * @throws SlaDefinitionException if the terms state neither a frequency nor a retention
   */
  public PortFreshness watch(PortRef port, SlaTerms terms) {
    Objects.requireNonNull(port, "port");
    return watch(port, FreshnessThresholds.of(terms, staleFactor));
  }

  /**
   * Watches a port against given thresholds.
   *
   * @param port the port
   * @param thresholds the thresholds
   * @return the port's freshness now
   */
  public synchronized PortFreshness watch(PortRef port, FreshnessThresholds thresholds) {
    Objects.requireNonNull(port, "port");
    Objects.requireNonNull(thresholds, "thresholds");
    Watched w = watched.get(port);
    if (w == null) {
      w = new Watched(port, thresholds);
      watched.put(port, w);
    } else {
      w.thresholds = thresholds;
    }
    return evaluate(w, clock.instant());
  }

  /**
   * Stops watching a port.
   *
   * @param port the port
   * @return true if it was watched
   */
  public synchronized boolean unwatch(PortRef port) {
    return watched.remove(port) != null;
  }

  /**
   * Updates the watched port's last publish time on a {@link PublishCompleted} that wrote at least
   * one record, and evaluates the port on every publish event for it. Events of other ports are
   * ignored. Never throws.
   *
   * @param event the event
   */
  @Override
  public void onEvent(MeshEvent event) {
    if (event instanceof PublishEvent pe) {
      guard.run(() -> handle(event, pe), event.getClass().getSimpleName());
    }
  }

  private synchronized void handle(MeshEvent event, PublishEvent pe) {
    Watched w = watched.get(pe.port());
    if (w == null) {
      return;
    }
    if (event instanceof PublishCompleted c && c.counts().written() > 0) {
      if (w.lastPublished == null || c.time().isAfter(w.lastPublished)) {
        w.lastPublished = c.time();
      }
    }
    evaluate(w, clock.instant());
  }

  /**
   * Evaluates every watched port now, reporting changes.
   *
   * @return the changes this evaluation found, in watch order (empty if none)
   */
  public synchronized List<FreshnessChanged> evaluate() {
    Instant now = clock.instant();
    List<FreshnessChanged> changes = new ArrayList<>();
    for (Watched w : watched.values()) {
      FreshnessStatus before = w.status;
      PortFreshness after = evaluate(w, now);
      if (after.status() != before) {
        changes.add(new FreshnessChanged(before, after));
      }
    }
    return List.copyOf(changes);
  }

  /**
   * Evaluates one watched port now (reporting a change) and returns its freshness.
   *
   * @param port the port
   * @return its freshness, or empty if it is not watched
   */
  public synchronized Optional<PortFreshness> status(PortRef port) {
    Watched w = watched.get(port);
    return w == null ? Optional.empty() : Optional.of(evaluate(w, clock.instant()));
  }

  /**
   * Evaluates every watched port now (reporting changes) and returns their freshness.
   *
   * @return each watched port's freshness, in watch order
   */
  public synchronized Map<PortRef, PortFreshness> statuses() {
    Instant now = clock.instant();
    Map<PortRef, PortFreshness> out = new LinkedHashMap<>();
    for (Watched w : watched.values()) {
      out.put(w.port, evaluate(w, now));
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * Evaluates every watched port periodically on an executor you supply (and shut down). A failing
   * evaluation is logged and does not stop the schedule.
   *
   * @param executor the executor
   * @param period the time between evaluations, positive
   * @return the schedule; cancel it to stop
   * @throws IllegalArgumentException if the period is not positive
   */
  public ScheduledFuture<?> scheduleOn(ScheduledExecutorService executor, Duration period) {
    Objects.requireNonNull(executor, "executor");
    Objects.requireNonNull(period, "period");
    if (period.isNegative() || period.isZero()) {
      throw new IllegalArgumentException("SlaMonitor period must be positive, got " + period);
    }
    long nanos = period.toNanos();
    return executor.scheduleAtFixedRate(
        () -> guard.run(this::evaluate, "a scheduled evaluation"),
        nanos,
        nanos,
        TimeUnit.NANOSECONDS);
  }

  /**
   * How many failures (of callbacks or of the OpenTelemetry implementation) were swallowed.
   *
   * @return the count
   */
  public long failures() {
    return guard.failures();
  }

  /** Unregisters the gauges. Never throws. */
  @Override
  public synchronized void close() {
    for (AutoCloseable g : gauges) {
      guard.run(
          () -> {
            try {
              g.close();
            } catch (Exception e) {
              throw new IllegalStateException(e);
            }
          },
          "closing a gauge");
    }
    gauges.clear();
  }

  /** Evaluates one port; reports a change. Caller holds the lock. */
  private PortFreshness evaluate(Watched w, Instant now) {
    PortFreshness.Builder b = PortFreshness.builder().port(w.port).thresholds(w.thresholds);
    Instant last = w.lastPublished;
    if (last != null) {
      Duration age = Duration.between(last, now);
      if (age.isNegative()) {
        age = Duration.ZERO;
      }
      b.published(last, age).status(w.thresholds.classify(age));
    }
    PortFreshness f = b.evaluatedAt(now).build();
    if (f.status() != w.status) {
      FreshnessChanged change = new FreshnessChanged(w.status, f);
      w.status = f.status();
      report(change);
    }
    return f;
  }

  private void report(FreshnessChanged change) {
    PortFreshness f = change.current();
    String age = f.age().map(Duration::toString).orElse("none");
    if (f.status() == FreshnessStatus.LATE || f.status() == FreshnessStatus.STALE) {
      log.warn(
          "Freshness of {} changed from {} to {}: last publish {} ago, late after {}, stale after"
              + " {}",
          f.port(),
          change.previous(),
          f.status(),
          age,
          f.thresholds().lateAfter(),
          f.thresholds().staleAfter());
    } else {
      log.info(
          "Freshness of {} changed from {} to {}: last publish {} ago, late after {}, stale after"
              + " {}",
          f.port(),
          change.previous(),
          f.status(),
          age,
          f.thresholds().lateAfter(),
          f.thresholds().staleAfter());
    }
    for (Consumer<? super FreshnessChanged> callback : callbacks) {
      guard.run(() -> callback.accept(change), "a FreshnessChanged callback");
    }
  }

  /** Builds an {@link SlaMonitor}. */
  public static final class Builder {
    /** The default of {@link #staleFactor(double)}. */
    public static final double DEFAULT_STALE_FACTOR = 3.0;

    private Clock clock = Clock.systemUTC();
    private double staleFactor = DEFAULT_STALE_FACTOR;
    private final List<Consumer<? super FreshnessChanged>> callbacks = new ArrayList<>();
    private @Nullable OpenTelemetry openTelemetry;
    private Logger log = DEFAULT_LOG;

    private Builder() {}

    /**
     * Sets the clock ages are measured with (default {@link Clock#systemUTC()}).
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "SlaMonitor.clock");
      return this;
    }

    /**
     * Sets how many frequency periods (plus latency) old data may be before it is STALE (default
     * {@value #DEFAULT_STALE_FACTOR}); see {@link FreshnessThresholds#of(SlaTerms, double)}.
     *
     * @param staleFactor a finite number of at least 1
     * @return this builder
     * @throws IllegalArgumentException if less than 1 or not finite
     */
    public Builder staleFactor(double staleFactor) {
      FreshnessThresholds.checkStaleFactor(staleFactor);
      this.staleFactor = staleFactor;
      return this;
    }

    /**
     * Adds a callback told of every status change; callbacks are called in the order added.
     *
     * @param callback the callback
     * @return this builder
     */
    public Builder onChange(Consumer<? super FreshnessChanged> callback) {
      callbacks.add(Objects.requireNonNull(callback, "SlaMonitor.onChange"));
      return this;
    }

    /**
     * Sets the OpenTelemetry instance the gauges are registered with (default {@link
     * GlobalOpenTelemetry#getOrNoop()} at build time).
     *
     * @param openTelemetry the instance
     * @return this builder
     */
    public Builder openTelemetry(OpenTelemetry openTelemetry) {
      this.openTelemetry = Objects.requireNonNull(openTelemetry, "SlaMonitor.openTelemetry");
      return this;
    }

    /**
     * Sets the logger status changes (and swallowed failures) are logged to (default the logger
     * named {@code dev.meshsdk.observability.sla.SlaMonitor}).
     *
     * @param logger the logger
     * @return this builder
     */
    public Builder logger(Logger logger) {
      this.log = Objects.requireNonNull(logger, "SlaMonitor.logger");
      return this;
    }

    /**
     * Builds the monitor and registers its gauges.
     *
     * @return the monitor
     */
    public SlaMonitor build() {
      OpenTelemetry otel = openTelemetry != null ? openTelemetry : GlobalOpenTelemetry.getOrNoop();
      return new SlaMonitor(this, otel);
    }
  }
}
