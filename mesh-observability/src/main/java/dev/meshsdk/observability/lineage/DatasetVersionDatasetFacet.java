package dev.meshsdk.observability.lineage;

import dev.meshsdk.observability.lineage.internal.Checks;
import dev.meshsdk.observability.lineage.internal.SchemaUrls;
import java.net.URI;

/**
 * The {@code version} dataset facet (DatasetVersionDatasetFacet 1-0-1). For a data product's output
 * port the dataset version is the version of its data contract.
 *
 * @param datasetVersion the version of the dataset
 */
public record DatasetVersionDatasetFacet(String datasetVersion) implements DatasetFacet {
  private static final URI SCHEMA = SchemaUrls.facet("1-0-1", "DatasetVersionDatasetFacet");

  /**
   * Checks the component.
   *
   * @param datasetVersion the version, not blank
   */
  public DatasetVersionDatasetFacet {
    Checks.notBlank(datasetVersion, "datasetVersion");
  }

  @Override
  public String key() {
    return "version";
  }

  @Override
  public URI schemaUrl() {
    return SCHEMA;
  }
}
