package dev.meshsdk.core.publish;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshsdk.contracts.Violation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Eight threads publish through one publisher, with valid and invalid records and a sink that fails
 * every seventh batch; the statistics must match the sinks' contents exactly.
 */
class PublisherConcurrencyTest {
  private static final int THREADS = 8;
  private static final int BATCHES = 250;

  /** What one thread offered and was told. */
  private record Tally(List<String> offered, List<String> failed, long outcomesFailed) {}

  private static String id(Map<String, ?> order) {
    @SuppressWarnings("unchecked")
    List<Map<String, ?>> lines = (List<Map<String, ?>>) order.get("lines");
    return (String) lines.get(0).get("sku");
  }

  private static Map<String, Object> record(int thread, int batch, int i, Random random) {
    Map<String, Object> o =
        switch (random.nextInt(4)) {
          case 0 -> Fixtures.badOrder(i);
          case 1 -> Fixtures.leakyOrder(i);
          default -> Fixtures.order(i);
        };
    o.put("lines", List.of(Map.of("sku", "SKU-" + thread + "-" + batch + "-" + i)));
    return o;
  }

  @Test
  void statisticsMatchTheSinksExactlyUnderConcurrentPublishers() throws Exception {
    List<Map<String, ?>> written = new ArrayList<>();
    AtomicInteger calls = new AtomicInteger();
    Sink<Map<String, ?>> flaky =
        FunctionSink.of(
            batch -> {
              if (calls.incrementAndGet() % 7 == 0) {
                throw new IllegalStateException("simulated outage");
              }
              synchronized (written) {
                written.addAll(batch);
              }
            });
    InMemoryDeadLetterSink<Map<String, ?>> dead = new InMemoryDeadLetterSink<>();
    AtomicLong events = new AtomicLong();
    Publisher<Map<String, ?>> publisher =
        Publisher.builder(Fixtures.PORT, Fixtures.CONTRACT, "orders")
            .sink(flaky)
            .deadLetters(dead)
            .listener(e -> events.incrementAndGet())
            .build();

    ExecutorService pool = Executors.newFixedThreadPool(THREADS + 1);
    CountDownLatch start = new CountDownLatch(1);
    AtomicBoolean running = new AtomicBoolean(true);
    try {
      // A reader taking snapshots all along: each must add up (PublisherStats checks it).
      Future<Long> reader =
          pool.submit(
              () -> {
                long snapshots = 0;
                start.await();
                while (running.get()) {
                  PublisherStats s = publisher.stats();
                  assertThat(s.offered()).isEqualTo(s.written() + s.rejected() + s.failed());
                  snapshots++;
                }
                return snapshots;
              });
      List<Future<Tally>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        futures.add(
            pool.submit(
                () -> {
                  Random random = new Random(42L + thread);
                  List<String> offered = new ArrayList<>();
                  List<String> failed = new ArrayList<>();
                  long outcomesFailed = 0;
                  start.await();
                  for (int b = 0; b < BATCHES; b++) {
                    List<Map<String, ?>> batch = new ArrayList<>();
                    int size = 1 + random.nextInt(10);
                    for (int i = 0; i < size; i++) {
                      batch.add(record(thread, b, i, random));
                    }
                    batch.forEach(r -> offered.add(id(r)));
                    PublishOutcome outcome = publisher.publish(batch);
                    if (outcome instanceof PublishOutcome.Failed f) {
                      outcomesFailed += f.counts().failed();
                      // the records meant for the sink: the valid ones
                      for (Map<String, ?> r : batch) {
                        if (!dead.records().contains(r)) {
                          failed.add(id(r));
                        }
                      }
                    }
                  }
                  return new Tally(offered, failed, outcomesFailed);
                }));
      }
      start.countDown();
      List<Tally> tallies = new ArrayList<>();
      for (Future<Tally> f : futures) {
        tallies.add(f.get(5, TimeUnit.MINUTES));
      }
      running.set(false);
      assertThat(reader.get(1, TimeUnit.MINUTES)).isPositive();

      long offered = tallies.stream().mapToLong(t -> t.offered().size()).sum();
      long failedByOutcomes = tallies.stream().mapToLong(Tally::outcomesFailed).sum();
      PublisherStats stats = publisher.stats();

      assertThat(stats.offered()).isEqualTo(offered);
      assertThat(stats.written()).isEqualTo(written.size());
      assertThat(stats.rejected()).isEqualTo(dead.size());
      assertThat(stats.failed()).isEqualTo(failedByOutcomes).isPositive();
      assertThat(stats.offered()).isEqualTo(stats.written() + stats.rejected() + stats.failed());
      assertThat(stats.rejected()).isPositive();

      Map<String, Long> byRule = new TreeMap<>();
      for (DeadLetter<Map<String, ?>> l : dead.snapshot()) {
        for (Violation v : l.violations()) {
          byRule.merge(v.rule(), 1L, Long::sum);
        }
      }
      assertThat(stats.rejectionsByRule()).isEqualTo(byRule);

      // Every offered record is in exactly one place: written, dead-lettered or failed.
      List<String> everywhere = new ArrayList<>();
      written.forEach(r -> everywhere.add(id(r)));
      dead.records().forEach(r -> everywhere.add(id(r)));
      tallies.forEach(t -> everywhere.addAll(t.failed()));
      Set<String> all = new HashSet<>();
      tallies.forEach(t -> all.addAll(t.offered()));
      assertThat(everywhere).hasSize(all.size()).doesNotHaveDuplicates();
      assertThat(new HashSet<>(everywhere)).isEqualTo(all);

      // Each call emits Started and then Completed or Failed, plus RecordsRejected when any.
      assertThat(events.get()).isGreaterThanOrEqualTo(2L * THREADS * BATCHES);
    } finally {
      running.set(false);
      pool.shutdownNow();
    }
  }
}
