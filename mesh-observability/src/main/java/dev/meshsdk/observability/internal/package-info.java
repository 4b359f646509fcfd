/**
 * Implementation shared by the lineage and telemetry layers: the per-port aggregation windows of
 * high-rate ports. Not public API.
 */
@NullMarked
package dev.meshsdk.observability.internal;

import org.jspecify.annotations.NullMarked;
