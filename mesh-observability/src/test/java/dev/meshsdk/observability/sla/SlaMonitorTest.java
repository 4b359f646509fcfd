package dev.meshsdk.observability.sla;

import static dev.meshsdk.observability.telemetry.TestMesh.CONTRACT;
import static dev.meshsdk.observability.telemetry.TestMesh.PORT;
import static dev.meshsdk.observability.telemetry.TestMesh.T0;
import static dev.meshsdk.observability.telemetry.TestMesh.badOrder;
import static dev.meshsdk.observability.telemetry.TestMesh.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.meshsdk.contracts.DataContract;
import dev.meshsdk.contracts.DataContracts;
import dev.meshsdk.core.publish.InMemoryDeadLetterSink;
import dev.meshsdk.core.publish.InMemorySink;
import dev.meshsdk.core.publish.PortRef;
import dev.meshsdk.core.publish.PublishOutcome;
import dev.meshsdk.core.publish.Publisher;
import dev.meshsdk.observability.sla.CapturingLogger.Line;
import dev.meshsdk.observability.telemetry.MeshAttributes;
import dev.meshsdk.observability.telemetry.MeshMetrics;
import dev.meshsdk.observability.telemetry.TestMesh.MutableClock;
import dev.meshsdk.observability.telemetry.TestMesh.Sdk;
import io.opentelemetry.sdk.metrics.data.LongPointData;
import io.opentelemetry.sdk.metrics.data.MetricData;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.slf4j.event.Level;

class SlaMonitorTest {
  private final MutableClock clock = new MutableClock(T0);
  private final CapturingLogger log = new CapturingLogger();
  private final List<FreshnessChanged> changes = new ArrayList<>();
  private final Sdk sdk = new Sdk();

  private SlaMonitor monitor() {
    return SlaMonitor.builder()
        .clock(clock)
        .logger(log)
        .openTelemetry(sdk.api())
        .onChange(changes::add)
        .build();
  }

  private Publisher<Map<String, ?>> publisher(SlaMonitor monitor) {
    return Publisher.builder(PORT, CONTRACT, "orders")
        .sink(new InMemorySink<>())
        .deadLetters(new InMemoryDeadLetterSink<>())
        .clock(clock)
        .listener(monitor)
        .build();
  }

  private List<Line> transitionLines() {
    return log.lines().stream().filter(l -> l.message().startsWith("Freshness of")).toList();
  }

  @Test
  void isUnknownUntilTheFirstPublishThatWritesARecord() {
    SlaMonitor monitor = monitor();
    PortFreshness watched = monitor.watch(PORT, CONTRACT);
    assertThat(watched.status()).isEqualTo(FreshnessStatus.UNKNOWN);
    assertThat(watched.age()).isEmpty();

    publisher(monitor).publish(List.of(badOrder(1))); // all rejected: not fresh
    clock.advance(Duration.ofDays(3));

    assertThat(monitor.status(PORT))
        .get()
        .extracting(PortFreshness::status)
        .isEqualTo(FreshnessStatus.UNKNOWN);
    assertThat(changes).isEmpty();
    assertThat(transitionLines()).isEmpty();
  }

  @Test
  void goesOkLateStaleAndOkAgainReportingEachChangeOnce() {
    SlaMonitor monitor = monitor();
    monitor.watch(PORT, CONTRACT); // late after 1h10m, stale after 3h10m
    Publisher<Map<String, ?>> orders = publisher(monitor);

    orders.publish(List.of(order(1)));
    clock.advance(Duration.parse("PT1H10M"));
    assertThat(monitor.evaluate()).isEmpty(); // the bound itself is still OK
    clock.advance(Duration.ofSeconds(1));
    assertThat(monitor.evaluate())
        .extracting(FreshnessChanged::status)
        .containsExactly(FreshnessStatus.LATE);
    monitor.evaluate();
    monitor.statuses();
    clock.advance(Duration.ofHours(2));
    monitor.evaluate();
    monitor.evaluate();
    orders.publish(List.of(order(2)));
    orders.publish(List.of(order(3)));

    assertThat(changes)
        .extracting(FreshnessChanged::previous, FreshnessChanged::status)
        .containsExactly(
            tuple(FreshnessStatus.UNKNOWN, FreshnessStatus.OK),
            tuple(FreshnessStatus.OK, FreshnessStatus.LATE),
            tuple(FreshnessStatus.LATE, FreshnessStatus.STALE),
            tuple(FreshnessStatus.STALE, FreshnessStatus.OK));
    assertThat(changes.get(2).current().age()).contains(Duration.parse("PT3H10M1S"));
    assertThat(changes.get(3).current().age()).contains(Duration.ZERO);

    List<Line> lines = transitionLines();
    assertThat(lines)
        .extracting(Line::level)
        .containsExactly(Level.INFO, Level.WARN, Level.WARN, Level.INFO);
    assertThat(lines.get(1).message())
        .isEqualTo(
            "Freshness of "
                + PORT
                + " changed from OK to LATE: last publish PT1H10M1S ago, late after PT1H10M,"
                + " stale after PT3H10M");
    assertThat(lines.get(2).message()).contains("changed from LATE to STALE");
    assertThat(monitor.failures()).isZero();
  }

