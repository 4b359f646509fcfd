package dev.meshsdk.core.event;

import dev.meshsdk.core.publish.PublishRun;
import java.time.Instant;
import java.util.Objects;

/**
 * A publish call started, before any record was validated.
 *
 * @param run the call
 * @param records how many records it offers
 */
public record PublishStarted(PublishRun run, int records) implements MeshEvent, PublishEvent {
  /**
   * Checks the components.
   *
   * @param run the call
   * @param records records offered, not negative
   */
  public PublishStarted {
    Objects.requireNonNull(run, "PublishStarted.run");
    if (records < 0) {
      throw new IllegalArgumentException(
          "PublishStarted.records must not be negative, got " + records);
    }
  }

  /**
   * When the call started.
   *
   * @return {@code run().startedAt()}
   */
  @Override
  public Instant time() {
    return run.startedAt();
  }
}
