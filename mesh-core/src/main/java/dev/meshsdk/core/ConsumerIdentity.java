package dev.meshsdk.core;

import dev.meshsdk.core.internal.Checks;
import java.util.Objects;
import java.util.Optional;

/**
 * Who wants to read a data product's output port, and why: the facts an {@link AccessPolicy}
 * decides on.
 *
 * @param consumerId the consumer: an application, team or product id
 * @param domain the consumer's domain in the organisation; empty for a consumer from outside it
 * @param purpose why the consumer reads the data, such as {@code fraud-detection}
 */
public record ConsumerIdentity(
    String consumerId, Optional<String> domain, Optional<String> purpose) {
  /**
   * Checks the components.
   *
   * @param consumerId the consumer: an application, team or product id
   * @param domain the consumer's domain in the organisation; empty for a consumer from outside it
   * @param purpose why the consumer reads the data
   * @throws ProductDefinitionException if a string is blank
   */
  public ConsumerIdentity {
    String subject = "ConsumerIdentity";
    Checks.notBlank(subject, "consumerId", consumerId);
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(purpose, "purpose");
    domain.ifPresent(d -> Checks.notBlank(subject, "domain", d));
    purpose.ifPresent(p -> Checks.notBlank(subject, "purpose", p));
  }

  /**
   * A consumer from a domain of the organisation.
   *
   * @param consumerId the consumer
   * @param domain its domain
   * @param purpose why it reads the data
   * @return the identity
   */
  public static ConsumerIdentity of(String consumerId, String domain, String purpose) {
    return new ConsumerIdentity(consumerId, Optional.of(domain), Optional.of(purpose));
  }

  /**
   * A consumer from a domain of the organisation that states no purpose.
   *
   * @param consumerId the consumer
   * @param domain its domain
   * @return the identity
   */
  public static ConsumerIdentity of(String consumerId, String domain) {
    return new ConsumerIdentity(consumerId, Optional.of(domain), Optional.empty());
  }

  /**
   * A consumer from outside the organisation (no domain).
   *
   * @param consumerId the consumer
   * @param purpose why it reads the data
   * @return the identity
   */
  public static ConsumerIdentity external(String consumerId, String purpose) {
    return new ConsumerIdentity(consumerId, Optional.empty(), Optional.of(purpose));
  }
}
