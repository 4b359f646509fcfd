package dev.meshsdk.observability.lineage;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps events in memory, for tests. Thread-safe. */
public final class InMemoryTransport implements LineageTransport {
  private final List<LineageEvent> events = new CopyOnWriteArrayList<>();

  /** An empty transport. */
  public InMemoryTransport() {}

  @Override
  public void send(LineageEvent event) {
    events.add(event);
  }

  /**
   * The events sent so far, in order.
   *
   * @return a copy of the events
   */
  public List<LineageEvent> events() {
    return List.copyOf(events);
  }

  /**
   * The events sent so far as JSON, in order.
   *
   * @return the JSON texts
   */
  public List<String> json() {
    return events.stream().map(LineageJson::toJson).toList();
  }

  /** Forgets the events sent so far. */
  public void clear() {
    events.clear();
  }
}
