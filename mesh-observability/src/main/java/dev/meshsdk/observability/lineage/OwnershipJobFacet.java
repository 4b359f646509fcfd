package dev.meshsdk.observability.lineage;

import dev.meshsdk.observability.lineage.internal.SchemaUrls;
import java.net.URI;
import java.util.List;

/**
 * The {@code ownership} job facet (OwnershipJobFacet 1-0-1).
 *
 * @param owners the owners of the job
 */
public record OwnershipJobFacet(List<Owner> owners) implements JobFacet {
  private static final URI SCHEMA = SchemaUrls.facet("1-0-1", "OwnershipJobFacet");

  /**
   * Copies the list.
   *
   * @param owners the owners of the job
   */
  public OwnershipJobFacet {
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
