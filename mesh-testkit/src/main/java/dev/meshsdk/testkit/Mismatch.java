package dev.meshsdk.testkit;

/**
 * One way in which a provider does not meet a consumer's expectations.
 *
 * @param consumer the consumer's id
 * @param subject what the mismatch is about: a field path such as {@code lines.sku}, {@code check
 *     '<name>'}, {@code access}, {@code schema} or {@code samples}
 * @param expectation what the consumer expects, such as {@code number, required, >= 0}
 * @param reason why the provider does not meet it; never holds values of classified fields
 */
public record Mismatch(String consumer, String subject, String expectation, String reason) {
  /**
   * Checks the components.
   *
   * @param consumer the consumer's id
   * @param subject what the mismatch is about
   * @param expectation what the consumer expects
   * @param reason why the provider does not meet it
   */
  public Mismatch {
    java.util.Objects.requireNonNull(consumer, "consumer");
    java.util.Objects.requireNonNull(subject, "subject");
    java.util.Objects.requireNonNull(expectation, "expectation");
    java.util.Objects.requireNonNull(reason, "reason");
  }

  @Override
  public String toString() {
    return "consumer '"
        + consumer
        + "', "
        + subject
        + ": expects "
        + expectation
        + ", but "
        + reason;
  }
}
