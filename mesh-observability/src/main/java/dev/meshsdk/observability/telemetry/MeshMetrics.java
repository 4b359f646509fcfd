package dev.meshsdk.observability.telemetry;

import java.util.List;

/**
 * The instrumentation scope, span name and instrument names meshsdk records under. Units follow the
 * OpenTelemetry conventions (UCUM: {@code s}, {@code By}, {@code {record}}); counters have no
 * {@code _total} suffix (exporters add it where their format wants one).
 */
public final class MeshMetrics {
  private MeshMetrics() {}

  /** The instrumentation scope name of every tracer and meter meshsdk creates. */
  public static final String SCOPE = "dev.meshsdk.observability";

  /**
   * The prefix of a publish run's span name; the span is called {@code publish <port name>} (for
   * example {@code publish orders-v1}), kind {@code INTERNAL}.
   */
  public static final String PUBLISH_SPAN_PREFIX = "publish ";

  /** The span event added when records of a run were dead-lettered. */
  public static final String RECORDS_REJECTED_EVENT = "mesh.records.rejected";

  /** Counter, {@code {record}}: records written to a port's sink. */
  public static final String RECORDS_PUBLISHED = "mesh.records.published";

  /** Counter, {@code {record}}: records sent to the dead-letter sink. */
  public static final String RECORDS_REJECTED = "mesh.records.rejected";

  /** Counter, {@code {record}}: records neither written nor dead-lettered (a sink failed). */
  public static final String RECORDS_FAILED = "mesh.records.failed";

  /**
   * Counter, {@code {violation}}: contract violations by rule ({@code mesh.violation.rule}) and
   * action ({@code mesh.violation.action}). A record may break several rules.
   */
  public static final String VIOLATIONS = "mesh.contract.violations";

  /** Histogram, {@code s}: how long publish calls took, by outcome. */
  public static final String PUBLISH_DURATION = "mesh.publish.duration";

  /** Counter, {@code By}: bytes the sinks reported writing. */
  public static final String BYTES_WRITTEN = "mesh.publish.bytes";

  /** Gauge, {@code s}: per port, the time since its last publish that wrote at least one record. */
  public static final String FRESHNESS_AGE = "mesh.port.freshness.age";

  /**
   * Gauge, {@code s}: per port an {@code SlaMonitor} watches, the time since its last publish that
   * wrote at least one record, by the monitor's clock.
   */
  public static final String SLA_FRESHNESS_AGE = "mesh.sla.freshness.age";

  /**
   * Gauge, {@code 1}: per watched port and status ({@code mesh.freshness.status}), 1 for the port's
   * current freshness status and 0 for the others.
   */
  public static final String SLA_FRESHNESS_STATUS = "mesh.sla.freshness.status";

  /**
   * The explicit bucket boundaries, in seconds, advised for {@link #PUBLISH_DURATION}: from 1 ms to
   * 1 minute.
   */
  public static final List<Double> DURATION_BUCKETS =
      List.of(
          0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0);
}
