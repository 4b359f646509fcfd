package dev.meshsdk.core.publish;

import dev.meshsdk.contracts.ContractDefinitionException;
import dev.meshsdk.contracts.DataContract;
import dev.meshsdk.contracts.RecordValidator;
import dev.meshsdk.core.event.MeshListener;
import dev.meshsdk.core.publish.internal.Args;
import dev.meshsdk.core.publish.internal.DefaultPublisher;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Publishes records to one output port: validates each against the port's contract (compiled once),
 * writes the valid ones to a {@link Sink}, sends the rest to a {@link DeadLetterSink} with all
 * their violations, counts everything, and tells listeners.
 *
 * <pre>{@code
 * Publisher<Map<String, ?>> orders =
 *     Publisher.builder(port, contract, "orders")
 *         .sink(JsonLinesFileSink.open(Path.of("orders.jsonl")))
 *         .deadLetters(JsonLinesDeadLetterSink.open(Path.of("orders.dead.jsonl")))
 *         .policy(InvalidDataPolicy.REJECT_RECORD)
 *         .listener(event -> log.info("{}", event))
 *         .build();
 * PublishOutcome outcome = orders.publish(batch);
 * }</pre>
 *
 * <p><b>Nothing is lost silently.</b> Every offered record is written, dead-lettered, or counted as
 * failed and reported: a failing sink gives a {@link PublishOutcome.Failed} outcome (nothing of the
 * batch written), a failing dead-letter sink makes the call throw a {@link SinkException} (nothing
 * of the batch written either), and {@link InvalidDataPolicy#FAIL_BATCH} throws a {@link
 * BatchRejectedException}.
 *
 * <p><b>Order of work in one call:</b> validate every record; hand the rejected ones to the
 * dead-letter sink; then hand the ones to write to the sink. Rejected records are therefore safe
 * before any record is written.
 *
 * <p>Thread-safe if its sinks are (meshsdk's are): many threads may publish through one publisher;
 * {@link #stats()} stays exact.
 *
 * @param <T> the record type
 */
public interface Publisher<T> {

  /**
   * Publishes one record (a batch of one).
   *
   * @param record the record
   * @return the outcome: {@link PublishOutcome.Completed} or {@link PublishOutcome.Failed}
   * @throws BatchRejectedException under {@link InvalidDataPolicy#FAIL_BATCH} if the record is
   *     invalid (it was dead-lettered)
   * @throws SinkException if the dead-letter sink failed (the record was neither written nor
   *     dead-lettered)
   * @throws dev.meshsdk.contracts.MeshException if validating threw (a typed record's accessor
   *     failed); nothing was written
   */
  PublishOutcome publish(T record);

  /**
   * Publishes a batch: valid records are written together, in one sink call, all or nothing.
   *
   * @param batch the records; may be empty; no element may be null
   * @return the outcome: {@link PublishOutcome.Completed} or {@link PublishOutcome.Failed}
   * @throws BatchRejectedException under {@link InvalidDataPolicy#FAIL_BATCH} if any record is
   *     invalid (the whole batch was dead-lettered, nothing written)
   * @throws SinkException if the dead-letter sink failed (nothing of the batch was written or
   *     dead-lettered)
   * @throws dev.meshsdk.contracts.MeshException if validating threw (a typed record's accessor
   *     failed); nothing was written
   */
  PublishOutcome publish(List<? extends T> batch);

  /**
   * The port this publisher writes.
   *
   * @return the port
   */
  PortRef port();

  /**
   * What this publisher does with invalid records.
   *
   * @return the policy
   */
  InvalidDataPolicy policy();

  /**
   * A consistent snapshot of the counts so far.
   *
   * @return the statistics
   */
  PublisherStats stats();

  /**
   * A builder for a publisher of JSON-like map records, validated by {@link
   * RecordValidator#of(DataContract, String)}.
   *
   * @param port the port; its contract id and version must be the contract's
   * @param contract the port's contract
   * @param schemaObject the schema object the records are instances of
   * @return the builder
   * @throws ContractDefinitionException if the schema object does not exist or cannot be compiled
   * @throws IllegalArgumentException if the port names another contract or version
   */
  static Builder<Map<String, ?>> builder(PortRef port, DataContract contract, String schemaObject) {
    Objects.requireNonNull(contract, "contract");
    Objects.requireNonNull(schemaObject, "schemaObject");
    checkContract(port, contract);
    return new Builder<>(port, RecordValidator.of(contract, schemaObject));
  }

  /**
   * A builder for a publisher of typed records (Java records or beans), validated by {@link
   * RecordValidator#of(DataContract, String, Class)}.
   *
   * @param port the port; its contract id and version must be the contract's
   * @param contract the port's contract
   * @param schemaObject the schema object the records are instances of
   * @param type the record type
   * @param <T> the record type
   * @return the builder
   * @throws ContractDefinitionException if the schema object does not exist, cannot be compiled, or
   *     does not fit the type
   * @throws IllegalArgumentException if the port names another contract or version
   */
  static <T> Builder<T> builder(
      PortRef port, DataContract contract, String schemaObject, Class<T> type) {
    Objects.requireNonNull(contract, "contract");
    Objects.requireNonNull(schemaObject, "schemaObject");
    Objects.requireNonNull(type, "type");
    checkContract(port, contract);
    return new Builder<>(port, RecordValidator.of(contract, schemaObject, type));
  }

  /**
   * A builder around a validator compiled elsewhere (with other {@link
   * dev.meshsdk.contracts.ValidationOptions}, or shared between publishers).
   *
   * @param port the port; its contract id and version must be the validator's contract's
   * @param validator the validator
   * @param <T> the record type
   * @return the builder
   * @throws IllegalArgumentException if the port names another contract or version
   */
  static <T> Builder<T> builder(PortRef port, RecordValidator<T> validator) {
    Objects.requireNonNull(validator, "validator");
    checkContract(port, validator.contract());
    return new Builder<>(port, validator);
  }

  private static void checkContract(PortRef port, DataContract contract) {
    Objects.requireNonNull(port, "port");
    port.requireContract(contract);
  }

  /**
   * Builds a {@link Publisher}. A sink and a dead-letter sink are required; the policy defaults to
   * {@link InvalidDataPolicy#REJECT_RECORD}, the clock to {@link Clock#systemUTC()}, listeners to
   * none.
   *
   * @param <T> the record type
   */
  final class Builder<T> {
    private final PortRef port;
    private final RecordValidator<T> validator;
    private @Nullable Sink<? super T> sink;
    private @Nullable DeadLetterSink<? super T> deadLetters;
    private InvalidDataPolicy policy = InvalidDataPolicy.REJECT_RECORD;
    private final List<MeshListener> listeners = new ArrayList<>();
    private Clock clock = Clock.systemUTC();

    private Builder(PortRef port, RecordValidator<T> validator) {
      this.port = port;
      this.validator = validator;
    }

    /**
     * Sets where valid records are written. Required.
     *
     * @param sink the sink
     * @return this builder
     */
    public Builder<T> sink(Sink<? super T> sink) {
      this.sink = Objects.requireNonNull(sink, "sink");
      return this;
    }

    /**
     * Sets where rejected records go, with their violations. Required, whatever the policy: a
     * publisher must have somewhere to put a record it does not write.
     *
     * @param deadLetters the dead-letter sink
     * @return this builder
     */
    public Builder<T> deadLetters(DeadLetterSink<? super T> deadLetters) {
      this.deadLetters = Objects.requireNonNull(deadLetters, "deadLetters");
      return this;
    }

    /**
     * Sets what happens to invalid records (default {@link InvalidDataPolicy#REJECT_RECORD}).
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder<T> policy(InvalidDataPolicy policy) {
      this.policy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Adds a listener; listeners are called in the order they were added.
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder<T> listener(MeshListener listener) {
      listeners.add(Objects.requireNonNull(listener, "listener"));
      return this;
    }

    /**
     * Adds listeners, in order.
     *
     * @param listeners the listeners
     * @return this builder
     */
    public Builder<T> listeners(List<? extends MeshListener> listeners) {
      this.listeners.addAll(Args.listCopy(listeners, "listeners"));
      return this;
    }

    /**
     * Sets the clock for event times, dead-letter times and run ids (default {@link
     * Clock#systemUTC()}).
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder<T> clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Builds the publisher.
     *
     * @return the publisher
     * @throws IllegalStateException if the sink or the dead-letter sink was not set
     */
    public Publisher<T> build() {
      return new DefaultPublisher<>(
          port,
          validator,
          Args.required(sink, "Publisher.sink"),
          Args.required(deadLetters, "Publisher.deadLetters"),
          policy,
          listeners,
          clock);
    }
  }
}
