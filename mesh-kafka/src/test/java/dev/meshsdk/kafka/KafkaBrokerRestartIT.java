package dev.meshsdk.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshsdk.core.publish.PublishOutcome;
import dev.meshsdk.core.publish.Publisher;
import dev.meshsdk.core.publish.PublisherStats;
import dev.meshsdk.testsupport.InProcessKafka;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * A broker restart in the middle of a publish run: every batch the publisher reported as written is
 * on the topic exactly once afterwards, and nothing is on it that was not offered.
 */
class KafkaBrokerRestartIT {

  @Test
  void brokerRestartMidRunLosesNothingAcknowledged() throws Exception {
    int batches = 60;
    int batchSize = 500;
    try (InProcessKafka kafka = InProcessKafka.start()) {
      kafka.createTopics(2, "orders-restart", "orders-restart-dlq");
      AtomicInteger acknowledgedBatches = new AtomicInteger();
      Set<String> acknowledged = new HashSet<>();
      List<String> failures = new ArrayList<>();
      Publisher<Map<String, ?>> publisher;
      try (KafkaSink<Object> sink =
              KafkaSink.builder(Orders.PORT, Orders.V1, "orders")
                  .bootstrapServers(kafka.bootstrapServers())
                  .topic("orders-restart")
                  .build();
          KafkaDeadLetterSink<Object> dlq =
              KafkaDeadLetterSink.builder(Orders.PORT, Orders.V1, "orders")
                  .bootstrapServers(kafka.bootstrapServers())
                  .topic("orders-restart-dlq")
                  .build()) {
        publisher =
            Publisher.builder(Orders.PORT, Orders.V1, "orders").sink(sink).deadLetters(dlq).build();
        CompletableFuture<Void> run =
            CompletableFuture.runAsync(
                () -> {
                  for (int b = 0; b < batches; b++) {
                    List<Map<String, ?>> batch = new ArrayList<>(batchSize);
                    List<String> ids = new ArrayList<>(batchSize);
                    for (int i = 0; i < batchSize; i++) {
                      int n = b * batchSize + i;
                      batch.add(Orders.order(n));
                      ids.add(Orders.id(n));
                    }
                    PublishOutcome outcome = publisher.publish(batch);
                    if (outcome instanceof PublishOutcome.Completed) {
                      synchronized (acknowledged) {
                        acknowledged.addAll(ids);
                      }
                      acknowledgedBatches.incrementAndGet();
                    } else if (outcome instanceof PublishOutcome.Failed f) {
                      synchronized (failures) {
                        failures.add(f.cause().getMessage());
                      }
                    }
                  }
                });
        while (acknowledgedBatches.get() < batches / 4 && !run.isDone()) {
          Thread.sleep(5);
        }
        assertThat(run).as("the run is still going when the broker stops").isNotDone();
        kafka.restart();
        run.get(4, TimeUnit.MINUTES);
      }

      PublisherStats stats = publisher.stats();
      assertThat(stats.offered()).isEqualTo((long) batches * batchSize);
      // Failing loudly is allowed, losing silently is not: a failed batch is counted, never
      // written.
      assertThat(stats.written()).isEqualTo(acknowledged.size());
      assertThat(stats.failed()).isEqualTo((long) failures.size() * batchSize);
      assertThat(acknowledged).as("failures: %s", failures).isNotEmpty();

      List<ConsumerRecord<byte[], byte[]>> onTopic =
          Topics.readAll(kafka.bootstrapServers(), "orders-restart", "read_committed");
      Map<String, Integer> copies = new HashMap<>();
      for (ConsumerRecord<byte[], byte[]> r : onTopic) {
        copies.merge(Topics.text(r.key()), 1, Integer::sum);
      }
      for (String id : acknowledged) {
        assertThat(copies.getOrDefault(id, 0)).as("copies of acknowledged %s", id).isEqualTo(1);
      }
      // The idempotent producer never duplicates, and nothing appears that was not offered.
      assertThat(copies.values()).allMatch(c -> c == 1);
      assertThat(copies.keySet())
          .allMatch(id -> id.startsWith("ORD-") && Integer.parseInt(id.substring(4)) < 30_000);
      if (failures.isEmpty()) {
        assertThat(onTopic).hasSize(batches * batchSize);
      }
    }
  }
}
