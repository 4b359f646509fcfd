package dev.meshsdk.observability.report;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How fresh a product's data is: a status and, when the product has published, the time of its last
 * publish.
 *
 * @param status the freshness status
 * @param lastPublished when the product last published, if it ever did
 */
public record Freshness(FreshnessStatus status, Optional<Instant> lastPublished) {

  /**
   * Checks the components.
   *
   * @param status the freshness status
   * @param lastPublished when the product last published, if it ever did
   * @throws IllegalArgumentException if the status is {@code ok} but there is no last publish
   */
  public Freshness {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(lastPublished, "lastPublished");
    if (status == FreshnessStatus.OK && lastPublished.isEmpty()) {
      throw new IllegalArgumentException(
          "Freshness.lastPublished is required when the status is ok: fresh data was published"
              + " at some time");
    }
  }

  /**
   * A status with the time of the last publish.
   *
   * @param status the status
   * @param lastPublished when the product last published
   * @return the freshness
   */
  public static Freshness of(FreshnessStatus status, Instant lastPublished) {
    return new Freshness(status, Optional.of(lastPublished));
  }

  /**
   * Unknown freshness, never published.
   *
   * @return the freshness
   */
  public static Freshness unknown() {
    return new Freshness(FreshnessStatus.UNKNOWN, Optional.empty());
  }
}
