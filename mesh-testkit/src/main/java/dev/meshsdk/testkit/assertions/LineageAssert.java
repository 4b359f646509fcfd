package dev.meshsdk.testkit.assertions;

import dev.meshsdk.observability.lineage.EventType;
import dev.meshsdk.observability.lineage.LineageEvent;
import dev.meshsdk.observability.lineage.RunEvent;
import java.util.List;
import java.util.stream.Collectors;

/** Assertions on OpenLineage events; messages list run events by type and job. */
public final class LineageAssert {
  private final List<LineageEvent> actual;

  LineageAssert(List<LineageEvent> actual) {
    this.actual = actual;
  }

  /**
   * Asserts that a run event of a type was emitted for a job.
   *
   * @param type the event type, such as {@link EventType#COMPLETE}
   * @param jobName the job's name, such as {@code sales.orders.orders}
   * @return this
   * @throws AssertionError listing the run events otherwise
   */
  public LineageAssert hasRunEvent(EventType type, String jobName) {
    for (LineageEvent e : actual) {
      if (e instanceof RunEvent r && r.eventType() == type && r.job().name().equals(jobName)) {
        return this;
      }
    }
    String runs =
        actual.stream()
            .filter(RunEvent.class::isInstance)
            .map(RunEvent.class::cast)
            .map(r -> "\n  - " + r.eventType() + " " + r.job().namespace() + "/" + r.job().name())
            .collect(Collectors.joining());
    throw new AssertionError(
        "Expected a "
            + type
            + " run event for job '"
            + jobName
            + "', but "
            + (runs.isEmpty() ? "there is no run event" : "found:" + runs));
  }
}
