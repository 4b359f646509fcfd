/**
 * Annotations for code-first contracts: they say on a Java record or bean what Java and Bean
 * Validation cannot (a property's contract name, description, classification, primary key,
 * examples), for {@link dev.meshsdk.contracts.DataContracts#derive(Class)} and for typed {@link
 * dev.meshsdk.contracts.RecordValidator}s.
 */
@NullMarked
package dev.meshsdk.contracts.annotation;

import org.jspecify.annotations.NullMarked;
