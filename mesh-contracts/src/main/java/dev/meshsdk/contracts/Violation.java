package dev.meshsdk.contracts;

import java.util.Objects;

/**
 * One way in which a record breaks its contract.
 *
 * <p>The message never holds the value of a property classified as anything but public; {@link
 * #toString()} holds only the path, the rule and the message.
 *
 * @param path where, from the record's root: {@code lines[1].sku}, {@code destination.country};
 *     empty for the record itself
 * @param rule a stable rule id: {@code required}, {@code type}, {@code pattern}, {@code format},
 *     {@code minLength}, {@code maxLength}, {@code minimum}, {@code maximum}, {@code
 *     exclusiveMinimum}, {@code exclusiveMaximum}, {@code multipleOf}, {@code minItems}, {@code
 *     maxItems}, {@code uniqueItems}, {@code validValues}, {@code undeclared}, {@code depth}, or a
 *     Bean Validation constraint's simple name for constraints meshsdk does not compile
 * @param message what is wrong, in one sentence
 */
public record Violation(String path, String rule, String message) {
  /**
   * Checks the components.
   *
   * @param path where
   * @param rule the rule id
   * @param message what is wrong
   */
  public Violation {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return (path.isEmpty() ? "(record)" : path) + ": " + message + " [" + rule + "]";
  }
}
