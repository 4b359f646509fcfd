package dev.meshsdk.testkit;

import java.util.Objects;

/**
 * A named, example-based check a consumer's code needs to hold on every record, such as "paid
 * orders have a payment date". Provider verification runs it on the provider's sample records.
 *
 * @param name what the check means to the consumer, shown in failures
 * @param condition the condition every record must meet
 */
public record Check(String name, Condition condition) {
  /**
   * Checks the components.
   *
   * @param name what the check means to the consumer, non-blank
   * @param condition the condition every record must meet
   */
  public Check {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("name: a check needs a non-blank name");
    }
    Objects.requireNonNull(condition, "condition");
  }

  @Override
  public String toString() {
    return "'" + name + "' (" + condition + ")";
  }
}
