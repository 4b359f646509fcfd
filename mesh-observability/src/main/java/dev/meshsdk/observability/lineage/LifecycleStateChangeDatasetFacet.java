package dev.meshsdk.observability.lineage;

import dev.meshsdk.observability.lineage.internal.SchemaUrls;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code lifecycleStateChange} dataset facet (LifecycleStateChangeDatasetFacet 1-0-1): what
 * happened to the dataset, such as {@link Change#CREATE} when a product is first registered and
 * {@link Change#ALTER} when its contract changes.
 *
 * @param lifecycleStateChange the change
 * @param previousIdentifier the dataset's previous identity, for {@link Change#RENAME}
 */
public record LifecycleStateChangeDatasetFacet(
    Change lifecycleStateChange, Optional<DatasetName> previousIdentifier) implements DatasetFacet {
  private static final URI SCHEMA = SchemaUrls.facet("1-0-1", "LifecycleStateChangeDatasetFacet");

  /** The lifecycle state changes the spec knows. */
  public enum Change {
    /** The dataset's definition changed. */
    ALTER,
    /** The dataset was created. */
    CREATE,
    /** The dataset was dropped. */
    DROP,
    /** The dataset's content was overwritten. */
    OVERWRITE,
    /** The dataset was renamed. */
    RENAME,
    /** The dataset was emptied. */
    TRUNCATE
  }

  /**
   * Checks the components.
   *
   * @param lifecycleStateChange the change
   * @param previousIdentifier the previous identity
   */
  public LifecycleStateChangeDatasetFacet {
    Objects.requireNonNull(lifecycleStateChange, "lifecycleStateChange");
    Objects.requireNonNull(previousIdentifier, "previousIdentifier");
  }

  /**
   * A change without a previous identity.
   *
   * @param change the change
   * @return the facet
   */
  public static LifecycleStateChangeDatasetFacet of(Change change) {
    return new LifecycleStateChangeDatasetFacet(change, Optional.empty());
  }

  @Override
  public String key() {
    return "lifecycleStateChange";
  }

  @Override
  public URI schemaUrl() {
    return SCHEMA;
  }
}
