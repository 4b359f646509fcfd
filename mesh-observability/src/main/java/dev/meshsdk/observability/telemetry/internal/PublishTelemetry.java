package dev.meshsdk.observability.telemetry.internal;

import dev.meshsdk.core.event.MeshEvent;
import dev.meshsdk.core.event.PublishCompleted;
import dev.meshsdk.core.event.PublishFailed;
import dev.meshsdk.core.event.PublishStarted;
import dev.meshsdk.core.event.RecordsRejected;
import dev.meshsdk.core.publish.PortRef;
import dev.meshsdk.core.publish.PublishCounts;
import dev.meshsdk.core.publish.PublishRun;
import dev.meshsdk.core.publish.ViolationSummary;
import dev.meshsdk.observability.internal.PortWindows;
import dev.meshsdk.observability.telemetry.MeshAttributes;
import dev.meshsdk.observability.telemetry.MeshMetrics;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.metrics.LongCounter;
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.api.metrics.ObservableDoubleGauge;
import io.opentelemetry.api.metrics.ObservableDoubleMeasurement;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns publish events into spans and metrics. Every entry point is guarded: nothing thrown by the
 * OpenTelemetry implementation escapes. Thread-safe.
 */
public final class PublishTelemetry implements AutoCloseable {
  private static final Logger LOG =
      LoggerFactory.getLogger("dev.meshsdk.observability.telemetry.MeshTelemetry");
  private static final int MAX_STATUS_DESCRIPTION = 256;

  private final OpenTelemetry otel;
  private final Clock clock;
  private final int maxOpenRuns;
  private final FailureGuard guard = new FailureGuard(LOG, "MeshTelemetry");
  private final PortAttributes ports = new PortAttributes();

  private final Tracer tracer;
  private final LongCounter published;
  private final LongCounter rejected;
  private final LongCounter failed;
  private final LongCounter violations;
  private final DoubleHistogram duration;
  private final LongCounter bytes;
  private final ObservableDoubleGauge freshness;

  /** Open spans by run id, oldest first; bounded by {@code maxOpenRuns}. Guarded by itself. */
  private final LinkedHashMap<UUID, Span> open = new LinkedHashMap<>();

  /** Per port, the time of its last publish that wrote at least one record. */
  private final Map<PortRef, Instant> lastWrite = new ConcurrentHashMap<>();

  /** Per port, its attributes with {@code mesh.publish.outcome=completed}, built once. */
  private final Map<PortRef, Attributes> completedAttributes = new ConcurrentHashMap<>();

  /** The aggregation windows, or null for a span per publish call. */
  private final @Nullable PortWindows windows;

  /**
   * Creates the tracer and instruments. If the OpenTelemetry implementation throws while doing so,
   * falls back to the noop implementation (logged, counted in {@link #failures()}).
   *
   * @param otel the OpenTelemetry instance
   * @param clock the clock the freshness age is measured with
   * @param maxOpenRuns how many runs may have an open span at once
   * @param window the aggregation window, or null for a span per publish call
   */
  public PublishTelemetry(
      OpenTelemetry otel, Clock clock, int maxOpenRuns, @Nullable Duration window) {
    this.clock = clock;
    this.windows = window == null ? null : new PortWindows(window, new WindowSpans());
    this.maxOpenRuns = maxOpenRuns;
    OpenTelemetry used = otel;
    Instruments made;
    try {
      made = new Instruments(used, this::observeFreshness);
    } catch (RuntimeException | LinkageError e) {
      guard.failed(e, "creating its tracer and instruments (falling back to noop)");
      used = OpenTelemetry.noop();
      made = new Instruments(used, this::observeFreshness);
    }
    this.otel = used;
    this.tracer = made.tracer;
    this.published = made.published;
    this.rejected = made.rejected;
    this.failed = made.failed;
    this.violations = made.violations;
    this.duration = made.duration;
    this.bytes = made.bytes;
    this.freshness = made.freshness;
  }

  /** The tracer and instruments, created together so that a failure can fall back as a whole. */
  private static final class Instruments {
    final Tracer tracer;
    final LongCounter published;
    final LongCounter rejected;
    final LongCounter failed;
    final LongCounter violations;
    final DoubleHistogram duration;
    final LongCounter bytes;
    final ObservableDoubleGauge freshness;

