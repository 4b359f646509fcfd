/**
 * The implementation of contract diffs ({@link dev.meshsdk.contracts.ContractDiff}): the walk over
 * two contracts, the rule catalogue, threshold and SLA arithmetic, globs, semantic versions and the
 * changelog writers. Not API.
 */
@NullMarked
package dev.meshsdk.contracts.internal.diff;

import org.jspecify.annotations.NullMarked;
