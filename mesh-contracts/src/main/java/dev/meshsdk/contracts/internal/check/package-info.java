/**
 * Internal: the ODCS conformance checker, a hand-written rendering of the rules of the official
 * ODCS JSON Schemas (v3.1.0 for v3.0.x and v3.1.0 documents, the v3.2.0 draft for v3.2.0
 * documents), plus the rules a JSON Schema cannot express (unique key positions, ordered bounds,
 * unique names). The SDK does not use a JSON Schema library at run time: this code is the rules.
 * Not API.
 */
@NullMarked
package dev.meshsdk.contracts.internal.check;

import org.jspecify.annotations.NullMarked;
