package dev.meshsdk.observability.telemetry;

import static dev.meshsdk.observability.telemetry.TestMesh.CONTRACT;
import static dev.meshsdk.observability.telemetry.TestMesh.PORT;
import static dev.meshsdk.observability.telemetry.TestMesh.T0;
import static dev.meshsdk.observability.telemetry.TestMesh.badOrder;
import static dev.meshsdk.observability.telemetry.TestMesh.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meshsdk.core.event.PublishStarted;
import dev.meshsdk.core.publish.InMemoryDeadLetterSink;
import dev.meshsdk.core.publish.InMemorySink;
import dev.meshsdk.core.publish.InvalidDataPolicy;
import dev.meshsdk.core.publish.PublishOutcome;
import dev.meshsdk.core.publish.PublishRun;
import dev.meshsdk.core.publish.Publisher;
import dev.meshsdk.core.publish.Sink;
import dev.meshsdk.observability.telemetry.TestMesh.MutableClock;
import dev.meshsdk.observability.telemetry.TestMesh.Sdk;
import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.metrics.data.HistogramPointData;
import io.opentelemetry.sdk.metrics.data.LongPointData;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MeshTelemetryTest {
  private static final Attributes PORT_ATTRIBUTES =
      Attributes.builder()
          .put(MeshAttributes.DATA_PRODUCT_DOMAIN, "sales")
          .put(MeshAttributes.DATA_PRODUCT_NAME, "orders")
          .put(MeshAttributes.DATA_PRODUCT_VERSION, "1.0.0")
          .put(MeshAttributes.OUTPUT_PORT_NAME, "orders-v1")
          .put(MeshAttributes.CONTRACT_ID, "orders")
          .put(MeshAttributes.CONTRACT_VERSION, "1.0.0")
          .build();

  private final Sdk sdk = new Sdk();
  private final MutableClock clock = new MutableClock(T0);

  @BeforeEach
  @AfterEach
  void noGlobal() {
    GlobalOpenTelemetry.resetForTest();
  }

  private Publisher<Map<String, ?>> publisher(
      MeshTelemetry telemetry, Sink<Object> sink, InvalidDataPolicy policy) {
    return Publisher.builder(PORT, CONTRACT, "orders")
        .sink(sink)
        .deadLetters(new InMemoryDeadLetterSink<>())
        .policy(policy)
        .clock(clock)
        .listener(telemetry)
        .build();
  }

  private static Sink<Object> bytesSink(long bytes) {
    return batch -> OptionalLong.of(bytes);
  }

  private static long sum(MetricData metric, Attributes attributes) {
    return metric.getLongSumData().getPoints().stream()
        .filter(p -> p.getAttributes().equals(attributes))
        .mapToLong(LongPointData::getValue)
        .sum();
  }

  private static Attributes with(Attributes base, Attributes extra) {
    return base.toBuilder().putAll(extra).build();
  }

  @Test
  void recordsOneSpanPerRunWithPortAttributesCountsAndRejectionEvent() {
    MeshTelemetry telemetry = MeshTelemetry.builder().openTelemetry(sdk.api()).build();
    Publisher<Map<String, ?>> p =
        publisher(telemetry, bytesSink(321), InvalidDataPolicy.REJECT_RECORD);

    PublishOutcome outcome =
        p.publish(List.of(order(1), badOrder(2), order(3), badOrder(4), order(5)));

    assertThat(sdk.finishedSpans()).hasSize(1);
    SpanData span = sdk.finishedSpans().get(0);
    assertThat(span.getName()).isEqualTo("publish orders-v1");
    assertThat(span.getKind()).isEqualTo(SpanKind.INTERNAL);
    assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
    assertThat(span.getInstrumentationScopeInfo().getName()).isEqualTo(MeshMetrics.SCOPE);
    assertThat(span.getAttributes().asMap()).containsAllEntriesOf(PORT_ATTRIBUTES.asMap());
    assertThat(span.getAttributes().get(MeshAttributes.PUBLISH_RUN_ID))
        .isEqualTo(outcome.run().runId().toString());
    assertThat(span.getAttributes().get(MeshAttributes.RECORDS_OFFERED)).isEqualTo(5L);
    assertThat(span.getAttributes().get(MeshAttributes.RECORDS_WRITTEN)).isEqualTo(3L);
    assertThat(span.getAttributes().get(MeshAttributes.RECORDS_REJECTED)).isEqualTo(2L);
    assertThat(span.getAttributes().get(MeshAttributes.RECORDS_FAILED)).isEqualTo(0L);
    assertThat(span.getAttributes().get(MeshAttributes.BYTES_WRITTEN)).isEqualTo(321L);
    assertThat(span.getEvents())
        .extracting(EventData::getName)
        .containsExactly(MeshMetrics.RECORDS_REJECTED_EVENT);
    assertThat(span.getEvents().get(0).getAttributes().get(MeshAttributes.RECORDS_REJECTED))
        .isEqualTo(2L);
    assertThat(span.getStartEpochNanos()).isEqualTo(T0.getEpochSecond() * 1_000_000_000L);
    assertThat(telemetry.openSpans()).isZero();
    assertThat(telemetry.failures()).isZero();
  }

  @Test
  void countsRecordsPublishedRejectedBytesAndViolationsByRule() {
    MeshTelemetry telemetry = MeshTelemetry.builder().openTelemetry(sdk.api()).build();
    Publisher<Map<String, ?>> p =
        publisher(telemetry, bytesSink(100), InvalidDataPolicy.REJECT_RECORD);

    p.publish(List.of(order(1), badOrder(2), order(3)));
    p.publish(List.of(badOrder(4), order(5)));

    Map<String, MetricData> m = sdk.collect();
    assertThat(sum(m.get(MeshMetrics.RECORDS_PUBLISHED), PORT_ATTRIBUTES)).isEqualTo(3);
    assertThat(m.get(MeshMetrics.RECORDS_PUBLISHED).getUnit()).isEqualTo("{record}");
    assertThat(sum(m.get(MeshMetrics.RECORDS_REJECTED), PORT_ATTRIBUTES)).isEqualTo(2);
    assertThat(sum(m.get(MeshMetrics.BYTES_WRITTEN), PORT_ATTRIBUTES)).isEqualTo(200);
    assertThat(m.get(MeshMetrics.BYTES_WRITTEN).getUnit()).isEqualTo("By");
    MetricData violations = m.get(MeshMetrics.VIOLATIONS);
    for (String rule : List.of("pattern", "minimum")) {
      assertThat(
              sum(
                  violations,
                  with(
                      PORT_ATTRIBUTES,
                      Attributes.of(
                          MeshAttributes.VIOLATION_RULE,
                          rule,
                          MeshAttributes.VIOLATION_ACTION,
                          "rejected"))))
          .as("violations of rule %s", rule)
          .isEqualTo(2);
    }
    assertThat(violations.getLongSumData().getPoints()).hasSize(2);
    assertThat(m).doesNotContainKey(MeshMetrics.RECORDS_FAILED);
  }

  @Test
  void metricAttributesNeverHoldRunIdsOrValues() {
    MeshTelemetry telemetry = MeshTelemetry.builder().openTelemetry(sdk.api()).build();
    PublishOutcome outcome =
        publisher(telemetry, bytesSink(1), InvalidDataPolicy.REJECT_RECORD)
            .publish(List.of(order(1), badOrder(2)));

    String runId = outcome.run().runId().toString();
    for (MetricData metric : sdk.collect().values()) {
      assertThat(metric.getData().getPoints())
          .allSatisfy(
              point ->
                  assertThat(point.getAttributes().asMap().values())
                      .as(metric.getName())
                      .noneMatch(v -> v.toString().contains(runId))
                      .noneMatch(v -> v.toString().contains("BAD-2")));
    }
  }

  @Test
  void warnPolicyCountsViolationsOfWrittenRecords() {
    MeshTelemetry telemetry = MeshTelemetry.builder().openTelemetry(sdk.api()).build();
    publisher(telemetry, bytesSink(1), InvalidDataPolicy.WARN)
        .publish(List.of(order(1), badOrder(2)));

    Map<String, MetricData> m = sdk.collect();
    assertThat(sum(m.get(MeshMetrics.RECORDS_PUBLISHED), PORT_ATTRIBUTES)).isEqualTo(2);
    assertThat(
            sum(
                m.get(MeshMetrics.VIOLATIONS),
                with(
                    PORT_ATTRIBUTES,
                    Attributes.of(
                        MeshAttributes.VIOLATION_RULE,
                        "pattern",
                        MeshAttributes.VIOLATION_ACTION,
                        "written"))))
        .isEqualTo(1);
    assertThat(m).doesNotContainKey(MeshMetrics.RECORDS_REJECTED);
  }

  @Test
  void recordsDurationInSecondsWithExplicitBuckets() {
    MeshTelemetry telemetry = MeshTelemetry.builder().openTelemetry(sdk.api()).build();
    Sink<Object> slowSink =
        batch -> {
          clock.advance(Duration.ofMillis(30));
          return OptionalLong.empty();
        };
    publisher(telemetry, slowSink, InvalidDataPolicy.REJECT_RECORD).publish(List.of(order(1)));

    MetricData duration = sdk.collect().get(MeshMetrics.PUBLISH_DURATION);
    assertThat(duration.getUnit()).isEqualTo("s");
    assertThat(duration.getHistogramData().getPoints()).hasSize(1);
    HistogramPointData point = duration.getHistogramData().getPoints().iterator().next();
    assertThat(point.getCount()).isEqualTo(1);
    assertThat(point.getSum()).isEqualTo(0.030);
    assertThat(point.getBoundaries()).isEqualTo(MeshMetrics.DURATION_BUCKETS);
    assertThat(point.getAttributes())
        .isEqualTo(
            with(PORT_ATTRIBUTES, Attributes.of(MeshAttributes.PUBLISH_OUTCOME, "completed")));
    // 0.03 s falls in the bucket (0.025, 0.05].
    int bucket = MeshMetrics.DURATION_BUCKETS.indexOf(0.05);
    assertThat(point.getCounts().get(bucket)).isEqualTo(1L);
  }

  @Test
  void failedRunEndsSpanWithErrorStatusAndCountsFailedRecords() {
    MeshTelemetry telemetry = MeshTelemetry.builder().openTelemetry(sdk.api()).build();
    Sink<Object> down =
        batch -> {
          throw new IllegalStateException("warehouse is down");
        };
    PublishOutcome outcome =
        publisher(telemetry, down, InvalidDataPolicy.REJECT_RECORD)
            .publish(List.of(order(1), order(2)));

    assertThat(outcome).isInstanceOf(PublishOutcome.Failed.class);
    SpanData span = sdk.finishedSpans().get(0);
    assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
    assertThat(span.getStatus().getDescription())
        .contains("the sink failed to write 2 records")
        .endsWith(": java.lang.IllegalStateException")
        .doesNotContain("warehouse is down");
    String errorType = span.getAttributes().get(MeshAttributes.ERROR_TYPE);
    assertThat(errorType).isNotBlank();
    assertThat(span.getAttributes().get(MeshAttributes.RECORDS_FAILED)).isEqualTo(2L);

    Map<String, MetricData> m = sdk.collect();
    assertThat(sum(m.get(MeshMetrics.RECORDS_FAILED), PORT_ATTRIBUTES)).isEqualTo(2);
    assertThat(m).doesNotContainKey(MeshMetrics.RECORDS_PUBLISHED);
    HistogramPointData point =
        m.get(MeshMetrics.PUBLISH_DURATION).getHistogramData().getPoints().iterator().next();
    assertThat(point.getAttributes())
        .isEqualTo(
            with(
                PORT_ATTRIBUTES,
                Attributes.of(
                    MeshAttributes.PUBLISH_OUTCOME,
                    "failed",
                    MeshAttributes.ERROR_TYPE,
                    errorType)));
  }

  @Test
  void freshnessGaugeIsTheAgeOfTheLastPublishThatWroteRecords() {
    MeshTelemetry telemetry = MeshTelemetry.builder().openTelemetry(sdk.api()).clock(clock).build();
    Publisher<Map<String, ?>> p =
        publisher(telemetry, bytesSink(1), InvalidDataPolicy.REJECT_RECORD);
    assertThat(sdk.collect()).doesNotContainKey(MeshMetrics.FRESHNESS_AGE);

    p.publish(List.of(order(1)));
    clock.advance(Duration.ofSeconds(90));
    p.publish(List.of(badOrder(2))); // wrote nothing: not fresher
    clock.advance(Duration.ofMillis(500));

    MetricData age = sdk.collect().get(MeshMetrics.FRESHNESS_AGE);
    assertThat(age.getUnit()).isEqualTo("s");
    assertThat(age.getDoubleGaugeData().getPoints())
        .singleElement()
        .satisfies(
            point -> {
              assertThat(point.getValue()).isEqualTo(90.5);
              assertThat(point.getAttributes()).isEqualTo(PORT_ATTRIBUTES);
            });

    telemetry.close();
    assertThat(sdk.collect()).doesNotContainKey(MeshMetrics.FRESHNESS_AGE);
  }

  @Test
  void boundsOpenSpansByEndingTheOldestAsAbandoned() {
    MeshTelemetry telemetry =
        MeshTelemetry.builder().openTelemetry(sdk.api()).maxOpenRuns(2).build();
    List<UUID> runs = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
    for (UUID id : runs) {
      telemetry.onEvent(new PublishStarted(new PublishRun(PORT, id, T0), 1));
    }

    assertThat(telemetry.openSpans()).isEqualTo(2);
    assertThat(sdk.finishedSpans())
        .singleElement()
        .satisfies(
            span -> {
              assertThat(span.getAttributes().get(MeshAttributes.PUBLISH_RUN_ID))
                  .isEqualTo(runs.get(0).toString());
              assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
              assertThat(span.getAttributes().get(MeshAttributes.ERROR_TYPE))
                  .isEqualTo("abandoned");
            });

    telemetry.close();
    assertThat(telemetry.openSpans()).isZero();
    assertThat(sdk.finishedSpans()).hasSize(3);
  }

  @Test
  void rejectsMaxOpenRunsBelowOne() {
    assertThatThrownBy(() -> MeshTelemetry.builder().maxOpenRuns(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("MeshTelemetry.maxOpenRuns must be at least 1, got 0");
  }

  @Test
  void defaultsToNoopWhenNoOpenTelemetryIsInstalled() {
    MeshTelemetry telemetry = MeshTelemetry.builder().build();
    Publisher<Map<String, ?>> p =
        publisher(telemetry, bytesSink(1), InvalidDataPolicy.REJECT_RECORD);

    PublishOutcome outcome = p.publish(List.of(order(1), badOrder(2)));

    assertThat(telemetry.openTelemetry()).isSameAs(OpenTelemetry.noop());
    assertThat(outcome.counts().written()).isEqualTo(1);
    assertThat(telemetry.failures()).isZero();
    assertThat(telemetry.openSpans()).isZero();
    assertThat(p.stats().listenerFailures()).isZero();
    assertThat(sdk.finishedSpans()).isEmpty();
    assertThat(sdk.collect()).isEmpty();
    assertThat(GlobalOpenTelemetry.isSet()).as("meshsdk never sets the global").isFalse();
  }

  @Test
  void usesTheGlobalInstanceByDefaultAndAnInjectedOneInstead() {
    Sdk global = new Sdk();
    GlobalOpenTelemetry.set(global.openTelemetry);

    publisher(MeshTelemetry.builder().build(), bytesSink(1), InvalidDataPolicy.REJECT_RECORD)
        .publish(List.of(order(1)));
    assertThat(global.finishedSpans()).hasSize(1);
    assertThat(sdk.finishedSpans()).isEmpty();

    publisher(
            MeshTelemetry.builder().openTelemetry(sdk.api()).build(),
            bytesSink(1),
            InvalidDataPolicy.REJECT_RECORD)
        .publish(List.of(order(2)));
    assertThat(sdk.finishedSpans()).hasSize(1);
    assertThat(global.finishedSpans()).hasSize(1);
  }

  @Test
  void anOpenTelemetryThatThrowsOnUseNeverBreaksPublishing() {
    MeshTelemetry telemetry =
        MeshTelemetry.builder().openTelemetry(BrokenOpenTelemetry.failingOnUse()).build();
    InMemorySink<Object> sink = new InMemorySink<>();
    Publisher<Map<String, ?>> p =
        Publisher.builder(PORT, CONTRACT, "orders")
            .sink(sink)
            .deadLetters(new InMemoryDeadLetterSink<>())
            .listener(telemetry)
            .build();

    PublishOutcome outcome = p.publish(List.of(order(1), badOrder(2), order(3)));

    assertThat(outcome.counts().written()).isEqualTo(2);
    assertThat(outcome.counts().rejected()).isEqualTo(1);
    assertThat(sink.size()).isEqualTo(2);
    assertThat(p.stats().listenerFailures()).as("nothing escaped the listener").isZero();
    assertThat(telemetry.failures()).isGreaterThanOrEqualTo(2);
    telemetry.close();
  }

  @Test
  void anOpenTelemetryThatThrowsAtStartFallsBackToNoop() {
    MeshTelemetry telemetry =
        MeshTelemetry.builder().openTelemetry(BrokenOpenTelemetry.failingAtStart()).build();

    assertThat(telemetry.openTelemetry()).isSameAs(OpenTelemetry.noop());
    assertThat(telemetry.failures()).isEqualTo(1);
    PublishOutcome outcome =
        publisher(telemetry, bytesSink(1), InvalidDataPolicy.REJECT_RECORD)
            .publish(List.of(order(1)));
    assertThat(outcome.counts().written()).isEqualTo(1);
    assertThat(telemetry.failures()).isEqualTo(1);
  }
}
