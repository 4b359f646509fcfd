package dev.meshsdk.observability.lineage;

/** A facet of a dataset ({@code facets} of an input, output or static dataset). */
public sealed interface DatasetFacet extends Facet
    permits SchemaDatasetFacet,
        DatasourceDatasetFacet,
        DocumentationDatasetFacet,
        OwnershipDatasetFacet,
        DatasetVersionDatasetFacet,
        LifecycleStateChangeDatasetFacet,
        DataQualityMetricsDatasetFacet {}
