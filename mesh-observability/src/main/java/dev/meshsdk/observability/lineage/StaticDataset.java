package dev.meshsdk.observability.lineage;

import dev.meshsdk.observability.lineage.internal.Checks;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The dataset of a {@link DatasetEvent}: design-time metadata, without input or output facets.
 *
 * @param dataset the dataset's namespace and name
 * @param facets the dataset facets by key
 */
public record StaticDataset(DatasetName dataset, Map<String, DatasetFacet> facets) {
  /**
   * Checks the components and copies the map.
   *
   * @param dataset the dataset's namespace and name
   * @param facets the dataset facets; each must be under its own {@link Facet#key()}
   */
  public StaticDataset {
    Objects.requireNonNull(dataset, "dataset");
    facets = Facets.checked(facets, "dataset.facets");
  }

  /**
   * A static dataset with facets.
   *
   * @param dataset the dataset
   * @param facets the facets; a later one replaces an earlier one with the same key
   * @return the static dataset
   */
  public static StaticDataset of(DatasetName dataset, List<? extends DatasetFacet> facets) {
    return new StaticDataset(dataset, Checks.byKey(facets, Facet::key));
  }
}
