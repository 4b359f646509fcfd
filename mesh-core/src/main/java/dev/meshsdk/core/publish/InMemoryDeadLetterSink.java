package dev.meshsdk.core.publish;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps dead letters in memory: for tests and samples. Thread-safe; dead letters of one call are
 * added in one step.
 *
 * @param <T> the record type
 */
public final class InMemoryDeadLetterSink<T> implements DeadLetterSink<T> {
  private final List<DeadLetter<T>> letters = new ArrayList<>();

  /** Creates an empty sink. */
  public InMemoryDeadLetterSink() {}

  @Override
  public synchronized void write(List<? extends DeadLetter<? extends T>> batch) {
    for (DeadLetter<? extends T> letter : batch) {
      letters.add(widen(letter));
    }
  }

  // A DeadLetter is immutable, so a DeadLetter<S> for S extends T is safely a DeadLetter<T>.
  @SuppressWarnings("unchecked")
  private static <T> DeadLetter<T> widen(DeadLetter<? extends T> letter) {
    return (DeadLetter<T>) letter;
  }

  /**
   * The dead letters so far, in order.
   *
   * @return an immutable copy
   */
  public synchronized List<DeadLetter<T>> snapshot() {
    return List.copyOf(letters);
  }

  /**
   * The rejected records so far, in order.
   *
   * @return an immutable copy
   */
  public synchronized List<T> records() {
    return letters.stream().map(DeadLetter::record).toList();
  }

  /**
   * How many dead letters there are.
   *
   * @return the count
   */
  public synchronized int size() {
    return letters.size();
  }

  @Override
  public synchronized String toString() {
    return "InMemoryDeadLetterSink[" + letters.size() + " dead letters]";
  }
}
