package dev.meshsdk.testkit.generate;

import dev.meshsdk.contracts.MeshException;

/**
 * Thrown when a generator cannot produce a value the contract allows: constraints that no value
 * meets (such as a {@code pattern} and a {@code maxLength} that exclude each other), or a pattern
 * that only java.util.regex can run and that random candidates did not match. The message names the
 * schema object, the property path and the constraint.
 */
public final class GenerationException extends MeshException {
  private static final long serialVersionUID = 1L;

  /**
   * A new exception.
   *
   * @param message what could not be generated, and why
   */
  public GenerationException(String message) {
    super(message);
  }
}
