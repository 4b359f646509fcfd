package dev.meshsdk.testkit;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The answer of {@link CanIDeploy}: for one port and a new contract, each consumer's result.
 *
 * @param product the provider's data product id
 * @param port the output port
 * @param contract the new contract's id and version, such as {@code orders 2.0.0}
 * @param results one result per consumer expectation of this port
 */
public record DeployReport(
    String product, String port, String contract, List<VerificationResult> results) {
  /**
   * Checks the components and copies the list.
   *
   * @param product the provider's data product id
   * @param port the output port
   * @param contract the new contract's id and version
   * @param results one result per consumer expectation of this port
   */
  public DeployReport {
    Objects.requireNonNull(product, "product");
    Objects.requireNonNull(port, "port");
    Objects.requireNonNull(contract, "contract");
    results = List.copyOf(results);
  }

  /**
   * Whether the new contract meets every consumer's expectations.
   *
   * @return true if no consumer breaks
   */
  public boolean canDeploy() {
    return results.stream().allMatch(VerificationResult::isSatisfied);
  }

  /**
   * The results of the consumers the new contract breaks.
   *
   * @return the failing results
   */
  public List<VerificationResult> broken() {
    return results.stream().filter(r -> !r.isSatisfied()).toList();
  }

  /**
   * The report in words: the verdict, then one block per consumer, field by field.
   *
   * @return the report
   */
  public String describe() {
    String head =
        (canDeploy() ? "CAN DEPLOY" : "CANNOT DEPLOY")
            + ": contract "
            + contract
            + " for "
            + product
            + "/"
            + port
            + " checked against "
            + results.size()
            + (results.size() == 1 ? " consumer" : " consumers")
            + (canDeploy() ? "" : ", " + broken().size() + " broken");
    return head
        + results.stream()
            .map(r -> "\n" + (r.isSatisfied() ? "  ok    " : "  BROKEN ") + r.describe())
            .collect(Collectors.joining());
  }
}
