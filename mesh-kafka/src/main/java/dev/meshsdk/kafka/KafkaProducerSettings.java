package dev.meshsdk.kafka;

import dev.meshsdk.kafka.internal.ProducerConfigs;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.apache.kafka.clients.producer.Producer;
import org.jspecify.annotations.Nullable;

/**
 * The settings that {@link KafkaSink.Builder} and {@link KafkaDeadLetterSink.Builder} share: where
 * to write (location, or bootstrap servers and topic), an optional transactional id, producer
 * settings and the producer factory. Package-private: its public methods are the builders' own.
 *
 * @param <B> the builder type, returned by every setter
 */
abstract class KafkaProducerSettings<B extends KafkaProducerSettings<B>> {
  @Nullable String bootstrapServers;
  @Nullable String topic;
  @Nullable String transactionalId;
  final Map<String, Object> producerConfig = new LinkedHashMap<>();
  Function<Map<String, Object>, Producer<byte[], byte[]>> producerFactory =
      ProducerConfigs::kafkaProducer;

  KafkaProducerSettings() {}

  /** This builder, typed as itself. */
  abstract B self();

  /**
   * Sets bootstrap servers and topic from an output port's location.
   *
   * @param location {@code kafka://host:port/topic}
   * @return this builder
   * @throws IllegalArgumentException if it is not such a URI
   */
  public B location(String location) {
    return location(KafkaLocation.parse(location));
  }

  /**
   * Sets bootstrap servers and topic.
   *
   * @param location the location
   * @return this builder
   */
  public B location(KafkaLocation location) {
    Objects.requireNonNull(location, "location");
    this.bootstrapServers = location.bootstrapServers();
    this.topic = location.topic();
    return self();
  }

  /**
   * Sets the bootstrap servers (several brokers, where the location names one).
   *
   * @param bootstrapServers such as {@code broker1:9092,broker2:9092}
   * @return this builder
   */
  public B bootstrapServers(String bootstrapServers) {
    this.bootstrapServers = notBlank(bootstrapServers, "bootstrapServers");
    return self();
  }

  /**
   * Sets the topic.
   *
   * @param topic the topic
   * @return this builder
   */
  public B topic(String topic) {
    this.topic = notBlank(topic, "topic");
    return self();
  }

  /**
   * Makes every batch one Kafka transaction under this id. The id must be unique per producing
   * instance (a port's sink and its dead-letter sink need two) and stable across its restarts (a
   * new producer with the same id fences the old).
   *
   * @param transactionalId the transactional id
   * @return this builder
   */
  public B transactionalId(String transactionalId) {
    this.transactionalId = notBlank(transactionalId, "transactionalId");
    return self();
  }

  /**
   * Adds a producer setting ({@code linger.ms}, {@code compression.type}, security settings...).
   * Settings that would weaken the delivery guarantee ({@code acks} other than {@code all}, {@code
   * enable.idempotence=false}) and those the sink sets itself (serializers, bootstrap servers,
   * transactional id) are refused when the sink is built.
   *
   * @param key the setting
   * @param value its value
   * @return this builder
   */
  public B producerConfig(String key, Object value) {
    producerConfig.put(notBlank(key, "producerConfig key"), Objects.requireNonNull(value, key));
    return self();
  }

  /**
   * Adds producer settings, as {@link #producerConfig(String, Object)}.
   *
   * @param settings the settings
   * @return this builder
   */
  public B producerConfig(Map<String, ?> settings) {
    settings.forEach(this::producerConfig);
    return self();
  }

  /**
   * Sets how the producer is made from its configuration (default: {@code new KafkaProducer<>
   * (config)}); for instrumented producers and tests.
   *
   * @param factory the factory
   * @return this builder
   */
  public B producerFactory(Function<Map<String, Object>, Producer<byte[], byte[]>> factory) {
    this.producerFactory = Objects.requireNonNull(factory, "producerFactory");
    return self();
  }

  /**
   * The location set, for {@code build()}.
   *
   * @param sink the sink's name, for the message
   * @return the location
   * @throws IllegalStateException if neither a location nor bootstrap servers and topic were set
   */
  final KafkaLocation requireLocation(String sink) {
    if (bootstrapServers == null || topic == null) {
      throw new IllegalStateException(
          sink + ".location (or bootstrapServers and topic) is required but was not set");
    }
    return new KafkaLocation(bootstrapServers, topic);
  }

  static String notBlank(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value;
  }
}
