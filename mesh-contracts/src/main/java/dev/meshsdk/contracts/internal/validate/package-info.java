/**
 * Internal: contracts compiled into record validators. Each schema property becomes one specialised
 * check object; validation runs a fast allocation-free pass ({@code test}) and, only for an invalid
 * record, a second pass ({@code report}) that collects every violation with its path. Not API.
 */
@NullMarked
package dev.meshsdk.contracts.internal.validate;

import org.jspecify.annotations.NullMarked;
