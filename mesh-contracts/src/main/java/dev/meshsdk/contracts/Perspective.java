package dev.meshsdk.contracts;

/**
 * Whose expectations a {@link ContractDiff} protects.
 *
 * <p>A contract guarantees consumers that data satisfies it, and tells producers what data they may
 * publish. A change that lets more data through (a longer maximum length, an optional field) breaks
 * the consumers' guarantee; a change that lets less through (a shorter maximum length, a new
 * required field) breaks producers whose data was fine before.
 */
public enum Perspective {
  /**
   * The default: a change is breaking when data valid under the new contract can violate a
   * guarantee of the old one (loosening, removal, incompatible change).
   */
  CONSUMER,
  /**
   * A change is breaking when data valid under the old contract can be rejected by the new one
   * (tightening, a new required field, a new quality rule, incompatible change).
   */
  PRODUCER,
  /** A change is breaking when it is breaking for consumers or for producers. */
  BOTH
}
