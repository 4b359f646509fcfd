/**
 * OpenLineage 2-0-2 for data products: an immutable event model ({@link
 * dev.meshsdk.observability.lineage.RunEvent}, {@link dev.meshsdk.observability.lineage.JobEvent},
 * {@link dev.meshsdk.observability.lineage.DatasetEvent}) with the standard facets a data product
 * describes itself with, a custom {@code meshsdk_validation} run facet, dataset naming after the
 * OpenLineage naming spec ({@link dev.meshsdk.observability.lineage.LineageNames}), JSON writing
 * ({@link dev.meshsdk.observability.lineage.LineageJson}), transports ({@link
 * dev.meshsdk.observability.lineage.LineageTransport}) and an asynchronous, never-blocking emitter
 * ({@link dev.meshsdk.observability.lineage.LineageEmitter}).
 *
 * <p>Events carry schemas, counts and rule ids only; record values never enter them.
 */
@NullMarked
package dev.meshsdk.observability.lineage;

import org.jspecify.annotations.NullMarked;
