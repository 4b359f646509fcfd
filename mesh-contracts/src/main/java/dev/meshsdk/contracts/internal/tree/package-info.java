/**
 * Internal: documents as trees of nodes that remember where they stood in the source (line and
 * column), read from YAML 1.2 or JSON under hard limits, and written back. Not API.
 */
@NullMarked
package dev.meshsdk.contracts.internal.tree;

import org.jspecify.annotations.NullMarked;
