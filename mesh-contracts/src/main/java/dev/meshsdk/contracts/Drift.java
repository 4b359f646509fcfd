package dev.meshsdk.contracts;

import java.util.Objects;

/**
 * One difference between a Java record or bean and the data contract it is meant to honour, found
 * by {@code DataContracts.conformance}. An empty list of drifts means the type conforms.
 *
 * <pre>{@code
 * assertThat(DataContracts.conformance(Order.class, contract)).isEmpty();
 * }</pre>
 *
 * @param path the property's path in the contract, such as {@code lines.sku}; array items and map
 *     values add nothing to the path
 * @param kind what kind of difference it is
 * @param message what differs, naming both sides
 */
public record Drift(String path, DriftKind kind, String message) {
  /**
   * Checks the components.
   *
   * @param path the property's path in the contract, such as {@code lines.sku}
   * @param kind what kind of difference it is
   * @param message what differs, naming both sides
   */
  public Drift {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return kind + " at " + path + ": " + message;
  }
}
