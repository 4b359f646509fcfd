/**
 * SLA and freshness: {@link dev.meshsdk.observability.sla.SlaTerms} reads a data contract's {@code
 * slaProperties} (frequency, latency, retention, availability), {@link
 * dev.meshsdk.observability.sla.FreshnessThresholds} turns them into the ages at which an output
 * port becomes late and stale, and {@link dev.meshsdk.observability.sla.SlaMonitor} (a {@link
 * dev.meshsdk.core.event.MeshListener}) tracks each watched port's {@link
 * dev.meshsdk.observability.sla.FreshnessStatus}, reporting every change once: as a {@link
 * dev.meshsdk.observability.sla.FreshnessChanged} to callbacks, as a log line and as gauges.
 */
@NullMarked
package dev.meshsdk.observability.sla;

import org.jspecify.annotations.NullMarked;
