package dev.meshsdk.core;

import java.util.Objects;

/**
 * The answer of {@link AccessPolicy#decide}: allowed or denied, with the reason in words.
 *
 * @param allowed whether the consumer may read the port
 * @param reason why, naming the policy and the fact it decided on
 */
public record AccessDecision(boolean allowed, String reason) {
  /**
   * Checks the components.
   *
   * @param allowed whether the consumer may read the port
   * @param reason why, naming the policy and the fact it decided on
   */
  public AccessDecision {
    Objects.requireNonNull(reason, "reason");
  }

  /**
   * An allowing decision.
   *
   * @param reason why
   * @return the decision
   */
  public static AccessDecision allow(String reason) {
    return new AccessDecision(true, reason);
  }

  /**
   * A denying decision.
   *
   * @param reason why
   * @return the decision
   */
  public static AccessDecision deny(String reason) {
    return new AccessDecision(false, reason);
  }

  /**
   * Whether the consumer may read the port.
   *
   * @return true if allowed
   */
  public boolean isAllowed() {
    return allowed;
  }
}
