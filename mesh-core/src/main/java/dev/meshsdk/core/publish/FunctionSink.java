package dev.meshsdk.core.publish;

import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.Consumer;

/**
 * Hands each batch to a function of yours: a Kafka producer, a JDBC batch insert, an HTTP call.
 *
 * <pre>{@code
 * Sink<Order> sink = FunctionSink.of(batch -> repository.insertAll(batch));
 * }</pre>
 *
 * <p>The function must keep the {@link Sink} contract: store the whole batch or throw having stored
 * none of it (a database transaction, a transactional producer), and never put record values in an
 * exception message. It is called on the publishing thread, by several threads at once if the
 * publisher is shared; make it thread-safe or give each thread its own publisher.
 *
 * @param <T> the record type
 */
public final class FunctionSink<T> implements Sink<T> {
  private final Consumer<? super List<? extends T>> function;

  private FunctionSink(Consumer<? super List<? extends T>> function) {
    this.function = function;
  }

  /**
   * A sink calling a function with each batch.
   *
   * @param function receives each batch (immutable, never empty); throws to refuse it
   * @param <T> the record type
   * @return the sink
   */
  public static <T> FunctionSink<T> of(Consumer<? super List<? extends T>> function) {
    return new FunctionSink<>(Objects.requireNonNull(function, "function"));
  }

  @Override
  public OptionalLong write(List<? extends T> batch) {
    function.accept(batch);
    return OptionalLong.empty();
  }

  @Override
  public String toString() {
    return "FunctionSink[" + function.getClass().getName() + "]";
  }
}
