package dev.meshsdk.core.governance;

import java.util.Objects;

/**
 * One thing a policy found about a product.
 *
 * @param ruleId the id of the rule that found it, such as {@code personal-data-restricted}
 * @param severity how much it matters
 * @param place where in the product, such as {@code
 *     outputPorts[orders].contract.schema.orders.email}, or empty for the product as a whole
 * @param message what is wrong and what is expected; never a data value
 */
public record Finding(String ruleId, Severity severity, String place, String message) {
  /**
   * Checks the components.
   *
   * @param ruleId the id of the rule that found it
   * @param severity how much it matters
   * @param place where in the product, or empty for the product as a whole
   * @param message what is wrong and what is expected
   */
  public Finding {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return severity
        + " "
        + ruleId
        + " at "
        + (place.isEmpty() ? "(product)" : place)
        + ": "
        + message;
  }
}
