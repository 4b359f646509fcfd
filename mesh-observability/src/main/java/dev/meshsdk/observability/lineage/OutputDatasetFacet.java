package dev.meshsdk.observability.lineage;

/** A facet about one write to an output dataset ({@code outputFacets}). */
public sealed interface OutputDatasetFacet extends Facet
    permits OutputStatisticsOutputDatasetFacet {}
