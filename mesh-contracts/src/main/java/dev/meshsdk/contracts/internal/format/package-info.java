/**
 * Internal: checks for the string formats of JSON Schema and ODCS ({@code email}, {@code uri},
 * {@code uuid}, {@code date}, {@code date-time}, {@code time}, {@code ipv4}, {@code ipv6}, {@code
 * hostname}) written as allocation-free char loops for the publish path. Not API.
 *
 * @see dev.meshsdk.contracts.internal.format.Formats
 */
@NullMarked
package dev.meshsdk.contracts.internal.format;

import org.jspecify.annotations.NullMarked;
