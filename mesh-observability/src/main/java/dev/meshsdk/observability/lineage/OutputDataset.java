package dev.meshsdk.observability.lineage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A dataset a run or job writes, such as a data product's output port.
 *
 * @param dataset the dataset's namespace and name
 * @param facets the dataset facets by key (schema, version, quality metrics...)
 * @param outputFacets the facets about this write by key (output statistics)
 */
public record OutputDataset(
    DatasetName dataset,
    Map<String, DatasetFacet> facets,
    Map<String, OutputDatasetFacet> outputFacets) {
  /**
   * Checks the components and copies the maps.
   *
   * @param dataset the dataset's namespace and name
   * @param facets the dataset facets; each must be under its own {@link Facet#key()}
   * @param outputFacets the output facets; each must be under its own {@link Facet#key()}
   */
  public OutputDataset {
    Objects.requireNonNull(dataset, "dataset");
    facets = Facets.checked(facets, "outputs.facets");
    outputFacets = Facets.checked(outputFacets, "outputs.outputFacets");
  }

  /**
   * An output with dataset facets only.
   *
   * @param dataset the dataset
   * @param facets the facets; a later one replaces an earlier one with the same key
   * @return the output
   */
  public static OutputDataset of(DatasetName dataset, DatasetFacet... facets) {
    return builder(dataset).facets(List.of(facets)).build();
  }

  /**
   * A new builder.
   *
   * @param dataset the dataset
   * @return the builder
   */
  public static Builder builder(DatasetName dataset) {
    return new Builder(dataset);
  }

  /**
   * A builder holding this output's values.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(dataset);
    b.facets.putAll(facets);
    b.outputFacets.putAll(outputFacets);
    return b;
  }

  /** Builds an {@link OutputDataset}. */
  public static final class Builder {
    private final DatasetName dataset;
    private final Map<String, DatasetFacet> facets = new LinkedHashMap<>();
    private final Map<String, OutputDatasetFacet> outputFacets = new LinkedHashMap<>();

    private Builder(DatasetName dataset) {
      this.dataset = Objects.requireNonNull(dataset, "dataset");
    }

    /**
     * Adds a dataset facet, replacing one with the same key.
     *
     * @param facet the facet
     * @return this
     */
    public Builder facet(DatasetFacet facet) {
      facets.put(Objects.requireNonNull(facet, "facet").key(), facet);
      return this;
    }

    /**
     * Adds dataset facets, each replacing one with the same key.
     *
     * @param facets the facets
     * @return this
     */
    public Builder facets(List<? extends DatasetFacet> facets) {
      new ArrayList<>(facets).forEach(this::facet);
      return this;
    }

    /**
     * Adds an output facet, replacing one with the same key.
     *
     * @param facet the facet
     * @return this
     */
    public Builder outputFacet(OutputDatasetFacet facet) {
      outputFacets.put(Objects.requireNonNull(facet, "outputFacet").key(), facet);
      return this;
    }

    /**
     * Builds the output.
     *
     * @return the output
     */
    public OutputDataset build() {
      return new OutputDataset(dataset, facets, outputFacets);
    }
  }
}