    Instruments(OpenTelemetry otel, Consumer<ObservableDoubleMeasurement> age) {
      tracer = Scopes.tracer(otel);
      Meter meter = Scopes.meter(otel);
      published =
          meter
              .counterBuilder(MeshMetrics.RECORDS_PUBLISHED)
              .setUnit("{record}")
              .setDescription("Records written to an output port's sink.")
              .build();
      rejected =
          meter
              .counterBuilder(MeshMetrics.RECORDS_REJECTED)
              .setUnit("{record}")
              .setDescription("Records sent to an output port's dead-letter sink.")
              .build();
      failed =
          meter
              .counterBuilder(MeshMetrics.RECORDS_FAILED)
              .setUnit("{record}")
              .setDescription("Records neither written nor dead-lettered because a sink failed.")
              .build();
      violations =
          meter
              .counterBuilder(MeshMetrics.VIOLATIONS)
              .setUnit("{violation}")
              .setDescription("Contract violations found in published records, by rule.")
              .build();
      duration =
          meter
              .histogramBuilder(MeshMetrics.PUBLISH_DURATION)
              .setUnit("s")
              .setDescription("How long publish calls took.")
              .setExplicitBucketBoundariesAdvice(MeshMetrics.DURATION_BUCKETS)
              .build();
      bytes =
          meter
              .counterBuilder(MeshMetrics.BYTES_WRITTEN)
              .setUnit("By")
              .setDescription("Bytes the sinks reported writing.")
              .build();
      freshness =
          meter
              .gaugeBuilder(MeshMetrics.FRESHNESS_AGE)
              .setUnit("s")
              .setDescription("Time since the port's last publish that wrote at least one record.")
              .buildWithCallback(age);
    }
  }

  /**
   * Records one event; never throws.
   *
   * @param event the event
   */
  public void onEvent(MeshEvent event) {
    PortWindows w = windows;
    if (w != null) {
      // the windowed path is the hot one: no capturing lambda
      try {
        windowed(w, event);
      } catch (RuntimeException | LinkageError e) {
        guard.failed(e, event.getClass().getSimpleName());
      }
      return;
    }
    guard.run(() -> handle(event), event.getClass().getSimpleName());
  }

  private void windowed(PortWindows w, MeshEvent event) {
    if (event instanceof PublishCompleted e) {
      duration.record(seconds(e.run().startedAt(), e.time()), completedAttributes(e.port()));
      w.completed(e);
    } else if (event instanceof PublishFailed e) {
      duration.record(seconds(e.run().startedAt(), e.time()), failedAttributes(e));
      w.failed(e);
    }
  }

  private void handle(MeshEvent event) {
    if (event instanceof PublishStarted e) {
      started(e);
    } else if (event instanceof RecordsRejected e) {
      rejected(e);
    } else if (event instanceof PublishCompleted e) {
      completed(e);
    } else if (event instanceof PublishFailed e) {
      failed(e);
    }
  }

  private void started(PublishStarted e) {
    PublishRun run = e.run();
    Span span =
        tracer
            .spanBuilder(MeshMetrics.PUBLISH_SPAN_PREFIX + run.port().portName())
            .setSpanKind(SpanKind.INTERNAL)
            .setStartTimestamp(run.startedAt())
            .setAllAttributes(ports.of(run.port()))
            .setAttribute(MeshAttributes.PUBLISH_RUN_ID, run.runId().toString())
            .setAttribute(MeshAttributes.RECORDS_OFFERED, (long) e.records())
            .startSpan();
    Span evicted = null;
    synchronized (open) {
      open.put(run.runId(), span);
      if (open.size() > maxOpenRuns) {
        var eldest = open.entrySet().iterator();
        evicted = eldest.next().getValue();
        eldest.remove();
      }
    }
    if (evicted != null) {
      evicted.setStatus(
          StatusCode.ERROR,
          "publish run never finished: more than " + maxOpenRuns + " runs were open at once");
      evicted.setAttribute(MeshAttributes.ERROR_TYPE, "abandoned");
      evicted.end();
    }
  }

  private void rejected(RecordsRejected e) {
    Attributes port = ports.of(e.port());
    rejected.add(e.records(), port);
    countViolations(port, e.violations(), "rejected");
    Span span = openSpan(e.runId());
    if (span != null) {
      span.addEvent(
          MeshMetrics.RECORDS_REJECTED_EVENT,
          Attributes.of(MeshAttributes.RECORDS_REJECTED, (long) e.records()),
          e.time());
    }
  }

