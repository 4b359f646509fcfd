package dev.meshsdk.observability.sla;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Objects;

/**
 * The ages at which an output port's data turns {@link FreshnessStatus#LATE} and {@link
 * FreshnessStatus#STALE}. For an age {@code a} of the last publish that wrote at least one record:
 * {@code a <= lateAfter} is OK, {@code lateAfter < a <= staleAfter} is LATE, {@code a > staleAfter}
 * is STALE.
 *
 * <p>{@link #of(SlaTerms, double)} derives them from a contract's terms, with {@code latency}
 * (default 0) as a grace period:
 *
 * <ul>
 *   <li>with a frequency: {@code lateAfter = frequency + latency}, {@code staleAfter = frequency ×
 *       staleFactor + latency};
 *   <li>with a retention: {@code staleAfter} is at most the retention (data older than its
 *       retention is stale), and so is {@code lateAfter}; with a retention and no frequency, {@code
 *       lateAfter = staleAfter = retention} (no LATE phase).
 * </ul>
 *
 * @param lateAfter the largest age that is still OK
 * @param staleAfter the largest age that is still LATE (not before {@code lateAfter})
 */
public record FreshnessThresholds(Duration lateAfter, Duration staleAfter) {

  /**
   * Checks the components.
   *
   * @param lateAfter the largest OK age, not negative
   * @param staleAfter the largest LATE age, not before {@code lateAfter}
   */
  public FreshnessThresholds {
    Objects.requireNonNull(lateAfter, "FreshnessThresholds.lateAfter");
    Objects.requireNonNull(staleAfter, "FreshnessThresholds.staleAfter");
    if (lateAfter.isNegative()) {
      throw new IllegalArgumentException(
          "FreshnessThresholds.lateAfter must not be negative, got " + lateAfter);
    }
    if (staleAfter.compareTo(lateAfter) < 0) {
      throw new IllegalArgumentException(
          "FreshnessThresholds.staleAfter must not be before lateAfter "
              + lateAfter
              + ", got "
              + staleAfter);
    }
  }

  /**
   * The thresholds a contract's terms give.
   *
   * @param terms the terms; a frequency or a retention must be stated
   * @param staleFactor how many frequency periods (plus latency) until the data is stale; at least
   *     1
   * @return the thresholds
   * @throws SlaDefinitionException naming {@code frequency} if neither a frequency nor a retention
   *     is stated
   * @throws IllegalArgumentException if the stale factor is less than 1 or not finite
   */
  public static FreshnessThresholds of(SlaTerms terms, double staleFactor) {
    Objects.requireNonNull(terms, "terms");
    checkStaleFactor(staleFactor);
    if (!terms.judgesFreshness()) {
      throw new SlaDefinitionException(
          "frequency",
          "freshness needs an SLA property 'frequency' or 'retention' (with a time unit); the"
              + " contract states neither");
    }
    Duration latency = terms.latency().orElse(Duration.ZERO);
    Duration late;
    Duration stale;
    if (terms.frequency().isPresent()) {
      Duration frequency = terms.frequency().get();
      late = frequency.plus(latency);
      stale = times(frequency, staleFactor).plus(latency);
      if (terms.retention().isPresent()) {
        stale = min(stale, terms.retention().get());
        late = min(late, stale);
      }
    } else {
      late = terms.retention().orElseThrow();
      stale = late;
    }
    return new FreshnessThresholds(late, stale);
  }

  /**
   * Checks a stale factor.
   *
   * @param staleFactor the factor
   * @throws IllegalArgumentException if less than 1 or not finite
   */
  static void checkStaleFactor(double staleFactor) {
    if (!(staleFactor >= 1) || Double.isInfinite(staleFactor)) {
      throw new IllegalArgumentException(
          "staleFactor must be a finite number of at least 1, got " + staleFactor);
    }
  }

  /**
   * The status of data of this age.
   *
   * @param age the age of the last publish that wrote a record; negative counts as 0
   * @return OK, LATE or STALE
   */
  public FreshnessStatus classify(Duration age) {
    Objects.requireNonNull(age, "age");
    if (age.compareTo(lateAfter) <= 0) {
      return FreshnessStatus.OK;
    }
    return age.compareTo(staleAfter) <= 0 ? FreshnessStatus.LATE : FreshnessStatus.STALE;
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  private static Duration times(Duration d, double factor) {
    BigDecimal nanos =
        new BigDecimal(d.getSeconds())
            .scaleByPowerOfTen(9)
            .add(BigDecimal.valueOf(d.getNano()))
            .multiply(BigDecimal.valueOf(factor))
            .setScale(0, java.math.RoundingMode.HALF_UP);
    BigDecimal[] sn = nanos.divideAndRemainder(BigDecimal.valueOf(1_000_000_000L));
    try {
      return Duration.ofSeconds(sn[0].longValueExact(), sn[1].longValueExact());
    } catch (ArithmeticException e) {
      throw new SlaDefinitionException(
          "frequency", "frequency " + d + " times staleFactor " + factor + " is too long", e);
    }
  }
}
