package dev.meshsdk.kafka;

import dev.meshsdk.contracts.DataContract;
import dev.meshsdk.contracts.RecordValidator;
import dev.meshsdk.contracts.ValidationResult;
import dev.meshsdk.kafka.internal.Json;
import dev.meshsdk.kafka.internal.ProducerConfigs;
import dev.meshsdk.kafka.internal.SerdeConfig;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Serializer;
import org.jspecify.annotations.Nullable;

/**
 * A Kafka {@link Serializer} that validates each record against a contract before encoding it as
 * compact UTF-8 JSON (the same bytes {@link KafkaSink} writes), for teams that keep their own
 * producers.
 *
 * <p>An invalid record is not encoded: {@code serialize} throws a {@link
 * ContractSerializationException} naming the topic, the contract, and every violation's path and
 * rule (never a value), and {@code KafkaProducer.send} throws it to the caller before anything is
 * sent. When the producer passes headers, the serializer adds {@link MeshHeaders#CONTRACT_ID} and
 * {@link MeshHeaders#CONTRACT_VERSION}, so that a {@link KafkaPortReader} knows which version to
 * validate against. A null record (a tombstone) is passed through as null.
 *
 * <p>Configure it in code with a constructor, or by Kafka's settings with the no-argument
 * constructor (as {@code value.serializer} class name):
 *
 * <pre>{@code
 * props.put("value.serializer", ContractSerializer.class.getName());
 * props.put(ContractSerializer.CONTRACT_RESOURCE, "contracts/orders.odcs.yaml"); // or CONTRACT_PATH
 * props.put(ContractSerializer.SCHEMA_OBJECT, "orders");  // optional with one schema object
 * props.put(ContractSerializer.RECORD_CLASS, Order.class.getName()); // optional: typed records
 * }</pre>
 *
 * <p>Thread-safe once configured.
 *
 * @param <T> the record type: {@code Map<String, ?>}, or the Java record or bean type
 */
public final class ContractSerializer<T> implements Serializer<T> {
  /** Setting: the contract as a class-path resource, such as {@code contracts/orders.odcs.yaml}. */
  public static final String CONTRACT_RESOURCE = SerdeConfig.CONTRACT_RESOURCE;

  /** Setting: the contract as a file path. */
  public static final String CONTRACT_PATH = SerdeConfig.CONTRACT_PATH;

  /** Setting: the schema object's name; optional when the contract has exactly one. */
  public static final String SCHEMA_OBJECT = SerdeConfig.SCHEMA_OBJECT;

  /** Setting: the Java record or bean class of typed records; maps when absent. */
  public static final String RECORD_CLASS = SerdeConfig.RECORD_CLASS;

  private @Nullable RecordValidator<T> validator;

  /** A serializer to configure through {@link #configure(Map, boolean)}, as Kafka does. */
  public ContractSerializer() {}

  /**
   * A serializer around a compiled validator.
   *
   * @param validator the validator: its contract and schema object are the ones checked
   */
  public ContractSerializer(RecordValidator<T> validator) {
    this.validator = Objects.requireNonNull(validator, "validator");
  }

  /**
   * A serializer of JSON-like map records.
   *
   * @param contract the contract
   * @param schemaObject the schema object the records are instances of
   * @return the serializer
   * @throws dev.meshsdk.contracts.ContractDefinitionException if there is no such schema object
   */
  public static ContractSerializer<Map<String, ?>> forMaps(
      DataContract contract, String schemaObject) {
    return new ContractSerializer<>(RecordValidator.of(contract, schemaObject));
  }

  /**
   * A serializer of typed records.
   *
   * @param contract the contract
   * @param schemaObject the schema object the records are instances of
   * @param type the Java record or bean type
   * @param <T> the record type
   * @return the serializer
   * @throws dev.meshsdk.contracts.ContractDefinitionException if the type does not fit
   */
  public static <T> ContractSerializer<T> forType(
      DataContract contract, String schemaObject, Class<T> type) {
    return new ContractSerializer<>(RecordValidator.of(contract, schemaObject, type));
  }

  /**
   * Reads the contract from the settings ({@link #CONTRACT_RESOURCE} or {@link #CONTRACT_PATH},
   * {@link #SCHEMA_OBJECT}, {@link #RECORD_CLASS}); does nothing for a serializer built with a
   * validator.
   *
   * @param configs the producer's settings
   * @param isKey whether this serializes keys
   * @throws org.apache.kafka.common.config.ConfigException for missing or bad settings
   * @throws dev.meshsdk.contracts.ContractFormatException if the contract cannot be parsed
   */
  @Override
  @SuppressWarnings("unchecked")
  public void configure(Map<String, ?> configs, boolean isKey) {
    if (validator == null) {
      validator = (RecordValidator<T>) SerdeConfig.validator(configs, true);
    }
  }

  @Override
  public byte @Nullable [] serialize(String topic, @Nullable T data) {
    return encode(topic, data);
  }

  @Override
  public byte @Nullable [] serialize(String topic, Headers headers, @Nullable T data) {
    byte[] bytes = encode(topic, data);
    if (bytes != null && headers != null) {
      RecordValidator<T> v = validator();
      headers.remove(MeshHeaders.CONTRACT_ID);
      headers.remove(MeshHeaders.CONTRACT_VERSION);
      headers.add(ProducerConfigs.header(MeshHeaders.CONTRACT_ID, v.contract().id()));
      headers.add(ProducerConfigs.header(MeshHeaders.CONTRACT_VERSION, v.contract().version()));
    }
    return bytes;
  }

  private byte @Nullable [] encode(String topic, @Nullable T data) {
    if (data == null) {
      return null;
    }
    RecordValidator<T> v = validator();
    ValidationResult result;
    try {
      result = v.validate(data);
    } catch (RuntimeException e) {
      throw new SerializationException(
          "topic '"
              + topic
              + "': cannot validate the record against contract "
              + ContractRef.of(v.contract())
              + ": "
              + e.getMessage(),
          e);
    }
    if (!result.isValid()) {
      throw new ContractSerializationException(
          topic, ContractRef.of(v.contract()), v.schemaObject().name(), result.violations());
    }
    try {
      return Json.encode(Json.toJson(data));
    } catch (RuntimeException e) {
      throw new SerializationException(
          "topic '" + topic + "': cannot write the record as JSON: " + e.getMessage(), e);
    }
  }

  private RecordValidator<T> validator() {
    RecordValidator<T> v = validator;
    if (v == null) {
      throw new IllegalStateException(
          "ContractSerializer is not configured: build it with a contract or call configure() with"
              + " '"
              + CONTRACT_RESOURCE
              + "' or '"
              + CONTRACT_PATH
              + "'");
    }
    return v;
  }

  @Override
  public String toString() {
    RecordValidator<T> v = validator;
    return "ContractSerializer["
        + (v == null
            ? "unconfigured"
            : ContractRef.of(v.contract()) + " " + v.schemaObject().name())
        + "]";
  }
}
