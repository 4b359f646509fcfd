package dev.meshsdk.observability.lineage;

import dev.meshsdk.contracts.MeshException;

/**
 * A lineage transport could not deliver an event: the endpoint refused it, was unreachable, or a
 * file could not be written. The message names the transport's target and the cause, never the
 * event's content or a credential.
 */
public final class LineageTransportException extends MeshException {
  private static final long serialVersionUID = 1L;

  /**
   * An exception with a message.
   *
   * @param message what failed, and where
   */
  public LineageTransportException(String message) {
    super(message);
  }

  /**
   * An exception with a message and a cause.
   *
   * @param message what failed, and where
   * @param cause the cause
   */
  public LineageTransportException(String message, Throwable cause) {
    super(message, cause);
  }
}
