package dev.meshsdk.core.catalog;

import dev.meshsdk.core.ConsumerIdentity;
import dev.meshsdk.core.DataProduct;
import dev.meshsdk.core.internal.Versions;
import java.util.List;
import java.util.Optional;

/**
 * Where data products are registered and found. Products are keyed by id and version; a version,
 * once registered, never changes.
 *
 * <p>Implementations are thread-safe. Implementers can prove their catalog behaves by extending the
 * abstract {@code CatalogContractTest} of meshsdk's test sources.
 */
public interface Catalog {
  /**
   * Registers a product version. Registering the same descriptor again does nothing.
   *
   * @param product the product, with a version
   * @throws CatalogException if the product has no version, or this id and version are registered
   *     with a different descriptor
   */
  void register(DataProduct product);

  /**
   * A registered product version.
   *
   * @param id the product's id
   * @param version the version
   * @return the product, or empty
   */
  Optional<DataProduct> get(String id, String version);

  /**
   * The registered versions of a product, lowest first (semantic versions by precedence).
   *
   * @param id the product's id
   * @return the versions, empty if the product is unknown
   */
  List<String> versions(String id);

  /**
   * The highest registered version of a product.
   *
   * @param id the product's id
   * @return the product, or empty if unknown
   */
  default Optional<DataProduct> latest(String id) {
    List<String> versions = versions(id);
    return versions.isEmpty() ? Optional.empty() : get(id, versions.get(versions.size() - 1));
  }

  /**
   * The highest registered version of a product below a product's own version: what governance
   * compares a new version with ({@code Governance.builder().previousVersions(catalog::previous)}).
   *
   * @param product the product
   * @return the previous version, or empty
   */
  default Optional<DataProduct> previous(DataProduct product) {
    if (product.version().isEmpty()) {
      return latest(product.id());
    }
    String version = product.version().get();
    List<String> lower =
        versions(product.id()).stream()
            .filter(v -> Versions.ORDER.compare(v, version) < 0)
            .toList();
    return lower.isEmpty() ? Optional.empty() : get(product.id(), lower.get(lower.size() - 1));
  }

  /**
   * The latest version of every product that matches a query, ordered by id.
   *
   * @param query the query
   * @return the products
   */
  List<DataProduct> search(CatalogQuery query);

  /**
   * Registers a consumer of an output port. Registering the same consumer again does nothing.
   *
   * @param productId the product's id
   * @param port the output port's name
   * @param consumer who consumes
   * @throws CatalogException if the product or port is unknown, or the port's access policy (in the
   *     latest version that has the port) denies the consumer
   */
  void registerConsumer(String productId, String port, ConsumerIdentity consumer);

  /**
   * The consumers registered on a product's ports, in registration order.
   *
   * @param productId the product's id
   * @return the registrations
   */
  List<ConsumerRegistration> consumers(String productId);
}
