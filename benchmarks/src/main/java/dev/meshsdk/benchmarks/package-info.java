/**
 * JMH benchmarks for meshsdk. The first benchmarks arrive with the publish-time validation issue;
 * results are recorded in {@code benchmarks/RESULTS.md}.
 */
@NullMarked
package dev.meshsdk.benchmarks;

import org.jspecify.annotations.NullMarked;
