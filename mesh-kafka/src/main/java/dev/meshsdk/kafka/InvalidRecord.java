package dev.meshsdk.kafka;

import dev.meshsdk.contracts.Violation;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A record a {@link KafkaPortReader} did not accept as valid.
 *
 * <p>{@link #value()} holds the raw bytes, classified values included; {@link #toString()} and
 * {@link #describe()} leave them out and name only position, reason, contract, rule ids and paths.
 *
 * @param position where the record is
 * @param key the record's key as UTF-8 text, if it has one
 * @param value the record's raw value (a copy is returned)
 * @param contract the contract its headers name, if they name one
 * @param reason why it is invalid
 * @param violations how: the contract's violations for {@link Reason#BREAKS_CONTRACT}, otherwise
 *     one violation with a {@code mesh.*} rule id describing the reason
 */
public record InvalidRecord(
    RecordPosition position,
    Optional<String> key,
    byte[] value,
    Optional<ContractRef> contract,
    Reason reason,
    List<Violation> violations) {

  /** Why a record is invalid. */
  public enum Reason {
    /** It breaks the contract version its headers name. */
    BREAKS_CONTRACT,
    /** Its headers name a contract id or version the reader was not given. */
    UNKNOWN_CONTRACT,
    /** It has no {@code mesh.contract.id} / {@code mesh.contract.version} headers. */
    NO_CONTRACT_HEADERS,
    /** Its value is not one UTF-8 JSON object. */
    NOT_A_JSON_OBJECT
  }

  /**
   * Checks and copies the components.
   *
   * @param position where the record is
   * @param key its key
   * @param value its raw value (copied)
   * @param contract the contract its headers name
   * @param reason why it is invalid
   * @param violations how, at least one
   * @throws IllegalArgumentException if there is no violation
   */
  public InvalidRecord {
    Objects.requireNonNull(position, "InvalidRecord.position");
    Objects.requireNonNull(key, "InvalidRecord.key");
    value = Objects.requireNonNull(value, "InvalidRecord.value").clone();
    Objects.requireNonNull(contract, "InvalidRecord.contract");
    Objects.requireNonNull(reason, "InvalidRecord.reason");
    violations = List.copyOf(violations);
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("InvalidRecord.violations must not be empty");
    }
  }

  /**
   * The raw value, a copy.
   *
   * @return the bytes
   */
  @Override
  public byte[] value() {
    return value.clone();
  }

  /**
   * One sentence naming position, reason, contract, rule ids and paths; never a value.
   *
   * @return the text
   */
  public String describe() {
    String what =
        switch (reason) {
          case BREAKS_CONTRACT ->
              "breaks contract " + contract.map(ContractRef::toString).orElse("");
          case UNKNOWN_CONTRACT ->
              "names contract "
                  + contract.map(ContractRef::toString).orElse("")
                  + ", which this reader does not know";
          case NO_CONTRACT_HEADERS -> "has no mesh.contract.id and mesh.contract.version headers";
          case NOT_A_JSON_OBJECT -> "is not a UTF-8 JSON object";
        };
    return "record at "
        + position
        + " "
        + what
        + " ["
        + violations.stream()
            .map(v -> (v.path().isEmpty() ? "(record)" : v.path()) + ": " + v.rule())
            .collect(Collectors.joining(", "))
        + "]";
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof InvalidRecord r
        && position.equals(r.position)
        && key.equals(r.key)
        && Arrays.equals(value, r.value)
        && contract.equals(r.contract)
        && reason == r.reason
        && violations.equals(r.violations);
  }

  @Override
  public int hashCode() {
    return Objects.hash(position, key, Arrays.hashCode(value), contract, reason, violations);
  }

  /**
   * Position, reason, contract, rule ids and paths; never the key or value.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "InvalidRecord[" + describe() + "]";
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
        .reason(reason)
        .violations(violations);
  }

  /** Builds an {@link InvalidRecord}; position, value, reason and violations are required. */
  public static final class Builder {
    private @Nullable RecordPosition position;
    private Optional<String> key = Optional.empty();
    private byte @Nullable [] value;
    private Optional<ContractRef> contract = Optional.empty();
    private @Nullable Reason reason;
    private List<Violation> violations = List.of();

    private Builder() {}

    /**
     * Sets the position.
     *
     * @param position the position
     * @return this builder
     */
    public Builder position(RecordPosition position) {
      this.position = Objects.requireNonNull(position, "InvalidRecord.position");
      return this;
    }

    /**
     * Sets the key.
     *
     * @param key the key, or empty
     * @return this builder
     */
    public Builder key(Optional<String> key) {
      this.key = Objects.requireNonNull(key, "InvalidRecord.key");
      return this;
    }

    /**
     * Sets the raw value.
     *
     * @param value the bytes
     * @return this builder
     */
    public Builder value(byte[] value) {
      this.value = Objects.requireNonNull(value, "InvalidRecord.value").clone();
      return this;
    }

    /**
     * Sets the contract the headers name.
     *
     * @param contract the contract, or empty
     * @return this builder
     */
    public Builder contract(Optional<ContractRef> contract) {
      this.contract = Objects.requireNonNull(contract, "InvalidRecord.contract");
      return this;
    }

    /**
     * Sets the reason.
     *
     * @param reason the reason
     * @return this builder
     */
    public Builder reason(Reason reason) {
      this.reason = Objects.requireNonNull(reason, "InvalidRecord.reason");
      return this;
    }

    /**
     * Sets the violations.
     *
     * @param violations at least one
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
     * @throws IllegalStateException if the position, value or reason was not set
     * @throws IllegalArgumentException if there is no violation
     */
    public InvalidRecord build() {
      return new InvalidRecord(
          required(position, "InvalidRecord.position"),
          key,
          required(value, "InvalidRecord.value"),
          contract,
          required(reason, "InvalidRecord.reason"),
          violations);
    }
  }

  static <V> V required(@Nullable V value, String name) {
    if (value == null) {
      throw new IllegalStateException(name + " is required but was not set");
    }
    return value;
  }
}
