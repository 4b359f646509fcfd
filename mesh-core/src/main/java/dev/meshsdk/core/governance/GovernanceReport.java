package dev.meshsdk.core.governance;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What governance found about one product version.
 *
 * @param productId the product's id
 * @param productVersion the product's version, if it has one
 * @param findings the findings, most severe first
 */
public record GovernanceReport(
    String productId, Optional<String> productVersion, List<Finding> findings) {
  /**
   * Checks the components and orders the findings, most severe first (stable otherwise).
   *
   * @param productId the product's id
   * @param productVersion the product's version, if it has one
   * @param findings the findings
   */
  public GovernanceReport {
    Objects.requireNonNull(productId, "productId");
    Objects.requireNonNull(productVersion, "productVersion");
    findings =
        findings.stream().sorted(Comparator.comparing(Finding::severity).reversed()).toList();
  }

  /**
   * Whether a finding blocks the product.
   *
   * @return true if any finding is {@link Severity#BLOCKING}
   */
  public boolean isBlocked() {
    return findings.stream().anyMatch(f -> f.severity().isBlocking());
  }

  /**
   * The findings of one severity.
   *
   * @param severity the severity
   * @return the findings
   */
  public List<Finding> findings(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).toList();
  }

  /**
   * The report as text for people: a headline, then one line a finding naming its severity, rule
   * and place.
   *
   * <pre>
   * Governance of data product 'orders' version 1.0.0: BLOCKED (1 blocking, 1 warning, 0 info)
   *   BLOCKING owner-present at team: the product has no owning team; ...
   *   WARNING  naming.port-name at outputPorts[Orders]: ...
   * </pre>
   *
   * @return the text, ending with a newline
   */
  public String render() {
    StringBuilder sb =
        new StringBuilder("Governance of data product '").append(productId).append("'");
    productVersion.ifPresent(v -> sb.append(" version ").append(v));
    sb.append(": ")
        .append(isBlocked() ? "BLOCKED" : findings.isEmpty() ? "PASSED" : "PASSED with findings")
        .append(" (")
        .append(findings(Severity.BLOCKING).size())
        .append(" blocking, ")
        .append(findings(Severity.WARNING).size())
        .append(" warning, ")
        .append(findings(Severity.INFO).size())
        .append(" info)\n");
    for (Finding f : findings) {
      sb.append("  ")
          .append(String.format(java.util.Locale.ROOT, "%-8s", f.severity()))
          .append(' ')
          .append(f.ruleId())
          .append(" at ")
          .append(f.place().isEmpty() ? "(product)" : f.place())
          .append(": ")
          .append(f.message())
          .append('\n');
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return render();
  }
}
