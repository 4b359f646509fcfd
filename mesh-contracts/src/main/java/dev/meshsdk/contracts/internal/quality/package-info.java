/**
 * Internal: batch quality checks, the ODCS {@code quality[]} rules of one schema object compiled
 * into counters fed in one pass over the records per property path. Used by {@code BatchQuality}.
 * Not API.
 */
@NullMarked
package dev.meshsdk.contracts.internal.quality;

import org.jspecify.annotations.NullMarked;
