/**
 * The test kit: consumer-driven contract tests, provider verification and contract-driven record
 * generators. Arrives with the mesh-testkit issue; for now this package only reserves the name.
 */
@NullMarked
package dev.meshsdk.testkit;

import org.jspecify.annotations.NullMarked;