  @Test
  void statusReportsAgeLastPublishAndThresholds() {
    SlaMonitor monitor = monitor();
    monitor.watch(PORT, CONTRACT);
    PublishOutcome outcome = publisher(monitor).publish(List.of(order(1)));
    clock.advance(Duration.ofMinutes(20));

    PortFreshness f = monitor.status(PORT).orElseThrow();

    assertThat(f.status()).isEqualTo(FreshnessStatus.OK);
    assertThat(f.lastPublished()).contains(outcome.run().startedAt());
    assertThat(f.age()).contains(Duration.ofMinutes(20));
    assertThat(f.thresholds())
        .isEqualTo(new FreshnessThresholds(Duration.parse("PT1H10M"), Duration.parse("PT3H10M")));
    assertThat(f.evaluatedAt()).isEqualTo(T0.plus(Duration.ofMinutes(20)));
    assertThat(monitor.statuses()).containsOnlyKeys(PORT);
    assertThat(monitor.status(PORT.toBuilder().portName("other").build())).isEmpty();
  }

  @Test
  void exposesStatusAndAgeGauges() {
    SlaMonitor monitor = monitor();
    monitor.watch(PORT, CONTRACT);
    Map<String, MetricData> before = sdk.collect();
    assertThat(statusGauge(before.get(MeshMetrics.SLA_FRESHNESS_STATUS)))
        .containsEntry("unknown", 1L)
        .containsEntry("ok", 0L);
    assertThat(before).doesNotContainKey(MeshMetrics.SLA_FRESHNESS_AGE);

    publisher(monitor).publish(List.of(order(1)));
    clock.advance(Duration.ofHours(2));
    Map<String, MetricData> after = sdk.collect();

    assertThat(statusGauge(after.get(MeshMetrics.SLA_FRESHNESS_STATUS)))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("unknown", 0L, "ok", 0L, "late", 1L, "stale", 0L));
    assertThat(after.get(MeshMetrics.SLA_FRESHNESS_AGE).getDoubleGaugeData().getPoints())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.getValue()).isEqualTo(7200.0);
              assertThat(p.getAttributes().get(MeshAttributes.OUTPUT_PORT_NAME))
                  .isEqualTo("orders-v1");
            });
    // collecting the gauges evaluated the port: the change was reported, once
    assertThat(changes)
        .extracting(FreshnessChanged::status)
        .containsExactly(FreshnessStatus.OK, FreshnessStatus.LATE);

    monitor.close();
    assertThat(sdk.collect())
        .doesNotContainKeys(MeshMetrics.SLA_FRESHNESS_STATUS, MeshMetrics.SLA_FRESHNESS_AGE);
  }

  private static Map<String, Long> statusGauge(MetricData metric) {
    return metric.getLongGaugeData().getPoints().stream()
        .collect(
            Collectors.toMap(
                p -> p.getAttributes().get(MeshAttributes.FRESHNESS_STATUS),
                LongPointData::getValue));
  }

  @Test
  void ignoresPortsItDoesNotWatch() {
    SlaMonitor monitor = monitor();
    publisher(monitor).publish(List.of(order(1)));

    assertThat(monitor.statuses()).isEmpty();
    assertThat(changes).isEmpty();
  }

  @Test
  void aThrowingCallbackNeverBreaksPublishingOrOtherCallbacks() {
    List<FreshnessChanged> seen = new ArrayList<>();
    SlaMonitor monitor =
        SlaMonitor.builder()
            .clock(clock)
            .logger(log)
            .onChange(
                c -> {
                  throw new IllegalStateException("pager is down");
                })
            .onChange(seen::add)
            .build();
    monitor.watch(PORT, CONTRACT);
    Publisher<Map<String, ?>> orders = publisher(monitor);

    PublishOutcome outcome = orders.publish(List.of(order(1)));

    assertThat(outcome.counts().written()).isEqualTo(1);
    assertThat(orders.stats().listenerFailures()).isZero();
    assertThat(seen).hasSize(1);
    assertThat(monitor.failures()).isEqualTo(1);
    assertThat(log.lines())
        .anySatisfy(
            l -> {
              assertThat(l.level()).isEqualTo(Level.WARN);
              assertThat(l.message())
                  .startsWith("SlaMonitor failed on a FreshnessChanged callback");
            });
  }

  @Test
  void refusesAContractThePortDoesNotPromise() {
    PortRef other = PORT.toBuilder().contractVersion("2.0.0").build();

    assertThatThrownBy(() -> monitor().watch(other, CONTRACT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "port "
                + other
                + " promises contract orders@2.0.0 but the contract given is orders@1.0.0");
  }

  @Test
  void refusesAContractWithoutFrequencyOrRetention() {
    DataContract contract =
        DataContracts.parse(
            """
            apiVersion: v3.1.0
            kind: DataContract
            id: orders
            version: 1.0.0
            status: active
            slaProperties:
              - property: latency
                value: 1
                unit: h
            """);

    assertThatThrownBy(() -> monitor().watch(PORT, contract))
        .isInstanceOf(SlaDefinitionException.class)
        .hasMessageStartingWith(
            "contract orders@1.0.0: freshness needs an SLA property 'frequency' or 'retention'");
  }

  @Test
  void aLargerStaleFactorDelaysStale() {
    SlaMonitor monitor =
        SlaMonitor.builder()
            .clock(clock)
            .logger(log)
            .staleFactor(10)
            .onChange(changes::add)
            .build();
    monitor.watch(PORT, CONTRACT);
    publisher(monitor).publish(List.of(order(1)));
    clock.advance(Duration.ofHours(9));

    assertThat(monitor.status(PORT).orElseThrow().status()).isEqualTo(FreshnessStatus.LATE);
  }

  @Test
  void schedulingNeedsAPositivePeriod() {
    ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
    try {
      assertThatThrownBy(() -> monitor().scheduleOn(executor, Duration.ZERO))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("SlaMonitor period must be positive, got PT0S");
    } finally {
      executor.shutdownNow();
    }
  }
}
