/**
 * Internal: maps ODCS documents (node trees) to the contract model and the model back to documents.
 * Every type has a reader that names the path and location of any problem and keeps unknown fields,
 * and a writer that puts fields in the standard's order. Not API.
 */
@NullMarked
package dev.meshsdk.contracts.internal.odcs;

import org.jspecify.annotations.NullMarked;
