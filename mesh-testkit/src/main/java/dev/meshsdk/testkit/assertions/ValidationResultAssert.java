package dev.meshsdk.testkit.assertions;

import dev.meshsdk.contracts.ValidationResult;
import dev.meshsdk.contracts.Violation;
import java.util.stream.Collectors;

/**
 * Assertions on a {@link ValidationResult}. Failure messages list violations by rule, path and
 * message; violation messages never hold classified values.
 */
public final class ValidationResultAssert {
  private final ValidationResult actual;

  ValidationResultAssert(ValidationResult actual) {
    this.actual = actual;
  }

  /**
   * Asserts that the record was valid.
   *
   * @return this
   * @throws AssertionError listing the violations otherwise
   */
  public ValidationResultAssert isValid() {
    if (!actual.isValid()) {
      throw new AssertionError(
          "Expected the record to be valid, but it has "
              + actual.violations().size()
              + " violation(s):"
              + list(actual));
    }
    return this;
  }

  /**
   * Asserts that the record was invalid.
   *
   * @return this
   * @throws AssertionError if it was valid
   */
  public ValidationResultAssert isInvalid() {
    if (actual.isValid()) {
      throw new AssertionError("Expected the record to be invalid, but it has no violation");
    }
    return this;
  }

  /**
   * Asserts that the record broke a rule at a path.
   *
   * @param rule the rule id, such as {@code required}
   * @param path the path, such as {@code lines[0].sku}; empty for the record itself
   * @return this
   * @throws AssertionError listing the violations found otherwise
   */
  public ValidationResultAssert hasViolation(String rule, String path) {
    for (Violation v : actual.violations()) {
      if (v.rule().equals(rule) && v.path().equals(path)) {
        return this;
      }
    }
    throw new AssertionError(
        "Expected a violation of rule '"
            + rule
            + "' at '"
            + path
            + "', but "
            + (actual.isValid() ? "the record is valid" : "found:" + list(actual)));
  }

  static String list(ValidationResult result) {
    return result.violations().stream()
        .map(v -> "\n  - " + v.rule() + " at '" + v.path() + "': " + v.message())
        .collect(Collectors.joining());
  }
}
