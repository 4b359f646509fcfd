package dev.meshsdk.observability.lineage;

import dev.meshsdk.observability.lineage.internal.Checks;
import dev.meshsdk.observability.lineage.internal.SchemaUrls;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code documentation} dataset facet (DocumentationDatasetFacet 1-1-0).
 *
 * @param description the description of the dataset
 * @param contentType the MIME type of the description, such as {@code text/markdown}
 */
public record DocumentationDatasetFacet(String description, Optional<String> contentType)
    implements DatasetFacet {
  private static final URI SCHEMA = SchemaUrls.facet("1-1-0", "DocumentationDatasetFacet");

  /**
   * Checks the components.
   *
   * @param description the description, not blank
   * @param contentType the MIME type of the description
   */
  public DocumentationDatasetFacet {
    Checks.notBlank(description, "description");
    Objects.requireNonNull(contentType, "contentType");
  }

  /**
   * A plain-text description.
   *
   * @param description the description
   * @return the facet
   */
  public static DocumentationDatasetFacet of(String description) {
    return new DocumentationDatasetFacet(description, Optional.empty());
  }

  @Override
  public String key() {
    return "documentation";
  }

  @Override
  public URI schemaUrl() {
    return SCHEMA;
  }
}
