package dev.meshsdk.observability.sla;

import dev.meshsdk.contracts.MeshException;

/**
 * A contract's {@code slaProperties} cannot be used: an unknown time unit, a value that is not a
 * non-negative number, an availability outside 0 to 100, or no frequency and no retention to judge
 * freshness by. A mistake in the contract's definition, found when a port is watched; the message
 * names the contract (when known), the SLA property and the rule.
 */
public final class SlaDefinitionException extends MeshException {
  private static final long serialVersionUID = 1L;

  /** The SLA property at fault, as written in the contract. */
  private final String property;

  /**
   * Creates the exception.
   *
   * @param property the SLA property at fault ({@code latency}, {@code frequency}...)
   * @param message what is wrong, naming the property and the rule
   */
  public SlaDefinitionException(String property, String message) {
    super(message);
    this.property = property;
  }

  /**
   * Creates the exception with its cause.
   *
   * @param property the SLA property at fault
   * @param message what is wrong, naming the property and the rule
   * @param cause the underlying cause
   */
  public SlaDefinitionException(String property, String message, Throwable cause) {
    super(message, cause);
    this.property = property;
  }

  /**
   * The SLA property at fault, as written in the contract ({@code latency}, {@code Frequency}...).
   *
   * @return the property name
   */
  public String property() {
    return property;
  }
}
