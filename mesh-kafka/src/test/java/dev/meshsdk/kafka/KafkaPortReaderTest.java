package dev.meshsdk.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meshsdk.core.AccessDeniedException;
import dev.meshsdk.core.AccessPolicy;
import dev.meshsdk.core.ConsumerIdentity;
import dev.meshsdk.core.DataProduct;
import dev.meshsdk.core.Mesh;
import dev.meshsdk.core.event.AccessAudited;
import dev.meshsdk.core.event.MeshEvent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

/** The reader against Kafka's MockConsumer: access, validation by header version, routing. */
class KafkaPortReaderTest {
  private static final String LOCATION = "kafka://broker-1:9092/orders";
  private static final TopicPartition TP = new TopicPartition("orders", 0);
  private static final ConsumerIdentity FRAUD =
      ConsumerIdentity.of("fraud-app", "finance", "fraud");

  private final MockConsumer<byte[], byte[]> consumer = new MockConsumer<>("earliest");
  private final List<MeshEvent> events = new ArrayList<>();
  private final List<Map<String, Object>> configs = new ArrayList<>();

  private KafkaPortReader.Builder reader(AccessPolicy access, ConsumerIdentity who) {
    return KafkaPortReader.builder(Orders.product(LOCATION, access), "orders-v1", who)
        .listener(events::add)
        .consumerFactory(
            c -> {
              configs.add(c);
              return consumer;
            });
  }

  private void deliver(List<ConsumerRecord<byte[], byte[]>> records) {
    consumer.schedulePollTask(
        () -> {
          consumer.rebalance(List.of(TP));
          consumer.updateBeginningOffsets(Map.of(TP, 0L));
          records.forEach(consumer::addRecord);
        });
  }

  private static ConsumerRecord<byte[], byte[]> record(long offset, String json, String version) {
    RecordHeaders headers = new RecordHeaders();
    if (version != null) {
      headers.add(MeshHeaders.CONTRACT_ID, "orders".getBytes(StandardCharsets.UTF_8));
      headers.add(MeshHeaders.CONTRACT_VERSION, version.getBytes(StandardCharsets.UTF_8));
    }
    return new ConsumerRecord<>(
        "orders",
        0,
        offset,
        0L,
        TimestampType.CREATE_TIME,
        -1,
        -1,
        ("k" + offset).getBytes(StandardCharsets.UTF_8),
        json.getBytes(StandardCharsets.UTF_8),
        headers,
        Optional.empty());
  }

  private static List<ConsumerRecord<byte[], byte[]>> mixed() {
    return List.of(
        record(0, Orders.json(1), "1.0.0"),
        record(
            1,
            "{\"order_id\":\"ORD-000002\",\"email\":\"" + Orders.SECRET_EMAIL + "X\",\"amount\":1}",
            "1.0.0"),
        record(2, "{\"order_id\":\"ORD-000003\",\"amount\":1,\"currency\":\"EUR\"}", "2.0.0"),
        record(3, "{\"order_id\":\"ORD-000004\",\"amount\":1}", "9.0.0"),
        record(4, Orders.json(5), null),
        record(5, "not json " + Orders.SECRET_EMAIL, "1.0.0"));
  }

  @Test
  void deniesAConsumerThePolicyRefusesAfterAuditingIt() {
    AccessPolicy financeOnly = AccessPolicy.restricted().domain("finance").build();
    ConsumerIdentity marketing = ConsumerIdentity.of("campaigns", "marketing");
    assertThatThrownBy(() -> reader(financeOnly, marketing).build())
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageStartingWith("Access to orders@1.0.0#orders-v1 denied: the port is RESTRICTED")
        .hasMessageContaining("consumer 'campaigns' of domain 'marketing' is neither");
    assertThat(events)
        .singleElement()
        .isInstanceOfSatisfying(
            AccessAudited.class,
            a -> {
              assertThat(a.allowed()).isFalse();
              assertThat(a.consumer()).isEqualTo(marketing);
              assertThat(a.portName()).isEqualTo("orders-v1");
            });
    assertThat(configs).as("no Kafka consumer is made for a denied reader").isEmpty();
  }

  @Test
  void allowsAConsumerAndSubscribesReadCommitted() {
    try (KafkaPortReader reader =
        reader(AccessPolicy.restricted().domain("finance").build(), FRAUD).build()) {
      assertThat(events)
          .singleElement()
          .isInstanceOfSatisfying(AccessAudited.class, a -> assertThat(a.allowed()).isTrue());
      assertThat(consumer.subscription()).containsExactly("orders");
      assertThat(reader.location()).isEqualTo(new KafkaLocation("broker-1:9092", "orders"));
      assertThat(reader.contracts()).containsExactly(new ContractRef("orders", "1.0.0"));
    }
    assertThat(configs.get(0))
        .containsEntry("bootstrap.servers", "broker-1:9092")
        .containsEntry("group.id", "fraud-app")
        .containsEntry("isolation.level", "read_committed")
        .containsEntry("enable.auto.commit", false);
  }

