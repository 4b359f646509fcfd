package dev.meshsdk.contracts;

import dev.meshsdk.contracts.internal.quality.QualityPlan;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Evaluates the data quality rules ({@code quality[]}) of one schema object over a batch of
 * records. Immutable and thread-safe; the rules are compiled once, in {@link #of}.
 *
 * <pre>{@code
 * QualityReport report = BatchQuality.of(contract, "orders").evaluate(records);
 * if (!report.passed()) report.failures().forEach(System.out::println);
 * }</pre>
 *
 * <p>Records are JSON-like maps (String, Number, Boolean, List, Map and null values). A nested
 * property is reached by name ({@code destination.country}); array items are transparent, so {@code
 * lines.sku} reads the {@code sku} of every element of every record's {@code lines}. A null or
 * absent value counts as null; a null, absent or empty array has no elements.
 *
 * <p>What is evaluated:
 *
 * <ul>
 *   <li>Library metrics. {@code nullValues}: values null or absent. {@code missingValues}: values
 *       null, absent, or in {@code arguments.missingValues} (default {@code [null, '']}). {@code
 *       invalidValues}: non-null values not in {@code arguments.validValues}, or in which {@code
 *       arguments.pattern} finds no match (either failing makes a value invalid). {@code
 *       duplicateValues}: non-null values equal to an earlier one; on a schema object, records
 *       whose {@code arguments.properties} compound key equals an earlier one (keys with a null
 *       part are skipped). {@code rowCount}: the records. Numbers compare by value ({@code 1 ==
 *       1.0}), and a string never equals a number.
 *   <li>Operators: {@code mustBe}, {@code mustNotBe}, the four orderings, and {@code mustBeBetween}
 *       / {@code mustNotBeBetween}, both inclusive of their bounds (as datacontract-cli). A rule
 *       without an operator, or with several, is measured but not evaluated.
 *   <li>Units: {@code rows} (the default) is the count; {@code percent} is {@code 100 * count /
 *       values examined} (0 for none), for null, missing, invalid and duplicate counts. Values
 *       examined are the batch's records, or the array elements for a property below an array.
 *   <li>The deprecated v3.0 {@code rule} names are mapped where unambiguous: {@code nullCheck},
 *       {@code nullCount}, {@code missingCount}, {@code validValues} (with the rule's own {@code
 *       validValues}), {@code invalidCount}, {@code duplicateCount}, {@code rowCount}, and the v3.1
 *       metric names.
 *   <li>{@code unique: true} and {@code primaryKey: true} properties: synthesised {@code
 *       duplicateValues mustBe 0} checks within the batch (a compound key, in {@code
 *       primaryKeyPosition} order, for several primary key properties) and {@code nullValues mustBe
 *       0} for each primary key property.
 *   <li>{@code text} rules are documentation only; {@code sql} and {@code custom} rules are offered
 *       to the {@link QualityEngine}s registered with {@link #withEngine}.
 * </ul>
 *
 * <p>Messages never contain record values of properties classified other than {@code public} (their
 * own classification or an enclosing property's).
 */
public final class BatchQuality {
  private final QualityPlan plan;
  private final List<QualityEngine> engines;

  private BatchQuality(QualityPlan plan, List<QualityEngine> engines) {
    this.plan = plan;
    this.engines = List.copyOf(engines);
  }

  /**
   * Compiles the quality rules of a schema object.
   *
   * @param contract the contract
   * @param schemaObject the schema object's name
   * @return the evaluator, with no engines
   * @throws ContractDefinitionException if the schema object does not exist, or an {@code
   *     invalidValues} pattern cannot be compiled
   */
  public static BatchQuality of(DataContract contract, String schemaObject) {
    Objects.requireNonNull(contract, "contract");
    Objects.requireNonNull(schemaObject, "schemaObject");
    SchemaObject object =
        contract
            .schemaObject(schemaObject)
            .orElseThrow(
                () ->
                    new ContractDefinitionException(
                        "BatchQuality: contract '"
                            + contract.id()
                            + "' has no schema object '"
                            + schemaObject
                            + "'; it has "
                            + (contract.schema().isEmpty()
                                ? "none"
                                : contract.schema().stream()
                                    .map(o -> "'" + o.name() + "'")
                                    .collect(Collectors.joining(", ")))));
    return new BatchQuality(QualityPlan.compile(object), List.of());
  }

  /**
   * The same evaluator with one more engine, offered SQL and custom rules after those already
   * registered.
   *
   * @param engine the engine
   * @return a new evaluator; this one is unchanged
   */
  public BatchQuality withEngine(QualityEngine engine) {
    Objects.requireNonNull(engine, "engine");
    List<QualityEngine> more = new ArrayList<>(engines);
    more.add(engine);
    return new BatchQuality(plan, more);
  }

  /**
   * The schema object whose rules are evaluated.
   *
   * @return the schema object
   */
  public SchemaObject schemaObject() {
    return plan.schemaObject();
  }

  /**
   * Evaluates every rule over a batch: one pass over the records for each property path with rules,
   * one for the schema object's rules, one call per SQL or custom rule to its engine.
   *
   * @param records the records, JSON-like maps
   * @return the report, one result per rule in contract order
   * @throws NullPointerException if the collection or one of its records is null
   */
  public QualityReport evaluate(Collection<? extends Map<String, ?>> records) {
    Objects.requireNonNull(records, "records");
    List<Map<String, ?>> batch = new ArrayList<>(records.size());
    int i = 0;
    for (Map<String, ?> r : records) {
      if (r == null) {
        throw new NullPointerException("records[" + i + "] is null");
      }
      batch.add(r);
      i++;
    }
    List<Map<String, ?>> copy = List.copyOf(batch);
    return new QualityReport(plan.evaluate(copy, engines), copy.size());
  }

  @Override
  public String toString() {
    return "BatchQuality[" + plan.schemaObject().name() + ", " + engines.size() + " engines]";
  }
}
