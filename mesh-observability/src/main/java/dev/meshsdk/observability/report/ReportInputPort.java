package dev.meshsdk.observability.report;

import dev.meshsdk.observability.report.internal.Checks;

/**
 * An input port: the output port of an upstream product that this product reads. Each input port is
 * one edge of the lineage graph.
 *
 * @param upstreamProductId the id of the upstream product
 * @param upstreamPort the name of the upstream product's output port
 */
public record ReportInputPort(String upstreamProductId, String upstreamPort) {

  /**
   * Checks the components.
   *
   * @param upstreamProductId the id of the upstream product
   * @param upstreamPort the name of the upstream product's output port
   * @throws IllegalArgumentException if either is blank
   */
  public ReportInputPort {
    Checks.notBlank(upstreamProductId, "ReportInputPort.upstreamProductId");
    Checks.notBlank(upstreamPort, "ReportInputPort.upstreamPort");
  }

  /**
   * An input port.
   *
   * @param upstreamProductId the id of the upstream product
   * @param upstreamPort the name of the upstream product's output port
   * @return the input port
   */
  public static ReportInputPort of(String upstreamProductId, String upstreamPort) {
    return new ReportInputPort(upstreamProductId, upstreamPort);
  }
}
