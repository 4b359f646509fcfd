/**
 * Exports of data contracts to other schema languages, and imports back: JSON Schema 2020-12 and
 * Apache Avro, one schema object at a time.
 *
 * <p>Start at {@link dev.meshsdk.contracts.export.ContractExports} and {@link
 * dev.meshsdk.contracts.export.ContractImports}. What the target language cannot express is kept in
 * vendor keywords ({@code x-odcs} in JSON Schema, {@code odcs} in Avro) so that an import restores
 * it; what a JSON Schema validator then does not check is named in a {@code $comment}.
 */
@NullMarked
package dev.meshsdk.contracts.export;

import org.jspecify.annotations.NullMarked;
