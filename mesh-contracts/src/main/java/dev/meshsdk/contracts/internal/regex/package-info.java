/**
 * Internal: a regular-expression engine for record validation on the publish path. Patterns are
 * parsed here (ECMA-262 syntax for JSON Schema and ODCS {@code pattern}, java.util.regex syntax for
 * Bean Validation {@code @Pattern}), compiled to a deterministic automaton and matched in linear
 * time with no allocation, which also defends against catastrophic backtracking (ReDoS). The few
 * constructs an automaton cannot express fall back to {@link java.util.regex.Pattern} with a reused
 * per-thread {@link java.util.regex.Matcher} and a step budget. Not API.
 *
 * @see dev.meshsdk.contracts.internal.regex.Regex
 */
@NullMarked
package dev.meshsdk.contracts.internal.regex;

import org.jspecify.annotations.NullMarked;
