package dev.meshsdk.observability.lineage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshsdk.contracts.Team;
import dev.meshsdk.core.DataProduct;
import dev.meshsdk.core.InputPort;
import dev.meshsdk.core.OutputPort;
import dev.meshsdk.core.event.ProductRegistered;
import dev.meshsdk.core.governance.GovernanceReport;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Registrations of one product's versions delivered to the listener from many threads at once. */
class LineageListenerConcurrencyTest {
  private static final int ROUNDS = 50;
  private static final int HIGHEST = 15;
  private static final int THREADS = 8;
  private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

  @Test
  void theHighestVersionStaysTheLatestWhateverOrderConcurrentRegistrationsEndIn() throws Exception {
    InMemoryTransport transport = new InMemoryTransport();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try (LineageEmitter emitter =
        LineageEmitter.start(
            transport, LineageEmitterOptions.builder().capacity(100_000).build())) {
      for (int round = 0; round < ROUNDS; round++) {
        LineageListener listener = LineageListener.builder(emitter).build();
        List<Integer> versions = new ArrayList<>();
        for (int i = 0; i <= HIGHEST; i++) {
          versions.add(i);
        }
        Collections.shuffle(versions, new Random(round));
        CountDownLatch go = new CountDownLatch(1);
        List<Callable<Void>> registrations = new ArrayList<>();
        for (int i : versions) {
          registrations.add(
              () -> {
                go.await();
                listener.onEvent(registered(orders(i)));
                return null;
              });
        }
        List<Future<Void>> done = new ArrayList<>();
        for (Callable<Void> r : registrations) {
          done.add(pool.submit(r));
        }
        go.countDown();
        for (Future<Void> f : done) {
          f.get();
        }
        listener.onEvent(registered(stats(round)));
      }
      assertThat(emitter.flush(Duration.ofSeconds(60))).isTrue();
    } finally {
      pool.shutdownNow();
    }

    List<JsonNode> jobEvents =
        transport.json().stream()
            .map(OpenLineageSchemas.JSON::readTree)
            .filter(e -> !e.has("eventType") && e.has("job"))
            .toList();
    List<String> upstreamSeen = new ArrayList<>();
    for (int round = 0; round < ROUNDS; round++) {
      String job = "analytics.stats-" + round + ".daily";
      JsonNode event =
          jobEvents.stream()
              .filter(e -> e.path("job").path("name").asString().equals(job))
              .findFirst()
              .orElseThrow();
      upstreamSeen.add(event.path("inputs").get(0).path("name").asString());
    }
    assertThat(upstreamSeen).containsOnly("orders-v" + HIGHEST).hasSize(ROUNDS);
  }

  private static ProductRegistered registered(DataProduct product) {
    return new ProductRegistered(
        product, new GovernanceReport(product.id(), product.version(), List.of()), T0);
  }

  /** Version 1.0.i of the upstream product; its output topic names the version. */
  private static DataProduct orders(int i) {
    return DataProduct.builder()
        .id("orders")
        .domain("sales")
        .version("1.0." + i)
        .owner(Team.builder().name("orders-team").build())
        .outputPort(
            OutputPort.builder()
                .name("orders")
                .contract(Fixtures.CONTRACT)
                .schemaObject("orders")
                .location("kafka://broker:9092/orders-v" + i)
                .build())
        .build();
  }

  /** A downstream product reading the upstream's orders, one per round. */
  private static DataProduct stats(int round) {
    return DataProduct.builder()
        .id("stats-" + round)
        .domain("analytics")
        .version("1.0.0")
        .owner(Team.builder().name("analytics-team").build())
        .inputPort(
            InputPort.builder()
                .name("orders")
                .upstreamProduct("orders")
                .contract("orders-contract", "1.2.0")
                .build())
        .outputPort(
            OutputPort.builder()
                .name("daily")
                .contract(LineageListenerTest.STATS)
                .schemaObject("daily")
                .build())
        .build();
  }
}
