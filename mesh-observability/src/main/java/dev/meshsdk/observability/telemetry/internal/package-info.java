/**
 * Implementation of {@link dev.meshsdk.observability.telemetry.MeshTelemetry}: the open-span table,
 * the instruments and the failure guard. Not API; may change in any release.
 */
@NullMarked
package dev.meshsdk.observability.telemetry.internal;

import org.jspecify.annotations.NullMarked;
