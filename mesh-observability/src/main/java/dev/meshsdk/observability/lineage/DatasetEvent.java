package dev.meshsdk.observability.lineage;

import dev.meshsdk.observability.lineage.internal.SchemaUrls;
import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * A design-time OpenLineage event about one dataset: its schema, version, ownership and lifecycle,
 * such as a data product's output port when the product is registered.
 *
 * @param eventTime when it happened
 * @param producer the code that produced the event
 * @param dataset the dataset
 */
public record DatasetEvent(Instant eventTime, URI producer, StaticDataset dataset)
    implements LineageEvent {
  private static final URI SCHEMA = SchemaUrls.core("DatasetEvent");

  /**
   * Checks the components.
   *
   * @param eventTime when it happened
   * @param producer the producer URI, absolute
   * @param dataset the dataset
   */
  public DatasetEvent {
    Objects.requireNonNull(eventTime, "eventTime");
    Events.checkProducer(producer);
    Objects.requireNonNull(dataset, "dataset");
  }

  /**
   * An event happening now, produced by {@link Lineage#PRODUCER}.
   *
   * @param dataset the dataset
   * @return the event
   */
  public static DatasetEvent of(StaticDataset dataset) {
    return new DatasetEvent(Instant.now(), Lineage.PRODUCER, dataset);
  }

  @Override
  public URI schemaUrl() {
    return SCHEMA;
  }
}
