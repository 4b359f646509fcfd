package dev.meshsdk.contracts;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The comparison a {@link QualityResult} was held to: a rule's operator and its value, such as
 * {@code mustBeLessOrEqualTo 5} or {@code mustBeBetween [1, 10]}.
 *
 * @param operator the operator
 * @param value its value as written in the contract: any JSON for {@code mustBe} and {@code
 *     mustNotBe}, a number for the ordering operators, an array of numbers for the between
 *     operators
 */
public record QualityThreshold(QualityOperator operator, JsonValue value) {

  /**
   * Checks the components.
   *
   * @param operator the operator
   * @param value its value as written in the contract
   */
  public QualityThreshold {
    Objects.requireNonNull(operator, "operator");
    Objects.requireNonNull(value, "value");
  }

  /**
   * The readable form, such as {@code mustBeLessOrEqualTo 5} or {@code mustBeBetween [1, 10]}.
   *
   * @return the text
   */
  public String text() {
    return operator.value() + " " + render(value);
  }

  @Override
  public String toString() {
    return text();
  }

  private static String render(JsonValue v) {
    if (v instanceof JsonValue.Num n) {
      return n.value().toPlainString();
    }
    if (v instanceof JsonValue.Str s) {
      return "'" + s.value() + "'";
    }
    if (v instanceof JsonValue.Arr a) {
      List<JsonValue> values = a.values();
      return values.stream()
          .map(QualityThreshold::render)
          .collect(Collectors.joining(", ", "[", "]"));
    }
    if (v instanceof JsonValue.Obj o) {
      return o.members().entrySet().stream()
          .map(e -> e.getKey() + ": " + render(e.getValue()))
          .collect(Collectors.joining(", ", "{", "}"));
    }
    return v.toString();
  }
}
