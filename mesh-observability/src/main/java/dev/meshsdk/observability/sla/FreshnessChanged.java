package dev.meshsdk.observability.sla;

import dev.meshsdk.core.publish.PortRef;
import java.util.Objects;

/**
 * A watched port's freshness status changed; delivered once per change to the callbacks of an
 * {@link SlaMonitor}.
 *
 * @param previous the status before
 * @param current the port's freshness now (its status differs from {@code previous})
 */
public record FreshnessChanged(FreshnessStatus previous, PortFreshness current) {
  /**
   * Checks the components.
   *
   * @param previous the status before
   * @param current the freshness now, with another status
   */
  public FreshnessChanged {
    Objects.requireNonNull(previous, "FreshnessChanged.previous");
    Objects.requireNonNull(current, "FreshnessChanged.current");
    if (previous == current.status()) {
      throw new IllegalArgumentException(
          "FreshnessChanged.current must have another status than previous, both are " + previous);
    }
  }

  /**
   * The port.
   *
   * @return {@code current().port()}
   */
  public PortRef port() {
    return current.port();
  }

  /**
   * The new status.
   *
   * @return {@code current().status()}
   */
  public FreshnessStatus status() {
    return current.status();
  }
}
