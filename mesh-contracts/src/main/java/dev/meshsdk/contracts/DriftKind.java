package dev.meshsdk.contracts;

/** What kind of difference a {@link Drift} is between a Java type and its data contract. */
public enum DriftKind {
  /** The contract has a property that the Java type has no field for. */
  MISSING_IN_CODE,
  /** The Java type has a field that the contract does not list. */
  MISSING_IN_CONTRACT,
  /**
   * The field's logical type differs from the contract's ({@code integer} against {@code number}
   * counts), or a timestamp lacks the timezone the contract asks for.
   */
  TYPE_MISMATCH,
  /** The contract requires a value that the Java type allows to be null or absent. */
  REQUIRED_MISMATCH,
  /**
   * The Java type's constraints let through values the contract refuses: longer or shorter strings,
   * wider bounds, no pattern or format where the contract has one, more items, values outside the
   * contract's enum.
   */
  WEAKER_CONSTRAINT
}
