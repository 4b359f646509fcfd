package dev.meshsdk.observability.lineage;

import dev.meshsdk.observability.lineage.internal.Checks;
import java.util.List;
import java.util.Map;

/**
 * A job: the recurring process runs belong to. For a data product the namespace is its domain and
 * the name {@code <product>.<output port>}.
 *
 * @param namespace the namespace of the job, such as the domain
 * @param name the job's name, unique within the namespace
 * @param facets the job facets by key
 */
public record Job(String namespace, String name, Map<String, JobFacet> facets) {
  /**
   * Checks the components and copies the map.
   *
   * @param namespace the namespace, not blank
   * @param name the name, not blank
   * @param facets the job facets; each must be under its own {@link Facet#key()}
   */
  public Job {
    Checks.notBlank(namespace, "job.namespace");
    Checks.notBlank(name, "job.name");
    facets = Facets.checked(facets, "job.facets");
  }

  /**
   * A job with facets.
   *
   * @param namespace the namespace
   * @param name the name
   * @param facets the facets; a later one replaces an earlier one with the same key
   * @return the job
   */
  public static Job of(String namespace, String name, JobFacet... facets) {
    return new Job(namespace, name, Checks.byKey(List.of(facets), Facet::key));
  }
}
