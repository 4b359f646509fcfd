package dev.meshsdk.core.publish;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One call of {@link Publisher#publish(java.util.List)}: the port, a fresh run id and the time the
 * call started. Every event and outcome of the call carries it, so that listeners (lineage,
 * metrics, audit) can correlate them.
 *
 * @param port what was published
 * @param runId the run's id, a time-ordered UUID version 7 (RFC 9562)
 * @param startedAt when the call started, from the publisher's clock
 */
public record PublishRun(PortRef port, UUID runId, Instant startedAt) {
  /**
   * Checks the components.
   *
   * @param port what was published
   * @param runId the run's id
   * @param startedAt when the call started
   */
  public PublishRun {
    Objects.requireNonNull(port, "PublishRun.port");
    Objects.requireNonNull(runId, "PublishRun.runId");
    Objects.requireNonNull(startedAt, "PublishRun.startedAt");
  }
}
