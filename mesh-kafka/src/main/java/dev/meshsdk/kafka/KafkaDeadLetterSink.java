package dev.meshsdk.kafka;

import dev.meshsdk.contracts.ContractDefinitionException;
import dev.meshsdk.contracts.DataContract;
import dev.meshsdk.contracts.JsonValue;
import dev.meshsdk.contracts.SchemaObject;
import dev.meshsdk.contracts.Violation;
import dev.meshsdk.core.publish.DeadLetter;
import dev.meshsdk.core.publish.DeadLetterSink;
import dev.meshsdk.core.publish.PortRef;
import dev.meshsdk.core.publish.SinkException;
import dev.meshsdk.kafka.internal.BatchProducer;
import dev.meshsdk.kafka.internal.Json;
import dev.meshsdk.kafka.internal.ProducerConfigs;
import dev.meshsdk.kafka.internal.RecordKeys;
import dev.meshsdk.observability.lineage.DatasetName;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Writes a publisher's rejected records to a dead-letter topic.
 *
 * <p>Each dead letter is one Kafka record: the value is the <b>raw record</b> as JSON, exactly as
 * {@link KafkaSink} would have written it (so it can be replayed), the key its primary key when it
 * has one, and the headers say why it was rejected: the port's headers ({@link MeshHeaders}), plus
 * {@link MeshHeaders#DEAD_LETTER_REASON}, {@link MeshHeaders#DEAD_LETTER_RUN_ID}, {@link
 * MeshHeaders#DEAD_LETTER_TIME}, {@link MeshHeaders#DEAD_LETTER_RULES} and {@link
 * MeshHeaders#DEAD_LETTER_VIOLATIONS} (a JSON array of {@code {"rule":"pattern","path":"email"}}).
 * Headers hold rule ids and paths only, never values or violation messages, so they are safe to log
 * and to show in tools whatever the data's classification.
 *
 * <p>The values are not: the topic holds classified values (pii, confidential...) of the rejected
 * records and needs the same protection as the port's topic (ACLs, retention, encryption).
 *
 * <p>Delivery as {@link KafkaSink}: idempotent, {@code acks=all}, a batch of dead letters
 * acknowledged whole or a {@link SinkException} (then the publisher throws: a rejected record is
 * never lost silently), optionally transactional. Thread-safe; close it when done.
 *
 * @param <T> the record type
 */
public final class KafkaDeadLetterSink<T> implements DeadLetterSink<T>, AutoCloseable {
  private final PortRef port;
  private final KafkaLocation location;
  private final RecordKeys keys;
  private final RecordHeaders portHeaders;
  private final BatchProducer producer;

  private KafkaDeadLetterSink(Builder<T> b, KafkaLocation location) {
    this.port = b.port;
    this.location = location;
    this.keys = RecordKeys.of(b.schemaObject);
    this.portHeaders = ProducerConfigs.portHeaders(port);
    this.producer =
        new BatchProducer(
            "Kafka dead-letter sink for topic '" + location.topic() + "' of port " + port,
            ProducerConfigs.producer(
                "KafkaDeadLetterSink",
                location.bootstrapServers(),
                b.transactionalId,
                b.producerConfig),
            b.producerFactory);
  }

  /**
   * A builder for a dead-letter sink of any record the JSON encoder takes.
   *
   * @param port the port whose rejected records are written
   * @param contract the port's contract
   * @param schemaObject the schema object the records are instances of (for the key)
   * @return the builder
   * @throws ContractDefinitionException if the contract has no such schema object
   */
  public static Builder<Object> builder(PortRef port, DataContract contract, String schemaObject) {
    return new Builder<>(port, contract, schemaObject);
  }

  @Override
  public void write(List<? extends DeadLetter<? extends T>> letters) {
    List<ProducerRecord<byte[], byte[]>> records = new ArrayList<>(letters.size());
    for (int i = 0; i < letters.size(); i++) {
      DeadLetter<? extends T> letter = letters.get(i);
      JsonValue json;
      byte[] value;
      try {
        json = Json.toJson(letter.record());
        value = Json.encode(json);
      } catch (RuntimeException e) {
        throw new SinkException(
            "Kafka dead-letter sink for topic '"
                + location.topic()
                + "': cannot write dead letter ["
                + i
                + "] as JSON ("
                + e.getMessage()
                + "); nothing of the "
                + letters.size()
                + " dead letters was sent",
            e);
      }
      records.add(
          new ProducerRecord<>(location.topic(), null, keys.key(json), value, headers(letter)));
    }
    if (!records.isEmpty()) {
      producer.send(records);
    }
  }

  private RecordHeaders headers(DeadLetter<?> letter) {
    RecordHeaders h = new RecordHeaders(portHeaders.toArray());
    h.add(ProducerConfigs.header(MeshHeaders.DEAD_LETTER_REASON, letter.reason().name()));
    h.add(ProducerConfigs.header(MeshHeaders.DEAD_LETTER_RUN_ID, letter.runId().toString()));
    h.add(ProducerConfigs.header(MeshHeaders.DEAD_LETTER_TIME, letter.time().toString()));
    Set<String> rules = new LinkedHashSet<>();
    List<JsonValue> violations = new ArrayList<>(letter.violations().size());
    for (Violation v : letter.violations()) {
      rules.add(v.rule());
      Map<String, JsonValue> m = new LinkedHashMap<>();
      m.put("rule", JsonValue.of(v.rule()));
      m.put("path", JsonValue.of(v.path()));
      violations.add(new JsonValue.Obj(m));
    }
    h.add(ProducerConfigs.header(MeshHeaders.DEAD_LETTER_RULES, String.join(",", rules)));
    h.add(
        ProducerConfigs.header(
            MeshHeaders.DEAD_LETTER_VIOLATIONS, Json.text(new JsonValue.Arr(violations))));
    return h;
  }

  /**
   * The port whose rejected records are written.
   *
   * @return the port
   */
  public PortRef port() {
    return port;
  }

  /**
   * The dead-letter topic and its bootstrap servers.
   *
   * @return the location
   */
  public KafkaLocation location() {
    return location;
  }

  /**
   * The OpenLineage dataset of the dead-letter topic.
   *
   * @return the dataset name
   */
  public DatasetName datasetName() {
    return location.datasetName();
  }

  /** Closes the producer, waiting for records in flight. */
  @Override
  public void close() {
    producer.close();
  }

  @Override
  public String toString() {
    return "KafkaDeadLetterSink[" + location + ", port " + port + "]";
  }

  /**
   * Builds a {@link KafkaDeadLetterSink}. The location (or bootstrap servers and topic) is
   * required.
   *
   * @param <T> the record type
   */
  public static final class Builder<T> extends KafkaProducerSettings<Builder<T>> {
    private final PortRef port;
    private final SchemaObject schemaObject;

    private Builder(PortRef port, DataContract contract, String schemaObject) {
      this.port = Objects.requireNonNull(port, "port");
      Objects.requireNonNull(contract, "contract");
      this.schemaObject =
          KafkaSink.schemaObject(contract, Objects.requireNonNull(schemaObject, "schemaObject"));
    }

    @Override
    Builder<T> self() {
      return this;
    }

    /**
     * Builds the dead-letter sink and its producer.
     *
     * @return the sink
     * @throws IllegalStateException if neither a location nor bootstrap servers and topic were set
     * @throws IllegalArgumentException if a producer setting would weaken the guarantee
     * @throws SinkException if the producer cannot be created or transactions initialised
     */
    public KafkaDeadLetterSink<T> build() {
      return new KafkaDeadLetterSink<>(this, requireLocation("KafkaDeadLetterSink"));
    }
  }
}
