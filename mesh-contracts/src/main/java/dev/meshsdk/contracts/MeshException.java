package dev.meshsdk.contracts;

/**
 * The root of every exception meshsdk throws on purpose. Unchecked, like Jackson's.
 *
 * <p>Subtypes separate a definition that is wrong (a bad contract document, a bad product
 * declaration) from data that breaks a contract. Messages name the thing, the rule and, unless the
 * value is classified, the value.
 */
public class MeshException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message.
   *
   * @param message what went wrong, naming the thing and the rule
   */
  public MeshException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and the underlying cause.
   *
   * @param message what went wrong, naming the thing and the rule
   * @param cause the underlying cause
   */
  public MeshException(String message, Throwable cause) {
    super(message, cause);
  }
}
