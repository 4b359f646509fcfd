/**
 * Code-first contracts: derives an ODCS {@link dev.meshsdk.contracts.DataContract} from a Java
 * record or bean (its component or getter types, Jakarta Bean Validation constraints and {@link
 * dev.meshsdk.contracts.annotation.ContractField} / {@link
 * dev.meshsdk.contracts.annotation.ContractSchema} annotations), and reports the {@link
 * dev.meshsdk.contracts.Drift} between such a type and a contract written by hand.
 *
 * <p>The entry point is {@link dev.meshsdk.contracts.internal.derive.ContractDeriver}; users reach
 * it through {@code DataContracts.derive} and {@code DataContracts.conformance}. Not API.
 */
@NullMarked
package dev.meshsdk.contracts.internal.derive;

import org.jspecify.annotations.NullMarked;
