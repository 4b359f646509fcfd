package dev.meshsdk.testkit.generate;

import dev.meshsdk.contracts.ContractDefinitionException;
import dev.meshsdk.contracts.DataContract;
import dev.meshsdk.testkit.generate.internal.Engine;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * Generates records of one schema object of a contract: valid ones, as JSON-like maps or as Java
 * records and beans, and invalid ones that break exactly one named rule. Immutable and thread-safe;
 * compile one per contract and schema object and keep it.
 *
 * <pre>{@code
 * RecordGenerator<Map<String, Object>> orders =
 *     RecordGenerator.of(contract, "orders", GeneratorOptions.defaults().withSeed(42));
 * orders.records().limit(50).forEach(r -> assertThat(validator.isValid(r)).isTrue());
 * Optional<InvalidRecord> tooBig = orders.invalid("maximum");
 * }</pre>
 *
 * <p>Valid records follow every rule {@code RecordValidator} checks: logical types, integer and
 * number formats, bounds (inclusive and exclusive) and {@code multipleOf} (exact decimals), string
 * lengths, ECMA-262 patterns (sampled from the pattern's automaton), string formats, temporal
 * formats (JDK DateTimeFormatter patterns), time zones and bounds, enum values and {@code
 * invalidValues} rules with {@code validValues}, array item counts and uniqueness, nested objects
 * and maps. Optional properties are present, absent or null; edge values (bounds, empty arrays,
 * shortest and longest strings) and non-ASCII text come up with the probabilities of the {@link
 * GeneratorOptions}. Every record is checked by the validator before it is handed out, so a record
 * the generator gets wrong is drawn again, not returned.
 *
 * <p>The same seed, contract and options give the same records: {@link #records()}, {@link
 * #iterator()} and {@link #sample(int)} each start again from {@link #seed()}.
 *
 * @param <T> the record type: {@code Map<String, Object>} or a Java record or bean
 */
public final class RecordGenerator<T> implements Iterable<T> {
  private final Engine engine;
  private final @Nullable Class<T> type;

  private RecordGenerator(Engine engine, @Nullable Class<T> type) {
    this.engine = engine;
    this.type = type;
  }

  /**
   * A generator of JSON-like records with the default options (seed 0).
   *
   * @param contract the contract
   * @param schemaObject the schema object's name
   * @return the generator
   * @throws ContractDefinitionException if the schema object does not exist or the contract cannot
   *     be validated against
   */
  public static RecordGenerator<Map<String, @Nullable Object>> of(
      DataContract contract, String schemaObject) {
    return of(contract, schemaObject, GeneratorOptions.defaults());
  }

  /**
   * A generator of JSON-like records.
   *
   * @param contract the contract
   * @param schemaObject the schema object's name
   * @param options the options
   * @return the generator
   * @throws ContractDefinitionException if the schema object does not exist or the contract cannot
   *     be validated against
   */
  public static RecordGenerator<Map<String, @Nullable Object>> of(
      DataContract contract, String schemaObject, GeneratorOptions options) {
    return new RecordGenerator<>(engine(contract, schemaObject, options), null);
  }

  /**
   * A generator of Java records or beans with the default options (seed 0).
   *
   * @param contract the contract
   * @param schemaObject the schema object's name
   * @param type a record (built through its canonical constructor) or a bean (public no-argument
   *     constructor and setters)
   * @param <T> the type
   * @return the generator
   * @throws ContractDefinitionException if the schema object does not exist or the contract cannot
   *     be validated against
   */
  public static <T> RecordGenerator<T> of(
      DataContract contract, String schemaObject, Class<T> type) {
    return of(contract, schemaObject, type, GeneratorOptions.defaults());
  }

  /**
   * A generator of Java records or beans.
   *
   * @param contract the contract
   * @param schemaObject the schema object's name
   * @param type a record or a bean
   * @param options the options
   * @param <T> the type
   * @return the generator
   * @throws ContractDefinitionException if the schema object does not exist or the contract cannot
   *     be validated against
   */
  public static <T> RecordGenerator<T> of(
      DataContract contract, String schemaObject, Class<T> type, GeneratorOptions options) {
    Objects.requireNonNull(type, "type");
    return new RecordGenerator<>(engine(contract, schemaObject, options), type);
  }

  private static Engine engine(
      DataContract contract, String schemaObject, GeneratorOptions options) {
    Objects.requireNonNull(contract, "contract");
    Objects.requireNonNull(schemaObject, "schemaObject");
    Objects.requireNonNull(options, "options");
    return Engine.of(contract, schemaObject, options);
  }

  /**
   * This generator with another seed.
   *
   * @param seed the seed
   * @return the generator
   */
  public RecordGenerator<T> withSeed(long seed) {
    return new RecordGenerator<>(
        Engine.of(engine.contract(), engine.objectName(), engine.options().withSeed(seed)), type);
  }

  /**
   * The seed the records are drawn from.
   *
   * @return the seed
   */
  public long seed() {
    return engine.options().seed();
  }

  /**
   * The options.
   *
   * @return the options
   */
  public GeneratorOptions options() {
    return engine.options();
  }

  /**
   * The contract.
   *
   * @return the contract
   */
  public DataContract contract() {
    return engine.contract();
  }

  /**
   * The schema object's name.
   *
   * @return the name
   */
  public String schemaObject() {
    return engine.objectName();
  }

  /**
   * An endless, ordered stream of valid records, the same for the same seed each time it is called.
   * JSON-like records are fresh mutable maps (values may be null where the contract allows it).
   *
   * @return the records
   * @throws GenerationException (from the stream) if the contract's constraints admit no value
   */
  public Stream<T> records() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(
            iterator(), Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.IMMUTABLE),
        false);
  }

  /**
   * An endless iterator of valid records, starting from the seed.
   *
   * @return the iterator
   */
  @Override
  public Iterator<T> iterator() {
    Iterator<Map<String, @Nullable Object>> maps = maps();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return true;
      }

      @Override
      public T next() {
        return convert(maps.next());
      }
    };
  }

  /**
   * The first {@code n} valid records.
   *
   * @param n how many, 0 or more
   * @return the records
   */
  public List<T> sample(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("sample size must be 0 or more but was " + n);
    }
    List<T> out = new ArrayList<>(n);
    Iterator<T> it = iterator();
    for (int i = 0; i < n; i++) {
      out.add(it.next());
    }
    return out;
  }

  /**
   * A record that breaks exactly one rule: validating it gives one violation, with that rule id.
   * Rule ids are the validator's: {@code required}, {@code type}, {@code format}, {@code pattern},
   * {@code minLength}, {@code maxLength}, {@code validValues} (alias {@code enum}), {@code
   * minimum}, {@code maximum}, {@code exclusiveMinimum}, {@code exclusiveMaximum}, {@code
   * multipleOf}, {@code minItems}, {@code maxItems}, {@code uniqueItems} and {@code undeclared}
   * (alias {@code additionalProperties}). Where the rule applies in several places, the seed picks
   * the first one tried.
   *
   * @param rule the rule id
   * @return the record, or empty when the schema object has no such rule, or it cannot be broken
   *     without breaking another (a {@code multipleOf: 1} on an integer, say)
   */
  public Optional<InvalidRecord> invalid(String rule) {
    Objects.requireNonNull(rule, "rule");
    return engine.invalid(rule);
  }

  /**
   * One invalid record for every rule and place that can be broken alone, in schema order: each
   * property's type and constraints, each required property, each object's undeclared fields.
   *
   * @return the records
   */
  public List<InvalidRecord> invalidRecords() {
    return engine.invalidRecords();
  }

  /**
   * The rule ids this schema object has, which {@link #invalid(String)} may break.
   *
   * @return the rule ids, in schema order
   */
  public Set<String> rules() {
    return engine.rules();
  }

  Engine engine() {
    return engine;
  }

  Iterator<Map<String, @Nullable Object>> maps() {
    SplittableRandom master = new SplittableRandom(seed());
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return true;
      }

      @Override
      public Map<String, @Nullable Object> next() {
        return engine.valid(master.split());
      }
    };
  }

  @SuppressWarnings("unchecked")
  T convert(Map<String, @Nullable Object> record) {
    return type == null ? (T) record : engine.build(record, type);
  }

  @Override
  public String toString() {
    return "RecordGenerator["
        + engine.contract().id()
        + "/"
        + engine.objectName()
        + ", seed "
        + seed()
        + (type == null ? "" : ", " + type.getName())
        + "]";
  }
}
