package dev.meshsdk.kafka;

import dev.meshsdk.contracts.ContractDefinitionException;
import dev.meshsdk.contracts.DataContract;
import dev.meshsdk.contracts.JsonValue;
import dev.meshsdk.contracts.SchemaObject;
import dev.meshsdk.core.publish.PortRef;
import dev.meshsdk.core.publish.Sink;
import dev.meshsdk.core.publish.SinkException;
import dev.meshsdk.kafka.internal.BatchProducer;
import dev.meshsdk.kafka.internal.Json;
import dev.meshsdk.kafka.internal.ProducerConfigs;
import dev.meshsdk.kafka.internal.RecordKeys;
import dev.meshsdk.observability.lineage.DatasetName;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Writes a port's valid records to a Kafka topic, for a {@link dev.meshsdk.core.publish.Publisher}.
 *
 * <pre>{@code
 * try (KafkaSink<Object> sink = KafkaSink.builder(port, contract, "orders")
 *         .location("kafka://broker:9092/orders")
 *         .build()) {
 *   Publisher<Map<String, ?>> publisher = Publisher.builder(port, contract, "orders")
 *       .sink(sink).deadLetters(deadLetters).build();
 *   publisher.publish(batch);
 * }
 * }</pre>
 *
 * <p><b>Records.</b> Each record's value is its compact UTF-8 JSON, written as mesh-core's JSON
 * Lines sink writes a line (maps as they are; Java records and beans under the contract's property
 * names). The key is the contract's primary key: the properties with {@code primaryKey: true},
 * ordered by {@code primaryKeyPosition}; one key property gives its value as text, several give the
 * compact JSON array of their values ({@code ["ORD-1",2]}); no primary key gives no key. Headers
 * name the product, its version, the port and the contract ({@link MeshHeaders}).
 *
 * <p><b>Delivery.</b> The producer is idempotent with {@code acks=all}, so the broker's retries
 * never duplicate or reorder a record within a partition, and an acknowledged record is on every
 * in-sync replica. {@link #write} sends the whole batch, flushes, and returns only when every
 * record is acknowledged; if any is not, it throws a {@link SinkException} and the publisher counts
 * the whole batch as failed, none of it written.
 *
 * <p><b>What "nothing counted as written that was not" means here.</b> Kafka cannot take back a
 * record it acknowledged. Without a transactional id, a batch that fails may have left some of its
 * records on the topic: they count as not written (the publisher's statistics never count a record
 * as written that was not), but consumers may read them, and a retry of the batch writes them a
 * second time. With {@link Builder#transactionalId(String)} each batch is one Kafka transaction:
 * committed whole, or aborted so that consumers reading {@code read_committed} (as {@link
 * KafkaPortReader} does) see none of it, and a retry duplicates nothing they read. Transactions
 * serialise batches (one open transaction per producer) and cost a commit round trip per batch.
 *
 * <p>Thread-safe. Close it when done; closing waits for records in flight.
 *
 * @param <T> the record type
 */
public final class KafkaSink<T> implements Sink<T>, AutoCloseable {
  private final PortRef port;
  private final KafkaLocation location;
  private final RecordKeys keys;
  private final Header[] headers;
  private final BatchProducer producer;

  private KafkaSink(Builder<T> b, KafkaLocation location, SchemaObject schemaObject) {
    this.port = b.port;
    this.location = location;
    this.keys = RecordKeys.of(schemaObject);
    this.headers = ProducerConfigs.portHeaders(port).toArray();
    this.producer =
        new BatchProducer(
            "Kafka sink for topic '" + location.topic() + "' of port " + port,
            ProducerConfigs.producer(
                "KafkaSink", location.bootstrapServers(), b.transactionalId, b.producerConfig),
            b.producerFactory);
  }

  /**
   * A builder for a sink of any record the JSON encoder takes (maps, Java records, beans).
   *
   * @param port the port written; its contract id and version must be the contract's
   * @param contract the port's contract
   * @param schemaObject the schema object the records are instances of (its primary key is the
   *     records' key)
   * @return the builder
   * @throws ContractDefinitionException if the contract has no such schema object
   * @throws IllegalArgumentException if the port names another contract or version
   */
  public static Builder<Object> builder(PortRef port, DataContract contract, String schemaObject) {
    return new Builder<>(port, contract, schemaObject);
  }

  /**
   * A builder for a sink of typed records.
   *
   * @param port the port written; its contract id and version must be the contract's
   * @param contract the port's contract
   * @param schemaObject the schema object the records are instances of
   * @param type the record type
   * @param <T> the record type
   * @return the builder
   * @throws ContractDefinitionException if the contract has no such schema object
   * @throws IllegalArgumentException if the port names another contract or version
   */
  public static <T> Builder<T> builder(
      PortRef port, DataContract contract, String schemaObject, Class<T> type) {
    Objects.requireNonNull(type, "type");
    return new Builder<>(port, contract, schemaObject);
  }

  @Override
  public OptionalLong write(List<? extends T> batch) {
    Object[] prepared = new Object[batch.size()];
    byte[][] values;
    int i = 0;
    try {
      for (; i < prepared.length; i++) {
        Object record = batch.get(i);
        prepared[i] = Json.isPlainRecord(record) ? record : Json.toJson(record);
      }
      values = Json.encodeAll(prepared);
    } catch (RuntimeException e) {
      throw new SinkException(
          "Kafka sink for topic '"
              + location.topic()
              + "': cannot write "
              + (i < prepared.length ? "batch[" + i + "]" : "the batch")
              + " as JSON ("
              + e.getMessage()
              + "); nothing of the batch of "
              + batch.size()
              + " was sent",
          e);
    }
    List<ProducerRecord<byte[], byte[]>> records = new ArrayList<>(prepared.length);
    long bytes = 0;
    for (int n = 0; n < prepared.length; n++) {
      byte[] key =
          prepared[n] instanceof JsonValue json
              ? keys.key(json)
              : keys.keyOfPlain((Map<?, ?>) prepared[n]);
      bytes += values[n].length + (key == null ? 0 : key.length);
      records.add(
          new ProducerRecord<>(location.topic(), null, key, values[n], new RecordHeaders(headers)));
    }
    if (records.isEmpty()) {
      return OptionalLong.of(0);
    }
    producer.send(records);
    return OptionalLong.of(bytes);
  }

  /**
   * The port written.
   *
   * @return the port
   */
  public PortRef port() {
    return port;
  }

  /**
   * The topic written and its bootstrap servers.
   *
   * @return the location
   */
  public KafkaLocation location() {
    return location;
  }

  /**
   * The OpenLineage dataset this sink writes: namespace {@code kafka://host:port} (the first
   * bootstrap server), name the topic.
   *
   * @return the dataset name
   */
  public DatasetName datasetName() {
    return location.datasetName();
  }

  /**
   * The key properties, in key order.
   *
   * @return the primary key's property names, empty when the schema object has none
   */
  public List<String> keyProperties() {
    return keys.names();
  }

  /**
   * Whether each batch is a Kafka transaction.
   *
   * @return true when built with a transactional id
   */
  public boolean transactional() {
    return producer.transactional();
  }

  /** Closes the producer, waiting for records in flight. */
  @Override
  public void close() {
    producer.close();
  }

  @Override
  public String toString() {
    return "KafkaSink[" + location + ", port " + port + "]";
  }

  /**
   * Builds a {@link KafkaSink}. The location (or bootstrap servers and topic) is required.
   *
   * @param <T> the record type
   */
  public static final class Builder<T> extends KafkaProducerSettings<Builder<T>> {
    private final PortRef port;
    private final SchemaObject schemaObject;

    private Builder(PortRef port, DataContract contract, String schemaObject) {
      this.port = Objects.requireNonNull(port, "port");
      Objects.requireNonNull(contract, "contract");
      Objects.requireNonNull(schemaObject, "schemaObject");
      port.requireContract(contract);
      this.schemaObject = schemaObject(contract, schemaObject);
    }

    @Override
    Builder<T> self() {
      return this;
    }

    /**
     * Builds the sink and its producer; with a transactional id, initialises transactions.
     *
     * @return the sink
     * @throws IllegalStateException if neither a location nor bootstrap servers and topic were set
     * @throws IllegalArgumentException if a producer setting would weaken the guarantee
     * @throws SinkException if the producer cannot be created or transactions initialised
     */
    public KafkaSink<T> build() {
      return new KafkaSink<>(this, requireLocation("KafkaSink"), schemaObject);
    }
  }

  static SchemaObject schemaObject(DataContract contract, String name) {
    return contract
        .schemaObject(name)
        .orElseThrow(
            () ->
                new ContractDefinitionException(
                    "contract "
                        + contract.id()
                        + "@"
                        + contract.version()
                        + " has no schema object '"
                        + name
                        + "'; it has "
                        + contract.schema().stream().map(SchemaObject::name).toList()));
  }
}
