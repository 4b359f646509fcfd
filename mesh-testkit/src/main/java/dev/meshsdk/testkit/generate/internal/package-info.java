/**
 * Internal: the record generators' implementation. A contract's schema object is compiled once into
 * a tree of value generators that mirror the record validator's checks; invalid records are valid
 * ones with one value replaced, kept only when the validator reports exactly the intended rule at
 * the intended path. Not API.
 */
@NullMarked
package dev.meshsdk.testkit.generate.internal;

import org.jspecify.annotations.NullMarked;