  private void completed(PublishCompleted e) {
    Attributes port = ports.of(e.port());
    PublishCounts counts = e.counts();
    if (counts.written() > 0) {
      published.add(counts.written(), port);
      lastWrite.merge(e.port(), e.time(), (a, b) -> a.isAfter(b) ? a : b);
    }
    if (counts.rejected() == 0 && !e.violations().isEmpty()) {
      // WARN policy: invalid records were written; RecordsRejected did not count their violations.
      countViolations(port, e.violations(), "written");
    }
    e.bytesWritten().ifPresent(b -> bytes.add(b, port));
    duration.record(seconds(e.duration()), completedAttributes(e.port()));
    Span span = removeSpan(e.runId());
    if (span != null) {
      setCounts(span, counts);
      e.bytesWritten().ifPresent(b -> span.setAttribute(MeshAttributes.BYTES_WRITTEN, b));
      span.end(e.time());
    }
  }

  private void failed(PublishFailed e) {
    Attributes port = ports.of(e.port());
    if (e.counts().failed() > 0) {
      failed.add(e.counts().failed(), port);
    }
    duration.record(seconds(e.run().startedAt(), e.time()), failedAttributes(e));
    Span span = removeSpan(e.runId());
    if (span != null) {
      setCounts(span, e.counts());
      span.setAttribute(MeshAttributes.ERROR_TYPE, e.causeType());
      span.setStatus(StatusCode.ERROR, description(e));
      span.end(e.time());
    }
  }

  private Attributes completedAttributes(PortRef port) {
    Attributes cached = completedAttributes.get(port);
    if (cached != null) {
      return cached;
    }
    Attributes built =
        ports.of(port).toBuilder().put(MeshAttributes.PUBLISH_OUTCOME, "completed").build();
    if (completedAttributes.size() < PortAttributes.MAX_CACHED) {
      completedAttributes.putIfAbsent(port, built);
    }
    return built;
  }

  private Attributes failedAttributes(PublishFailed e) {
    return ports.of(e.port()).toBuilder()
        .put(MeshAttributes.PUBLISH_OUTCOME, "failed")
        .put(MeshAttributes.ERROR_TYPE, e.causeType())
        .build();
  }

  /** Seconds from start to end, without allocating; 0 if end is before start. */
  static double seconds(Instant start, Instant end) {
    long s = end.getEpochSecond() - start.getEpochSecond();
    int n = end.getNano() - start.getNano();
    double d = s + n / 1e9;
    return d < 0 ? 0 : d;
  }

  /** Ends each window as a span and adds its sums to the counters. */
  private final class WindowSpans implements PortWindows.Sink {
    @Override
    public void opened(PortWindows.Window window) {
      // the span is made when the window ends: its counts are known only then
    }

    @Override
    public void closed(PortWindows.Window window, Instant end) {
      guard.run(() -> endWindow(window, end), "ending a publish window");
    }
  }

  private void endWindow(PortWindows.Window w, Instant end) {
    Attributes port = ports.of(w.port());
    long written = w.written();
    if (written > 0) {
      published.add(written, port);
    }
    if (w.rejected() > 0) {
      rejected.add(w.rejected(), port);
    }
    if (w.failed() > 0) {
      failed.add(w.failed(), port);
    }
    w.bytes().ifPresent(b -> bytes.add(b, port));
    countViolations(port, w.rejectedByRule(), "rejected");
    countViolations(port, w.writtenByRule(), "written");
    Span span =
        tracer
            .spanBuilder(MeshMetrics.PUBLISH_SPAN_PREFIX + w.port().portName())
            .setParent(Context.root())
            .setSpanKind(SpanKind.INTERNAL)
            .setStartTimestamp(w.start())
            .setAllAttributes(port)
            .setAttribute(MeshAttributes.PUBLISH_CALLS, w.calls())
            .setAttribute(MeshAttributes.PUBLISH_CALLS_FAILED, w.failedCalls())
            .setAttribute(MeshAttributes.RECORDS_OFFERED, w.offered())
            .setAttribute(MeshAttributes.RECORDS_WRITTEN, written)
            .setAttribute(MeshAttributes.RECORDS_REJECTED, w.rejected())
            .setAttribute(MeshAttributes.RECORDS_FAILED, w.failed())
            .startSpan();
    w.bytes().ifPresent(b -> span.setAttribute(MeshAttributes.BYTES_WRITTEN, b));
    w.firstFailure()
        .ifPresent(
            f -> {
              span.setAttribute(MeshAttributes.ERROR_TYPE, f.causeType());
              span.setStatus(
                  StatusCode.ERROR,
                  truncate(
                      w.failedCalls()
                          + " of "
                          + w.calls()
                          + " publish calls failed; the first: "
                          + text(f)));
            });
    span.end(end.isBefore(w.start()) ? w.start() : end);
  }

