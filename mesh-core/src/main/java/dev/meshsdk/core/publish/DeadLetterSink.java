package dev.meshsdk.core.publish;

import java.util.List;

/**
 * Where a {@link Publisher} puts the records it does not write, each with all its violations.
 *
 * <p>Same contract as {@link Sink}: all or nothing, thread-safe when shared, no record values in
 * exception messages. A dead-letter sink that throws makes the publish call throw a {@link
 * SinkException}: a rejected record that reaches neither sink must never vanish quietly.
 *
 * <p>Dead letters hold raw records, including classified values; store them with the same
 * protection as the port's data.
 *
 * @param <T> the record type
 */
@FunctionalInterface
public interface DeadLetterSink<T> {

  /**
   * Stores dead letters, all or nothing.
   *
   * @param letters the dead letters, never empty, in the order of their records in the batch
   * @throws RuntimeException if the dead letters were not stored; then none of them was
   */
  void write(List<? extends DeadLetter<? extends T>> letters);
}
