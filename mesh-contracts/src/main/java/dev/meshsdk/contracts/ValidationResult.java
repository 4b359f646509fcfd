package dev.meshsdk.contracts;

import java.util.List;
import java.util.Objects;

/**
 * What validating one record found: valid, or every violation of the record (not only the first).
 */
public final class ValidationResult {
  private static final ValidationResult VALID = new ValidationResult(List.of());

  private final List<Violation> violations;

  private ValidationResult(List<Violation> violations) {
    this.violations = violations;
  }

  /**
   * The result of a valid record (one shared instance).
   *
   * @return the valid result
   */
  public static ValidationResult valid() {
    return VALID;
  }

  /**
   * A result with violations.
   *
   * @param violations the violations; empty means valid
   * @return the result
   */
  public static ValidationResult of(List<Violation> violations) {
    Objects.requireNonNull(violations, "violations");
    return violations.isEmpty() ? VALID : new ValidationResult(List.copyOf(violations));
  }

  /**
   * Whether the record meets its contract.
   *
   * @return true when there are no violations
   */
  public boolean isValid() {
    return violations.isEmpty();
  }

  /**
   * Every violation, in the order of the contract's properties.
   *
   * @return the violations, empty when valid
   */
  public List<Violation> violations() {
    return violations;
  }

  /**
   * The rule ids of the violations, in order, for quick assertions.
   *
   * @return the rule ids
   */
  public List<String> rules() {
    return violations.stream().map(Violation::rule).toList();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ValidationResult r && r.violations.equals(violations);
  }

  @Override
  public int hashCode() {
    return violations.hashCode();
  }

  @Override
  public String toString() {
    return isValid() ? "valid" : "invalid " + violations;
  }
}