  @Test
  void readsThroughAMeshThatAlreadyDecided() {
    Mesh mesh = Mesh.builder().listener(events::add).build();
    DataProduct product = Orders.product(LOCATION, AccessPolicy.internal());
    mesh.catalog().register(product);
    try (KafkaPortReader reader =
        KafkaPortReader.builder(mesh.reader("orders", "orders-v1", FRAUD))
            .consumerFactory(c -> consumer)
            .build()) {
      assertThat(reader.consumer()).isEqualTo(FRAUD);
    }
    assertThat(events).hasSize(1).allMatch(e -> e instanceof AccessAudited a && a.allowed());
  }

  @Test
  void skipsInvalidRecordsToTheHandlerWithAReasonEach() {
    List<InvalidRecord> skipped = new ArrayList<>();
    deliver(mixed());
    List<ReadRecord> read;
    try (KafkaPortReader reader =
        reader(AccessPolicy.internal(), FRAUD)
            .contract(Orders.V1)
            .contract(Orders.V2)
            .skipInvalid(skipped::add)
            .build()) {
      read = reader.poll(Duration.ofMillis(10));
    }
    assertThat(read)
        .extracting(r -> r.value().get("order_id"))
        .containsExactly("ORD-000001", "ORD-000003");
    assertThat(read).allMatch(ReadRecord::isValid);
    assertThat(read.get(1).contract()).contains(new ContractRef("orders", "2.0.0"));
    assertThat(read.get(0).key()).contains("k0");
    assertThat(skipped)
        .extracting(InvalidRecord::reason)
        .containsExactly(
            InvalidRecord.Reason.BREAKS_CONTRACT,
            InvalidRecord.Reason.UNKNOWN_CONTRACT,
            InvalidRecord.Reason.NO_CONTRACT_HEADERS,
            InvalidRecord.Reason.NOT_A_JSON_OBJECT);
    assertThat(skipped.get(0).describe())
        .isEqualTo("record at orders/0@1 breaks contract orders@1.0.0 [email: pattern]");
    assertThat(skipped.get(1).describe())
        .isEqualTo(
            "record at orders/0@3 names contract orders@9.0.0, which this reader does not know"
                + " [(record): mesh.contract-unknown]");
    assertThat(skipped.get(1).violations().get(0).message())
        .isEqualTo(
            "the record was written under contract orders@9.0.0, which this reader was not given;"
                + " it knows orders@1.0.0, orders@2.0.0");
    assertThat(skipped)
        .allSatisfy(
            s -> {
              assertThat(s.toString()).doesNotContainIgnoringCase(Orders.SECRET_EMAIL);
              assertThat(s.violations().toString()).doesNotContainIgnoringCase(Orders.SECRET_EMAIL);
            });
  }

  @Test
  void failsOnTheFirstInvalidRecordAndRewindsSoNothingIsSkipped() {
    deliver(mixed());
    try (KafkaPortReader reader =
        reader(AccessPolicy.internal(), FRAUD).onInvalid(InvalidRecordPolicy.FAIL).build()) {
      assertThatThrownBy(() -> reader.poll(Duration.ofMillis(10)))
          .isInstanceOf(InvalidRecordException.class)
          .hasMessage(
              "record at orders/0@1 breaks contract orders@1.0.0 [email: pattern]; nothing of this"
                  + " poll was returned and the consumer was rewound to its start")
          .satisfies(
              e ->
                  assertThat(((InvalidRecordException) e).record().position())
                      .isEqualTo(new RecordPosition("orders", 0, 1)));
      assertThat(consumer.position(TP)).isZero();
    }
  }

  @Test
  void warnsAndReturnsInvalidRecordsThatDecode() {
    List<InvalidRecord> undecodable = new ArrayList<>();
    deliver(mixed());
    List<ReadRecord> read;
    try (KafkaPortReader reader =
        reader(AccessPolicy.internal(), FRAUD)
            .skipInvalid(undecodable::add)
            .onInvalid(InvalidRecordPolicy.WARN)
            .build()) {
      read = reader.poll(Duration.ofMillis(10));
    }
    assertThat(read).hasSize(5);
    assertThat(read.get(0).isValid()).isTrue();
    assertThat(read.get(1).violations()).extracting(v -> v.rule()).containsExactly("pattern");
    assertThat(read.get(2).violations())
        .extracting(v -> v.rule())
        .containsExactly("mesh.contract-unknown");
    assertThat(read.get(4).violations())
        .extracting(v -> v.rule())
        .containsExactly("mesh.contract-headers");
    assertThat(read.get(1).toString()).doesNotContainIgnoringCase(Orders.SECRET_EMAIL);
    assertThat(undecodable)
        .extracting(InvalidRecord::reason)
        .containsExactly(InvalidRecord.Reason.NOT_A_JSON_OBJECT);
  }

  @Test
  void refusesSettingsTheReaderOwns() {
    assertThatThrownBy(
            () -> reader(AccessPolicy.internal(), FRAUD).consumerConfig("group.id", "x").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not set 'group.id'");
  }
}
