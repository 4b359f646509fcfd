package dev.meshsdk.observability.lineage;

import dev.meshsdk.observability.lineage.internal.Checks;
import dev.meshsdk.observability.lineage.internal.SchemaUrls;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code outputStatistics} output facet (OutputStatisticsOutputDatasetFacet 1-0-2): what one
 * run wrote to the dataset.
 *
 * @param rowCount the number of records written
 * @param size the number of bytes written, when known
 */
public record OutputStatisticsOutputDatasetFacet(long rowCount, Optional<Long> size)
    implements OutputDatasetFacet {
  private static final URI SCHEMA = SchemaUrls.facet("1-0-2", "OutputStatisticsOutputDatasetFacet");

  /**
   * Checks the components.
   *
   * @param rowCount the number of records written, at least 0
   * @param size the number of bytes written, at least 0
   */
  public OutputStatisticsOutputDatasetFacet {
    Checks.nonNegative(rowCount, "rowCount");
    Objects.requireNonNull(size, "size");
    size.ifPresent(s -> Checks.nonNegative(s, "size"));
  }

  /**
   * The statistics of a write of that many records.
   *
   * @param rowCount the number of records written
   * @return the facet
   */
  public static OutputStatisticsOutputDatasetFacet of(long rowCount) {
    return new OutputStatisticsOutputDatasetFacet(rowCount, Optional.empty());
  }

  @Override
  public String key() {
    return "outputStatistics";
  }

  @Override
  public URI schemaUrl() {
    return SCHEMA;
  }
}
