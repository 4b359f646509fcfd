/**
 * The test kit: consumer-driven contract tests for data products.
 *
 * <p>A consumer states what it relies on in a {@link dev.meshsdk.testkit.ConsumerContract}, runs
 * its own code against stub records from the provider's contract and, when that passes, writes an
 * {@link dev.meshsdk.testkit.Expectations} file. The provider verifies every such file against its
 * current contract and sample records ({@link dev.meshsdk.testkit.ProviderVerification}, or the
 * JUnit extension in {@code dev.meshsdk.testkit.junit}); {@link dev.meshsdk.testkit.CanIDeploy}
 * tells whether a new contract breaks any consumer. {@link dev.meshsdk.testkit.TestMesh} runs a
 * whole mesh in memory for tests, and {@code dev.meshsdk.testkit.assertions} asserts on what it
 * did.
 */
@NullMarked
package dev.meshsdk.testkit;

import org.jspecify.annotations.NullMarked;
