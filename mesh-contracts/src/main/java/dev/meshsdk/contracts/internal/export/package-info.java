/**
 * Internal: contracts exported to JSON Schema 2020-12 and Apache Avro, and imported back. Not API;
 * the entry points are {@link dev.meshsdk.contracts.export.ContractExports} and {@link
 * dev.meshsdk.contracts.export.ContractImports}.
 */
@NullMarked
package dev.meshsdk.contracts.internal.export;

import org.jspecify.annotations.NullMarked;
