package dev.meshsdk.observability.lineage;

/**
 * Delivers OpenLineage events somewhere: a log, a file, an OpenLineage HTTP endpoint, memory.
 *
 * <p>{@link #send(LineageEvent)} is synchronous and may be slow; applications give a transport to a
 * {@link LineageEmitter}, which calls it from its own thread, with retries. Implementations must be
 * safe to call from several threads, and must not put credentials in exception messages.
 */
public interface LineageTransport extends AutoCloseable {
  /**
   * Delivers one event.
   *
   * @param event the event
   * @throws LineageTransportException if it could not be delivered (the emitter retries)
   */
  void send(LineageEvent event);

  /** Releases the transport's resources; the default does nothing. */
  /**
   * Pushes out what {@link #send} buffered. The {@link LineageEmitter} calls it whenever its buffer
   * runs empty, so a transport may buffer while events keep coming and write them together. The
   * default does nothing (for transports that write at once).
   */
  default void flush() {}

  @Override
  default void close() {}
}
