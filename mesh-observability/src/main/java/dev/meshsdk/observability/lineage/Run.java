package dev.meshsdk.observability.lineage;

import dev.meshsdk.observability.lineage.internal.Checks;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A run of a job: its id (the same for all the run's events; {@link UuidV7#next()} makes one) and
 * its facets.
 *
 * @param runId the run's id
 * @param facets the run facets by key
 */
public record Run(UUID runId, Map<String, RunFacet> facets) {
  /**
   * Checks the components and copies the map.
   *
   * @param runId the run's id
   * @param facets the run facets; each must be under its own {@link Facet#key()}
   */
  public Run {
    Objects.requireNonNull(runId, "runId");
    facets = Facets.checked(facets, "run.facets");
  }

  /**
   * A run with facets.
   *
   * @param runId the run's id
   * @param facets the facets; a later one replaces an earlier one with the same key
   * @return the run
   */
  public static Run of(UUID runId, RunFacet... facets) {
    return new Run(runId, Checks.byKey(List.of(facets), Facet::key));
  }
}
