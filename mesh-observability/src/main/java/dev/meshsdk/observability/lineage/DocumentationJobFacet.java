package dev.meshsdk.observability.lineage;

import dev.meshsdk.observability.lineage.internal.Checks;
import dev.meshsdk.observability.lineage.internal.SchemaUrls;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code documentation} job facet (DocumentationJobFacet 1-1-0).
 *
 * @param description the description of the job
 * @param contentType the MIME type of the description, such as {@code text/markdown}
 */
public record DocumentationJobFacet(String description, Optional<String> contentType)
    implements JobFacet {
  private static final URI SCHEMA = SchemaUrls.facet("1-1-0", "DocumentationJobFacet");

  /**
   * Checks the components.
   *
   * @param description the description, not blank
   * @param contentType the MIME type of the description
   */
  public DocumentationJobFacet {
    Checks.notBlank(description, "description");
    Objects.requireNonNull(contentType, "contentType");
  }

  /**
   * A plain-text description.
   *
   * @param description the description
   * @return the facet
   */
  public static DocumentationJobFacet of(String description) {
    return new DocumentationJobFacet(description, Optional.empty());
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
