package dev.meshsdk.observability.lineage;

import dev.meshsdk.observability.lineage.internal.Checks;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A dataset a run or job reads, such as an upstream data product's output port.
 *
 * @param dataset the dataset's namespace and name
 * @param facets the dataset facets by key
 */
public record InputDataset(DatasetName dataset, Map<String, DatasetFacet> facets) {
  /**
   * Checks the components and copies the map.
   *
   * @param dataset the dataset's namespace and name
   * @param facets the dataset facets; each must be under its own {@link Facet#key()}
   */
  public InputDataset {
    Objects.requireNonNull(dataset, "dataset");
    facets = Facets.checked(facets, "inputs.facets");
  }

  /**
   * An input with facets.
   *
   * @param dataset the dataset
   * @param facets the facets; a later one replaces an earlier one with the same key
   * @return the input
   */
  public static InputDataset of(DatasetName dataset, DatasetFacet... facets) {
    return new InputDataset(dataset, Checks.byKey(List.of(facets), Facet::key));
  }
}
