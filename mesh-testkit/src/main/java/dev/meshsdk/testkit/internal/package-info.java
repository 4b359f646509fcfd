/**
 * Implementation of the test kit: expectations JSON reading and writing, contract matching,
 * governance checks, stub records, masking and the JUnit extension behind {@code
 * VerifyConsumerExpectations}. Not API: may change in any release.
 */
@NullMarked
package dev.meshsdk.testkit.internal;

import org.jspecify.annotations.NullMarked;
