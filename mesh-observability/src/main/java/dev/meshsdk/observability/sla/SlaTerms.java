package dev.meshsdk.observability.sla;

import dev.meshsdk.contracts.DataContract;
import dev.meshsdk.contracts.SlaProperty;
import dev.meshsdk.observability.sla.internal.SlaValues;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The service-level terms of a data contract that freshness is judged by, read from its {@code
 * slaProperties}:
 *
 * <ul>
 *   <li>{@code frequency}: how often the data is meant to be updated;
 *   <li>{@code latency}: how long after the fact data may arrive (used as a grace period);
 *   <li>{@code retention}: how long data is kept (data older than that is stale whatever the
 *       frequency);
 *   <li>{@code availability}: the promised availability, a percentage (read and checked, not used
 *       for freshness).
 * </ul>
 *
 * <p>Property names are case-insensitive ({@code Latency} is {@code latency}); other properties are
 * ignored. Durations are a number {@code value} with a time {@code unit}: {@code ms}; {@code s},
 * {@code sec}, {@code seconds}; {@code m}, {@code min}, {@code minutes}; {@code h}, {@code hour},
 * {@code hours}; {@code d}, {@code day}, {@code days}; {@code y}, {@code yr}, {@code years} (and
 * the singular and short plural forms), case-insensitive; a year is 365 days. Without a unit, a
 * string value may hold both ({@code "4d"}, {@code "36 hours"}). When a property appears several
 * times (for several elements), the strictest value counts: the shortest duration, the highest
 * availability.
 *
 * @param frequency how often the data is updated, if stated
 * @param latency the grace period, if stated
 * @param retention how long data is kept, if stated
 * @param availability the promised availability in percent, if stated
 */
