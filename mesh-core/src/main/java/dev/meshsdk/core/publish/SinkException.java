package dev.meshsdk.core.publish;

import dev.meshsdk.contracts.MeshException;

/**
 * A {@link Sink} or a {@link DeadLetterSink} could not take a batch. The batch was not written
 * (sinks are all or nothing) and no record of it was counted as written; the caller still holds the
 * records and may publish them again.
 *
 * <p>Messages name the port, the sink and the batch size, never a record's values. Sinks of other
 * authors should follow the same rule. The publisher does not rely on it: it wraps whatever a sink
 * throws (this type too) in a {@code SinkException} whose message names the port, what failed and
 * the exception types only, never the sink's message, because that message reaches {@code
 * PublishFailed} events, lineage and telemetry. The sink's exception stays the {@link #getCause()
 * cause}, for the application's own logs.
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
