package dev.meshsdk.kafka;

import dev.meshsdk.contracts.Violation;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A record a {@link KafkaPortReader} returned: decoded from JSON and, unless the policy is {@link
 * InvalidRecordPolicy#WARN}, valid against the contract version its headers name.
 *
 * <p>{@link #toString()} leaves out the key and the value (they may hold classified values).
 *
 * @param position where the record is
 * @param key the record's key as UTF-8 text, if it has one
 * @param value the record: a JSON-like map (String, BigDecimal, Boolean, List, Map, null values)
 * @param contract the contract its headers name, if they name one
 * @param violations empty for a valid record; under {@link InvalidRecordPolicy#WARN} why it is not
 */
public record ReadRecord(
    RecordPosition position,
    Optional<String> key,
    Map<String, @Nullable Object> value,
    Optional<ContractRef> contract,
    List<Violation> violations) {

  /**
   * Checks and copies the components.
   *
   * @param position where the record is
   * @param key its key
   * @param value the record (copied, unmodifiable)
   * @param contract the contract its headers name
   * @param violations its violations, empty when valid
   */
  public ReadRecord {
    Objects.requireNonNull(position, "ReadRecord.position");
    Objects.requireNonNull(key, "ReadRecord.key");
    value = Collections.unmodifiableMap(new LinkedHashMap<>(value));
    Objects.requireNonNull(contract, "ReadRecord.contract");
    violations = List.copyOf(violations);
  }

  /**
   * Whether the record is valid against its contract.
   *
   * @return true when it has no violations
   */
  public boolean isValid() {
    return violations.isEmpty();
  }

  /**
   * Position, contract and violations; never the key or value.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "ReadRecord["
        + position
        + ", contract "
        + contract.map(ContractRef::toString).orElse("(none)")
        + ", "
        + violations
        + "]";
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this record's components.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    return new Builder()
        .position(position)
        .key(key)
        .value(value)
        .contract(contract)
        .violations(violations);
  }

  /** Builds a {@link ReadRecord}; position and value are required. */
  public static final class Builder {
    private @Nullable RecordPosition position;
    private Optional<String> key = Optional.empty();
    private @Nullable Map<String, @Nullable Object> value;
    private Optional<ContractRef> contract = Optional.empty();
    private List<Violation> violations = List.of();

    private Builder() {}

    /**
     * Sets the position.
     *
     * @param position the position
     * @return this builder
     */
    public Builder position(RecordPosition position) {
      this.position = Objects.requireNonNull(position, "ReadRecord.position");
      return this;
    }

    /**
     * Sets the key.
     *
     * @param key the key, or empty
     * @return this builder
     */
    public Builder key(Optional<String> key) {
      this.key = Objects.requireNonNull(key, "ReadRecord.key");
      return this;
    }

    /**
     * Sets the record.
     *
     * @param value the JSON-like map
     * @return this builder
     */
    public Builder value(Map<String, @Nullable Object> value) {
      this.value = Objects.requireNonNull(value, "ReadRecord.value");
      return this;
    }

    /**
     * Sets the contract the headers name.
     *
     * @param contract the contract, or empty
     * @return this builder
     */
    public Builder contract(Optional<ContractRef> contract) {
      this.contract = Objects.requireNonNull(contract, "ReadRecord.contract");
      return this;
    }

    /**
     * Sets the violations.
     *
     * @param violations the violations, empty when valid
     * @return this builder
     */
    public Builder violations(List<Violation> violations) {
      this.violations = List.copyOf(violations);
      return this;
    }

    /**
     * Builds the record.
     *
     * @return the record
     * @throws IllegalStateException if the position or value was not set
     */
    public ReadRecord build() {
      return new ReadRecord(
          InvalidRecord.required(position, "ReadRecord.position"),
          key,
          InvalidRecord.required(value, "ReadRecord.value"),
          contract,
          violations);
    }
  }
}