  /** Ends the windows already elapsed by the clock. Does nothing without windows; never throws. */
  public void flushIdle() {
    PortWindows w = windows;
    if (w != null) {
      guard.run(() -> w.flushIdle(clock.instant()), "ending elapsed publish windows");
    }
  }

  private static String text(PublishFailed e) {
    return e.message().isEmpty() ? e.causeType() : e.causeType() + ": " + e.message();
  }

  private static String description(PublishFailed e) {
    return truncate(text(e));
  }

  private static String truncate(String text) {
    return text.length() <= MAX_STATUS_DESCRIPTION
        ? text
        : text.substring(0, MAX_STATUS_DESCRIPTION - 3) + "...";
  }

  private void countViolations(Attributes port, ViolationSummary summary, String action) {
    countViolations(port, summary.byRule(), action);
  }

  private void countViolations(
      Attributes port, Map<String, ? extends Number> byRule, String action) {
    for (Map.Entry<String, ? extends Number> rule : byRule.entrySet()) {
      violations.add(
          rule.getValue().longValue(),
          port.toBuilder()
              .put(MeshAttributes.VIOLATION_RULE, rule.getKey())
              .put(MeshAttributes.VIOLATION_ACTION, action)
              .build());
    }
  }

  private static void setCounts(Span span, PublishCounts counts) {
    span.setAttribute(MeshAttributes.RECORDS_WRITTEN, (long) counts.written());
    span.setAttribute(MeshAttributes.RECORDS_REJECTED, (long) counts.rejected());
    span.setAttribute(MeshAttributes.RECORDS_FAILED, (long) counts.failed());
  }

  private @Nullable Span openSpan(UUID runId) {
    synchronized (open) {
      return open.get(runId);
    }
  }

  private @Nullable Span removeSpan(UUID runId) {
    synchronized (open) {
      return open.remove(runId);
    }
  }

  private void observeFreshness(ObservableDoubleMeasurement m) {
    guard.run(
        () -> {
          Instant now = clock.instant();
          Map<PortRef, Instant> all = lastWrite;
          PortWindows w = windows;
          if (w != null) {
            all = w.lastWrites();
          }
          for (Map.Entry<PortRef, Instant> e : all.entrySet()) {
            Duration age = Duration.between(e.getValue(), now);
            m.record(seconds(age.isNegative() ? Duration.ZERO : age), ports.of(e.getKey()));
          }
        },
        "observing " + MeshMetrics.FRESHNESS_AGE);
  }

  static double seconds(Duration d) {
    return d.getSeconds() + d.getNano() / 1e9;
  }

  /**
   * How many runs have an open span.
   *
   * @return the count
   */
  public int openSpans() {
    synchronized (open) {
      return open.size();
    }
  }

  /**
   * How many times the OpenTelemetry implementation threw and the failure was swallowed.
   *
   * @return the count
   */
  public long failures() {
    return guard.failures();
  }

  /**
   * The OpenTelemetry instance in use (noop if the given one failed at start).
   *
   * @return the instance
   */
  public OpenTelemetry openTelemetry() {
    return otel;
  }

  /**
   * The time of each port's last publish that wrote at least one record.
   *
   * @return a snapshot
   */
  public Map<PortRef, Instant> lastWrites() {
    PortWindows w = windows;
    return w != null ? Map.copyOf(w.lastWrites()) : Map.copyOf(lastWrite);
  }

  /**
   * Ends the open windows (as spans), unregisters the freshness gauge and ends open spans (as
   * abandoned). Never throws.
   */
  @Override
  public void close() {
    PortWindows w = windows;
    if (w != null) {
      guard.run(() -> w.closeAll(clock.instant()), "ending open publish windows");
    }
    guard.run(freshness::close, "closing the freshness gauge");
    Map<UUID, Span> left;
    synchronized (open) {
      left = new LinkedHashMap<>(open);
      open.clear();
    }
    for (Span span : left.values()) {
      guard.run(
          () -> {
            span.setStatus(StatusCode.ERROR, "publish run never finished: telemetry was closed");
            span.setAttribute(MeshAttributes.ERROR_TYPE, "abandoned");
            span.end();
          },
          "ending an open span");
    }
  }
}
