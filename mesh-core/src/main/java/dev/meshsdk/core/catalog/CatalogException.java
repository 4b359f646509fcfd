package dev.meshsdk.core.catalog;

import dev.meshsdk.contracts.MeshException;

/**
 * A catalog operation that cannot be done: a registration that conflicts with what is registered, a
 * product without a version, a consumer of an unknown product or port, or storage that fails.
 */
public final class CatalogException extends MeshException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong, naming the product, version or port
   */
  public CatalogException(String message) {
    super(message);
  }

  /**
   * Creates the exception with its cause.
   *
   * @param message what is wrong
   * @param cause the underlying cause
   */
  public CatalogException(String message, Throwable cause) {
    super(message, cause);
  }
}
