package dev.meshsdk.contracts;

/**
 * A contract, or a Java type used as one, that cannot be turned into a working validator or
 * contract: an invalid or catastrophic pattern, a schema object that does not exist, a record type
 * whose annotations contradict each other.
 *
 * <p>This is a mistake in a definition, found when something is compiled or derived, never while
 * validating data; data that breaks a contract is reported as {@link Violation}s.
 */
public final class ContractDefinitionException extends MeshException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong, naming the place (schema object, property path) and the rule
   */
  public ContractDefinitionException(String message) {
    super(message);
  }

  /**
   * Creates the exception with its cause.
   *
   * @param message what is wrong, naming the place and the rule
   * @param cause the underlying cause
   */
  public ContractDefinitionException(String message, Throwable cause) {
    super(message, cause);
  }
}
