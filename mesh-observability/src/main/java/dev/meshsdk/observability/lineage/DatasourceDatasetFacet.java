package dev.meshsdk.observability.lineage;

import dev.meshsdk.observability.lineage.internal.SchemaUrls;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code dataSource} dataset facet (DatasourceDatasetFacet 1-0-1): the data source the dataset
 * lives in.
 *
 * @param name the data source's name, such as the dataset namespace
 * @param uri the data source's URI, such as {@code kafka://broker:9092}
 */
public record DatasourceDatasetFacet(Optional<String> name, Optional<URI> uri)
    implements DatasetFacet {
  private static final URI SCHEMA = SchemaUrls.facet("1-0-1", "DatasourceDatasetFacet");

  /**
   * Checks the components.
   *
   * @param name the data source's name
   * @param uri the data source's URI
   */
  public DatasourceDatasetFacet {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(uri, "uri");
  }

  /**
   * The facet naming a dataset's namespace as its data source, with the namespace as URI when it is
   * one (it has a scheme).
   *
   * @param dataset the dataset
   * @return the facet
   */
  public static DatasourceDatasetFacet of(DatasetName dataset) {
    String ns = dataset.namespace();
    Optional<URI> uri = Optional.empty();
    try {
      URI u = new URI(ns);
      if (u.getScheme() != null) {
        uri = Optional.of(u);
      }
    } catch (java.net.URISyntaxException e) {
      // not a URI: the name alone describes the source
    }
    return new DatasourceDatasetFacet(Optional.of(ns), uri);
  }

  @Override
  public String key() {
    return "dataSource";
  }

  @Override
  public URI schemaUrl() {
    return SCHEMA;
  }
}
