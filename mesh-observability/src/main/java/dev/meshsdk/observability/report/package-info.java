/**
 * The mesh report: a static HTML site that shows every data product of a mesh, its contract
 * schemas, consumers, recent publish runs, freshness and quality, and the lineage graph of the
 * whole mesh.
 *
 * <p>Fill a {@link dev.meshsdk.observability.report.MeshReportModel} (from a catalog, the products'
 * contracts and publish events) and pass it to {@link
 * dev.meshsdk.observability.report.MeshReport#write}. The pages need no server and fetch nothing:
 * styles and the small filter script are inline, the lineage graph is inline SVG, and each page
 * carries a Content-Security-Policy that forbids loading anything else.
 */
@NullMarked
package dev.meshsdk.observability.report;

import org.jspecify.annotations.NullMarked;
