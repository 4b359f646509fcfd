package dev.meshsdk.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meshsdk.contracts.DataContract;
import dev.meshsdk.contracts.DataContracts;
import dev.meshsdk.contracts.Violation;
import dev.meshsdk.core.publish.DeadLetter;
import dev.meshsdk.core.publish.PortRef;
import dev.meshsdk.core.publish.SinkException;
import dev.meshsdk.observability.lineage.DatasetName;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;

/** The sink and the dead-letter sink against Kafka's MockProducer: no broker. */
class KafkaSinkTest {
  private final List<Map<String, Object>> configs = new ArrayList<>();
  private final MockProducer<byte[], byte[]> producer =
      new MockProducer<>(true, null, new ByteArraySerializer(), new ByteArraySerializer());

  private KafkaSink.Builder<Object> sink() {
    return KafkaSink.builder(Orders.PORT, Orders.V1, "orders")
        .location("kafka://broker-1:9093/orders")
        .producerFactory(
            c -> {
              configs.add(c);
              return producer;
            });
  }

  @Test
  void writesJsonKeyedByThePrimaryKeyWithPortHeaders() {
    try (KafkaSink<Object> sink = sink().build()) {
      assertThat(sink.write(List.of(Orders.order(1), Orders.order(2))).getAsLong())
          .isEqualTo(2L * ("ORD-000001".length() + Orders.json(1).length()));
      assertThat(sink.keyProperties()).containsExactly("order_id");
    }
    ProducerRecord<byte[], byte[]> r = producer.history().get(0);
    assertThat(r.topic()).isEqualTo("orders");
    assertThat(Topics.text(r.key())).isEqualTo("ORD-000001");
    assertThat(Topics.text(r.value())).isEqualTo(Orders.json(1));
    assertThat(MeshHeaders.text(r.headers(), MeshHeaders.PRODUCT_ID)).contains("orders");
    assertThat(MeshHeaders.text(r.headers(), MeshHeaders.PRODUCT_VERSION)).contains("1.0.0");
    assertThat(MeshHeaders.text(r.headers(), MeshHeaders.PORT)).contains("orders-v1");
    assertThat(MeshHeaders.contract(r.headers())).contains(new ContractRef("orders", "1.0.0"));
  }

  @Test
  void runsAnIdempotentProducerWithAcksAll() {
    sink().producerConfig("linger.ms", 20).build().close();
    assertThat(configs.get(0))
        .containsEntry("acks", "all")
        .containsEntry("enable.idempotence", true)
        .containsEntry("bootstrap.servers", "broker-1:9093")
        .containsEntry("linger.ms", 20)
        .doesNotContainKey("transactional.id");
  }

