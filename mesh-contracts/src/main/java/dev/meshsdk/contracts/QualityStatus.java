package dev.meshsdk.contracts;

/** The outcome of one quality rule evaluated over a batch of records ({@link QualityResult}). */
public enum QualityStatus {
  /** The measured value satisfies the rule's operator, or an engine said the rule passed. */
  PASSED,
  /** The measured value breaks the rule's operator, or an engine said the rule failed. */
  FAILED,
  /**
   * The rule could not be evaluated: a text rule, a rule without (or with several) operators, a SQL
   * or custom rule no registered {@link QualityEngine} supports, an engine that threw. The result's
   * message says why.
   */
  NOT_EVALUATED
}
