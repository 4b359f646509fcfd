package dev.meshsdk.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meshsdk.core.AccessPolicy;
import dev.meshsdk.core.ConsumerIdentity;
import dev.meshsdk.core.publish.PublishOutcome;
import dev.meshsdk.core.publish.Publisher;
import dev.meshsdk.core.publish.PublisherStats;
import dev.meshsdk.core.publish.SinkException;
import dev.meshsdk.testsupport.InProcessKafka;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Sink, dead-letter sink, transactions and reader against a real in-process KRaft broker. */
class KafkaSinkIT {
  private static InProcessKafka kafka;

  @BeforeAll
  static void startBroker() throws Exception {
    kafka = InProcessKafka.start();
  }

  @AfterAll
  static void stopBroker() throws Exception {
    kafka.close();
  }

  @Test
  void writesEveryValidRecordOnceAndEveryInvalidOneToTheDeadLetterTopic() throws Exception {
    kafka.createTopics(3, "orders-100k", "orders-100k-dlq");
    int total = 100_000;
    Set<String> expectedValid = new HashSet<>();
    Set<String> expectedInvalid = new HashSet<>();
    try (KafkaSink<Object> sink =
            KafkaSink.builder(Orders.PORT, Orders.V1, "orders")
                .bootstrapServers(kafka.bootstrapServers())
                .topic("orders-100k")
                .build();
        KafkaDeadLetterSink<Object> dlq =
            KafkaDeadLetterSink.builder(Orders.PORT, Orders.V1, "orders")
                .bootstrapServers(kafka.bootstrapServers())
                .topic("orders-100k-dlq")
                .build()) {
      Publisher<Map<String, ?>> publisher =
          Publisher.builder(Orders.PORT, Orders.V1, "orders").sink(sink).deadLetters(dlq).build();
      List<Map<String, ?>> batch = new ArrayList<>(1000);
      for (int n = 0; n < total; n++) {
        boolean invalid = n % 20 == 7; // 5%
        batch.add(invalid ? Orders.badOrder(n) : Orders.order(n));
        (invalid ? expectedInvalid : expectedValid).add(Orders.id(n));
        if (batch.size() == 1000) {
          assertThat(publisher.publish(batch)).isInstanceOf(PublishOutcome.Completed.class);
          batch.clear();
        }
      }
      PublisherStats stats = publisher.stats();
      assertThat(stats.offered()).isEqualTo(total);
      assertThat(stats.written()).isEqualTo(95_000);
      assertThat(stats.rejected()).isEqualTo(5_000);
      assertThat(stats.failed()).isZero();
    }

    List<ConsumerRecord<byte[], byte[]>> written =
        Topics.readAll(kafka.bootstrapServers(), "orders-100k", "read_committed");
    assertThat(written).hasSize(95_000);
    Set<String> keys = new HashSet<>();
    for (ConsumerRecord<byte[], byte[]> r : written) {
      String key = Topics.text(r.key());
      assertThat(keys.add(key)).as("key %s written once", key).isTrue();
      assertThat(Topics.text(r.value())).contains("\"order_id\":\"" + key + "\"");
    }
    assertThat(keys).isEqualTo(expectedValid);
    ConsumerRecord<byte[], byte[]> first = written.get(0);
    assertThat(Topics.header(first, MeshHeaders.PRODUCT_ID)).isEqualTo("orders");
    assertThat(Topics.header(first, MeshHeaders.PORT)).isEqualTo("orders-v1");
    assertThat(Topics.header(first, MeshHeaders.CONTRACT_ID)).isEqualTo("orders");
    assertThat(Topics.header(first, MeshHeaders.CONTRACT_VERSION)).isEqualTo("1.0.0");

    List<ConsumerRecord<byte[], byte[]>> dead =
        Topics.readAll(kafka.bootstrapServers(), "orders-100k-dlq", "read_committed");
    assertThat(dead).hasSize(5_000);
    Set<String> deadKeys = new HashSet<>();
    for (ConsumerRecord<byte[], byte[]> r : dead) {
      deadKeys.add(Topics.text(r.key()));
      assertThat(Topics.header(r, MeshHeaders.DEAD_LETTER_REASON)).isEqualTo("INVALID");
      assertThat(Topics.header(r, MeshHeaders.DEAD_LETTER_RULES)).isEqualTo("pattern,minimum");
      assertThat(Topics.header(r, MeshHeaders.DEAD_LETTER_VIOLATIONS))
          .isEqualTo(
              "[{\"rule\":\"pattern\",\"path\":\"email\"},{\"rule\":\"minimum\",\"path\":\"amount\"}]");
      r.headers()
          .forEach(
              h ->
                  assertThat(new String(h.value(), StandardCharsets.UTF_8))
                      .doesNotContainIgnoringCase(Orders.SECRET_EMAIL));
      // The raw record is the value, classified value included: the topic needs protection.
      assertThat(Topics.text(r.value())).containsIgnoringCase(Orders.SECRET_EMAIL);
    }
    assertThat(deadKeys).isEqualTo(expectedInvalid);
  }

