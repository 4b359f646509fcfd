/**
 * Runnable samples of meshsdk. {@link dev.meshsdk.samples.MeshDemo} is the README's demo: it reads
 * the orders domain's ODCS contract, prints a readable summary and its conformance check, and shows
 * how a broken contract is refused.
 */
@NullMarked
package dev.meshsdk.samples;

import org.jspecify.annotations.NullMarked;
