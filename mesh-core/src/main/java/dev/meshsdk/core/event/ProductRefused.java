package dev.meshsdk.core.event;

import dev.meshsdk.core.DataProduct;
import dev.meshsdk.core.governance.GovernanceReport;
import java.time.Instant;
import java.util.Objects;

/**
 * Governance refused to register a product version: its report has at least one blocking finding.
 * Nothing was added to the catalog and the product's ports cannot publish.
 *
 * @param product the refused descriptor
 * @param report the report naming each rule and place
 * @param time when registration was refused
 */
public record ProductRefused(DataProduct product, GovernanceReport report, Instant time)
    implements MeshEvent {
  /**
   * Checks the components.
   *
   * @param product the refused descriptor
   * @param report the report naming each rule and place
   * @param time when registration was refused
   */
  public ProductRefused {
    Objects.requireNonNull(product, "ProductRefused.product");
    Objects.requireNonNull(report, "ProductRefused.report");
    Objects.requireNonNull(time, "ProductRefused.time");
  }
}
