package dev.meshsdk.testkit;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The outcome of verifying one consumer's expectations against a provider.
 *
 * @param expectations the expectations verified
 * @param mismatches every way the provider does not meet them; empty when it does
 */
public record VerificationResult(Expectations expectations, List<Mismatch> mismatches) {
  /**
   * Checks the components and copies the list.
   *
   * @param expectations the expectations verified
   * @param mismatches every mismatch found
   */
  public VerificationResult {
    Objects.requireNonNull(expectations, "expectations");
    mismatches = List.copyOf(mismatches);
  }

  /**
   * Whether the provider meets every expectation.
   *
   * @return true if there is no mismatch
   */
  public boolean isSatisfied() {
    return mismatches.isEmpty();
  }

  /**
   * A report in words: the consumer, and one line per mismatch.
   *
   * @return the report
   */
  public String describe() {
    Expectations e = expectations;
    String head =
        "consumer '"
            + e.consumerId()
            + "' (domain "
            + e.consumerDomain()
            + ", purpose "
            + e.purpose()
            + ") of "
            + e.product()
            + "/"
            + e.port();
    if (mismatches.isEmpty()) {
      return head + ": all expectations met";
    }
    return head
        + ": "
        + mismatches.size()
        + (mismatches.size() == 1 ? " expectation not met" : " expectations not met")
        + mismatches.stream()
            .map(
                m ->
                    "\n  - " + m.subject() + ": expects " + m.expectation() + ", but " + m.reason())
            .collect(Collectors.joining());
  }

  /**
   * Throws if the provider does not meet every expectation.
   *
   * @throws ExpectationFailedException with {@link #describe()} as the message
   */
  public void orThrow() {
    if (!isSatisfied()) {
      throw new ExpectationFailedException(describe());
    }
  }
}
