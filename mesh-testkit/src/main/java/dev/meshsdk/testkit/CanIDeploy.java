package dev.meshsdk.testkit;

import dev.meshsdk.contracts.DataContract;
import java.util.Collection;
import java.util.List;

/**
 * Whether a new version of a port's contract can be deployed without breaking any consumer: each
 * consumer's expectations of that port are checked against the new contract. A breaking change that
 * no consumer relies on passes; a change that looks compatible (a wider enum, a longer text, a
 * lower bound dropped) fails if a consumer stated it relies on the old guarantee.
 *
 * <pre>{@code
 * DeployReport report = CanIDeploy.check(newContract, "orders-product", "orders-port", all);
 * if (!report.canDeploy()) System.err.println(report.describe());
 * }</pre>
 *
 * <p>For CI scripts, {@link CanIDeployCli} does the same from the command line.
 */
public final class CanIDeploy {
  private CanIDeploy() {}

  /**
   * Checks a new contract against the expectations of one port.
   *
   * @param newContract the contract about to be deployed
   * @param product the provider's data product id
   * @param port the output port
   * @param expectations expectations of any ports; only those of this product and port count
   * @return the report
   */
  public static DeployReport check(
      DataContract newContract,
      String product,
      String port,
      Collection<Expectations> expectations) {
    List<VerificationResult> results =
        expectations.stream()
            .filter(e -> e.product().equals(product) && e.port().equals(port))
            .map(e -> ProviderVerification.verifyContract(e, newContract))
            .toList();
    return new DeployReport(product, port, newContract.id() + " " + newContract.version(), results);
  }
}
