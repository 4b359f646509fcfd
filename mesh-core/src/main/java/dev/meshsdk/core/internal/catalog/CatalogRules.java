package dev.meshsdk.core.internal.catalog;

import dev.meshsdk.core.AccessDecision;
import dev.meshsdk.core.ConsumerIdentity;
import dev.meshsdk.core.DataProduct;
import dev.meshsdk.core.OutputPort;
import dev.meshsdk.core.catalog.Catalog;
import dev.meshsdk.core.catalog.CatalogException;
import java.util.List;
import java.util.Optional;

/** Rules every catalog applies the same way. */
public final class CatalogRules {
  private CatalogRules() {}

  /**
   * The version a product is registered under.
   *
   * @param product the product
   * @return its version
   * @throws CatalogException if it has none
   */
  public static String version(DataProduct product) {
    return product
        .version()
        .orElseThrow(
            () ->
                new CatalogException(
                    "data product '"
                        + product.id()
                        + "' has no version; a catalog keys products by id and version"));
  }

  /**
   * Fails unless a registered descriptor equals the new one.
   *
   * @param existing the registered descriptor
   * @param product the new one
   */
  public static void sameOrFail(DataProduct existing, DataProduct product) {
    if (!existing.equals(product)) {
      throw new CatalogException(
          "data product '"
              + product.id()
              + "' version "
              + version(product)
              + " is registered already with a different descriptor; a registered version never"
              + " changes, register a new version instead");
    }
  }

  /**
   * Checks a consumer may be registered on a port: the product and port exist, and the port's
   * access policy, in the latest version that has the port, allows the consumer.
   *
   * @param catalog the catalog
   * @param productId the product's id
   * @param port the port's name
   * @param consumer the consumer
   */
  public static void checkConsumer(
      Catalog catalog, String productId, String port, ConsumerIdentity consumer) {
    List<String> versions = catalog.versions(productId);
    if (versions.isEmpty()) {
      throw new CatalogException(
          "cannot register consumer '"
              + consumer.consumerId()
              + "': data product '"
              + productId
              + "' is not registered");
    }
    Optional<OutputPort> found = Optional.empty();
    for (int i = versions.size() - 1; i >= 0 && found.isEmpty(); i--) {
      found = catalog.get(productId, versions.get(i)).flatMap(p -> p.outputPort(port));
    }
    if (found.isEmpty()) {
      throw new CatalogException(
          "cannot register consumer '"
              + consumer.consumerId()
              + "': data product '"
              + productId
              + "' has no output port '"
              + port
              + "'");
    }
    AccessDecision decision = found.get().access().decide(consumer);
    if (!decision.isAllowed()) {
      throw new CatalogException(
          "cannot register consumer '"
              + consumer.consumerId()
              + "' on output port '"
              + port
              + "' of data product '"
              + productId
              + "': access denied: "
              + decision.reason());
    }
  }
}
