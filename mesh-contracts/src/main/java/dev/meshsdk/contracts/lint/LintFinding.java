package dev.meshsdk.contracts.lint;

import java.util.Objects;

/**
 * One lint finding.
 *
 * @param rule the rule's stable id, such as {@code personal-data-classified}
 * @param severity the severity it was reported at (never {@link LintSeverity#OFF})
 * @param path where: a contract field ({@code support}), a schema object ({@code orders}) or a
 *     property ({@code orders.customer_email}, {@code orders.lines[].sku})
 * @param message what is wrong and how to fix it
 */
public record LintFinding(String rule, LintSeverity severity, String path, String message) {
  /**
   * Checks the components.
   *
   * @param rule the rule's stable id
   * @param severity the severity, not OFF
   * @param path where
   * @param message what is wrong
   */
  public LintFinding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
    if (severity == LintSeverity.OFF) {
      throw new IllegalArgumentException("severity: a finding cannot have severity OFF");
    }
  }

  @Override
  public String toString() {
    return severity
        + " "
        + (path.isEmpty() ? "(contract)" : path)
        + ": "
        + message
        + " ["
        + rule
        + "]";
  }
}
