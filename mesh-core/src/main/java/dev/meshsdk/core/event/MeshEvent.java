package dev.meshsdk.core.event;

import java.time.Instant;

/**
 * Something that happened in a mesh, told to every registered {@link MeshListener}.
 *
 * <p>A closed family; this {@code permits} clause is the one place that lists it. Events of a
 * publish call also implement {@link PublishEvent}, which gives their port and run id. Events never
 * hold record values: only counts, rule ids, paths, exception types and messages that name no
 * values.
 */
public sealed interface MeshEvent
    permits PublishStarted,
        RecordsRejected,
        PublishCompleted,
        PublishFailed,
        ProductRegistered,
        ProductRefused,
        AccessAudited {

  /**
   * When it happened, from the clock of the component that emitted it.
   *
   * @return the time
   */
  Instant time();
}
