package dev.meshsdk.observability.lineage;

import static dev.meshsdk.observability.telemetry.TestMesh.CONTRACT;
import static dev.meshsdk.observability.telemetry.TestMesh.PORT;
import static dev.meshsdk.observability.telemetry.TestMesh.T0;
import static dev.meshsdk.observability.telemetry.TestMesh.badOrder;
import static dev.meshsdk.observability.telemetry.TestMesh.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meshsdk.core.publish.InMemoryDeadLetterSink;
import dev.meshsdk.core.publish.PublishOutcome;
import dev.meshsdk.core.publish.Publisher;
import dev.meshsdk.core.publish.PublisherStats;
import dev.meshsdk.core.publish.Sink;
import dev.meshsdk.observability.telemetry.TestMesh.MutableClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@link LineageListener.Builder#window(Duration)}: one run per port and window. */
class LineageWindowTest {
  private static final Duration WINDOW = Duration.ofSeconds(10);

  private final MutableClock clock = new MutableClock(T0);
  private final InMemoryTransport transport = new InMemoryTransport();
  private final LineageEmitter emitter = LineageEmitter.start(transport);
  private final LineageListener lineage =
      LineageListener.builder(emitter).window(WINDOW).clock(clock).build();

  @AfterEach
  void closeEmitter() {
    emitter.close();
  }

  private Publisher<Map<String, ?>> publisher(Sink<Object> sink) {
    return Publisher.builder(PORT, CONTRACT, "orders")
        .sink(sink)
        .deadLetters(new InMemoryDeadLetterSink<>())
        .clock(clock)
        .listener(lineage)
        .build();
  }

  private static Sink<Object> bytesSink(long bytes) {
    return batch -> OptionalLong.of(bytes);
  }

  private List<JsonNode> events() {
    assertThat(emitter.flush(Duration.ofSeconds(30))).isTrue();
    List<JsonNode> out = new ArrayList<>();
    for (String json : transport.json()) {
      out.add(OpenLineageSchemas.JSON.readTree(json));
    }
    return out;
  }

  private static List<String> types(List<JsonNode> events) {
    return events.stream().map(e -> e.path("eventType").asString()).toList();
  }

  private static JsonNode validation(JsonNode event) {
    return event.path("run").path("facets").path("meshsdk_validation");
  }

  @Test
  void callsWithinAWindowAreOneRunEndedByTheFirstCallAfterIt() {
    Publisher<Map<String, ?>> p = publisher(bytesSink(100));
    PublishOutcome first = p.publish(List.of(order(1), badOrder(2)));
    clock.advance(Duration.ofSeconds(4));
    p.publish(List.of(order(3), order(4), order(5)));
    clock.advance(Duration.ofSeconds(5));
    p.publish(List.of(badOrder(6)));

    List<JsonNode> window1 = events();
    assertThat(types(window1)).containsExactly("START");
    String run1 = window1.get(0).path("run").path("runId").asString();
    assertThat(run1).isNotEqualTo(first.run().runId().toString());
    assertThat(UuidV7.timestamp(java.util.UUID.fromString(run1))).isPositive();
    assertThat(window1.get(0).path("eventTime").asString()).isEqualTo("2026-11-25T10:00:00Z");
    assertThat(window1.get(0).path("job").path("name").asString())
        .isEqualTo("sales.orders.orders-v1");

    clock.advance(Duration.ofSeconds(2)); // 11 s after the window opened
    p.publish(List.of(order(7)));

    List<JsonNode> all = events();
    assertThat(types(all)).containsExactly("START", "COMPLETE", "START");
    JsonNode complete = all.get(1);
    assertThat(complete.path("run").path("runId").asString()).isEqualTo(run1);
    assertThat(complete.path("eventTime").asString()).isEqualTo("2026-11-25T10:00:10Z");
    JsonNode v = validation(complete);
    assertThat(v.path("recordsOffered").asLong()).isEqualTo(6);
    assertThat(v.path("recordsWritten").asLong()).isEqualTo(4);
    assertThat(v.path("recordsRejected").asLong()).isEqualTo(2);
    assertThat(v.path("rejectedByRule").path("pattern").asLong()).isEqualTo(2);
    assertThat(v.path("rejectedByRule").path("minimum").asLong()).isEqualTo(2);
    JsonNode output = complete.path("outputs").get(0);
    assertThat(output.path("facets").path("dataQualityMetrics").path("rowCount").asLong())
        .isEqualTo(4);
    assertThat(output.path("facets").path("dataQualityMetrics").path("bytes").asLong())
        .isEqualTo(200); // the sink wrote twice: the third call had nothing valid
    assertThat(output.path("outputFacets").path("outputStatistics").path("rowCount").asLong())
        .isEqualTo(4);
    assertThat(output.path("outputFacets").path("outputStatistics").path("size").asLong())
        .isEqualTo(200); // the sink wrote twice: the third call had nothing valid
    String run2 = all.get(2).path("run").path("runId").asString();
    assertThat(run2).isNotEqualTo(run1);
    assertThat(all.get(2).path("eventTime").asString()).isEqualTo("2026-11-25T10:00:11Z");

    clock.advance(Duration.ofSeconds(3));
    lineage.close();

    all = events();
    assertThat(types(all)).containsExactly("START", "COMPLETE", "START", "COMPLETE");
    JsonNode last = all.get(3);
    assertThat(last.path("run").path("runId").asString()).isEqualTo(run2);
    assertThat(last.path("eventTime").asString()).isEqualTo("2026-11-25T10:00:14Z");
    assertThat(validation(last).path("recordsOffered").asLong()).isEqualTo(1);
    assertThat(validation(last).path("recordsWritten").asLong()).isEqualTo(1);
  }

