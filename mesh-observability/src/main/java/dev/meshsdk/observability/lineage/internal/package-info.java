/**
 * Implementation of the OpenLineage layer: JSON writing, argument checks, rate-limited logging and
 * the UUIDv7 generator. Not public API.
 */
@NullMarked
package dev.meshsdk.observability.lineage.internal;

import org.jspecify.annotations.NullMarked;
