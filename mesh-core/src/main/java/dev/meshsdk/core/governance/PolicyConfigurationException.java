package dev.meshsdk.core.governance;

import dev.meshsdk.contracts.MeshException;

/**
 * A governance configuration that is not allowed: two rules with one id in a set, or a domain set
 * that removes, lowers or loosens an organisation rule. Thrown when the configuration is built,
 * never while evaluating products.
 */
public final class PolicyConfigurationException extends MeshException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong, naming the domain, the rule and what is allowed
   */
  public PolicyConfigurationException(String message) {
    super(message);
  }
}