  @Test
  void aWindowWithAFailedCallEndsInFailNamingTheFirstFailure() {
    AtomicInteger calls = new AtomicInteger();
    Publisher<Map<String, ?>> p =
        publisher(
            batch -> {
              int n = calls.incrementAndGet();
              if (n == 2 || n == 3) {
                throw new IllegalStateException("disk full on call " + n);
              }
              return OptionalLong.empty();
            });
    p.publish(List.of(order(1)));
    p.publish(List.of(order(2), order(3)));
    p.publish(List.of(order(4)));
    p.publish(List.of(order(5), badOrder(6)));
    lineage.close();

    List<JsonNode> all = events();
    assertThat(types(all)).containsExactly("START", "FAIL");
    JsonNode fail = all.get(1);
    assertThat(fail.path("run").path("facets").path("errorMessage").path("message").asString())
        .startsWith("2 of 4 publish calls failed; the first: ")
        .contains("the sink failed to write 2 records")
        .endsWith(": java.lang.IllegalStateException")
        .doesNotContain("disk full");
    JsonNode v = validation(fail);
    assertThat(v.path("recordsOffered").asLong()).isEqualTo(6);
    assertThat(v.path("recordsWritten").asLong()).isEqualTo(2);
    assertThat(v.path("recordsRejected").asLong()).isEqualTo(1);
    assertThat(
            fail.path("outputs").get(0).path("outputFacets").path("outputStatistics").has("size"))
        .as("no sink reported bytes")
        .isFalse();
  }

  @Test
  void flushIdleEndsOnlyElapsedWindows() {
    Publisher<Map<String, ?>> p = publisher(bytesSink(1));
    p.publish(List.of(order(1)));
    clock.advance(Duration.ofSeconds(9));
    lineage.flushIdle();
    assertThat(types(events())).containsExactly("START");

    clock.advance(Duration.ofSeconds(5));
    lineage.flushIdle();
    List<JsonNode> all = events();
    assertThat(types(all)).containsExactly("START", "COMPLETE");
    assertThat(all.get(1).path("eventTime").asString()).isEqualTo("2026-11-25T10:00:10Z");

    lineage.close();
    assertThat(types(events())).as("nothing left open").hasSize(2);
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
    lineage.close();

    List<JsonNode> all = events();
    List<JsonNode> starts =
        all.stream().filter(e -> types(List.of(e)).get(0).equals("START")).toList();
    List<JsonNode> ends =
        all.stream().filter(e -> types(List.of(e)).get(0).equals("COMPLETE")).toList();
    assertThat(starts).hasSizeGreaterThan(1).hasSameSizeAs(ends);
    Set<String> startIds = new HashSet<>();
    starts.forEach(e -> startIds.add(e.path("run").path("runId").asString()));
    Set<String> endIds = new HashSet<>();
    ends.forEach(e -> endIds.add(e.path("run").path("runId").asString()));
    assertThat(endIds).isEqualTo(startIds).hasSize(starts.size());
    long offered = 0;
    long written = 0;
    long rejected = 0;
    long rows = 0;
    long bytes = 0;
    for (JsonNode e : ends) {
      offered += validation(e).path("recordsOffered").asLong();
      written += validation(e).path("recordsWritten").asLong();
      rejected += validation(e).path("recordsRejected").asLong();
      JsonNode out = e.path("outputs").get(0);
      rows += out.path("facets").path("dataQualityMetrics").path("rowCount").asLong();
      bytes += out.path("outputFacets").path("outputStatistics").path("size").asLong();
    }
    PublisherStats stats = p.stats();
    assertThat(offered)
        .isEqualTo(stats.offered())
        .isEqualTo(threads * callsEach * 2L + threads * callsEach * 4L / 5);
    assertThat(written).isEqualTo(stats.written()).isEqualTo(rows);
    assertThat(rejected).isEqualTo(stats.rejected());
    assertThat(bytes).isEqualTo(10L * threads * callsEach);
    assertThat(emitter.droppedCount()).isZero();
  }

  @Test
  void windowEventsValidateAgainstTheOfficialSchemasAndHoldNoRecordValues() {
    OpenLineageSchemas schemas = OpenLineageSchemas.load();
    AtomicInteger calls = new AtomicInteger();
    Publisher<Map<String, ?>> p =
        publisher(
            batch -> {
              if (calls.incrementAndGet() == 3) {
                throw new IllegalStateException("disk full");
              }
              return OptionalLong.of(5);
            });
    p.publish(List.of(order(1), badOrder(2)));
    clock.advance(Duration.ofSeconds(11));
    p.publish(List.of(order(3)));
    p.publish(List.of(order(4)));
    lineage.close();

    List<String> json = transport.json();
    assertThat(types(events())).containsExactly("START", "COMPLETE", "START", "FAIL");
    for (String event : json) {
      assertThat(schemas.validate(event)).as(event).isEmpty();
    }
    assertThat(String.join("\n", json))
        .doesNotContain("ORD-0001")
        .doesNotContain("BAD-2")
        .doesNotContain("12.5");
  }

  @Test
  void rejectsAWindowShorterThanAMillisecond() {
    assertThatThrownBy(() -> LineageListener.builder(emitter).window(Duration.ofNanos(10)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("LineageListener.window must be at least 1 ms, got PT0.00000001S");
    assertThat(LineageListener.builder(emitter).build().window()).isEmpty();
    assertThat(lineage.window()).contains(WINDOW);
  }
}
