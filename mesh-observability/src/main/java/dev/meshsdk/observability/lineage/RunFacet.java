package dev.meshsdk.observability.lineage;

/** A facet of a run ({@code run.facets}). */
public sealed interface RunFacet extends Facet
    permits ErrorMessageRunFacet, MeshsdkValidationRunFacet {}
