package dev.meshsdk.kafka;

import dev.meshsdk.contracts.DataContract;
import dev.meshsdk.contracts.RecordValidator;
import dev.meshsdk.contracts.ValidationResult;
import dev.meshsdk.kafka.internal.Json;
import dev.meshsdk.kafka.internal.SerdeConfig;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Deserializer;
import org.jspecify.annotations.Nullable;

/**
 * A Kafka {@link Deserializer} that decodes a UTF-8 JSON object and validates it against a contract
 * before returning it, for teams that keep their own consumers.
 *
 * <p>The record is returned as a JSON-like map (String, BigDecimal, Boolean, List, Map, null
 * values). A value that is not one JSON object throws a {@link SerializationException} that does
 * not quote the content; a record that breaks the contract throws a {@link
 * ContractSerializationException} naming the topic, the contract, and every violation's path and
 * rule (never a value). {@code KafkaConsumer.poll} reports either as a {@code
 * RecordDeserializationException} with the record's partition and offset; seek past it to go on. A
 * null value (a tombstone) is returned as null.
 *
 * <p>It validates against one contract version; to read a topic whose records name several versions
 * in their headers, use {@link KafkaPortReader}. Configure it with a constructor or by Kafka's
 * settings ({@link #CONTRACT_RESOURCE} or {@link #CONTRACT_PATH}, {@link #SCHEMA_OBJECT}).
 * Thread-safe once configured.
 */
public final class ContractDeserializer implements Deserializer<Map<String, Object>> {
  /** Setting: the contract as a class-path resource. */
  public static final String CONTRACT_RESOURCE = SerdeConfig.CONTRACT_RESOURCE;

  /** Setting: the contract as a file path. */
  public static final String CONTRACT_PATH = SerdeConfig.CONTRACT_PATH;

  /** Setting: the schema object's name; optional when the contract has exactly one. */
  public static final String SCHEMA_OBJECT = SerdeConfig.SCHEMA_OBJECT;

  private @Nullable RecordValidator<Map<String, ?>> validator;

  /** A deserializer to configure through {@link #configure(Map, boolean)}, as Kafka does. */
  public ContractDeserializer() {}

  /**
   * A deserializer validating against one schema object of a contract.
   *
   * @param contract the contract
   * @param schemaObject the schema object the records are instances of
   * @throws dev.meshsdk.contracts.ContractDefinitionException if there is no such schema object
   */
  public ContractDeserializer(DataContract contract, String schemaObject) {
    this.validator =
        RecordValidator.of(
            Objects.requireNonNull(contract, "contract"),
            Objects.requireNonNull(schemaObject, "schemaObject"));
  }

  /**
   * Reads the contract from the settings; does nothing for a deserializer built with a contract.
   *
   * @param configs the consumer's settings
   * @param isKey whether this deserializes keys
   * @throws org.apache.kafka.common.config.ConfigException for missing or bad settings
   * @throws dev.meshsdk.contracts.ContractFormatException if the contract cannot be parsed
   */
  @Override
  @SuppressWarnings("unchecked")
  public void configure(Map<String, ?> configs, boolean isKey) {
    if (validator == null) {
      validator = (RecordValidator<Map<String, ?>>) SerdeConfig.validator(configs, false);
    }
  }

  @Override
  public @Nullable Map<String, Object> deserialize(String topic, byte @Nullable [] data) {
    if (data == null) {
      return null;
    }
    RecordValidator<Map<String, ?>> v = validator();
    Optional<Map<String, Object>> decoded = Json.decodeObject(data);
    if (decoded.isEmpty()) {
      throw new SerializationException(
          "topic '"
              + topic
              + "': the value is not one UTF-8 JSON object (content hidden); contract "
              + ContractRef.of(v.contract())
              + " expects an object of schema object '"
              + v.schemaObject().name()
              + "'");
    }
    ValidationResult result = v.validate(decoded.get());
    if (!result.isValid()) {
      throw new ContractSerializationException(
          topic, ContractRef.of(v.contract()), v.schemaObject().name(), result.violations());
    }
    return decoded.get();
  }

  @Override
  public @Nullable Map<String, Object> deserialize(
      String topic, Headers headers, byte @Nullable [] data) {
    return deserialize(topic, data);
  }

  private RecordValidator<Map<String, ?>> validator() {
    RecordValidator<Map<String, ?>> v = validator;
    if (v == null) {
      throw new IllegalStateException(
          "ContractDeserializer is not configured: build it with a contract or call configure()"
              + " with '"
              + CONTRACT_RESOURCE
              + "' or '"
              + CONTRACT_PATH
              + "'");
    }
    return v;
  }

  @Override
  public String toString() {
    RecordValidator<Map<String, ?>> v = validator;
    return "ContractDeserializer["
        + (v == null
            ? "unconfigured"
            : ContractRef.of(v.contract()) + " " + v.schemaObject().name())
        + "]";
  }
}
