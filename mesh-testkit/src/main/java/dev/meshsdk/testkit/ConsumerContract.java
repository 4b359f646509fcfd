package dev.meshsdk.testkit;

import dev.meshsdk.contracts.DataContract;
import dev.meshsdk.testkit.internal.ConsumerRun;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A consumer's side of a consumer-driven contract test: what it expects of a provider's output
 * port, checked by running the consumer's own code on stub records from the provider's contract.
 *
 * <pre>{@code
 * Expectations e = ConsumerContract.forProvider("orders-product", "orders-port")
 *     .consumer("billing", "finance")
 *     .purpose("invoicing")
 *     .reads(field("order_id").type(STRING).required())
 *     .reads(field("amount").type(NUMBER).required().atLeast(0))
 *     .reads(field("status").oneOf("NEW", "PAID"))
 *     .check("paid orders have a payment date",
 *         implies(equalTo("status", "PAID"), present("paid_at")))
 *     .verifyWith(ordersContract, invoicing::bill);
 * }</pre>
 *
 * <p>{@link #verifyWith(DataContract, Consumer)} fails when the contract does not guarantee what
 * the consumer relies on, or when the consumer's code throws on a record the contract allows; when
 * it passes it writes the expectations file the provider verifies. Not thread-safe; one per test.
 */
public final class ConsumerContract {
  private final Expectations.Builder expectations = Expectations.builder();
  private final List<Map<String, ?>> examples = new ArrayList<>();
  private StubRecords stubs = StubRecords.generated();
  private long seed = 42L;
  private Optional<Path> directory = Optional.empty();
  private boolean write = true;

  private ConsumerContract(String product, String port) {
    expectations.product(product).port(port);
  }

  /**
   * Starts the expectations of a provider's output port.
   *
   * @param product the provider's data product id
   * @param port the output port
   * @return the contract under construction
   */
  public static ConsumerContract forProvider(String product, String port) {
    return new ConsumerContract(product, port);
  }

  /**
   * Starts a field expectation; pass it to {@link #reads(FieldExpectation.Builder)}.
   *
   * @param path the field path, such as {@code amount} or {@code lines.sku}
   * @return the field builder
   */
  public static FieldExpectation.Builder field(String path) {
    return FieldExpectation.builder(path);
  }

  /**
   * Who the consumer is.
   *
   * @param id the consumer's id
   * @param domain the consumer's domain
   * @return this
   */
  public ConsumerContract consumer(String id, String domain) {
    expectations.consumerId(id).consumerDomain(domain);
    return this;
  }

  /**
   * Why the consumer reads the port; the port's access may allow some purposes only.
   *
   * @param purpose the purpose, such as {@code invoicing}
   * @return this
   */
  public ConsumerContract purpose(String purpose) {
    expectations.purpose(purpose);
    return this;
  }

  /**
   * The schema object of the port's contract the consumer reads; needed when it has several.
   *
   * @param name the schema object's name
   * @return this
   */
  public ConsumerContract schemaObject(String name) {
    expectations.schemaObject(Optional.of(name));
    return this;
  }

  /**
   * A provider state whose sample records the checks run on, such as {@code "paid orders"}. With
   * none, they run on every sample the provider supplies.
   *
   * @param state the state's name
   * @return this
   */
  public ConsumerContract given(String state) {
    expectations.providerState(state);
    return this;
  }

  /**
   * A field the consumer reads and what it relies on about it.
   *
   * @param field the field expectation, such as {@code field("amount").required().atLeast(0)}
   * @return this
   */
  public ConsumerContract reads(FieldExpectation.Builder field) {
    expectations.field(field.build());
    return this;
  }

  /**
   * A field the consumer reads and what it relies on about it.
   *
   * @param field the field expectation
   * @return this
   */
  public ConsumerContract reads(FieldExpectation field) {
    expectations.field(field);
    return this;
  }

  /**
   * A named condition the consumer's code needs every record to meet.
   *
   * @param name what it means, such as "paid orders have a payment date"
   * @param condition the condition
   * @return this
   */
  public ConsumerContract check(String name, Condition condition) {
    expectations.check(new Check(name, condition));
    return this;
  }

  /**
   * An example record the consumer knows of; it must meet the consumer's own expectations and
   * checks, and the consumer's code runs on it too.
   *
   * @param record the record
   * @return this
   */
  public ConsumerContract example(Map<String, ?> record) {
    examples.add(Objects.requireNonNull(record, "record"));
    return this;
  }

  /**
   * The stub record generator (default {@link StubRecords#generated()}).
   *
   * @param stubs the generator
   * @return this
   */
  public ConsumerContract stubs(StubRecords stubs) {
    this.stubs = Objects.requireNonNull(stubs, "stubs");
    return this;
  }

  /**
   * The seed for stub records (default 42); pin it to reproduce a failure.
   *
   * @param seed the seed
   * @return this
   */
  public ConsumerContract seed(long seed) {
    this.seed = seed;
    return this;
  }

  /**
   * The folder to write the expectations file into (default {@link
   * Expectations#defaultDirectory()}).
   *
   * @param directory the folder
   * @return this
   */
  public ConsumerContract writeTo(Path directory) {
    this.directory = Optional.of(directory);
    this.write = true;
    return this;
  }

  /**
   * Writes no file when the test passes (for tests of the test kit itself).
   *
   * @return this
   */
  public ConsumerContract withoutFile() {
    this.write = false;
    return this;
  }

  /**
   * The expectations stated so far, without running anything.
   *
   * @return the expectations
   * @throws IllegalArgumentException if a required part (consumer, purpose) is missing or a rule is
   *     broken
   */
  public Expectations build() {
    return expectations.build();
  }

  /**
   * Runs the consumer test: checks that the provider's contract guarantees every field expectation,
   * that the example records meet the expectations, and that the consumer's code handles every stub
   * record the contract allows; then writes the expectations file.
   *
   * @param providerContract the provider's contract, as the consumer knows it
   * @param consumerCode the consumer's own code, run once per record
   * @return the expectations, as written
   * @throws ExpectationFailedException naming the consumer, the field or record (classified values
   *     masked) and why
   */
  public Expectations verifyWith(
      DataContract providerContract, Consumer<? super Map<String, Object>> consumerCode) {
    Expectations built =
        expectations
            .contractId(Optional.of(providerContract.id()))
            .contractVersion(Optional.of(providerContract.version()))
            .build();
    ConsumerRun.run(built, providerContract, examples, stubs, seed, consumerCode);
    if (write) {
      built.writeTo(directory.orElseGet(Expectations::defaultDirectory));
    }
    return built;
  }
}