  @Test
  void refusesSettingsThatWeakenTheGuarantee() {
    assertThatThrownBy(() -> sink().producerConfig("acks", "1").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "KafkaSink.producerConfig 'acks' must be all or -1 (the sink's delivery guarantee"
                + " depends on it): was '1'");
    assertThatThrownBy(() -> sink().producerConfig("enable.idempotence", false).build())
        .hasMessageContaining("'enable.idempotence' must be true");
    assertThatThrownBy(() -> sink().producerConfig("transactional.id", "x").build())
        .hasMessageContaining("must not set 'transactional.id'");
    assertThatThrownBy(
            () ->
                KafkaSink.builder(Orders.PORT, Orders.V1, "orders").bootstrapServers("b:1").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("KafkaSink.location (or bootstrapServers and topic) is required");
    assertThatThrownBy(() -> KafkaSink.builder(Orders.PORT, Orders.V2, "orders"))
        .hasMessageContaining(
            "promises contract orders@1.0.0 but the contract given is orders@2.0.0");
  }

  @Test
  void failsTheWholeBatchWhenASendFailsAndSaysWhatMayBeOnTheTopic() {
    MockProducer<byte[], byte[]> manual =
        new MockProducer<>(false, null, new ByteArraySerializer(), new ByteArraySerializer());
    manual.sendException = new KafkaException("broker said no");
    try (KafkaSink<Object> sink = sink().producerFactory(c -> manual).build()) {
      assertThatThrownBy(() -> sink.write(List.of(Orders.order(1), Orders.order(2))))
          .isInstanceOf(SinkException.class)
          .hasMessageContaining(
              "Kafka sink for topic 'orders' of port sales/orders@1.0.0#orders-v1")
          .hasMessageContaining("2 of the batch of 2 records were not acknowledged")
          .hasMessageContaining("KafkaException: broker said no")
          .hasMessageContaining("a retry of the batch may write those twice");
    }
  }

  @Test
  void commitsOneTransactionPerBatchAndAbortsAFailedOne() {
    try (KafkaSink<Object> sink = sink().transactionalId("orders-1").build()) {
      assertThat(configs.get(0)).containsEntry("transactional.id", "orders-1");
      sink.write(List.of(Orders.order(1)));
      assertThat(producer.transactionCommitted()).isTrue();
      producer.commitTransactionException = new KafkaException("commit refused");
      assertThatThrownBy(() -> sink.write(List.of(Orders.order(2))))
          .isInstanceOf(SinkException.class)
          .hasMessageContaining("the transaction of a batch of 1 records failed")
          .hasMessageContaining("the transaction was aborted");
      assertThat(producer.transactionAborted()).isTrue();
    }
  }

  @Test
  void failsBeforeSendingWhenARecordCannotBeWrittenAsJson() {
    try (KafkaSink<Object> sink = sink().build()) {
      assertThatThrownBy(() -> sink.write(List.of(Orders.order(1), new Object())))
          .isInstanceOf(SinkException.class)
          .hasMessageContaining("cannot write batch[1] as JSON")
          .hasMessageContaining("nothing of the batch of 2 was sent");
    }
    assertThat(producer.history()).isEmpty();
  }

  @Test
  void joinsACompoundKeyInPrimaryKeyPositionOrder() {
    DataContract lines =
        DataContracts.parse(
            """
            apiVersion: v3.1.0
            kind: DataContract
            id: lines
            version: 1.0.0
            status: active
            schema:
              - name: lines
                properties:
                  - {name: sku, logicalType: string, primaryKey: true, primaryKeyPosition: 2}
                  - {name: qty, logicalType: integer}
                  - {name: order_id, logicalType: string, primaryKey: true, primaryKeyPosition: 1}
            """);
    PortRef port = Orders.PORT.toBuilder().contractId("lines").build();
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("sku", "A,\"1\"");
    line.put("qty", 2);
    line.put("order_id", "ORD-1");
    try (KafkaSink<Object> sink =
        KafkaSink.builder(port, lines, "lines")
            .location("kafka://b:1/lines")
            .producerFactory(c -> producer)
            .build()) {
      assertThat(sink.keyProperties()).containsExactly("order_id", "sku");
      sink.write(List.of(line));
    }
    assertThat(Topics.text(producer.history().get(0).key()))
        .isEqualTo("[\"ORD-1\",\"A,\\\"1\\\"\"]");
  }

  @Test
  void namesItsOpenLineageDataset() {
    try (KafkaSink<Object> sink = sink().build()) {
      assertThat(sink.datasetName()).isEqualTo(new DatasetName("kafka://broker-1:9093", "orders"));
      assertThat(sink.location()).hasToString("kafka://broker-1:9093/orders");
    }
  }

  @Test
  void deadLettersCarryRulesAndPathsInHeadersAndTheRawRecordAsValue() {
    Map<String, Object> bad = Orders.badOrder(5);
    DeadLetter<Object> letter =
        DeadLetter.builder()
            .port(Orders.PORT)
            .runId(UUID.fromString("00000000-0000-7000-8000-000000000001"))
            .time(Instant.parse("2026-01-02T03:04:05Z"))
            .record(bad)
            .violations(
                List.of(
                    new Violation("email", "pattern", "(classified value hidden) does not match"),
                    new Violation("amount", "minimum", "-1 is below 0")))
            .build();
    try (KafkaDeadLetterSink<Object> dlq =
        KafkaDeadLetterSink.builder(Orders.PORT, Orders.V1, "orders")
            .location("kafka://b:1/orders-dlq")
            .producerFactory(c -> producer)
            .build()) {
      dlq.write(List.of(letter));
      assertThat(dlq.datasetName()).isEqualTo(new DatasetName("kafka://b:1", "orders-dlq"));
    }
    ProducerRecord<byte[], byte[]> r = producer.history().get(0);
    assertThat(r.topic()).isEqualTo("orders-dlq");
    assertThat(Topics.text(r.key())).isEqualTo("ORD-000005");
    assertThat(MeshHeaders.text(r.headers(), MeshHeaders.DEAD_LETTER_REASON)).contains("INVALID");
    assertThat(MeshHeaders.text(r.headers(), MeshHeaders.DEAD_LETTER_RUN_ID))
        .contains("00000000-0000-7000-8000-000000000001");
    assertThat(MeshHeaders.text(r.headers(), MeshHeaders.DEAD_LETTER_TIME))
        .contains("2026-01-02T03:04:05Z");
    assertThat(MeshHeaders.text(r.headers(), MeshHeaders.DEAD_LETTER_RULES))
        .contains("pattern,minimum");
    assertThat(MeshHeaders.text(r.headers(), MeshHeaders.DEAD_LETTER_VIOLATIONS))
        .contains(
            "[{\"rule\":\"pattern\",\"path\":\"email\"},{\"rule\":\"minimum\",\"path\":\"amount\"}]");
    r.headers()
        .forEach(
            h -> assertThat(Topics.text(h.value())).doesNotContainIgnoringCase("secretperson"));
    assertThat(Topics.text(r.value())).contains("SECRETPERSON@HIDDEN.IO").contains("\"amount\":-1");
    assertThat(bad.get("amount")).isEqualTo(new BigDecimal("-1"));
  }
}
