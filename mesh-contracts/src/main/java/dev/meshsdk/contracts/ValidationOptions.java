package dev.meshsdk.contracts;

import java.time.Clock;
import java.util.Objects;

/**
 * How a {@link RecordValidator} treats what the contract leaves open. Immutable; start from {@link
 * #defaults()}.
 *
 * @param allowUndeclaredFields whether a field the contract does not declare is allowed (default
 *     false: data no contract covers must not leak out)
 * @param clock the clock for "in the past" and "in the future" constraints (default the system UTC
 *     clock)
 * @param maxViolations the most violations reported for one record (default 100); the check stops
 *     there
 */
public record ValidationOptions(boolean allowUndeclaredFields, Clock clock, int maxViolations) {
  private static final ValidationOptions DEFAULTS =
      new ValidationOptions(false, Clock.systemUTC(), 100);

  /**
   * Checks the components.
   *
   * @param allowUndeclaredFields whether undeclared fields are allowed
   * @param clock the clock
   * @param maxViolations the most violations reported, at least 1
   */
  public ValidationOptions {
    Objects.requireNonNull(clock, "clock");
    if (maxViolations < 1) {
      throw new IllegalArgumentException("maxViolations must be at least 1, got " + maxViolations);
    }
  }

  /**
   * The defaults: undeclared fields are violations, the system UTC clock, at most 100 violations.
   *
   * @return the defaults
   */
  public static ValidationOptions defaults() {
    return DEFAULTS;
  }

  /**
   * These options with undeclared fields allowed or not.
   *
   * @param allow whether fields the contract does not declare are allowed
   * @return the new options
   */
  public ValidationOptions withAllowUndeclaredFields(boolean allow) {
    return new ValidationOptions(allow, clock, maxViolations);
  }

  /**
   * These options with another clock.
   *
   * @param clock the clock
   * @return the new options
   */
  public ValidationOptions withClock(Clock clock) {
    return new ValidationOptions(allowUndeclaredFields, clock, maxViolations);
  }

  /**
   * These options with another violation limit.
   *
   * @param maxViolations the most violations reported for one record
   * @return the new options
   */
  public ValidationOptions withMaxViolations(int maxViolations) {
    return new ValidationOptions(allowUndeclaredFields, clock, maxViolations);
  }
}
