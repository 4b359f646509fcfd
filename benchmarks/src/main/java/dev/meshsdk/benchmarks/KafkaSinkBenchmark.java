package dev.meshsdk.benchmarks;

import dev.meshsdk.contracts.DataContract;
import dev.meshsdk.contracts.DataContracts;
import dev.meshsdk.core.publish.PortRef;
import dev.meshsdk.kafka.KafkaSink;
import dev.meshsdk.kafka.MeshHeaders;
import dev.meshsdk.testsupport.InProcessKafka;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Records per second into one topic of an in-process KRaft broker: {@link KafkaSink} (JSON
 * encoding, primary-key keys, mesh headers, idempotent {@code acks=all}, send-flush-check per
 * batch) against a plain {@link KafkaProducer} with the same settings sending the same records
 * already encoded (same keys, values and headers), also waiting for every acknowledgement per
 * batch. The target: the sink at least 0.8x the plain producer's throughput.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar KafkaSinkBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class KafkaSinkBenchmark {
  private static final int BATCH = 1000;

  private static final DataContract CONTRACT =
      DataContracts.parse(
          """
          apiVersion: v3.1.0
          kind: DataContract
          id: orders
          version: 1.0.0
          status: active
          schema:
            - name: orders
              properties:
                - {name: order_id, logicalType: string, required: true, primaryKey: true}
                - {name: customer, logicalType: string}
                - {name: email, logicalType: string, classification: pii}
                - {name: amount, logicalType: number}
                - {name: status, logicalType: string}
          """);

  private static final PortRef PORT =
      PortRef.builder()
          .domain("sales")
          .productId("orders")
          .productVersion("1.0.0")
          .portName("orders-v1")
          .contractId("orders")
          .contractVersion("1.0.0")
          .build();

  /** The broker's topic partitions. */
  @Param({"1"})
  public int partitions;

  private @Nullable InProcessKafka kafka;
  private @Nullable KafkaSink<Object> sink;
  private @Nullable KafkaProducer<byte[], byte[]> plain;
  private final List<Map<String, Object>> records = new ArrayList<>(BATCH);
  private final List<ProducerRecord<byte[], byte[]>> encoded = new ArrayList<>(BATCH);

  /** Creates a public constructor for JMH. */
  public KafkaSinkBenchmark() {}

  /**
   * Starts the broker, creates the topics, builds the sink and the plain producer, encodes the
   * records for the plain producer.
   *
   * @throws Exception if the broker does not start
   */
  @Setup(Level.Trial)
  public void setUp() throws Exception {
    InProcessKafka k = InProcessKafka.start();
    kafka = k;
    k.createTopics(partitions, "sink", "plain");
    sink =
        KafkaSink.builder(PORT, CONTRACT, "orders")
            .bootstrapServers(k.bootstrapServers())
            .topic("sink")
            .build();
    Map<String, Object> config = new LinkedHashMap<>();
    config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, k.bootstrapServers());
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
    config.put(ProducerConfig.BATCH_SIZE_CONFIG, 64 * 1024);
    config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    plain = new KafkaProducer<>(config);
    RecordHeaders headers = new RecordHeaders();
    headers.add(MeshHeaders.PRODUCT_ID, utf8(PORT.productId()));
    headers.add(MeshHeaders.PRODUCT_VERSION, utf8(PORT.productVersion()));
    headers.add(MeshHeaders.PORT, utf8(PORT.portName()));
    headers.add(MeshHeaders.CONTRACT_ID, utf8(PORT.contractId()));
    headers.add(MeshHeaders.CONTRACT_VERSION, utf8(PORT.contractVersion()));
    for (int n = 0; n < BATCH; n++) {
      Map<String, Object> o = new LinkedHashMap<>();
      String id = String.format("ORD-%08d", n);
      o.put("order_id", id);
      o.put("customer", "CUST-" + (n % 97));
      o.put("email", "customer" + (n % 97) + "@example.com");
      o.put("amount", new BigDecimal("123.45"));
      o.put("status", "PLACED");
      records.add(o);
      String json =
          "{\"order_id\":\""
              + id
              + "\",\"customer\":\"CUST-"
              + (n % 97)
              + "\",\"email\":\"customer"
              + (n % 97)
              + "@example.com\",\"amount\":123.45,\"status\":\"PLACED\"}";
      encoded.add(
          new ProducerRecord<>(
              "plain", null, utf8(id), utf8(json), new RecordHeaders(headers.toArray())));
    }
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * One batch through the sink.
   *
   * @return the bytes written
   */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public OptionalLong sink() {
    KafkaSink<Object> s = sink;
    if (s == null) {
      throw new IllegalStateException("not set up");
    }
    return s.write(records);
  }

  /**
   * The same batch, pre-encoded, through a plain producer: send all, flush, check every send.
   *
   * @return the last record's offset
   * @throws Exception if a send failed
   */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public long plainProducer() throws Exception {
    KafkaProducer<byte[], byte[]> p = plain;
    if (p == null) {
      throw new IllegalStateException("not set up");
    }
    List<Future<RecordMetadata>> futures = new ArrayList<>(BATCH);
    for (ProducerRecord<byte[], byte[]> r : encoded) {
      futures.add(p.send(r));
    }
    p.flush();
    long last = -1;
    for (Future<RecordMetadata> f : futures) {
      try {
        last = f.get().offset();
      } catch (ExecutionException e) {
        throw new IllegalStateException("send failed", e.getCause());
      }
    }
    return last;
  }

  /** Closes the producers and stops the broker. */
  @TearDown(Level.Trial)
  public void tearDown() {
    if (sink != null) {
      sink.close();
    }
    if (plain != null) {
      plain.close();
    }
    if (kafka != null) {
      try {
        kafka.close();
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException("deleting the broker's log folder", e);
      }
    }
  }
}
