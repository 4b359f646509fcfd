package dev.meshsdk.contracts;

import dev.meshsdk.contracts.internal.Values;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The result of one quality rule evaluated over a batch of records by {@link BatchQuality}.
 *
 * <p>The {@link #rule()} is the contract's rule, or one synthesised from {@code unique: true} or
 * {@code primaryKey: true} (the message then says so). {@link #measured()} is the value compared
 * with the {@link #threshold()}: a count of rows, or a percentage of the values examined, as {@link
 * #unit()} says. Messages never contain record values of properties classified other than public.
 *
 * @param path where the rule applies: the schema object's name ({@code orders}), a property ({@code
 *     orders.status}), a nested property ({@code orders.lines.sku}, array items being transparent),
 *     or the items of an array ({@code orders.tags[]})
 * @param rule the rule evaluated
 * @param metric the library metric measured, the deprecated {@code rule} alias mapped; empty for
 *     text, SQL and custom rules and for aliases that name no library metric
 * @param status passed, failed or not evaluated
 * @param measured the measured value (a count, a percentage or an engine's number), when there is
 *     one
 * @param threshold the operator and value the measured value was held to, when the rule has one
 * @param unit {@code rows} or {@code percent} for library metrics; the rule's unit, {@code rows}
 *     unless set, for SQL and custom rules
 * @param message why the rule passed or failed, or why it was not evaluated
 */
public record QualityResult(
    String path,
    QualityRule rule,
    Optional<QualityMetric> metric,
    QualityStatus status,
    Optional<BigDecimal> measured,
    Optional<QualityThreshold> threshold,
    String unit,
    String message) {

  private static final Set<String> NON_BLOCKING =
      Set.of("info", "warning", "low", "minor", "trivial");

  /**
   * Checks the components.
   *
   * @param path where the rule applies, such as {@code orders.status}
   * @param rule the rule evaluated
   * @param metric the library metric measured, if any
   * @param status passed, failed or not evaluated
   * @param measured the measured value, if any
   * @param threshold the operator and value the measured value was held to, if any
   * @param unit {@code rows}, {@code percent} or the rule's own unit
   * @param message why the rule passed or failed, or why it was not evaluated
   */
  public QualityResult {
    Values.notBlank(path, "QualityResult.path");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(measured, "measured");
    Objects.requireNonNull(threshold, "threshold");
    Values.notBlank(unit, "QualityResult.unit");
    Objects.requireNonNull(message, "message");
  }

  /**
   * The rule's severity, such as {@code error} or {@code warning}.
   *
   * @return the severity, or empty when the rule has none
   */
  public Optional<String> severity() {
    return rule.severity();
  }

  /**
   * The rule's quality dimension.
   *
   * @return the dimension, or empty when the rule has none
   */
  public Optional<QualityDimension> dimension() {
    return rule.dimension();
  }

  /**
   * Whether a failure of this rule fails the batch. As in datacontract-cli, the severities {@code
   * info}, {@code warning}, {@code low}, {@code minor} and {@code trivial} (in any case) do not
   * block; any other severity, or none, does.
   *
   * @return true when blocking
   */
  public boolean isBlocking() {
    return rule.severity()
        .map(s -> !NON_BLOCKING.contains(s.trim().toLowerCase(Locale.ROOT)))
        .orElse(true);
  }

  /**
   * A name for what was checked: the library metric ({@code nullValues}), else the deprecated
   * {@code rule} name as written, else the rule's type ({@code sql}, {@code custom}, {@code text},
   * {@code library}).
   *
   * @return the name
   */
  public String metricName() {
    return metric
        .map(QualityMetric::value)
        .or(rule::rule)
        .orElseGet(() -> rule.effectiveType().value());
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
    b.path = path;
    b.rule = rule;
    b.metric = metric;
    b.status = status;
    b.measured = measured;
    b.threshold = threshold;
    b.unit = unit;
    b.message = message;
    return b;
  }

  /**
   * The one-line form: status, path, what was checked and the message.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return status + " " + path + " " + metricName() + ": " + message;
  }

  /**
   * Builds a {@link QualityResult}. {@code path}, {@code rule}, {@code status} and {@code message}
   * are required; the unit is {@code rows} unless set.
   */
  public static final class Builder {
    private @Nullable String path;
    private @Nullable QualityRule rule;
    private Optional<QualityMetric> metric = Optional.empty();
    private @Nullable QualityStatus status;
    private Optional<BigDecimal> measured = Optional.empty();
    private Optional<QualityThreshold> threshold = Optional.empty();
    private String unit = "rows";
    private @Nullable String message;

    private Builder() {}

    /**
     * Sets where the rule applies.
     *
     * @param path the path, such as {@code orders.status}
     * @return this
     */
    public Builder path(String path) {
      this.path = Values.notBlank(path, "QualityResult.path");
      return this;
    }

    /**
     * Sets the rule evaluated.
     *
     * @param rule the rule
     * @return this
     */
    public Builder rule(QualityRule rule) {
      this.rule = Objects.requireNonNull(rule, "rule");
      return this;
    }

    /**
     * Sets the library metric measured.
     *
     * @param metric the metric
     * @return this
     */
    public Builder metric(QualityMetric metric) {
      return metric(Optional.of(metric));
    }

    /**
     * Sets or clears the library metric measured.
     *
     * @param metric the metric, or empty
     * @return this
     */
    public Builder metric(Optional<QualityMetric> metric) {
      this.metric = Objects.requireNonNull(metric, "metric");
      return this;
    }

    /**
     * Sets the status.
     *
     * @param status the status
     * @return this
     */
    public Builder status(QualityStatus status) {
      this.status = Objects.requireNonNull(status, "status");
      return this;
    }

    /**
     * Sets the measured value.
     *
     * @param measured the value
     * @return this
     */
    public Builder measured(BigDecimal measured) {
      return measured(Optional.of(measured));
    }

    /**
     * Sets or clears the measured value.
     *
     * @param measured the value, or empty
     * @return this
     */
    public Builder measured(Optional<BigDecimal> measured) {
      this.measured = Objects.requireNonNull(measured, "measured");
      return this;
    }

    /**
     * Sets the threshold.
     *
     * @param threshold the operator and its value
     * @return this
     */
    public Builder threshold(QualityThreshold threshold) {
      return threshold(Optional.of(threshold));
    }

    /**
     * Sets or clears the threshold.
     *
     * @param threshold the operator and its value, or empty
     * @return this
     */
    public Builder threshold(Optional<QualityThreshold> threshold) {
      this.threshold = Objects.requireNonNull(threshold, "threshold");
      return this;
    }

    /**
     * Sets the unit.
     *
     * @param unit {@code rows}, {@code percent} or the rule's own unit
     * @return this
     */
    public Builder unit(String unit) {
      this.unit = Values.notBlank(unit, "QualityResult.unit");
      return this;
    }

    /**
     * Sets the message.
     *
     * @param message why the rule passed or failed, or why it was not evaluated
     * @return this
     */
    public Builder message(String message) {
      this.message = Objects.requireNonNull(message, "message");
      return this;
    }

    /**
     * Builds the result.
     *
     * @return the result
     * @throws IllegalStateException if the path, rule, status or message was not set
     */
    public QualityResult build() {
      return new QualityResult(
          Values.required(path, "QualityResult.path"),
          Values.required(rule, "QualityResult.rule"),
          metric,
          Values.required(status, "QualityResult.status"),
          measured,
          threshold,
          unit,
          Values.required(message, "QualityResult.message"));
    }
  }
}
