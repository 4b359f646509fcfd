package dev.meshsdk.observability.sla;

import dev.meshsdk.core.publish.PortRef;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One watched port's freshness at one evaluation.
 *
 * @param port the port
 * @param status its status
 * @param lastPublished when its last publish that wrote at least one record completed (by the
 *     publisher's clock); empty before the first
 * @param age how long ago that was, by the monitor's clock (never negative); empty before the first
 * @param thresholds the ages at which it turns late and stale
 * @param evaluatedAt when this was evaluated, by the monitor's clock
 */
public record PortFreshness(
    PortRef port,
    FreshnessStatus status,
    Optional<Instant> lastPublished,
    Optional<Duration> age,
    FreshnessThresholds thresholds,
    Instant evaluatedAt) {

  /**
   * Checks the components.
   *
   * @param port the port
   * @param status the status; UNKNOWN exactly when nothing was published
   * @param lastPublished the last publish time, if any
   * @param age the age, present exactly when {@code lastPublished} is, not negative
   * @param thresholds the thresholds
   * @param evaluatedAt when it was evaluated
   */
  public PortFreshness {
    Objects.requireNonNull(port, "PortFreshness.port");
    Objects.requireNonNull(status, "PortFreshness.status");
    Objects.requireNonNull(lastPublished, "PortFreshness.lastPublished");
    Objects.requireNonNull(age, "PortFreshness.age");
    Objects.requireNonNull(thresholds, "PortFreshness.thresholds");
    Objects.requireNonNull(evaluatedAt, "PortFreshness.evaluatedAt");
    if (lastPublished.isPresent() != age.isPresent()) {
      throw new IllegalArgumentException(
          "PortFreshness.age must be present exactly when lastPublished is, got lastPublished "
              + lastPublished
              + " and age "
              + age);
    }
    if ((status == FreshnessStatus.UNKNOWN) != lastPublished.isEmpty()) {
      throw new IllegalArgumentException(
          "PortFreshness.status must be UNKNOWN exactly when nothing was published, got "
              + status
              + " with lastPublished "
              + lastPublished);
    }
    age.ifPresent(
        a -> {
          if (a.isNegative()) {
            throw new IllegalArgumentException("PortFreshness.age must not be negative, got " + a);
          }
        });
  }

  /**
   * A new builder with nothing published.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding these components.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.port = port;
    b.status = status;
    b.lastPublished = lastPublished;
    b.age = age;
    b.thresholds = thresholds;
    b.evaluatedAt = evaluatedAt;
    return b;
  }

  /** Builds a {@link PortFreshness}; status defaults to UNKNOWN, nothing published. */
  public static final class Builder {
    private @Nullable PortRef port;
    private FreshnessStatus status = FreshnessStatus.UNKNOWN;
    private Optional<Instant> lastPublished = Optional.empty();
    private Optional<Duration> age = Optional.empty();
    private @Nullable FreshnessThresholds thresholds;
    private @Nullable Instant evaluatedAt;

    private Builder() {}

    /**
     * Sets the port.
     *
     * @param port the port
     * @return this builder
     */
    public Builder port(PortRef port) {
      this.port = Objects.requireNonNull(port, "PortFreshness.port");
      return this;
    }

    /**
     * Sets the status.
     *
     * @param status the status
     * @return this builder
     */
    public Builder status(FreshnessStatus status) {
      this.status = Objects.requireNonNull(status, "PortFreshness.status");
      return this;
    }

    /**
     * Sets the last publish time and the age.
     *
     * @param lastPublished when the last publish that wrote a record completed
     * @param age how long ago that was
     * @return this builder
     */
    public Builder published(Instant lastPublished, Duration age) {
      this.lastPublished = Optional.of(Objects.requireNonNull(lastPublished, "lastPublished"));
      this.age = Optional.of(Objects.requireNonNull(age, "age"));
      return this;
    }

    /**
     * Sets the thresholds.
     *
     * @param thresholds the thresholds
     * @return this builder
     */
    public Builder thresholds(FreshnessThresholds thresholds) {
      this.thresholds = Objects.requireNonNull(thresholds, "PortFreshness.thresholds");
      return this;
    }

    /**
     * Sets when it was evaluated.
     *
     * @param evaluatedAt the time
     * @return this builder
     */
    public Builder evaluatedAt(Instant evaluatedAt) {
      this.evaluatedAt = Objects.requireNonNull(evaluatedAt, "PortFreshness.evaluatedAt");
      return this;
    }

    /**
     * Builds the value.
     *
     * @return the value
     * @throws IllegalStateException if the port, thresholds or evaluation time was not set
     */
    public PortFreshness build() {
      if (port == null || thresholds == null || evaluatedAt == null) {
        throw new IllegalStateException(
            "PortFreshness needs port, thresholds and evaluatedAt; missing: "
                + (port == null ? "port " : "")
                + (thresholds == null ? "thresholds " : "")
                + (evaluatedAt == null ? "evaluatedAt" : "").trim());
      }
      return new PortFreshness(port, status, lastPublished, age, thresholds, evaluatedAt);
    }
  }
}
