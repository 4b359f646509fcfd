package dev.meshsdk.core.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Keeps written records in memory: for tests, samples and small lookups. Thread-safe; a batch is
 * added in one step, so a {@link #snapshot()} never holds part of a batch.
 *
 * @param <T> the record type
 */
public final class InMemorySink<T> implements Sink<T> {
  private final List<T> records = new ArrayList<>();
  private int batches;

  /** Creates an empty sink. */
  public InMemorySink() {}

  @Override
  public synchronized OptionalLong write(List<? extends T> batch) {
    records.addAll(batch);
    batches++;
    return OptionalLong.empty();
  }

  /**
   * The records written so far, in order.
   *
   * @return an immutable copy
   */
  public synchronized List<T> snapshot() {
    return List.copyOf(records);
  }

  /**
   * How many records were written.
   *
   * @return the count
   */
  public synchronized int size() {
    return records.size();
  }

  /**
   * How many batches were written.
   *
   * @return the count
   */
  public synchronized int batches() {
    return batches;
  }

  @Override
  public synchronized String toString() {
    return "InMemorySink[" + records.size() + " records in " + batches + " batches]";
  }
}
