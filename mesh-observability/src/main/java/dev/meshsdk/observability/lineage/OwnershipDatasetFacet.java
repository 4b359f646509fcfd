package dev.meshsdk.observability.lineage;

import dev.meshsdk.observability.lineage.internal.SchemaUrls;
import java.net.URI;
import java.util.List;

/**
 * The {@code ownership} dataset facet (OwnershipDatasetFacet 1-0-1).
 *
 * @param owners the owners of the dataset
 */
public record OwnershipDatasetFacet(List<Owner> owners) implements DatasetFacet {
  private static final URI SCHEMA = SchemaUrls.facet("1-0-1", "OwnershipDatasetFacet");

  /**
   * Copies the list.
   *
   * @param owners the owners of the dataset
   */
  public OwnershipDatasetFacet {
    owners = List.copyOf(owners);
  }

  @Override
  public String key() {
    return "ownership";
  }

  @Override
  public URI schemaUrl() {
    return SCHEMA;
  }
}
