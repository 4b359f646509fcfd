package dev.meshsdk.observability.telemetry;

import dev.meshsdk.contracts.DataContract;
import dev.meshsdk.contracts.DataContracts;
import dev.meshsdk.core.publish.PortRef;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A contract, a port, records, a settable clock and an in-memory OpenTelemetry SDK for tests. */
public final class TestMesh {
  private TestMesh() {}

  /** An orders contract updated hourly, with 10 minutes' grace and a one-day retention. */
  public static final DataContract CONTRACT =
      DataContracts.parse(
          """
          apiVersion: v3.1.0
          kind: DataContract
          id: orders
          version: 1.0.0
          status: active
          schema:
            - name: orders
              properties:
                - name: order_id
                  logicalType: string
                  required: true
                  logicalTypeOptions: {pattern: '^ORD-[0-9]{4}$'}
                - name: amount
                  logicalType: number
                  required: true
                  logicalTypeOptions: {minimum: 0}
          slaProperties:
            - property: Frequency
              value: 1
              unit: hour
            - property: latency
              value: 10
              unit: MIN
            - property: retention
              value: 1
              unit: d
            - property: availability
              value: 99.9
              unit: "%"
          """);

  /** The port publishing {@link #CONTRACT}. */
  public static final PortRef PORT =
      PortRef.builder()
          .domain("sales")
          .productId("orders")
          .productVersion("1.0.0")
          .portName("orders-v1")
          .contractId("orders")
          .contractVersion("1.0.0")
          .build();

  /** The start of every test clock. */
  public static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

  /**
   * A valid order.
   *
   * @param n its number
   * @return the order
   */
  public static Map<String, Object> order(int n) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("order_id", String.format("ORD-%04d", n));
    o.put("amount", new BigDecimal("12.50"));
    return o;
  }

  /**
   * An order breaking {@code pattern} (order_id) and {@code minimum} (amount).
   *
   * @param n its number
   * @return the order
   */
  public static Map<String, Object> badOrder(int n) {
    Map<String, Object> o = order(n);
    o.put("order_id", "BAD-" + n);
    o.put("amount", new BigDecimal("-1"));
    return o;
  }

  /** A clock that stands still until moved. */
  public static final class MutableClock extends Clock {
    private Instant now;

    /**
     * A clock at a time.
     *
     * @param now the time
     */
    public MutableClock(Instant now) {
      this.now = now;
    }

    /**
     * Moves the clock.
     *
     * @param d by how much
     */
    public synchronized void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public synchronized Instant instant() {
      return now;
    }
  }

  /** An OpenTelemetry SDK exporting spans and metrics to memory. */
  public static final class Sdk {
    /** The spans ended so far. */
    public final InMemorySpanExporter spans = InMemorySpanExporter.create();

    /** The metric reader. */
    public final InMemoryMetricReader metrics = InMemoryMetricReader.create();

    /** The SDK. */
    public final OpenTelemetrySdk openTelemetry =
        OpenTelemetrySdk.builder()
            .setTracerProvider(
                SdkTracerProvider.builder()
                    .addSpanProcessor(SimpleSpanProcessor.create(spans))
                    .build())
            .setMeterProvider(SdkMeterProvider.builder().registerMetricReader(metrics).build())
            .build();

    /**
     * The SDK as the API type.
     *
     * @return the SDK
     */
    public OpenTelemetry api() {
      return openTelemetry;
    }

    /**
     * The finished spans.
     *
     * @return the spans
     */
    public List<SpanData> finishedSpans() {
      return spans.getFinishedSpanItems();
    }

    /**
     * Collects every metric now.
     *
     * @return the metrics by name
     */
    public Map<String, MetricData> collect() {
      Map<String, MetricData> out = new LinkedHashMap<>();
      for (MetricData m : metrics.collectAllMetrics()) {
        out.put(m.getName(), m);
      }
      return out;
    }

    /**
     * Collects one metric now.
     *
     * @param name the metric name
     * @return the metric, if it has points
     */
    public Optional<MetricData> metric(String name) {
      return Optional.ofNullable(collect().get(name));
    }
  }
}
