/**
 * The contract language of meshsdk: an immutable Java model of ODCS v3 data contracts (Open Data
 * Contract Standard) and the entry points that read, write and check them.
 *
 * <p>Start at {@link dev.meshsdk.contracts.DataContracts}: {@code read} and {@code parse} turn ODCS
 * YAML or JSON into a {@link dev.meshsdk.contracts.DataContract}; {@code toYaml} and {@code toJson}
 * write it back; {@code check} lists what breaks the standard. Everything here is an immutable
 * value built with a builder; nothing returns or accepts {@code null}. Implementation lives in
 * {@code dev.meshsdk.contracts.internal} and is not API.
 */
@NullMarked
package dev.meshsdk.contracts;

import org.jspecify.annotations.NullMarked;
