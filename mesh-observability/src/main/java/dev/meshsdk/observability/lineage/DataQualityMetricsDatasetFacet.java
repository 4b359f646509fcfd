package dev.meshsdk.observability.lineage;

import dev.meshsdk.contracts.SchemaObject;
import dev.meshsdk.contracts.SchemaProperty;
import dev.meshsdk.observability.lineage.internal.Checks;
import dev.meshsdk.observability.lineage.internal.SchemaUrls;
import java.math.BigDecimal;
import java.net.URI;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code dataQualityMetrics} dataset facet (DataQualityMetricsDatasetFacet 1-0-0) of an output
 * dataset: the row count and per-column counts of the records a run wrote.
 *
 * @param rowCount the number of rows evaluated
 * @param bytes the size in bytes, when known
 * @param columnMetrics the metrics per top-level column
 */
public record DataQualityMetricsDatasetFacet(
    Optional<Long> rowCount, Optional<Long> bytes, Map<String, ColumnMetrics> columnMetrics)
    implements DatasetFacet {
  private static final URI SCHEMA = SchemaUrls.facet("1-0-0", "DataQualityMetricsDatasetFacet");

  /**
   * Checks the components and copies the map.
   *
   * @param rowCount the number of rows, at least 0
   * @param bytes the size in bytes, at least 0
   * @param columnMetrics the metrics per column
   */
  public DataQualityMetricsDatasetFacet {
    Objects.requireNonNull(rowCount, "rowCount").ifPresent(n -> Checks.nonNegative(n, "rowCount"));
    Objects.requireNonNull(bytes, "bytes").ifPresent(n -> Checks.nonNegative(n, "bytes"));
    columnMetrics = Checks.orderedCopy(columnMetrics, "columnMetrics");
  }

  /**
   * Counts the rows and, for each top-level property of the schema object, the null, non-null and
   * distinct values of a batch of records (JSON-like maps as {@code RecordValidator} takes them).
   * Distinct values are held in memory while counting and then forgotten; only the counts are kept.
   *
   * @param schemaObject the schema object the records follow
   * @param records the records written
   * @return the facet
   */
  public static DataQualityMetricsDatasetFacet compute(
      SchemaObject schemaObject, Iterable<? extends Map<String, ?>> records) {
    Map<String, Counter> counters = new LinkedHashMap<>();
    for (SchemaProperty p : schemaObject.properties()) {
      p.name().filter(n -> !n.isBlank()).ifPresent(n -> counters.put(n, new Counter()));
    }
    long rows = 0;
    for (Map<String, ?> record : records) {
      rows++;
      for (Map.Entry<String, Counter> c : counters.entrySet()) {
        c.getValue().add(record.get(c.getKey()));
      }
    }
    Map<String, ColumnMetrics> metrics = new LinkedHashMap<>();
    counters.forEach((name, c) -> metrics.put(name, c.metrics()));
    return new DataQualityMetricsDatasetFacet(Optional.of(rows), Optional.empty(), metrics);
  }

  @Override
  public String key() {
    return "dataQualityMetrics";
  }

  @Override
  public URI schemaUrl() {
    return SCHEMA;
  }

  private static final class Counter {
    private long nulls;
    private long count;
    private final Set<Object> distinct = new HashSet<>();

    void add(@org.jspecify.annotations.Nullable Object value) {
      if (value == null) {
        nulls++;
        return;
      }
      count++;
      distinct.add(normalised(value));
    }

    ColumnMetrics metrics() {
      return ColumnMetrics.of(nulls, distinct.size(), count);
    }

    private static Object normalised(Object value) {
      if (value instanceof Number n && !(value instanceof BigDecimal)) {
        try {
          return new BigDecimal(n.toString()).stripTrailingZeros();
        } catch (NumberFormatException e) {
          return n.toString(); // NaN, infinities
        }
      }
      return value instanceof BigDecimal d ? d.stripTrailingZeros() : value;
    }
  }
}
