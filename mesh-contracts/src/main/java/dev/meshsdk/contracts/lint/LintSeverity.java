package dev.meshsdk.contracts.lint;

/** How much a lint finding matters; {@link #OFF} switches a rule off. */
public enum LintSeverity {
  /** A finding that should fail a build. */
  ERROR,
  /** A finding worth fixing. */
  WARNING,
  /** A hint. */
  INFO,
  /** The rule does not run. */
  OFF
}
