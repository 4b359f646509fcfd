package dev.meshsdk.core.publish;

import java.util.List;
import java.util.OptionalLong;

/**
 * Where a {@link Publisher} writes the valid records of an output port: a file, a table, a topic.
 *
 * <p><b>All or nothing.</b> {@link #write} either stores the whole batch and returns, or stores
 * none of it and throws. The publisher relies on this to count exactly: after a return every record
 * of the batch counts as written, after a throw none does. A sink that cannot roll back (a topic
 * without transactions) must document what a retry may duplicate.
 *
 * <p><b>Threads.</b> A publisher shared by several threads calls {@code write} from all of them at
 * once; a sink must be thread-safe or be used by one publisher on one thread. The sinks meshsdk
 * provides are thread-safe.
 *
 * <p><b>Failures.</b> Throw any unchecked exception; the publisher wraps it in a {@link
 * SinkException} unless it is one. Never put record values in exception messages: they reach logs
 * and {@code PublishFailed} events.
 *
 * @param <T> the record type
 */
@FunctionalInterface
public interface Sink<T> {

  /**
   * Stores a batch, all or nothing.
   *
   * @param batch the records, never empty, in the order offered
   * @return the number of bytes stored, if the sink knows it
   * @throws RuntimeException if the batch was not stored; then none of it was
   */
  OptionalLong write(List<? extends T> batch);
}
