/**
 * JUnit Jupiter support for providers: {@link dev.meshsdk.testkit.junit.VerifyConsumerExpectations}
 * turns every consumer's expectations file into one test, with the provider's contract, samples and
 * access policy supplied by fixture methods ({@link dev.meshsdk.testkit.junit.ProviderContract},
 * {@link dev.meshsdk.testkit.junit.ProviderSamples}, {@link
 * dev.meshsdk.testkit.junit.ProviderAccess}). {@link dev.meshsdk.testkit.junit.MeshTest} gives a
 * test a whole mesh in memory ({@link dev.meshsdk.testkit.TestMesh}). Works with JUnit 5.10 and
 * later, including 6.x.
 */
@NullMarked
package dev.meshsdk.testkit.junit;

import org.jspecify.annotations.NullMarked;
