package dev.meshsdk.contracts.internal.quality;

import dev.meshsdk.contracts.JsonValue;
import dev.meshsdk.contracts.QualityOperator;
import dev.meshsdk.contracts.QualityRule;
import dev.meshsdk.contracts.QualityThreshold;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A rule's operator compiled for comparisons, or the reason it cannot compare: no operator, several
 * operators, a {@code mustBe} that is not a number, a between range that is not {@code [low,
 * high]}. Both between operators include their bounds, as datacontract-cli does.
 *
 * @param threshold the operator and value, when the rule has exactly one
 * @param problem why the measured value cannot be compared, if it cannot
 */
record Threshold(Optional<QualityThreshold> threshold, Optional<String> problem) {

  static Threshold of(QualityRule rule) {
    Map<QualityOperator, JsonValue> ops = rule.operators();
    if (ops.isEmpty()) {
      return new Threshold(
          Optional.empty(),
          Optional.of(
              "the rule has no operator (mustBe, mustBeLessThan, mustBeBetween ...) to compare"
                  + " with"));
    }
    if (ops.size() > 1) {
      return new Threshold(
          Optional.empty(),
          Optional.of(
              "the rule has "
                  + ops.size()
                  + " operators ("
                  + ops.keySet().stream()
                      .map(QualityOperator::value)
                      .collect(Collectors.joining(", "))
                  + "); the standard allows one"));
    }
    Map.Entry<QualityOperator, JsonValue> e = ops.entrySet().iterator().next();
    QualityThreshold t = new QualityThreshold(e.getKey(), e.getValue());
    return new Threshold(Optional.of(t), problem(t));
  }

  private static Optional<String> problem(QualityThreshold t) {
    JsonValue v = t.value();
    if (t.operator().takesRange()) {
      List<JsonValue> bounds = v instanceof JsonValue.Arr a ? a.values() : List.of();
      if (bounds.size() != 2 || !bounds.stream().allMatch(b -> b instanceof JsonValue.Num)) {
        return Optional.of(
            t.operator().value() + " needs two numbers [low, high], got " + shown(t));
      }
      if (number(bounds.get(0)).compareTo(number(bounds.get(1))) > 0) {
        return Optional.of(t.text() + ": the low bound must come first");
      }
      return Optional.empty();
    }
    if (!(v instanceof JsonValue.Num)) {
      return Optional.of(
          t.text()
              + ": "
              + shown(t)
              + " is not a number, so a measured number cannot be compared with it");
    }
    return Optional.empty();
  }

  private static String shown(QualityThreshold t) {
    return t.text().substring(t.operator().value().length() + 1);
  }

  private static BigDecimal number(JsonValue v) {
    return ((JsonValue.Num) v).value();
  }

  /** Whether the rule can compare. */
  boolean usable() {
    return threshold.isPresent() && problem.isEmpty();
  }

  /**
   * Compares a measured value; only for a {@link #usable()} threshold.
   *
   * @param measured the measured value
   * @return true when the value satisfies the operator
   */
  boolean test(BigDecimal measured) {
    QualityThreshold t = threshold.orElseThrow();
    JsonValue v = t.value();
    return switch (t.operator()) {
      case MUST_BE -> measured.compareTo(number(v)) == 0;
      case MUST_NOT_BE -> measured.compareTo(number(v)) != 0;
      case MUST_BE_GREATER_THAN -> measured.compareTo(number(v)) > 0;
      case MUST_BE_GREATER_OR_EQUAL_TO -> measured.compareTo(number(v)) >= 0;
      case MUST_BE_LESS_THAN -> measured.compareTo(number(v)) < 0;
      case MUST_BE_LESS_OR_EQUAL_TO -> measured.compareTo(number(v)) <= 0;
      case MUST_BE_BETWEEN -> between(measured, (JsonValue.Arr) v);
      case MUST_NOT_BE_BETWEEN -> !between(measured, (JsonValue.Arr) v);
    };
  }

  private static boolean between(BigDecimal measured, JsonValue.Arr range) {
    return measured.compareTo(number(range.values().get(0))) >= 0
        && measured.compareTo(number(range.values().get(1))) <= 0;
  }
}
