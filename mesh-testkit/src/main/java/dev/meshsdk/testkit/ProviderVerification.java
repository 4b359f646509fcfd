package dev.meshsdk.testkit;

import dev.meshsdk.contracts.DataContract;
import dev.meshsdk.testkit.internal.Verifier;
import java.util.Collection;
import java.util.Map;

/**
 * Verifies a consumer's expectations on the provider side, without JUnit: the JUnit extension
 * {@code @VerifyConsumerExpectations} calls the same checks.
 *
 * <pre>{@code
 * VerificationResult r = ProviderVerification.verify(
 *     Expectations.read(file), currentContract, access, Map.of("paid orders", samples));
 * r.orThrow();
 * }</pre>
 */
public final class ProviderVerification {
  private ProviderVerification() {}

  /**
   * Everything: the port's access allows the consumer and its purpose (and any personal data it
   * reads); the current contract guarantees every field expectation; and the sample records of the
   * states the consumer names (all states when it names none) are valid against the contract, meet
   * the field expectations and pass every named check.
   *
   * @param expectations the consumer's expectations
   * @param contract the provider's current contract
   * @param access the port's access
   * @param samplesByState the provider's sample records by state name
   * @return the result, listing every mismatch
   */
  public static VerificationResult verify(
      Expectations expectations,
      DataContract contract,
      PortAccess access,
      Map<String, ? extends Collection<? extends Map<String, ?>>> samplesByState) {
    return Verifier.full(expectations, contract, access, samplesByState);
  }

  /**
   * Only the contract: the schema object exists and guarantees every field expectation (what {@link
   * CanIDeploy} checks).
   *
   * @param expectations the consumer's expectations
   * @param contract the provider's contract
   * @return the result
   */
  public static VerificationResult verifyContract(
      Expectations expectations, DataContract contract) {
    return Verifier.contract(expectations, contract);
  }
}
