package dev.meshsdk.observability.lineage;

import dev.meshsdk.observability.lineage.internal.SchemaUrls;
import java.net.URI;

/** Constants of the OpenLineage layer: the spec version, producer and custom facet schema URLs. */
public final class Lineage {
  /** The OpenLineage core spec version every event is written in. */
  public static final String SPEC_VERSION = SchemaUrls.SPEC_VERSION;

  /**
   * The default producer URI of events, and the {@code _producer} of every facet this SDK writes:
   * {@code https://github.com/meshsdk/meshsdk/tree/v<sdk version>/mesh-observability}.
   */
  public static final URI PRODUCER = SchemaUrls.PRODUCER;

  /** The base URL under which meshsdk publishes its custom facet schemas. */
  public static final String FACET_SCHEMA_BASE = "https://meshsdk.dev/spec/facets/";

  /**
   * The {@code _schemaURL} of the {@code meshsdk_validation} run facet; the schema file is {@code
   * spec/facets/1-0-0/MeshsdkValidationRunFacet.json} in the meshsdk repository.
   */
  public static final URI VALIDATION_FACET_SCHEMA =
      URI.create(
          FACET_SCHEMA_BASE
              + "1-0-0/MeshsdkValidationRunFacet.json#/$defs/MeshsdkValidationRunFacet");

  private Lineage() {}
}
