/**
 * JMH benchmarks for meshsdk: {@link dev.meshsdk.benchmarks.ValidationBenchmark} measures
 * publish-time record validation against Hibernate Validator, networknt and hand-written code.
 * Results are recorded in {@code benchmarks/RESULTS.md}.
 */
@NullMarked
package dev.meshsdk.benchmarks;

import org.jspecify.annotations.NullMarked;
