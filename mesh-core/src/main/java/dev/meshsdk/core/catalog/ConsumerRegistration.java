package dev.meshsdk.core.catalog;

import dev.meshsdk.core.ConsumerIdentity;
import java.util.Objects;

/**
 * A consumer registered on an output port of a product.
 *
 * @param productId the product's id
 * @param port the output port's name
 * @param consumer who consumes
 */
public record ConsumerRegistration(String productId, String port, ConsumerIdentity consumer) {
  /**
   * Checks the components.
   *
   * @param productId the product's id
   * @param port the output port's name
   * @param consumer who consumes
   */
  public ConsumerRegistration {
    Objects.requireNonNull(productId, "productId");
    Objects.requireNonNull(port, "port");
    Objects.requireNonNull(consumer, "consumer");
  }
}
