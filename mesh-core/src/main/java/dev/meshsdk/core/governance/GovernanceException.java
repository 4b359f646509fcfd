package dev.meshsdk.core.governance;

import dev.meshsdk.contracts.MeshException;

/**
 * A product that governance blocks; the message is the rendered {@link GovernanceReport}, which
 * names every rule and place.
 */
public final class GovernanceException extends MeshException {
  private static final long serialVersionUID = 1L;

  private final transient GovernanceReport report;

  /**
   * Creates the exception.
   *
   * @param report the report with at least one blocking finding
   */
  public GovernanceException(GovernanceReport report) {
    super(report.render().stripTrailing());
    this.report = report;
  }

  /**
   * The report.
   *
   * @return the report
   */
  public GovernanceReport report() {
    return report;
  }
}