  @Test
  void transactionalBatchIsAtomicWhereAPlainBatchLeavesItsAcknowledgedRecords() throws Exception {
    kafka.createTopics(1, "orders-tx", "orders-plain");
    List<Map<String, ?>> batch = new ArrayList<>();
    for (int n = 0; n < 10; n++) {
      batch.add(Orders.order(n));
    }
    Map<String, Object> huge = new HashMap<>(Orders.order(99));
    huge.put("note", "x".repeat(40_000));
    batch.add(5, huge);

    try (KafkaSink<Object> tx =
        KafkaSink.builder(Orders.PORT, Orders.V1, "orders")
            .location("kafka://" + kafka.bootstrapServers() + "/orders-tx")
            .transactionalId("orders-tx-it")
            .producerConfig(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 20_000)
            .build()) {
      assertThat(tx.transactional()).isTrue();
      assertThatThrownBy(() -> tx.write(batch))
          .isInstanceOf(SinkException.class)
          .hasMessageContaining("the transaction of a batch of 11 records failed")
          .hasMessageContaining("RecordTooLargeException")
          .hasMessageContaining("read_committed consumers see nothing of the batch");
      assertThat(tx.write(batch.subList(0, 5)).getAsLong()).isPositive();
    }
    List<ConsumerRecord<byte[], byte[]>> committed =
        Topics.readAtLeast(kafka.bootstrapServers(), "orders-tx", "read_committed", 5);
    assertThat(committed)
        .extracting(r -> Topics.text(r.key()))
        .containsExactly(Orders.id(0), Orders.id(1), Orders.id(2), Orders.id(3), Orders.id(4));

    try (KafkaSink<Object> plain =
        KafkaSink.builder(Orders.PORT, Orders.V1, "orders")
            .location("kafka://" + kafka.bootstrapServers() + "/orders-plain")
            .producerConfig(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 20_000)
            .build()) {
      assertThatThrownBy(() -> plain.write(batch))
          .isInstanceOf(SinkException.class)
          .hasMessageContaining("1 of the batch of 11 records were not acknowledged")
          .hasMessageContaining("stay on the topic");
    }
    // Without transactions the ten acknowledged records of the failed batch are on the topic.
    assertThat(Topics.readAll(kafka.bootstrapServers(), "orders-plain", "read_committed"))
        .hasSize(10);
  }

  @Test
  void readerValidatesEachRecordAgainstTheVersionItsHeadersName() throws Exception {
    kafka.createTopics(1, "orders-read");
    String location = "kafka://" + kafka.bootstrapServers() + "/orders-read";
    try (KafkaSink<Object> sink =
        KafkaSink.builder(Orders.PORT, Orders.V1, "orders").location(location).build()) {
      sink.write(List.of(Orders.order(1), Orders.order(2)));
    }
    Map<String, Object> config =
        Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
            ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
            ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    try (KafkaProducer<byte[], byte[]> raw = new KafkaProducer<>(config)) {
      raw.send(v2("{\"order_id\":\"ORD-000003\",\"amount\":1,\"currency\":\"EUR\"}", "2.0.0"));
      raw.send(v2("{\"order_id\":\"ORD-000004\",\"amount\":1}", "2.0.0")); // no currency
      raw.send(v2("{\"order_id\":\"ORD-000005\",\"amount\":1}", "3.0.0")); // unknown version
      raw.flush();
    }
    List<InvalidRecord> skipped = new ArrayList<>();
    List<ReadRecord> read = new ArrayList<>();
    try (KafkaPortReader reader =
        KafkaPortReader.builder(
                Orders.product(location, AccessPolicy.restricted().domain("finance").build()),
                "orders-v1",
                ConsumerIdentity.of("fraud-app", "finance"))
            .contract(Orders.V1)
            .contract(Orders.V2)
            .skipInvalid(skipped::add)
            .build()) {
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (read.size() + skipped.size() < 5 && System.nanoTime() < deadline) {
        read.addAll(reader.poll(Duration.ofMillis(500)));
      }
      reader.commit();
    }
    assertThat(read)
        .extracting(r -> r.value().get("order_id"))
        .containsExactly("ORD-000001", "ORD-000002", "ORD-000003");
    assertThat(read.get(2).contract()).contains(new ContractRef("orders", "2.0.0"));
    assertThat(skipped)
        .extracting(InvalidRecord::reason)
        .containsExactly(
            InvalidRecord.Reason.BREAKS_CONTRACT, InvalidRecord.Reason.UNKNOWN_CONTRACT);
    assertThat(skipped.get(0).violations())
        .extracting(v -> v.path() + ":" + v.rule())
        .containsExactly("currency:required");
    assertThat(skipped.get(1).describe())
        .contains("names contract orders@3.0.0, which this reader does not know")
        .contains("mesh.contract-unknown");
  }

  private static ProducerRecord<byte[], byte[]> v2(String json, String version) {
    ProducerRecord<byte[], byte[]> r =
        new ProducerRecord<>("orders-read", json.getBytes(StandardCharsets.UTF_8));
    r.headers().add(MeshHeaders.CONTRACT_ID, "orders".getBytes(StandardCharsets.UTF_8));
    r.headers().add(MeshHeaders.CONTRACT_VERSION, version.getBytes(StandardCharsets.UTF_8));
    return r;
  }
}
