/**
 * The listener SPI: {@link dev.meshsdk.core.event.MeshListener}s receive {@link
 * dev.meshsdk.core.event.MeshEvent}s (publish started, records rejected, publish completed or
 * failed) synchronously, in registration order. Lineage, metrics and audit modules build on it;
 * events hold counts, rule ids and paths, never record values.
 */
@NullMarked
package dev.meshsdk.core.event;

import org.jspecify.annotations.NullMarked;
