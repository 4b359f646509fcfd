package dev.meshsdk.observability.lineage;

import java.net.URI;

/**
 * An OpenLineage facet: a piece of metadata attached to a run, a job or a dataset, written under
 * its {@link #key()} with {@code _producer} and {@code _schemaURL}.
 *
 * <p>The family is closed; each case knows where it may go through the sub-interfaces {@link
 * RunFacet}, {@link JobFacet}, {@link DatasetFacet} and {@link OutputDatasetFacet}.
 */
public sealed interface Facet permits RunFacet, JobFacet, DatasetFacet, OutputDatasetFacet {
  /**
   * The name the facet is written under in its facets map, such as {@code schema}.
   *
   * @return the key
   */
  String key();

  /**
   * The facet's {@code _schemaURL}: its schema file's {@code $id} with a JSON pointer to its
   * definition.
   *
   * @return the schema URL
   */
  URI schemaUrl();

  /**
   * The facet's {@code _producer}: the code that made it.
   *
   * @return {@link Lineage#PRODUCER}
   */
  default URI producer() {
    return Lineage.PRODUCER;
  }
}
