package dev.meshsdk.kafka;

import dev.meshsdk.contracts.Violation;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apache.kafka.common.errors.SerializationException;

/**
 * A {@link ContractSerializer} refused to encode, or a {@link ContractDeserializer} refused to
 * return, a record that breaks its contract. A Kafka {@link SerializationException}, so producers
 * and consumers handle it as they handle any serde failure ({@code KafkaProducer.send} throws it;
 * {@code KafkaConsumer.poll} wraps it in a {@code RecordDeserializationException} with the record's
 * partition and offset).
 *
 * <p>The message names the topic, the contract, and every violation's path and rule id; never a
 * value. {@link #violations()} has the full violations, whose messages hide classified values.
 */
public final class ContractSerializationException extends SerializationException {
  private static final long serialVersionUID = 1L;

  private final transient ContractRef contract;
  private final transient List<Violation> violations;

  /**
   * Creates the exception.
   *
   * @param topic the topic of the record
   * @param contract the contract it breaks
   * @param schemaObject the schema object it was validated as
   * @param violations how it breaks it, at least one
   */
  public ContractSerializationException(
      String topic, ContractRef contract, String schemaObject, List<Violation> violations) {
    super(message(topic, contract, schemaObject, violations));
    this.contract = contract;
    this.violations = List.copyOf(violations);
  }

  private static String message(
      String topic, ContractRef contract, String schemaObject, List<Violation> violations) {
    Objects.requireNonNull(contract, "contract");
    return "topic '"
        + topic
        + "': record breaks contract "
        + contract
        + " (schema object '"
        + schemaObject
        + "'): "
        + violations.stream()
            .map(v -> (v.path().isEmpty() ? "(record)" : v.path()) + " [" + v.rule() + "]")
            .collect(Collectors.joining(", "));
  }

  /**
   * The contract the record breaks.
   *
   * @return the contract's id and version
   */
  public ContractRef contract() {
    return contract;
  }

  /**
   * How the record breaks the contract.
   *
   * @return the violations
   */
  public List<Violation> violations() {
    return violations;
  }
}
