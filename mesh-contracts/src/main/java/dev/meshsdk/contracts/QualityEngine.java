package dev.meshsdk.contracts;

import dev.meshsdk.contracts.internal.quality.SchemaPaths;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Evaluates the quality rules {@link BatchQuality} cannot evaluate itself: {@code sql} rules and
 * {@code custom} rules for another engine (Soda, Great Expectations, dbt ...).
 *
 * <p>Engines are registered in code with {@link BatchQuality#withEngine(QualityEngine)}, and
 * offered each SQL and custom rule in the order they were registered; the first that {@link
 * #supports(QualityRule) supports} a rule evaluates it. An engine that throws does not stop the
 * evaluation: the rule's result is {@link QualityStatus#NOT_EVALUATED}, with the exception's class
 * and message. Engines must keep the values of classified properties out of their messages.
 *
 * <pre>{@code
 * QualityEngine sql = new QualityEngine() {
 *   public boolean supports(QualityRule rule) { return rule.effectiveType() == QualityType.SQL; }
 *   public Outcome evaluate(QualityRule rule, Batch batch) {
 *     return Outcome.measured(runQuery(rule.query().orElseThrow(), batch.records()));
 *   }
 * };
 * QualityReport report = BatchQuality.of(contract, "orders").withEngine(sql).evaluate(records);
 * }</pre>
 */
public interface QualityEngine {

  /**
   * A name for messages.
   *
   * @return the name; the class's simple name unless overridden
   */
  default String name() {
    String simple = getClass().getSimpleName();
    return simple.isEmpty() ? getClass().getName() : simple;
  }

  /**
   * Whether this engine evaluates the rule, such as a SQL rule, or a custom rule whose {@code
   * engine} is {@code soda}.
   *
   * @param rule a SQL or custom rule
   * @return true when it does
   */
  boolean supports(QualityRule rule);

  /**
   * Evaluates a rule this engine supports over a batch.
   *
   * @param rule the rule
   * @param batch the schema object, where the rule applies, and the records
   * @return a measured value, which is compared with the rule's operator, or a verdict
   */
  Outcome evaluate(QualityRule rule, Batch batch);

  /**
   * The batch a rule is evaluated over.
   *
   * @param schemaObject the schema object the records belong to
   * @param path where the rule applies: the schema object's name, or a property path such as {@code
   *     orders.lines.sku} (see {@link QualityResult#path()})
   * @param records the records, unmodifiable; their maps are the caller's and must not be changed
   */
  record Batch(SchemaObject schemaObject, String path, List<Map<String, ?>> records) {

    /**
     * Checks and copies the components.
     *
     * @param schemaObject the schema object the records belong to
     * @param path where the rule applies
     * @param records the records
     */
    public Batch {
      Objects.requireNonNull(schemaObject, "schemaObject");
      Objects.requireNonNull(path, "path");
      records = List.copyOf(records);
    }

    /**
     * The property the rule belongs to, found by following {@link #path()} below the schema object
     * (names containing dots cannot be told apart from nesting).
     *
     * @return the property, or empty for a rule of the schema object itself
     */
    public Optional<SchemaProperty> property() {
      return SchemaPaths.property(schemaObject, path);
    }
  }

  /**
   * What an engine found: a {@link Measured} value, which {@link BatchQuality} compares with the
   * rule's operator, or a {@link Verdict}.
   */
  sealed interface Outcome permits Outcome.Measured, Outcome.Verdict {

    /**
     * A measured value to compare with the rule's operator.
     *
     * @param value the value, such as the result of the rule's SQL query
     * @return the outcome
     */
    static Outcome measured(BigDecimal value) {
      return new Measured(value, Optional.empty());
    }

    /**
     * A measured value to compare with the rule's operator, with a note for the result's message.
     *
     * @param value the value
     * @param message a note, without classified values
     * @return the outcome
     */
    static Outcome measured(BigDecimal value, String message) {
      return new Measured(value, Optional.of(message));
    }

    /**
     * The rule passed.
     *
     * @param message why, without classified values
     * @return the outcome
     */
    static Outcome passed(String message) {
      return new Verdict(true, message);
    }

    /**
     * The rule failed.
     *
     * @param message why, without classified values
     * @return the outcome
     */
    static Outcome failed(String message) {
      return new Verdict(false, message);
    }

    /**
     * A measured value, compared with the rule's operator.
     *
     * @param value the value
     * @param message a note for the result's message
     */
    record Measured(BigDecimal value, Optional<String> message) implements Outcome {
      /**
       * Checks the components.
       *
       * @param value the value
       * @param message a note for the result's message
       */
      public Measured {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(message, "message");
      }
    }

    /**
     * The engine's own verdict.
     *
     * @param passed whether the rule passed
     * @param message why
     */
    record Verdict(boolean passed, String message) implements Outcome {
      /**
       * Checks the components.
       *
       * @param passed whether the rule passed
       * @param message why
       */
      public Verdict {
        Objects.requireNonNull(message, "message");
      }
    }
  }
}
