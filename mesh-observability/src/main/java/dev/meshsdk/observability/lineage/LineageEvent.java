package dev.meshsdk.observability.lineage;

import java.net.URI;
import java.time.Instant;

/**
 * An OpenLineage 2-0-2 event: a {@link RunEvent} at run time, or a design-time {@link JobEvent} or
 * {@link DatasetEvent} describing static lineage. {@link LineageJson#toJson(LineageEvent)} writes
 * it.
 */
public sealed interface LineageEvent permits RunEvent, JobEvent, DatasetEvent {
  /**
   * When the event happened.
   *
   * @return the time
   */
  Instant eventTime();

  /**
   * The code that produced the event.
   *
   * @return the producer URI
   */
  URI producer();

  /**
   * The event's {@code schemaURL}: the core spec with a pointer to the event's definition.
   *
   * @return the schema URL
   */
  URI schemaUrl();
}
