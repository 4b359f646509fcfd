/**
 * OpenTelemetry spans and metrics for publish runs: {@link
 * dev.meshsdk.observability.telemetry.MeshTelemetry} is a {@link
 * dev.meshsdk.core.event.MeshListener} that turns publish events into one span per run and a few
 * low-cardinality metrics (records published and rejected, violations by rule, duration, bytes,
 * freshness age). The attribute keys and instrument names are in {@link
 * dev.meshsdk.observability.telemetry.MeshAttributes} and {@link
 * dev.meshsdk.observability.telemetry.MeshMetrics}.
 *
 * <p>Uses the OpenTelemetry API only; nothing is recorded until the application installs an SDK
 * (globally, or by injecting an {@code OpenTelemetry}).
 */
@NullMarked
package dev.meshsdk.observability.telemetry;

import org.jspecify.annotations.NullMarked;
