package dev.meshsdk.testkit;

import dev.meshsdk.contracts.MeshException;

/**
 * A consumer expectation that does not hold: the consumer's code failed on a record its provider's
 * contract allows, the contract does not guarantee what the consumer relies on, a sample record
 * breaks a consumer's check, or governance does not allow the consumer. The message names the
 * consumer, the field, the expectation and why; values of classified fields are masked.
 */
public final class ExpectationFailedException extends MeshException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what failed, naming the consumer, field and expectation
   */
  public ExpectationFailedException(String message) {
    super(message);
  }

  /**
   * Creates the exception with the failure of the consumer's code as its cause.
   *
   * @param message what failed, naming the consumer, field and expectation
   * @param cause what the consumer's code threw
   */
  public ExpectationFailedException(String message, Throwable cause) {
    super(message, cause);
  }
}
