package dev.meshsdk.kafka;

import dev.meshsdk.contracts.ContractDefinitionException;
import dev.meshsdk.contracts.DataContract;
import dev.meshsdk.contracts.RecordValidator;
import dev.meshsdk.contracts.ValidationResult;
import dev.meshsdk.contracts.Violation;
import dev.meshsdk.core.AccessDecision;
import dev.meshsdk.core.AccessDeniedException;
import dev.meshsdk.core.ConsumerIdentity;
import dev.meshsdk.core.DataProduct;
import dev.meshsdk.core.Mesh;
import dev.meshsdk.core.OutputPort;
import dev.meshsdk.core.ProductDefinitionException;
import dev.meshsdk.core.event.AccessAudited;
import dev.meshsdk.core.event.MeshListener;
import dev.meshsdk.kafka.internal.Json;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads an output port's topic for one consumer, after the port's access policy allowed it, and
 * validates every record against the contract version its headers name.
 *
 * <pre>{@code
 * try (KafkaPortReader reader =
 *     KafkaPortReader.builder(orders, "orders-v1", ConsumerIdentity.of("fraud-app", "finance"))
 *         .listener(audit)                       // receives the AccessAudited event
 *         .contract(ordersV1).contract(ordersV2) // the versions producers may write under
 *         .skipInvalid(quarantine::add)
 *         .build()) {                            // AccessDeniedException if the policy denies
 *   for (ReadRecord r : reader.poll(Duration.ofSeconds(1))) { ... }
 *   reader.commit();
 * }
 * }</pre>
 *
 * <p><b>Access first.</b> {@link Builder#build()} asks the port's {@link
 * dev.meshsdk.core.AccessPolicy} before anything touches Kafka, tells the listeners an {@link
 * AccessAudited} event, allowed or denied, and throws {@link AccessDeniedException} when denied. A
 * reader built from a {@link Mesh.PortReader} was already allowed and audited by the mesh.
 *
 * <p><b>Validation by version.</b> Each record names the contract it was written under in its
 * {@link MeshHeaders#CONTRACT_ID} and {@link MeshHeaders#CONTRACT_VERSION} headers ({@link
 * KafkaSink} and {@link ContractSerializer} write them). The reader validates it against that
 * version from the contracts it was given (by default the port's own); a record naming a version it
 * does not know, without the headers, or that is not a JSON object is invalid with a reason that
 * says so ({@link InvalidRecord.Reason}). Invalid records are routed by the {@link
 * InvalidRecordPolicy}.
 *
 * <p><b>Consumer.</b> A Kafka consumer in group {@link Builder#groupId(String)} (default: the
 * consumer id), subscribed to the topic, {@code isolation.level=read_committed} (aborted
 * transactions of a transactional {@link KafkaSink} are never read), {@code
 * auto.offset.reset=earliest} and no auto-commit: call {@link #commit()} after processing. Not
 * thread-safe, like the Kafka consumer it wraps: one reader per thread.
 */
public final class KafkaPortReader implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(KafkaPortReader.class);

  private final OutputPort port;
  private final ConsumerIdentity consumer;
  private final KafkaLocation location;
  private final Map<ContractRef, RecordValidator<Map<String, ?>>> validators;
  private final InvalidRecordPolicy policy;
  private final InvalidRecordHandler handler;
  private final Consumer<byte[], byte[]> kafka;

  private KafkaPortReader(
      Builder b,
      KafkaLocation location,
      Map<ContractRef, RecordValidator<Map<String, ?>>> validators,
      Consumer<byte[], byte[]> kafka) {
    this.port = b.port;
    this.consumer = b.consumer;
    this.location = location;
    this.validators = validators;
    this.policy = b.policy;
    this.handler = b.handler;
    this.kafka = kafka;
  }

  /**
   * A builder for a consumer reading a product's output port; {@link Builder#build()} checks the
   * port's access policy.
   *
   * @param product the product
   * @param portName the output port's name
   * @param consumer who reads, and for which purpose
   * @return the builder
   * @throws ProductDefinitionException if the product has no such port
   */
  public static Builder builder(DataProduct product, String portName, ConsumerIdentity consumer) {
    Objects.requireNonNull(product, "product");
    Objects.requireNonNull(portName, "portName");
    Objects.requireNonNull(consumer, "consumer");
    OutputPort port =
        product
            .outputPort(portName)
            .orElseThrow(
                () ->
                    new ProductDefinitionException(
                        "DataProduct '" + product.id() + "'",
                        "outputPorts",
                        "port-exists",
                        "there is no output port named '"
                            + portName
                            + "'; it has "
                            + product.outputPorts().stream().map(OutputPort::name).toList()));
    return new Builder(product, port, consumer, false);
  }

  /**
   * A builder for a reader the mesh already allowed (and audited): from {@link Mesh#reader}.
   *
   * @param granted the mesh's reader
   * @return the builder
   */
  public static Builder builder(Mesh.PortReader granted) {
    Objects.requireNonNull(granted, "granted");
    return new Builder(granted.product(), granted.port(), granted.consumer(), true);
  }

  /**
   * Polls the topic once and returns the records to process: the valid ones and, under {@link
   * InvalidRecordPolicy#WARN}, the invalid ones that decode.
   *
   * @param timeout how long to wait for records
   * @return the records, in partition order (empty when none arrived)
   * @throws InvalidRecordException under {@link InvalidRecordPolicy#FAIL} for the first invalid
   *     record; nothing of the poll is returned and the consumer is rewound to its start
   */
  public List<ReadRecord> poll(Duration timeout) {
    ConsumerRecords<byte[], byte[]> polled = kafka.poll(Objects.requireNonNull(timeout, "timeout"));
    List<ReadRecord> out = new ArrayList<>(polled.count());
    try {
      for (ConsumerRecord<byte[], byte[]> r : polled) {
        route(r, out);
      }
    } catch (RuntimeException e) {
      rewind(polled);
      throw e;
    }
    return out;
  }

  private void route(ConsumerRecord<byte[], byte[]> r, List<ReadRecord> out) {
    RecordPosition position = new RecordPosition(r.topic(), r.partition(), r.offset());
    Optional<String> key =
        Optional.ofNullable(r.key()).map(k -> new String(k, StandardCharsets.UTF_8));
    Optional<ContractRef> contract = MeshHeaders.contract(r.headers());
    byte[] bytes = r.value() == null ? new byte[0] : r.value();
    Optional<Map<String, Object>> decoded = Json.decodeObject(bytes);
    InvalidRecord.Reason reason;
    List<Violation> violations;
    if (decoded.isEmpty()) {
      reason = InvalidRecord.Reason.NOT_A_JSON_OBJECT;
      violations =
          List.of(
              new Violation(
                  "",
                  "mesh.json-object",
                  "the value is not one UTF-8 JSON object (content hidden)"));
    } else if (contract.isEmpty()) {
      reason = InvalidRecord.Reason.NO_CONTRACT_HEADERS;
      violations =
          List.of(
              new Violation(
                  "",
                  "mesh.contract-headers",
                  "the record has no "
                      + MeshHeaders.CONTRACT_ID
                      + " and "
                      + MeshHeaders.CONTRACT_VERSION
                      + " headers, so its contract version is unknown"));
    } else if (!validators.containsKey(contract.get())) {
      reason = InvalidRecord.Reason.UNKNOWN_CONTRACT;
      violations =
          List.of(
              new Violation(
                  "",
                  "mesh.contract-unknown",
                  "the record was written under contract "
                      + contract.get()
                      + ", which this reader was not given; it knows "
                      + validators.keySet().stream()
                          .map(ContractRef::toString)
                          .sorted()
                          .collect(Collectors.joining(", "))));
    } else {
      ValidationResult result = validators.get(contract.get()).validate(decoded.get());
      if (result.isValid()) {
        out.add(new ReadRecord(position, key, decoded.get(), contract, List.of()));
        return;
      }
      reason = InvalidRecord.Reason.BREAKS_CONTRACT;
      violations = result.violations();
    }
    InvalidRecord invalid = new InvalidRecord(position, key, bytes, contract, reason, violations);
    switch (policy) {
      case FAIL -> throw new InvalidRecordException(invalid);
      case WARN -> {
        if (decoded.isPresent()) {
          LOG.warn("Port {}: {}; returned anyway (policy WARN)", port.name(), invalid.describe());
          out.add(new ReadRecord(position, key, decoded.get(), contract, violations));
        } else {
          handler.onInvalid(invalid);
        }
      }
      case SKIP -> handler.onInvalid(invalid);
    }
  }

  private void rewind(ConsumerRecords<byte[], byte[]> polled) {
    for (TopicPartition tp : polled.partitions()) {
      List<ConsumerRecord<byte[], byte[]>> records = polled.records(tp);
      if (!records.isEmpty()) {
        kafka.seek(tp, records.get(0).offset());
      }
    }
  }

  /** Commits the positions of the records returned so far (synchronously). */
  public void commit() {
    kafka.commitSync();
  }

  /**
   * The port read.
   *
   * @return the output port
   */
  public OutputPort port() {
    return port;
  }

  /**
   * Who reads.
   *
   * @return the consumer the access policy allowed
   */
  public ConsumerIdentity consumer() {
    return consumer;
  }

  /**
   * The topic read and its bootstrap servers.
   *
   * @return the location
   */
  public KafkaLocation location() {
    return location;
  }

  /**
   * What happens to invalid records.
   *
   * @return the policy
   */
  public InvalidRecordPolicy policy() {
    return policy;
  }

  /**
   * The contract versions records are validated against.
   *
   * @return the contracts, sorted by id and version
   */
  public List<ContractRef> contracts() {
    return validators.keySet().stream()
        .sorted(java.util.Comparator.comparing(ContractRef::id).thenComparing(ContractRef::version))
        .toList();
  }

  /** Closes the Kafka consumer. */
  @Override
  public void close() {
    kafka.close();
  }

  @Override
  public String toString() {
    return "KafkaPortReader[" + location + ", port " + port.name() + ", " + consumer + "]";
  }

  /** Builds a {@link KafkaPortReader}; {@link #build()} checks access first. */
  public static final class Builder {
    private final DataProduct product;
    private final OutputPort port;
    private final ConsumerIdentity consumer;
    private final boolean granted;
    private final List<MeshListener> listeners = new ArrayList<>();
    private Clock clock = Clock.systemUTC();
    private @Nullable String bootstrapServers;
    private @Nullable String topic;
    private @Nullable String groupId;
    private final Map<ContractRef, DataContract> contracts = new LinkedHashMap<>();
    private @Nullable String schemaObject;
    private InvalidRecordPolicy policy = InvalidRecordPolicy.SKIP;
    private InvalidRecordHandler handler = Builder::logInvalid;
    private final Map<String, Object> consumerConfig = new LinkedHashMap<>();
    private Function<Map<String, Object>, Consumer<byte[], byte[]>> consumerFactory =
        KafkaConsumer::new;

    private Builder(
        DataProduct product, OutputPort port, ConsumerIdentity consumer, boolean granted) {
      this.product = product;
      this.port = port;
      this.consumer = consumer;
      this.granted = granted;
    }

    private static void logInvalid(InvalidRecord r) {
      LOG.warn("{}; skipped (policy SKIP)", r.describe());
    }

    /**
     * Adds a listener that receives the {@link AccessAudited} event of {@link #build()}.
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder listener(MeshListener listener) {
      listeners.add(Objects.requireNonNull(listener, "listener"));
      return this;
    }

    /**
     * Sets the clock of the audit event (default {@link Clock#systemUTC()}).
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Sets bootstrap servers and topic (default: the port's location).
     *
     * @param location {@code kafka://host:port/topic}
     * @return this builder
     */
    public Builder location(String location) {
      KafkaLocation l = KafkaLocation.parse(location);
      this.bootstrapServers = l.bootstrapServers();
      this.topic = l.topic();
      return this;
    }

    /**
     * Sets the bootstrap servers (default: from the port's location).
     *
     * @param bootstrapServers such as {@code broker1:9092,broker2:9092}
     * @return this builder
     */
    public Builder bootstrapServers(String bootstrapServers) {
      this.bootstrapServers = KafkaProducerSettings.notBlank(bootstrapServers, "bootstrapServers");
      return this;
    }

    /**
     * Sets the topic (default: from the port's location).
     *
     * @param topic the topic
     * @return this builder
     */
    public Builder topic(String topic) {
      this.topic = KafkaProducerSettings.notBlank(topic, "topic");
      return this;
    }

    /**
     * Sets the consumer group (default: the consumer's id).
     *
     * @param groupId the group id
     * @return this builder
     */
    public Builder groupId(String groupId) {
      this.groupId = KafkaProducerSettings.notBlank(groupId, "groupId");
      return this;
    }

    /**
     * Adds a contract version records may be written under. When none is added, the port's own
     * contract is used.
     *
     * @param contract the contract
     * @return this builder
     */
    public Builder contract(DataContract contract) {
      Objects.requireNonNull(contract, "contract");
      contracts.put(ContractRef.of(contract), contract);
      return this;
    }

    /**
     * Sets the schema object records are instances of (default: the port's published one).
     *
     * @param schemaObject the schema object's name, the same in every contract version
     * @return this builder
     */
    public Builder schemaObject(String schemaObject) {
      this.schemaObject = KafkaProducerSettings.notBlank(schemaObject, "schemaObject");
      return this;
    }

    /**
     * Skips invalid records, handing each to a handler (the default policy; the default handler
     * logs position, reason, rule ids and paths).
     *
     * @param handler the handler
     * @return this builder
     */
    public Builder skipInvalid(InvalidRecordHandler handler) {
      this.policy = InvalidRecordPolicy.SKIP;
      this.handler = Objects.requireNonNull(handler, "handler");
      return this;
    }

    /**
     * Sets the policy for invalid records; the handler stays as set.
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder onInvalid(InvalidRecordPolicy policy) {
      this.policy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Adds a consumer setting. The reader sets the deserializers, bootstrap servers and group id
     * itself; those are refused when the reader is built.
     *
     * @param key the setting
     * @param value its value
     * @return this builder
     */
    public Builder consumerConfig(String key, Object value) {
      consumerConfig.put(
          KafkaProducerSettings.notBlank(key, "consumerConfig key"),
          Objects.requireNonNull(value, key));
      return this;
    }

    /**
     * Sets how the Kafka consumer is made from its configuration (default {@code new
     * KafkaConsumer<>(config)}); for instrumented consumers and tests.
     *
     * @param factory the factory
     * @return this builder
     */
    public Builder consumerFactory(
        Function<Map<String, Object>, Consumer<byte[], byte[]>> factory) {
      this.consumerFactory = Objects.requireNonNull(factory, "consumerFactory");
      return this;
    }

    /**
     * Checks access, then compiles the contracts and subscribes the consumer.
     *
     * @return the reader
     * @throws AccessDeniedException if the port's access policy denies the consumer (after the
     *     listeners saw the {@link AccessAudited} event)
     * @throws ProductDefinitionException if the port has no contract given or loaded, or no schema
     *     object can be chosen
     * @throws ContractDefinitionException if a contract has no such schema object
     * @throws IllegalArgumentException if there is no Kafka location or a consumer setting is
     *     refused
     */
    public KafkaPortReader build() {
      if (!granted) {
        checkAccess();
      }
      KafkaLocation location = location();
      Map<ContractRef, DataContract> known = new LinkedHashMap<>(contracts);
      if (known.isEmpty()) {
        port.contract().ifPresent(c -> known.put(ContractRef.of(c), c));
      }
      String subject = "KafkaPortReader for port '" + port.name() + "'";
      if (known.isEmpty()) {
        throw new ProductDefinitionException(
            subject,
            "contract",
            "contract-present",
            "the port's contract is not loaded and none was given; add contract(...)");
      }
      String object =
          schemaObject != null
              ? schemaObject
              : port.publishedSchemaObject()
                  .map(o -> o.name())
                  .orElseThrow(
                      () ->
                          new ProductDefinitionException(
                              subject,
                              "schemaObject",
                              "schema-object-present",
                              "the port names no schema object; set schemaObject(...)"));
      Map<ContractRef, RecordValidator<Map<String, ?>>> validators = new LinkedHashMap<>();
      known.forEach(
          (ref, c) -> {
            KafkaSink.schemaObject(c, object);
            validators.put(ref, RecordValidator.of(c, object));
          });
      Map<String, Object> config = new LinkedHashMap<>();
      config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
      config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
      config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
      for (String k : consumerConfig.keySet()) {
        if (k.equals(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG)
            || k.equals(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG)
            || k.equals(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG)
            || k.equals(ConsumerConfig.GROUP_ID_CONFIG)) {
          throw new IllegalArgumentException(
              "KafkaPortReader.consumerConfig must not set '"
                  + k
                  + "': the reader sets it (use location/bootstrapServers and groupId)");
        }
      }
      config.putAll(consumerConfig);
      config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, location.bootstrapServers());
      config.put(ConsumerConfig.GROUP_ID_CONFIG, groupId != null ? groupId : consumer.consumerId());
      config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
      config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
      Consumer<byte[], byte[]> kafka = consumerFactory.apply(config);
      try {
        kafka.subscribe(List.of(location.topic()));
      } catch (RuntimeException e) {
        kafka.close();
        throw e;
      }
      return new KafkaPortReader(this, location, Map.copyOf(validators), kafka);
    }

    private KafkaLocation location() {
      if (bootstrapServers != null && topic != null) {
        return new KafkaLocation(bootstrapServers, topic);
      }
      KafkaLocation fromPort = KafkaLocation.of(port);
      return new KafkaLocation(
          bootstrapServers != null ? bootstrapServers : fromPort.bootstrapServers(),
          topic != null ? topic : fromPort.topic());
    }

    private void checkAccess() {
      AccessDecision decision = port.access().decide(consumer);
      String version = product.version().orElse("");
      AccessAudited event =
          new AccessAudited(
              product.id(), version, port.name(), consumer, decision, clock.instant());
      for (MeshListener l : listeners) {
        try {
          l.onEvent(event);
        } catch (RuntimeException e) {
          LOG.warn(
              "Listener {} failed on AccessAudited; the access decision stands",
              l.getClass().getName(),
              e);
        }
      }
      if (!decision.isAllowed()) {
        throw new AccessDeniedException(
            product.id() + "@" + version + "#" + port.name(), consumer, decision);
      }
    }
  }
}
