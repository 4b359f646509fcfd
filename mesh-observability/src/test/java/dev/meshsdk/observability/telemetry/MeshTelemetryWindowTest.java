package dev.meshsdk.observability.telemetry;

import static dev.meshsdk.observability.telemetry.TestMesh.CONTRACT;
import static dev.meshsdk.observability.telemetry.TestMesh.PORT;
import static dev.meshsdk.observability.telemetry.TestMesh.T0;
import static dev.meshsdk.observability.telemetry.TestMesh.badOrder;
import static dev.meshsdk.observability.telemetry.TestMesh.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meshsdk.core.publish.InMemoryDeadLetterSink;
import dev.meshsdk.core.publish.Publisher;
import dev.meshsdk.core.publish.PublisherStats;
import dev.meshsdk.core.publish.Sink;
import dev.meshsdk.observability.telemetry.TestMesh.MutableClock;
import dev.meshsdk.observability.telemetry.TestMesh.Sdk;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.metrics.data.HistogramPointData;
import io.opentelemetry.sdk.metrics.data.LongPointData;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** {@link MeshTelemetry.Builder#window(Duration)}: one span per port and window. */
class MeshTelemetryWindowTest {
  private static final Duration WINDOW = Duration.ofSeconds(10);
  private static final long SECOND = 1_000_000_000L;

  private final Sdk sdk = new Sdk();
  private final MutableClock clock = new MutableClock(T0);
  private final MeshTelemetry telemetry =
      MeshTelemetry.builder().openTelemetry(sdk.api()).clock(clock).window(WINDOW).build();

  private Publisher<Map<String, ?>> publisher(Sink<Object> sink) {
    return Publisher.builder(PORT, CONTRACT, "orders")
        .sink(sink)
        .deadLetters(new InMemoryDeadLetterSink<>())
        .clock(clock)
        .listener(telemetry)
        .build();
  }

  private static Sink<Object> bytesSink(long bytes) {
    return batch -> OptionalLong.of(bytes);
  }

  private static long sum(MetricData metric) {
    return metric.getLongSumData().getPoints().stream().mapToLong(LongPointData::getValue).sum();
  }

  private static long attribute(SpanData span, io.opentelemetry.api.common.AttributeKey<Long> k) {
    Long v = span.getAttributes().get(k);
    return v == null ? 0 : v;
  }

  @Test
  void oneSpanPerWindowWithSummedCountsEndedByTheFirstCallAfterIt() {
    Publisher<Map<String, ?>> p = publisher(bytesSink(100));
    p.publish(List.of(order(1), badOrder(2)));
    clock.advance(Duration.ofSeconds(4));
    p.publish(List.of(order(3), order(4), order(5)));
    clock.advance(Duration.ofSeconds(5));
    p.publish(List.of(badOrder(6)));

    assertThat(sdk.finishedSpans()).isEmpty();
    assertThat(sdk.metric(MeshMetrics.RECORDS_PUBLISHED))
        .as("counted when the window ends")
        .isEmpty();

    clock.advance(Duration.ofSeconds(2));
    p.publish(List.of(order(7)));

    assertThat(sdk.finishedSpans()).hasSize(1);
    SpanData span = sdk.finishedSpans().get(0);
    assertThat(span.getName()).isEqualTo("publish orders-v1");
    assertThat(span.getKind()).isEqualTo(SpanKind.INTERNAL);
    assertThat(span.getParentSpanContext().isValid()).isFalse();
    assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
    assertThat(span.getStartEpochNanos()).isEqualTo(T0.getEpochSecond() * SECOND);
    assertThat(span.getEndEpochNanos()).isEqualTo((T0.getEpochSecond() + 10) * SECOND);
    assertThat(span.getAttributes().get(MeshAttributes.OUTPUT_PORT_NAME)).isEqualTo("orders-v1");
    assertThat(span.getAttributes().get(MeshAttributes.PUBLISH_RUN_ID)).isNull();
    assertThat(attribute(span, MeshAttributes.PUBLISH_CALLS)).isEqualTo(3);
    assertThat(attribute(span, MeshAttributes.PUBLISH_CALLS_FAILED)).isZero();
    assertThat(attribute(span, MeshAttributes.RECORDS_OFFERED)).isEqualTo(6);
    assertThat(attribute(span, MeshAttributes.RECORDS_WRITTEN)).isEqualTo(4);
    assertThat(attribute(span, MeshAttributes.RECORDS_REJECTED)).isEqualTo(2);
    assertThat(attribute(span, MeshAttributes.RECORDS_FAILED)).isZero();
    assertThat(attribute(span, MeshAttributes.BYTES_WRITTEN)).isEqualTo(200);

    Map<String, MetricData> m = sdk.collect();
    assertThat(sum(m.get(MeshMetrics.RECORDS_PUBLISHED))).isEqualTo(4);
    assertThat(sum(m.get(MeshMetrics.RECORDS_REJECTED))).isEqualTo(2);
    assertThat(sum(m.get(MeshMetrics.BYTES_WRITTEN))).isEqualTo(200);
    assertThat(m.get(MeshMetrics.VIOLATIONS).getLongSumData().getPoints())
        .extracting(
            pt -> pt.getAttributes().get(MeshAttributes.VIOLATION_RULE), pt -> pt.getValue())
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("pattern", 2L),
            org.assertj.core.groups.Tuple.tuple("minimum", 2L));
    HistogramPointData durations =
        m.get(MeshMetrics.PUBLISH_DURATION).getHistogramData().getPoints().iterator().next();
    assertThat(durations.getCount()).as("still one per call").isEqualTo(4);
    assertThat(durations.getAttributes().get(MeshAttributes.PUBLISH_OUTCOME))
        .isEqualTo("completed");

    clock.advance(Duration.ofSeconds(3));
    telemetry.close();

    assertThat(sdk.finishedSpans()).hasSize(2);
    SpanData last = sdk.finishedSpans().get(1);
    assertThat(last.getStartEpochNanos()).isEqualTo((T0.getEpochSecond() + 11) * SECOND);
    assertThat(last.getEndEpochNanos()).isEqualTo((T0.getEpochSecond() + 14) * SECOND);
    assertThat(attribute(last, MeshAttributes.PUBLISH_CALLS)).isEqualTo(1);
    assertThat(attribute(last, MeshAttributes.RECORDS_WRITTEN)).isEqualTo(1);
    assertThat(sum(sdk.collect().get(MeshMetrics.RECORDS_PUBLISHED))).isEqualTo(5);
    assertThat(telemetry.failures()).isZero();
  }

  @Test
  void aWindowWithAFailedCallEndsWithErrorStatusNamingTheFirstFailure() {
    AtomicInteger calls = new AtomicInteger();
    Publisher<Map<String, ?>> p =
        publisher(
            batch -> {
              int n = calls.incrementAndGet();
              if (n == 2 || n == 3) {
                throw new IllegalStateException("down #" + n);
              }
              return OptionalLong.empty();
            });
    p.publish(List.of(order(1)));
    p.publish(List.of(order(2), order(3)));
    p.publish(List.of(order(4)));
    p.publish(List.of(order(5)));
    telemetry.close();

    SpanData span = sdk.finishedSpans().get(0);
    assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
    assertThat(span.getStatus().getDescription())
        .startsWith("2 of 4 publish calls failed; the first: ")
        .contains("the sink failed to write 2 records")
        .endsWith(": java.lang.IllegalStateException")
        .doesNotContain("down #");
    assertThat(span.getAttributes().get(MeshAttributes.ERROR_TYPE)).isNotBlank();
    assertThat(attribute(span, MeshAttributes.PUBLISH_CALLS_FAILED)).isEqualTo(2);
    assertThat(attribute(span, MeshAttributes.RECORDS_FAILED)).isEqualTo(3);
    assertThat(attribute(span, MeshAttributes.RECORDS_WRITTEN)).isEqualTo(2);
    assertThat(span.getAttributes().get(MeshAttributes.BYTES_WRITTEN)).isNull();
    Map<String, MetricData> m = sdk.collect();
    assertThat(sum(m.get(MeshMetrics.RECORDS_FAILED))).isEqualTo(3);
    assertThat(
            m.get(MeshMetrics.PUBLISH_DURATION).getHistogramData().getPoints().stream()
                .mapToLong(HistogramPointData::getCount)
                .sum())
        .isEqualTo(4);
  }

  @Test
  void flushIdleEndsOnlyElapsedWindowsAndFreshnessStaysPerCall() {
    Publisher<Map<String, ?>> p = publisher(bytesSink(1));
    p.publish(List.of(order(1)));
    clock.advance(Duration.ofSeconds(9));
    telemetry.flushIdle();
    assertThat(sdk.finishedSpans()).isEmpty();
    double age =
        sdk.metric(MeshMetrics.FRESHNESS_AGE)
            .orElseThrow()
            .getDoubleGaugeData()
            .getPoints()
            .iterator()
            .next()
            .getValue();
    assertThat(age).isEqualTo(9.0);

    clock.advance(Duration.ofSeconds(5));
    telemetry.flushIdle();
    assertThat(sdk.finishedSpans()).hasSize(1);
    assertThat(sdk.finishedSpans().get(0).getEndEpochNanos())
        .isEqualTo((T0.getEpochSecond() + 10) * SECOND);
  }

  @Test
  void sumsAreExactUnderConcurrentPublishers() throws Exception {
    Publisher<Map<String, ?>> p = publisher(bytesSink(10));
    int threads = 4;
    int callsEach = 400;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int seed = t;
        done.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < callsEach; i++) {
                    if (i % 37 == 0) {
                      clock.advance(Duration.ofSeconds(3));
                    }
                    p.publish(
                        (i + seed) % 5 == 0
                            ? List.of(order(i), badOrder(i))
                            : List.of(order(i), order(i + 1), order(i + 2)));
                  }
                }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    telemetry.close();

    List<SpanData> spans = sdk.finishedSpans();
    assertThat(spans).hasSizeGreaterThan(1);
    PublisherStats stats = p.stats();
    assertThat(spans.stream().mapToLong(s -> attribute(s, MeshAttributes.PUBLISH_CALLS)).sum())
        .isEqualTo((long) threads * callsEach);
    assertThat(spans.stream().mapToLong(s -> attribute(s, MeshAttributes.RECORDS_OFFERED)).sum())
        .isEqualTo(stats.offered());
    assertThat(spans.stream().mapToLong(s -> attribute(s, MeshAttributes.RECORDS_WRITTEN)).sum())
        .isEqualTo(stats.written());
    assertThat(spans.stream().mapToLong(s -> attribute(s, MeshAttributes.RECORDS_REJECTED)).sum())
        .isEqualTo(stats.rejected())
        .isPositive();
    Map<String, MetricData> m = sdk.collect();
    assertThat(sum(m.get(MeshMetrics.RECORDS_PUBLISHED))).isEqualTo(stats.written());
    assertThat(sum(m.get(MeshMetrics.RECORDS_REJECTED))).isEqualTo(stats.rejected());
    assertThat(sum(m.get(MeshMetrics.BYTES_WRITTEN))).isEqualTo(10L * threads * callsEach);
    assertThat(telemetry.failures()).isZero();
  }

  @Test
  void metricAttributesHoldNoValuesAndTheDefaultIsASpanPerCall() {
    MeshTelemetry perCall = MeshTelemetry.builder().openTelemetry(sdk.api()).build();
    Publisher.builder(PORT, CONTRACT, "orders")
        .sink(bytesSink(1))
        .deadLetters(new InMemoryDeadLetterSink<>())
        .clock(clock)
        .listener(perCall)
        .build()
        .publish(List.of(order(1)));
    assertThat(sdk.finishedSpans()).hasSize(1);
    assertThat(sdk.finishedSpans().get(0).getAttributes().get(MeshAttributes.PUBLISH_RUN_ID))
        .isNotBlank();

    publisher(bytesSink(1)).publish(List.of(order(1), badOrder(2)));
    telemetry.close();
    StringBuilder seen = new StringBuilder();
    sdk.finishedSpans().forEach(s -> seen.append(s.getAttributes()).append('\n'));
    sdk.collect().values().forEach(md -> seen.append(md).append('\n'));
    assertThat(seen.toString()).doesNotContain("ORD-0001").doesNotContain("BAD-2");
  }

  @Test
  void rejectsAWindowShorterThanAMillisecond() {
    assertThatThrownBy(() -> MeshTelemetry.builder().window(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("MeshTelemetry.window must be at least 1 ms, got PT0S");
  }
}
