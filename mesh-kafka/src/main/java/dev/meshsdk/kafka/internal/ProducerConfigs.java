package dev.meshsdk.kafka.internal;

import dev.meshsdk.core.publish.PortRef;
import dev.meshsdk.kafka.MeshHeaders;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.jspecify.annotations.Nullable;

/** The producer configuration meshsdk's sinks run with, and the headers they share. */
public final class ProducerConfigs {
  private ProducerConfigs() {}

  /**
   * The configuration: the caller's settings over these defaults, with the guarantees meshsdk
   * relies on enforced: {@code acks=all}, {@code enable.idempotence=true}, byte-array serializers.
   *
   * @param owner the builder's name for messages, such as {@code KafkaSink}
   * @param bootstrapServers the bootstrap servers
   * @param transactionalId the transactional id, or null
   * @param extra the caller's settings
   * @return the configuration
   * @throws IllegalArgumentException if a setting would weaken a guarantee
   */
  public static Map<String, Object> producer(
      String owner,
      String bootstrapServers,
      @Nullable String transactionalId,
      Map<String, Object> extra) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put(ProducerConfig.LINGER_MS_CONFIG, 5);
    c.put(ProducerConfig.BATCH_SIZE_CONFIG, 64 * 1024);
    c.putAll(extra);
    check(owner, c, ProducerConfig.ACKS_CONFIG, "all", "-1");
    check(owner, c, ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
    for (String k :
        new String[] {
          ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
          ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
          ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
          ProducerConfig.TRANSACTIONAL_ID_CONFIG
        }) {
      if (c.containsKey(k)) {
        throw new IllegalArgumentException(
            owner
                + ".producerConfig must not set '"
                + k
                + "': the sink sets it (use bootstrapServers/location and transactionalId)");
      }
    }
    c.put(ProducerConfig.ACKS_CONFIG, "all");
    c.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    c.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    c.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    c.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    if (transactionalId != null) {
      c.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
    }
    return c;
  }

  private static void check(String owner, Map<String, Object> c, String key, String... allowed) {
    Object v = c.get(key);
    if (v == null) {
      return;
    }
    String s = v.toString().trim().toLowerCase(Locale.ROOT);
    for (String a : allowed) {
      if (a.equals(s)) {
        return;
      }
    }
    throw new IllegalArgumentException(
        owner
            + ".producerConfig '"
            + key
            + "' must be "
            + String.join(" or ", allowed)
            + " (the sink's delivery guarantee depends on it): was '"
            + v
            + "'");
  }

  /**
   * Kafka's own producer.
   *
   * @param config the configuration
   * @return the producer
   */
  public static Producer<byte[], byte[]> kafkaProducer(Map<String, Object> config) {
    return new KafkaProducer<>(config);
  }

  /**
   * The headers every record of a port carries.
   *
   * @param port the port
   * @return the headers (callers copy them per record)
   */
  public static RecordHeaders portHeaders(PortRef port) {
    Objects.requireNonNull(port, "port");
    RecordHeaders h = new RecordHeaders();
    h.add(header(MeshHeaders.PRODUCT_ID, port.productId()));
    h.add(header(MeshHeaders.PRODUCT_VERSION, port.productVersion()));
    h.add(header(MeshHeaders.PORT, port.portName()));
    h.add(header(MeshHeaders.CONTRACT_ID, port.contractId()));
    h.add(header(MeshHeaders.CONTRACT_VERSION, port.contractVersion()));
    return h;
  }

  /**
   * A text header.
   *
   * @param name the name
   * @param value the value
   * @return the header
   */
  public static RecordHeader header(String name, String value) {
    return new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8));
  }
}
