/**
 * Fluent assertions for mesh tests, without an assertion library: {@link
 * dev.meshsdk.testkit.assertions.MeshAssertions#assertThat(dev.meshsdk.contracts.ValidationResult)}
 * and friends throw {@link java.lang.AssertionError}s whose messages name rules, paths and counts,
 * never record values, so classified values cannot leak into test reports.
 */
@NullMarked
package dev.meshsdk.testkit.assertions;

import org.jspecify.annotations.NullMarked;
