/**
 * The mesh report's implementation: HTML escaping, the lineage graph layout (longest-path layering,
 * barycentric ordering) and its SVG drawing, schema tables and the page templates. Not API.
 */
@NullMarked
package dev.meshsdk.observability.report.internal;

import org.jspecify.annotations.NullMarked;
