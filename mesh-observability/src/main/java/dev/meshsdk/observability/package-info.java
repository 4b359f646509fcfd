/**
 * Observability for data products: OpenLineage events, OpenTelemetry spans and metrics, SLA and
 * freshness status. Arrives with the mesh-observability issue; for now this package only reserves
 * the name.
 */
@NullMarked
package dev.meshsdk.observability;

import org.jspecify.annotations.NullMarked;
