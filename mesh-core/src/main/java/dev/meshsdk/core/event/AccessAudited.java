package dev.meshsdk.core.event;

import dev.meshsdk.core.AccessDecision;
import dev.meshsdk.core.ConsumerIdentity;
import java.time.Instant;
import java.util.Objects;

/**
 * The audit record of one attempt to read an output port through the SDK, allowed or denied.
 *
 * @param productId the product read
 * @param productVersion the product version whose access policy decided
 * @param portName the output port read
 * @param consumer who asked, and for which purpose
 * @param decision the access policy's answer, with its reason
 * @param time when it was decided
 */
public record AccessAudited(
    String productId,
    String productVersion,
    String portName,
    ConsumerIdentity consumer,
    AccessDecision decision,
    Instant time)
    implements MeshEvent {
  /**
   * Checks the components.
   *
   * @param productId the product read
   * @param productVersion the product version whose access policy decided
   * @param portName the output port read
   * @param consumer who asked, and for which purpose
   * @param decision the access policy's answer, with its reason
   * @param time when it was decided
   */
  public AccessAudited {
    Objects.requireNonNull(productId, "AccessAudited.productId");
    Objects.requireNonNull(productVersion, "AccessAudited.productVersion");
    Objects.requireNonNull(portName, "AccessAudited.portName");
    Objects.requireNonNull(consumer, "AccessAudited.consumer");
    Objects.requireNonNull(decision, "AccessAudited.decision");
    Objects.requireNonNull(time, "AccessAudited.time");
  }

  /**
   * Whether the read was allowed.
   *
   * @return {@code decision().isAllowed()}
   */
  public boolean allowed() {
    return decision.isAllowed();
  }
}