public record SlaTerms(
    Optional<Duration> frequency,
    Optional<Duration> latency,
    Optional<Duration> retention,
    Optional<BigDecimal> availability) {

  private static final SlaTerms NONE =
      new SlaTerms(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

  /**
   * Checks the components.
   *
   * @param frequency how often the data is updated, not negative
   * @param latency the grace period, not negative
   * @param retention how long data is kept, not negative
   * @param availability the availability in percent, from 0 to 100
   */
  public SlaTerms {
    notNegative(frequency, "frequency");
    notNegative(latency, "latency");
    notNegative(retention, "retention");
    Objects.requireNonNull(availability, "SlaTerms.availability");
    availability.ifPresent(
        a -> {
          if (a.signum() < 0 || a.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException(
                "SlaTerms.availability must be from 0 to 100, got " + a);
          }
        });
  }

  private static void notNegative(Optional<Duration> d, String name) {
    Objects.requireNonNull(d, "SlaTerms." + name);
    d.ifPresent(
        v -> {
          if (v.isNegative()) {
            throw new IllegalArgumentException(
                "SlaTerms." + name + " must not be negative, got " + v);
          }
        });
  }

  /**
   * Terms stating nothing.
   *
   * @return the empty terms
   */
  public static SlaTerms none() {
    return NONE;
  }

  /**
   * Reads the terms from a contract's {@code slaProperties}.
   *
   * @param contract the contract
   * @return the terms (empty if it states none of them)
   * @throws SlaDefinitionException naming the contract, the index and the SLA property if a value
   *     or unit cannot be read
   */
  public static SlaTerms of(DataContract contract) {
    try {
      return of(contract.slaProperties());
    } catch (SlaDefinitionException e) {
      throw new SlaDefinitionException(
          e.property(),
          "contract " + contract.id() + "@" + contract.version() + ": " + e.getMessage(),
          e);
    }
  }

  /**
   * Reads the terms from SLA properties.
   *
   * @param properties the properties, as in a contract's {@code slaProperties}
   * @return the terms (empty if none of them is stated)
   * @throws SlaDefinitionException naming the index and the SLA property if a value or unit cannot
   *     be read
   */
  public static SlaTerms of(List<SlaProperty> properties) {
    Builder b = builder();
    for (int i = 0; i < properties.size(); i++) {
      SlaProperty p = properties.get(i);
      try {
        switch (p.property().trim().toLowerCase(Locale.ROOT)) {
          case "frequency" -> b.frequency = shortest(b.frequency, duration(p));
          case "latency" -> b.latency = shortest(b.latency, duration(p));
          case "retention" -> b.retention = shortest(b.retention, duration(p));
          case "availability" -> {
            BigDecimal a = SlaValues.percent(p);
            b.availability =
                Optional.of(b.availability.filter(old -> old.compareTo(a) >= 0).orElse(a));
          }
          default -> {
            // not a freshness term
          }
        }
      } catch (SlaDefinitionException e) {
        throw new SlaDefinitionException(
            e.property(), "slaProperties[" + i + "]: " + e.getMessage(), e);
      }
    }
    return b.build();
  }

  private static Optional<Duration> shortest(Optional<Duration> old, Duration d) {
    return Optional.of(old.filter(o -> o.compareTo(d) <= 0).orElse(d));
  }

  /**
   * The duration one SLA property states: a non-negative number {@code value} with a time {@code
   * unit} (see the class description), or a string value such as {@code "4d"} without a unit.
   *
   * @param property the SLA property
   * @return the duration
   * @throws SlaDefinitionException naming the property if the value is not a non-negative number or
   *     the unit is not a time unit
   */
  public static Duration duration(SlaProperty property) {
    return SlaValues.duration(Objects.requireNonNull(property, "property"));
  }

  /**
   * Whether freshness can be judged: a frequency or a retention is stated.
   *
   * @return true if either is present
   */
  public boolean judgesFreshness() {
    return frequency.isPresent() || retention.isPresent();
  }

  /**
   * A new builder stating nothing.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding these terms.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.frequency = frequency;
    b.latency = latency;
    b.retention = retention;
    b.availability = availability;
    return b;
  }

  /** Builds {@link SlaTerms}; every term is optional. */
  public static final class Builder {
    private Optional<Duration> frequency = Optional.empty();
    private Optional<Duration> latency = Optional.empty();
    private Optional<Duration> retention = Optional.empty();
    private Optional<BigDecimal> availability = Optional.empty();

    private Builder() {}

    /**
     * Sets how often the data is updated.
     *
     * @param frequency not negative
     * @return this builder
     * @throws IllegalArgumentException if negative
     */
    public Builder frequency(Duration frequency) {
      this.frequency = Optional.of(checked(frequency, "frequency"));
      return this;
    }

    /**
     * Sets the grace period.
     *
     * @param latency not negative
     * @return this builder
     * @throws IllegalArgumentException if negative
     */
    public Builder latency(Duration latency) {
      this.latency = Optional.of(checked(latency, "latency"));
      return this;
    }

    /**
     * Sets how long data is kept.
     *
     * @param retention not negative
     * @return this builder
     * @throws IllegalArgumentException if negative
     */
    public Builder retention(Duration retention) {
      this.retention = Optional.of(checked(retention, "retention"));
      return this;
    }

    /**
     * Sets the promised availability.
     *
     * @param percent from 0 to 100
     * @return this builder
     * @throws IllegalArgumentException if outside 0 to 100
     */
    public Builder availability(BigDecimal percent) {
      Objects.requireNonNull(percent, "SlaTerms.availability");
      if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
        throw new IllegalArgumentException(
            "SlaTerms.availability must be from 0 to 100, got " + percent);
      }
      this.availability = Optional.of(percent);
      return this;
    }

    private static Duration checked(Duration d, String name) {
      Objects.requireNonNull(d, "SlaTerms." + name);
      if (d.isNegative()) {
        throw new IllegalArgumentException("SlaTerms." + name + " must not be negative, got " + d);
      }
      return d;
    }

    /**
     * Builds the terms.
     *
     * @return the terms
     */
    public SlaTerms build() {
      return new SlaTerms(frequency, latency, retention, availability);
    }
  }
}
