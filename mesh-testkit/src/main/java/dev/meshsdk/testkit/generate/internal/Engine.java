package dev.meshsdk.testkit.generate.internal;

import dev.meshsdk.contracts.ContractDefinitionException;
import dev.meshsdk.contracts.DataContract;
import dev.meshsdk.contracts.RecordValidator;
import dev.meshsdk.contracts.SchemaObject;
import dev.meshsdk.contracts.ValidationResult;
import dev.meshsdk.testkit.generate.GenerationException;
import dev.meshsdk.testkit.generate.GeneratorOptions;
import dev.meshsdk.testkit.generate.InvalidRecord;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The compiled generator of one schema object: valid records, invalid ones, shrinking, rendering
 * and typed instances. Immutable and thread-safe; the public {@code RecordGenerator} wraps it.
 */
public final class Engine {
  /** Regenerations of a record the validator refused, before giving up. */
  private static final int RETRIES = 30;

  private final DataContract contract;
  private final String objectName;
  private final GeneratorOptions options;
  private final RecordValidator<Map<String, ?>> validator;
  private final Node.ObjectNode root;
  private final Breaker breaker;

  private Engine(DataContract contract, String objectName, GeneratorOptions options) {
    this.contract = contract;
    this.objectName = objectName;
    this.options = options;
    this.validator = RecordValidator.of(contract, objectName);
    SchemaObject object =
        contract
            .schemaObject(objectName)
            .orElseThrow(
                () -> new ContractDefinitionException("no schema object '" + objectName + "'"));
    this.root = Compiler.compile(object, options);
    this.breaker = new Breaker(root, validator, options, false);
  }

  /**
   * Compiles a generator.
   *
   * @param contract the contract
   * @param objectName the schema object
   * @param options the options
   * @return the engine
   * @throws ContractDefinitionException if the schema object does not exist or a property cannot be
   *     validated (as {@link RecordValidator#of(DataContract, String)})
   */
  public static Engine of(DataContract contract, String objectName, GeneratorOptions options) {
    return new Engine(contract, objectName, options);
  }

  /**
   * The options.
   *
   * @return the options
   */
  public GeneratorOptions options() {
    return options;
  }

  /**
   * The contract.
   *
   * @return the contract
   */
  public DataContract contract() {
    return contract;
  }

  /**
   * The schema object's name.
   *
   * @return the name
   */
  public String objectName() {
    return objectName;
  }

  /**
   * The validator records are checked with.
   *
   * @return the validator
   */
  public RecordValidator<Map<String, ?>> validator() {
    return validator;
  }

  /**
   * A valid record drawn from a random source: generated, checked by the validator, and drawn again
   * (up to a bound) in the rare case it is refused.
   *
   * @param random the source
   * @return a fresh mutable record
   * @throws GenerationException if no valid record comes up
   */
  public Map<String, @Nullable Object> valid(SplittableRandom random) {
    Map<String, @Nullable Object> last = Map.of();
    for (int i = 0; i < RETRIES; i++) {
      Draw d = new Draw(random, options);
      @SuppressWarnings("unchecked")
      Map<String, @Nullable Object> record = (Map<String, @Nullable Object>) root.generate(d, "");
      if (validator.isValid(record)) {
        return record;
      }
      last = record;
    }
    ValidationResult r = validator.validate(last);
    throw new GenerationException(
        "cannot generate a valid record of schema object '"
            + objectName
            + "' of contract "
            + contract.id()
            + ": "
            + RETRIES
            + " drawn records were refused, the last with "
            + r.violations());
  }

  /**
   * A record that breaks exactly one rule.
   *
   * @param rule the rule id (aliases: {@code enum} for {@code validValues}, {@code
   *     additionalProperties} for {@code undeclared})
   * @return the record, or empty when the contract has no such rule or it cannot be broken alone
   */
  public Optional<InvalidRecord> invalid(String rule) {
    String wanted = canonicalRule(rule);
    List<Breaker.Target> matching =
        breaker.targets().stream().filter(t -> t.rule().equals(wanted)).toList();
    if (matching.isEmpty()) {
      return Optional.empty();
    }
    int offset = (int) Math.floorMod(options.seed(), (long) matching.size());
    for (int i = 0; i < matching.size(); i++) {
      Breaker.Target t = matching.get((offset + i) % matching.size());
      Optional<InvalidRecord> r = breaker.breakTarget(t, seedFor(t));
      if (r.isPresent()) {
        return r;
      }
    }
    return Optional.empty();
  }

  /**
   * One record per rule and place that can be broken alone, in schema order.
   *
   * @return the records
   */
  public List<InvalidRecord> invalidRecords() {
    List<InvalidRecord> out = new ArrayList<>();
    for (Breaker.Target t : breaker.targets()) {
      breaker.breakTarget(t, seedFor(t)).ifPresent(out::add);
    }
    return out;
  }

  /**
   * The rules the contract gives this schema object, which {@link #invalid} may break.
   *
   * @return the rule ids
   */
  public Set<String> rules() {
    return breaker.targets().stream()
        .map(Breaker.Target::rule)
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  /**
   * Describes each rule and place an invalid record is attempted for, and whether it worked: for
   * tests and diagnostics.
   *
   * @return lines of {@code rule at label: yes|no}
   */
  public List<String> attempts() {
    List<String> out = new ArrayList<>();
    for (Breaker.Target t : breaker.targets()) {
      boolean ok = breaker.breakTarget(t, seedFor(t)).isPresent();
      out.add(
          t.rule()
              + " at "
              + (t.node().label.isEmpty() ? "(record)" : t.node().label)
              + ": "
              + (ok ? "yes" : "no"));
    }
    return out;
  }

  private long seedFor(Breaker.Target t) {
    return options.seed() * 31 + (t.rule() + "@" + t.node().label).hashCode();
  }

  private static String canonicalRule(String rule) {
    return switch (rule) {
      case "enum" -> "validValues";
      case "additionalProperties" -> "undeclared";
      default -> rule;
    };
  }

  /**
   * Shrinks a failing record.
   *
   * @param record the failing record
   * @param stillFails whether a (valid) candidate still fails the property
   * @return the shrunk record and the number of steps
   */
  public Shrunk shrink(
      Map<String, @Nullable Object> record, Predicate<Map<String, @Nullable Object>> stillFails) {
    Shrinker.Result r =
        Shrinker.shrink(
            record, candidate -> validator.isValid(candidate) && stillFails.test(candidate));
    return new Shrunk(r.record(), r.steps());
  }

  /**
   * A shrunk record.
   *
   * @param record the record
   * @param steps how many simplifications were accepted
   */
  public record Shrunk(Map<String, @Nullable Object> record, int steps) {
    /**
     * Checks the components.
     *
     * @param record the record
     * @param steps the steps
     */
    public Shrunk {}
  }

  /**
   * Renders a record JSON-style with the values of classified properties hidden.
   *
   * @param record the record
   * @return the text
   */
  public String render(Map<String, @Nullable Object> record) {
    return Json.render(record, root);
  }

  /**
   * Builds a Java record or bean from a generated record.
   *
   * @param record the record
   * @param type the type
   * @param <T> the type
   * @return the instance
   * @throws GenerationException if the type cannot be built from the record
   */
  public <T> T build(Map<String, @Nullable Object> record, Class<T> type) {
    return type.cast(Converter.build(record, type, root));
  }
}
