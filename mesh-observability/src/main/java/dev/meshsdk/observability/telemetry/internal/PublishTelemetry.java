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

  /**
   * Creates the tracer and instruments. If the OpenTelemetry implementation throws while doing so,
   * falls back to the noop implementation (logged, counted in {@link #failures()}).
   *
   * @param otel the OpenTelemetry instance
   * @param clock the clock the freshness age is measured with
   * @param maxOpenRuns how many runs may have an open span at once
   */
  public PublishTelemetry(OpenTelemetry otel, Clock clock, int maxOpenRuns) {
    this.clock = clock;
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
    guard.run(() -> handle(event), event.getClass().getSimpleName());
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
    duration.record(
        seconds(e.duration()),
        port.toBuilder().put(MeshAttributes.PUBLISH_OUTCOME, "completed").build());
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
    Duration took = Duration.between(e.run().startedAt(), e.time());
    duration.record(
        seconds(took.isNegative() ? Duration.ZERO : took),
        port.toBuilder()
            .put(MeshAttributes.PUBLISH_OUTCOME, "failed")
            .put(MeshAttributes.ERROR_TYPE, e.causeType())
            .build());
    Span span = removeSpan(e.runId());
    if (span != null) {
      setCounts(span, e.counts());
      span.setAttribute(MeshAttributes.ERROR_TYPE, e.causeType());
      span.setStatus(StatusCode.ERROR, description(e));
      span.end(e.time());
    }
  }

  private static String description(PublishFailed e) {
    String text = e.message().isEmpty() ? e.causeType() : e.causeType() + ": " + e.message();
    return text.length() <= MAX_STATUS_DESCRIPTION
        ? text
        : text.substring(0, MAX_STATUS_DESCRIPTION - 3) + "...";
  }

  private void countViolations(Attributes port, ViolationSummary summary, String action) {
    for (Map.Entry<String, Integer> rule : summary.byRule().entrySet()) {
      violations.add(
          rule.getValue(),
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
          for (Map.Entry<PortRef, Instant> e : lastWrite.entrySet()) {
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
    return Map.copyOf(lastWrite);
  }

  /** Unregisters the freshness gauge and ends open spans (as abandoned). Never throws. */
  @Override
  public void close() {
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
