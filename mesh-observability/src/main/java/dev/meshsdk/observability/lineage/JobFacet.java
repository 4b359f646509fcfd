package dev.meshsdk.observability.lineage;

/** A facet of a job ({@code job.facets}). */
public sealed interface JobFacet extends Facet
    permits JobTypeJobFacet, DocumentationJobFacet, OwnershipJobFacet {}
