package dev.meshsdk.contracts;

import dev.meshsdk.contracts.internal.Values;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A data quality rule ({@code quality[]}) of a schema object or a property.
 *
 * <p>Four kinds ({@link QualityType}): {@code text} describes the rule in words; {@code library}
 * (the default) measures a {@link QualityMetric} with optional {@code arguments}; {@code sql} runs
 * a {@code query}; {@code custom} hands an {@code implementation} to another {@code engine}.
 * Library and SQL rules compare their result with one operator ({@code mustBe: 0}, {@code
 * mustBeBetween: [100, 120]} ...).
 *
 * <p>The operators are kept in {@link #operators()}, in document order, so that a rule with none or
 * with several can still be read and written back; {@code DataContracts.check} reports those, as it
 * reports the other cross-field rules (a library rule without a metric, a SQL rule without a
 * query). {@link #operator()} gives the one operator of a well-formed rule. Reading is strict about
 * JSON types: ordering operators take numbers and the between operators arrays of numbers.
 *
 * @param id a stable identifier for references (letters, digits, {@code _} and {@code -})
 * @param name a short name
 * @param type the kind of rule; {@code library} when absent
 * @param metric the library metric (library rules, since v3.1.0)
 * @param rule the deprecated name of the check, the v3.0 form of {@code metric} (free text, such as
 *     {@code duplicateCount} or {@code validValues})
 * @param arguments the metric's arguments, such as {@code validValues}, {@code pattern}, {@code
 *     missingValues} or {@code properties}
 * @param validValues the valid values of a v3.0 {@code rule: validValues} check (v3.1 moved them to
 *     {@code arguments})
 * @param query the SQL query in the server's dialect (SQL rules)
 * @param engine the engine that runs the rule, such as {@code soda} or {@code great-expectations}
 *     (custom rules)
 * @param implementation the rule in the engine's terms, a string or an object (custom rules)
 * @param operators the comparisons and their values, in document order; the standard allows exactly
 *     one for library and SQL rules and none otherwise
 * @param unit the unit of the result: {@code rows} (the default) or {@code percent}; any value is
 *     allowed
 * @param description what it is
 * @param dimension the quality dimension measured
 * @param method the method, such as {@code reconciliation}
 * @param severity the severity of a failure, free text such as {@code info}, {@code warning} or
 *     {@code error}
 * @param businessImpact the consequence of a failure, such as {@code operational} or {@code
 *     regulatory}
 * @param schedule when the rule runs, in the scheduler's terms, such as {@code 0 20 * * *}
 * @param scheduler the scheduler, such as {@code cron}
 * @param tags tags
 * @param authoritativeDefinitions links to authoritative definitions
 * @param customProperties custom properties
 * @param extensions fields the standard does not define, kept as read
 */
public record QualityRule(
    Optional<String> id,
    Optional<String> name,
    Optional<QualityType> type,
    Optional<QualityMetric> metric,
    Optional<String> rule,
    Map<String, JsonValue> arguments,
    List<JsonValue> validValues,
    Optional<String> query,
    Optional<String> engine,
    Optional<JsonValue> implementation,
    Map<QualityOperator, JsonValue> operators,
    Optional<String> unit,
    Optional<String> description,
    Optional<QualityDimension> dimension,
    Optional<String> method,
    Optional<String> severity,
    Optional<String> businessImpact,
    Optional<String> schedule,
    Optional<String> scheduler,
    List<String> tags,
    List<AuthoritativeDefinition> authoritativeDefinitions,
    List<CustomProperty> customProperties,
    Map<String, JsonValue> extensions) {

  /**
   * Checks the components and copies the collections.
   *
   * @param id a stable identifier for references (letters, digits, {@code _} and {@code -})
   * @param name a short name
   * @param type the kind of rule; {@code library} when absent
   * @param metric the library metric (library rules, since v3.1.0)
   * @param rule the deprecated name of the check, the v3.0 form of {@code metric} (free text, such
   *     as {@code duplicateCount} or {@code validValues})
   * @param arguments the metric's arguments, such as {@code validValues}, {@code pattern}, {@code
   *     missingValues} or {@code properties}
   * @param validValues the valid values of a v3.0 {@code rule: validValues} check (v3.1 moved them
   *     to {@code arguments})
   * @param query the SQL query in the server's dialect (SQL rules)
   * @param engine the engine that runs the rule, such as {@code soda} or {@code great-expectations}
   *     (custom rules)
   * @param implementation the rule in the engine's terms, a string or an object (custom rules)
   * @param operators the comparisons and their values, in document order; the standard allows
   *     exactly one for library and SQL rules and none otherwise
   * @param unit the unit of the result: {@code rows} (the default) or {@code percent}; any value is
   *     allowed
   * @param description what it is
   * @param dimension the quality dimension measured
   * @param method the method, such as {@code reconciliation}
   * @param severity the severity of a failure, free text such as {@code info}, {@code warning} or
   *     {@code error}
   * @param businessImpact the consequence of a failure, such as {@code operational} or {@code
   *     regulatory}
   * @param schedule when the rule runs, in the scheduler's terms, such as {@code 0 20 * * *}
   * @param scheduler the scheduler, such as {@code cron}
   * @param tags tags
   * @param authoritativeDefinitions links to authoritative definitions
   * @param customProperties custom properties
   * @param extensions fields the standard does not define, kept as read
   */
  public QualityRule {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(rule, "rule");
    arguments = Values.orderedCopy(arguments, "arguments");
    validValues = List.copyOf(validValues);
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(engine, "engine");
    Objects.requireNonNull(implementation, "implementation");
    checkImplementation(implementation);
    operators = copyOperators(operators);
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(dimension, "dimension");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(businessImpact, "businessImpact");
    Objects.requireNonNull(schedule, "schedule");
    Objects.requireNonNull(scheduler, "scheduler");
    tags = List.copyOf(tags);
    authoritativeDefinitions = List.copyOf(authoritativeDefinitions);
    customProperties = List.copyOf(customProperties);
    extensions = Values.orderedCopy(extensions, "extensions");
  }

  /**
   * The one operator and its value, when the rule has exactly one (as the standard requires of
   * library and SQL rules).
   *
   * @return the operator and its value, or empty when there are none or several
   */
  public Optional<Map.Entry<QualityOperator, JsonValue>> operator() {
    if (operators.size() != 1) {
      return Optional.empty();
    }
    Map.Entry<QualityOperator, JsonValue> e = operators.entrySet().iterator().next();
    return Optional.of(Map.entry(e.getKey(), e.getValue()));
  }

  /**
   * The type, or the standard's default {@link QualityType#LIBRARY} when absent.
   *
   * @return the type
   */
  public QualityType effectiveType() {
    return type.orElse(QualityType.LIBRARY);
  }

  private static Map<QualityOperator, JsonValue> copyOperators(
      Map<QualityOperator, JsonValue> operators) {
    Objects.requireNonNull(operators, "operators");
    Map<QualityOperator, JsonValue> copy = new LinkedHashMap<>();
    for (Map.Entry<QualityOperator, JsonValue> e : operators.entrySet()) {
      QualityOperator op = Objects.requireNonNull(e.getKey(), "operators: null operator");
      copy.put(op, checkOperator(op, e.getValue()));
    }
    return Collections.unmodifiableMap(copy);
  }

  private static JsonValue checkOperator(QualityOperator op, @Nullable JsonValue value) {
    if (value == null) {
      throw new NullPointerException("QualityRule." + op.value() + ": null value");
    }
    if (op.takesNumber() && !(value instanceof JsonValue.Num)) {
      throw new IllegalArgumentException(
          "QualityRule." + op.value() + " must be a number, got " + value.typeName() + " " + value);
    }
    if (op.takesRange()
        && !(value instanceof JsonValue.Arr a
            && a.values().stream().allMatch(v -> v instanceof JsonValue.Num))) {
      throw new IllegalArgumentException(
          "QualityRule."
              + op.value()
              + " must be an array of numbers [low, high], got "
              + value.typeName()
              + " "
              + value);
    }
    return value;
  }

  private static void checkImplementation(Optional<JsonValue> implementation) {
    implementation.ifPresent(
        v -> {
          if (!(v instanceof JsonValue.Str || v instanceof JsonValue.Obj)) {
            throw new IllegalArgumentException(
                "QualityRule.implementation must be a string or an object, got " + v.typeName());
          }
        });
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
   * A builder holding this value's fields.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.id = id;
    b.name = name;
    b.type = type;
    b.metric = metric;
    b.rule = rule;
    b.arguments = arguments;
    b.validValues = new ArrayList<>(validValues);
    b.query = query;
    b.engine = engine;
    b.implementation = implementation;
    b.operators = new LinkedHashMap<>(operators);
    b.unit = unit;
    b.description = description;
    b.dimension = dimension;
    b.method = method;
    b.severity = severity;
    b.businessImpact = businessImpact;
    b.schedule = schedule;
    b.scheduler = scheduler;
    b.tags = new ArrayList<>(tags);
    b.authoritativeDefinitions = new ArrayList<>(authoritativeDefinitions);
    b.customProperties = new ArrayList<>(customProperties);
    b.extensions = extensions;
    return b;
  }

  /** Builds a {@link QualityRule}. */
  public static final class Builder {
    private Optional<String> id = Optional.empty();
    private Optional<String> name = Optional.empty();
    private Optional<QualityType> type = Optional.empty();
    private Optional<QualityMetric> metric = Optional.empty();
    private Optional<String> rule = Optional.empty();
    private Map<String, JsonValue> arguments = Map.of();
    private List<JsonValue> validValues = new ArrayList<>();
    private Optional<String> query = Optional.empty();
    private Optional<String> engine = Optional.empty();
    private Optional<JsonValue> implementation = Optional.empty();
    private Map<QualityOperator, JsonValue> operators = new LinkedHashMap<>();
    private Optional<String> unit = Optional.empty();
    private Optional<String> description = Optional.empty();
    private Optional<QualityDimension> dimension = Optional.empty();
    private Optional<String> method = Optional.empty();
    private Optional<String> severity = Optional.empty();
    private Optional<String> businessImpact = Optional.empty();
    private Optional<String> schedule = Optional.empty();
    private Optional<String> scheduler = Optional.empty();
    private List<String> tags = new ArrayList<>();
    private List<AuthoritativeDefinition> authoritativeDefinitions = new ArrayList<>();
    private List<CustomProperty> customProperties = new ArrayList<>();
    private Map<String, JsonValue> extensions = Map.of();

    private Builder() {}

    /**
     * Sets the stable identifier.
     *
     * @param id the value
     * @return this
     */
    public Builder id(String id) {
      return id(Optional.of(id));
    }

    /**
     * Sets or clears the stable identifier.
     *
     * @param id the value, or empty
     * @return this
     */
    public Builder id(Optional<String> id) {
      this.id = Objects.requireNonNull(id, "id");
      return this;
    }

    /**
     * Sets the name.
     *
     * @param name the value
     * @return this
     */
    public Builder name(String name) {
      return name(Optional.of(name));
    }

    /**
     * Sets or clears the name.
     *
     * @param name the value, or empty
     * @return this
     */
    public Builder name(Optional<String> name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * Sets the kind of rule.
     *
     * @param type the value
     * @return this
     */
    public Builder type(QualityType type) {
      return type(Optional.of(type));
    }

    /**
     * Sets or clears the kind of rule.
     *
     * @param type the value, or empty
     * @return this
     */
    public Builder type(Optional<QualityType> type) {
      this.type = Objects.requireNonNull(type, "type");
      return this;
    }

    /**
     * Sets the library metric.
     *
     * @param metric the value
     * @return this
     */
    public Builder metric(QualityMetric metric) {
      return metric(Optional.of(metric));
    }

    /**
     * Sets or clears the library metric.
     *
     * @param metric the value, or empty
     * @return this
     */
    public Builder metric(Optional<QualityMetric> metric) {
      this.metric = Objects.requireNonNull(metric, "metric");
      return this;
    }

    /**
     * Sets the deprecated rule name.
     *
     * @param rule the value
     * @return this
     */
    public Builder rule(String rule) {
      return rule(Optional.of(rule));
    }

    /**
     * Sets or clears the deprecated rule name.
     *
     * @param rule the value, or empty
     * @return this
     */
    public Builder rule(Optional<String> rule) {
      this.rule = Objects.requireNonNull(rule, "rule");
      return this;
    }

    /**
     * Replaces the metric's arguments.
     *
     * @param arguments the members, in order
     * @return this
     */
    public Builder arguments(Map<String, JsonValue> arguments) {
      this.arguments = Values.orderedCopy(arguments, "arguments");
      return this;
    }

    /**
     * Replaces the v3.0 valid values.
     *
     * @param validValues the values
     * @return this
     */
    public Builder validValues(List<JsonValue> validValues) {
      this.validValues = new ArrayList<>(List.copyOf(validValues));
      return this;
    }

    /**
     * Adds to the v3.0 valid values.
     *
     * @param value the value to add
     * @return this
     */
    public Builder validValue(JsonValue value) {
      this.validValues.add(Objects.requireNonNull(value, "validValue"));
      return this;
    }

    /**
     * Sets the SQL query.
     *
     * @param query the value
     * @return this
     */
    public Builder query(String query) {
      return query(Optional.of(query));
    }

    /**
     * Sets or clears the SQL query.
     *
     * @param query the value, or empty
     * @return this
     */
    public Builder query(Optional<String> query) {
      this.query = Objects.requireNonNull(query, "query");
      return this;
    }

    /**
     * Sets the engine.
     *
     * @param engine the value
     * @return this
     */
    public Builder engine(String engine) {
      return engine(Optional.of(engine));
    }

    /**
     * Sets or clears the engine.
     *
     * @param engine the value, or empty
     * @return this
     */
    public Builder engine(Optional<String> engine) {
      this.engine = Objects.requireNonNull(engine, "engine");
      return this;
    }

    /**
     * Sets the engine's implementation.
     *
     * @param implementation the value
     * @return this
     */
    public Builder implementation(JsonValue implementation) {
      return implementation(Optional.of(implementation));
    }

    /**
     * Sets or clears the engine's implementation.
     *
     * @param implementation the value, or empty
     * @return this
     */
    public Builder implementation(Optional<JsonValue> implementation) {
      this.implementation = Objects.requireNonNull(implementation, "implementation");
      return this;
    }

    /**
     * Sets the unit.
     *
     * @param unit the value
     * @return this
     */
    public Builder unit(String unit) {
      return unit(Optional.of(unit));
    }

    /**
     * Sets or clears the unit.
     *
     * @param unit the value, or empty
     * @return this
     */
    public Builder unit(Optional<String> unit) {
      this.unit = Objects.requireNonNull(unit, "unit");
      return this;
    }

    /**
     * Sets the description.
     *
     * @param description the value
     * @return this
     */
    public Builder description(String description) {
      return description(Optional.of(description));
    }

    /**
     * Sets or clears the description.
     *
     * @param description the value, or empty
     * @return this
     */
    public Builder description(Optional<String> description) {
      this.description = Objects.requireNonNull(description, "description");
      return this;
    }

    /**
     * Sets the quality dimension.
     *
     * @param dimension the value
     * @return this
     */
    public Builder dimension(QualityDimension dimension) {
      return dimension(Optional.of(dimension));
    }

    /**
     * Sets or clears the quality dimension.
     *
     * @param dimension the value, or empty
     * @return this
     */
    public Builder dimension(Optional<QualityDimension> dimension) {
      this.dimension = Objects.requireNonNull(dimension, "dimension");
      return this;
    }

    /**
     * Sets the method.
     *
     * @param method the value
     * @return this
     */
    public Builder method(String method) {
      return method(Optional.of(method));
    }

    /**
     * Sets or clears the method.
     *
     * @param method the value, or empty
     * @return this
     */
    public Builder method(Optional<String> method) {
      this.method = Objects.requireNonNull(method, "method");
      return this;
    }

    /**
     * Sets the severity.
     *
     * @param severity the value
     * @return this
     */
    public Builder severity(String severity) {
      return severity(Optional.of(severity));
    }

    /**
     * Sets or clears the severity.
     *
     * @param severity the value, or empty
     * @return this
     */
    public Builder severity(Optional<String> severity) {
      this.severity = Objects.requireNonNull(severity, "severity");
      return this;
    }

    /**
     * Sets the business impact.
     *
     * @param businessImpact the value
     * @return this
     */
    public Builder businessImpact(String businessImpact) {
      return businessImpact(Optional.of(businessImpact));
    }

    /**
     * Sets or clears the business impact.
     *
     * @param businessImpact the value, or empty
     * @return this
     */
    public Builder businessImpact(Optional<String> businessImpact) {
      this.businessImpact = Objects.requireNonNull(businessImpact, "businessImpact");
      return this;
    }

    /**
     * Sets the schedule.
     *
     * @param schedule the value
     * @return this
     */
    public Builder schedule(String schedule) {
      return schedule(Optional.of(schedule));
    }

    /**
     * Sets or clears the schedule.
     *
     * @param schedule the value, or empty
     * @return this
     */
    public Builder schedule(Optional<String> schedule) {
      this.schedule = Objects.requireNonNull(schedule, "schedule");
      return this;
    }

    /**
     * Sets the scheduler.
     *
     * @param scheduler the value
     * @return this
     */
    public Builder scheduler(String scheduler) {
      return scheduler(Optional.of(scheduler));
    }

    /**
     * Sets or clears the scheduler.
     *
     * @param scheduler the value, or empty
     * @return this
     */
    public Builder scheduler(Optional<String> scheduler) {
      this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
      return this;
    }

    /**
     * Replaces the tags.
     *
     * @param tags the values
     * @return this
     */
    public Builder tags(List<String> tags) {
      this.tags = new ArrayList<>(List.copyOf(tags));
      return this;
    }

    /**
     * Adds to the tags.
     *
     * @param value the value to add
     * @return this
     */
    public Builder tag(String value) {
      this.tags.add(Objects.requireNonNull(value, "tag"));
      return this;
    }

    /**
     * Replaces the links to authoritative definitions.
     *
     * @param authoritativeDefinitions the values
     * @return this
     */
    public Builder authoritativeDefinitions(
        List<AuthoritativeDefinition> authoritativeDefinitions) {
      this.authoritativeDefinitions = new ArrayList<>(List.copyOf(authoritativeDefinitions));
      return this;
    }

    /**
     * Adds to the links to authoritative definitions.
     *
     * @param value the value to add
     * @return this
     */
    public Builder authoritativeDefinition(AuthoritativeDefinition value) {
      this.authoritativeDefinitions.add(Objects.requireNonNull(value, "authoritativeDefinition"));
      return this;
    }

    /**
     * Replaces the custom properties.
     *
     * @param customProperties the values
     * @return this
     */
    public Builder customProperties(List<CustomProperty> customProperties) {
      this.customProperties = new ArrayList<>(List.copyOf(customProperties));
      return this;
    }

    /**
     * Adds to the custom properties.
     *
     * @param value the value to add
     * @return this
     */
    public Builder customProperty(CustomProperty value) {
      this.customProperties.add(Objects.requireNonNull(value, "customProperty"));
      return this;
    }

    /**
     * Sets the fields the standard does not define.
     *
     * @param extensions the fields
     * @return this
     */
    public Builder extensions(Map<String, JsonValue> extensions) {
      this.extensions = Values.orderedCopy(extensions, "extensions");
      return this;
    }

    /**
     * Replaces the operators and their values, keeping their order.
     *
     * @param operators the operators
     * @return this
     * @throws IllegalArgumentException if a value has the wrong JSON type for its operator
     */
    public Builder operators(Map<QualityOperator, JsonValue> operators) {
      this.operators = new LinkedHashMap<>(copyOperators(operators));
      return this;
    }

    /**
     * Sets an operator's value, after the operators already set. The standard allows one operator
     * per rule; a second one is kept and reported by {@code DataContracts.check}.
     *
     * @param operator the operator
     * @param value its value: any JSON for {@code mustBe} and {@code mustNotBe}, a number for the
     *     ordering operators, an array {@code [low, high]} of numbers for the between operators
     * @return this
     * @throws IllegalArgumentException if the value has the wrong JSON type for the operator
     */
    public Builder operator(QualityOperator operator, JsonValue value) {
      Objects.requireNonNull(operator, "operator");
      this.operators.put(operator, checkOperator(operator, value));
      return this;
    }

    /**
     * Sets an operator's value to a number.
     *
     * @param operator the operator
     * @param value the number
     * @return this
     * @throws IllegalArgumentException if the operator takes a range
     */
    public Builder operator(QualityOperator operator, long value) {
      return operator(operator, JsonValue.of(value));
    }

    /**
     * Sets an operator's value to a number.
     *
     * @param operator the operator
     * @param value the number
     * @return this
     * @throws IllegalArgumentException if the operator takes a range
     */
    public Builder operator(QualityOperator operator, BigDecimal value) {
      return operator(operator, new JsonValue.Num(value));
    }

    /**
     * Sets one argument of the metric, after the arguments already set.
     *
     * @param name the argument's name, such as {@code validValues}
     * @param value its value
     * @return this
     */
    public Builder argument(String name, JsonValue value) {
      Map<String, JsonValue> m = new LinkedHashMap<>(arguments);
      m.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, name));
      this.arguments = Values.orderedCopy(m, "arguments");
      return this;
    }

    /**
     * Builds the quality rule.
     *
     * @return the quality rule
     */
    public QualityRule build() {
      return new QualityRule(
          id,
          name,
          type,
          metric,
          rule,
          arguments,
          validValues,
          query,
          engine,
          implementation,
          operators,
          unit,
          description,
          dimension,
          method,
          severity,
          businessImpact,
          schedule,
          scheduler,
          tags,
          authoritativeDefinitions,
          customProperties,
          extensions);
    }
  }
}
