package dev.meshsdk.core.publish;

import dev.meshsdk.contracts.MeshException;

/**
 * A {@link Sink} or a {@link DeadLetterSink} could not take a batch. The batch was not written
 * (sinks are all or nothing) and no record of it was counted as written; the caller still holds the
 * records and may publish them again.
 *
 * <p>Messages name the port, the sink and the batch size, never a record's values. Sinks of other
 * authors should follow the same rule: the cause's message reaches {@code PublishFailed} events.
 */
public final class SinkException extends MeshException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what failed, naming the sink and the batch, never record values
   */
  public SinkException(String message) {
    super(message);
  }

  /**
   * Creates the exception with the underlying cause.
   *
   * @param message what failed, naming the sink and the batch, never record values
   * @param cause the underlying cause
   */
  public SinkException(String message, Throwable cause) {
    super(message, cause);
  }
}
