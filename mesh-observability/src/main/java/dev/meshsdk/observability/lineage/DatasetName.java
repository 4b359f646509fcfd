package dev.meshsdk.observability.lineage;

import dev.meshsdk.observability.lineage.internal.Checks;

/**
 * A dataset's identity in OpenLineage: the namespace of its physical data source and its name,
 * unique within that namespace. {@link LineageNames} makes them after the naming spec.
 *
 * @param namespace the data source, such as {@code kafka://broker:9092}
 * @param name the dataset within it, such as a topic
 */
public record DatasetName(String namespace, String name) {
  /**
   * Checks the components.
   *
   * @param namespace the data source, not blank
   * @param name the dataset within it, not blank
   */
  public DatasetName {
    Checks.notBlank(namespace, "namespace");
    Checks.notBlank(name, "name");
  }

  @Override
  public String toString() {
    return namespace + "/" + name;
  }
}
