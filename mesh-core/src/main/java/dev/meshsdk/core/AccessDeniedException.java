package dev.meshsdk.core;

import dev.meshsdk.contracts.MeshException;

/**
 * A consumer asked to read an output port whose access policy does not allow it. The attempt was
 * audited (an {@link dev.meshsdk.core.event.AccessAudited} event) before this was thrown.
 */
public final class AccessDeniedException extends MeshException {
  private static final long serialVersionUID = 1L;

  /** The consumer refused. */
  private final transient ConsumerIdentity consumer;

  /** The policy's answer. */
  private final transient AccessDecision decision;

  /**
   * Creates the exception.
   *
   * @param port the port, as {@code product@version#port}
   * @param consumer the consumer refused
   * @param decision the denying decision, with its reason
   */
  public AccessDeniedException(String port, ConsumerIdentity consumer, AccessDecision decision) {
    super("Access to " + port + " denied: " + decision.reason());
    this.consumer = consumer;
    this.decision = decision;
  }

  /**
   * The consumer refused.
   *
   * @return the consumer
   */
  public ConsumerIdentity consumer() {
    return consumer;
  }

  /**
   * The access policy's answer.
   *
   * @return the decision, never allowed
   */
  public AccessDecision decision() {
    return decision;
  }
}
