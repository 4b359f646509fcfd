package dev.meshsdk.observability.report;

import dev.meshsdk.observability.report.internal.Checks;

/**
 * One promise of a product's SLA as the report shows it, such as {@code latency} {@code ≤ 15 min}
 * or {@code frequency} {@code hourly}. Usually filled from the contract's {@code slaProperties}.
 *
 * @param name what is promised, such as {@code latency}, {@code frequency} or {@code retention}
 * @param value the target, with its unit, such as {@code 15 min}
 */
public record SlaTarget(String name, String value) {

  /**
   * Checks the components.
   *
   * @param name what is promised, such as {@code latency}, {@code frequency} or {@code retention}
   * @param value the target, with its unit, such as {@code 15 min}
   * @throws IllegalArgumentException if either is blank
   */
  public SlaTarget {
    Checks.notBlank(name, "SlaTarget.name");
    Checks.notBlank(value, "SlaTarget.value");
  }

  /**
   * A target.
   *
   * @param name what is promised
   * @param value the target, with its unit
   * @return the target
   */
  public static SlaTarget of(String name, String value) {
    return new SlaTarget(name, value);
  }
}
