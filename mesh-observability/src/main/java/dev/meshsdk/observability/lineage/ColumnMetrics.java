package dev.meshsdk.observability.lineage;

import dev.meshsdk.observability.lineage.internal.Checks;
import java.util.Objects;
import java.util.Optional;

/**
 * Counts about one column in a {@link DataQualityMetricsDatasetFacet}. Counts only: no value of the
 * column (no minimum, maximum or quantile) is ever part of it.
 *
 * @param nullCount the number of null or missing values
 * @param distinctCount the number of distinct non-null values
 * @param count the number of non-null values
 */
public record ColumnMetrics(
    Optional<Long> nullCount, Optional<Long> distinctCount, Optional<Long> count) {
  /**
   * Checks the components.
   *
   * @param nullCount the number of null values, at least 0
   * @param distinctCount the number of distinct values, at least 0
   * @param count the number of non-null values, at least 0
   */
  public ColumnMetrics {
    Objects.requireNonNull(nullCount, "nullCount")
        .ifPresent(n -> Checks.nonNegative(n, "nullCount"));
    Objects.requireNonNull(distinctCount, "distinctCount")
        .ifPresent(n -> Checks.nonNegative(n, "distinctCount"));
    Objects.requireNonNull(count, "count").ifPresent(n -> Checks.nonNegative(n, "count"));
  }

  /**
   * Metrics with all three counts.
   *
   * @param nullCount the number of null values
   * @param distinctCount the number of distinct values
   * @param count the number of non-null values
   * @return the metrics
   */
  public static ColumnMetrics of(long nullCount, long distinctCount, long count) {
    return new ColumnMetrics(
        Optional.of(nullCount), Optional.of(distinctCount), Optional.of(count));
  }
}
