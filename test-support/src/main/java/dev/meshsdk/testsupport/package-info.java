/**
 * Test helpers shared by the tests of every meshsdk module (an unpublished module, used in test
 * scope): finding the official standards files in {@code ../shared/standards} beside the repository
 * root, skipping tests with a reason when they are missing, judging documents against JSON Schema
 * files with a real validator, and an in-process Kafka broker (which the benchmarks start too). Not
 * API.
 */
@NullMarked
package dev.meshsdk.testsupport;

import org.jspecify.annotations.NullMarked;
