package dev.meshsdk.core.governance;

import dev.meshsdk.core.DataProduct;
import java.util.Objects;
import java.util.Optional;

/**
 * What a policy is told besides the product: the rule being run, the severity its set gives it, and
 * the previously registered version of the product, for rules that compare versions (a breaking
 * contract change needs a new major version).
 *
 * @param ruleId the id of the rule being evaluated
 * @param severity the severity the policy set gives the rule
 * @param previousVersion the highest registered version of the product below this one, if known
 */
public record PolicyContext(
    String ruleId, Severity severity, Optional<DataProduct> previousVersion) {
  /**
   * Checks the components.
   *
   * @param ruleId the id of the rule being evaluated
   * @param severity the severity the policy set gives the rule
   * @param previousVersion the previously registered version of the product, if known
   */
  public PolicyContext {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(previousVersion, "previousVersion");
  }

  /**
   * A finding of this rule, at its configured severity.
   *
   * @param place where in the product
   * @param message what is wrong and what is expected
   * @return the finding
   */
  public Finding finding(String place, String message) {
    return new Finding(ruleId, severity, place, message);
  }
}
