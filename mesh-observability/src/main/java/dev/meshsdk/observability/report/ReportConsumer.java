package dev.meshsdk.observability.report;

import dev.meshsdk.observability.report.internal.Checks;
import java.util.Objects;

/**
 * A registered consumer of a product: a team, application or product that was granted access.
 *
 * @param id the consumer's id
 * @param domain the consumer's domain
 * @param purpose why it reads the product, as registered
 */
public record ReportConsumer(String id, String domain, String purpose) {

  /**
   * Checks the components.
   *
   * @param id the consumer's id
   * @param domain the consumer's domain
   * @param purpose why it reads the product, as registered (may be empty)
   * @throws IllegalArgumentException if the id or the domain is blank
   */
  public ReportConsumer {
    Checks.notBlank(id, "ReportConsumer.id");
    Checks.notBlank(domain, "ReportConsumer.domain");
    Objects.requireNonNull(purpose, "purpose");
  }

  /**
   * A consumer.
   *
   * @param id the consumer's id
   * @param domain the consumer's domain
   * @param purpose why it reads the product
   * @return the consumer
   */
  public static ReportConsumer of(String id, String domain, String purpose) {
    return new ReportConsumer(id, domain, purpose);
  }
}
