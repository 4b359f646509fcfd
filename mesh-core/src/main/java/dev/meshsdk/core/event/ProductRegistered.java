package dev.meshsdk.core.event;

import dev.meshsdk.core.DataProduct;
import dev.meshsdk.core.governance.GovernanceReport;
import java.time.Instant;
import java.util.Objects;

/**
 * A product version passed governance and is now in the catalog. Lineage modules emit the product's
 * static lineage (its input and output ports) from this event.
 *
 * @param product the registered descriptor
 * @param report the governance report it passed, with any non-blocking findings
 * @param time when it was registered
 */
public record ProductRegistered(DataProduct product, GovernanceReport report, Instant time)
    implements MeshEvent {
  /**
   * Checks the components.
   *
   * @param product the registered descriptor
   * @param report the governance report it passed
   * @param time when it was registered
   */
  public ProductRegistered {
    Objects.requireNonNull(product, "ProductRegistered.product");
    Objects.requireNonNull(report, "ProductRegistered.report");
    Objects.requireNonNull(time, "ProductRegistered.time");
  }
}
