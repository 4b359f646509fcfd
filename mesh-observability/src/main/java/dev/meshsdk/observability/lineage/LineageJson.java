package dev.meshsdk.observability.lineage;

import dev.meshsdk.observability.lineage.internal.EventWriter;

/** Writes OpenLineage events as JSON, the body of the OpenLineage HTTP API. */
public final class LineageJson {
  private LineageJson() {}

  /**
   * The event as compact JSON on one line: no line break inside (strings escape theirs) and none at
   * the end, so it is also a JSON Lines record.
   *
   * @param event the event
   * @return the JSON text
   */
  public static String toJson(LineageEvent event) {
    return EventWriter.toJson(event);
  }
}
