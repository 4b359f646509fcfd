package dev.meshsdk.core.event;

import dev.meshsdk.core.publish.PortRef;
import dev.meshsdk.core.publish.PublishRun;
import java.util.UUID;

/**
 * The part every event of a publish call shares: the call's {@link PublishRun}, hence its port and
 * run id. The events of one call, in order: {@link PublishStarted}, {@link RecordsRejected} if any
 * record was dead-lettered, then {@link PublishCompleted} or {@link PublishFailed}.
 *
 * <p>Implemented by the publish cases of {@link MeshEvent}; not a family of its own, so that {@link
 * MeshEvent}'s {@code permits} clause stays the only list of event types.
 */
public interface PublishEvent {

  /**
   * The publish call.
   *
   * @return the run
   */
  PublishRun run();

  /**
   * The port published to.
   *
   * @return {@code run().port()}
   */
  default PortRef port() {
    return run().port();
  }

  /**
   * The publish call's id, a UUID version 7.
   *
   * @return {@code run().runId()}
   */
  default UUID runId() {
    return run().runId();
  }
}
