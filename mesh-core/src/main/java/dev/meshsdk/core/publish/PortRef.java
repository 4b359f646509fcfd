package dev.meshsdk.core.publish;

import dev.meshsdk.contracts.DataContract;
import dev.meshsdk.core.publish.internal.Args;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Identifies what a {@link Publisher} publishes: one output port of one version of a data product,
 * and the version of the data contract the port promises.
 *
 * <p>Immutable; every component is required and must not be blank. Build one with {@link
 * #builder()}:
 *
 * <pre>{@code
 * PortRef port = PortRef.builder()
 *     .domain("sales").productId("orders").productVersion("1.0.0")
 *     .portName("orders-v1").contractId("orders").contractVersion("1.0.0")
 *     .build();
 * }</pre>
 *
 * @param domain the business domain that owns the product
 * @param productId the data product's id
 * @param productVersion the data product's version
 * @param portName the output port's name
 * @param contractId the id of the data contract the port promises
 * @param contractVersion the version of that contract
 */
public record PortRef(
    String domain,
    String productId,
    String productVersion,
    String portName,
    String contractId,
    String contractVersion) {

  /**
   * Checks the components.
   *
   * @param domain the business domain, not blank
   * @param productId the product's id, not blank
   * @param productVersion the product's version, not blank
   * @param portName the output port's name, not blank
   * @param contractId the contract's id, not blank
   * @param contractVersion the contract's version, not blank
   */
  public PortRef {
    Args.notBlank(domain, "PortRef.domain");
    Args.notBlank(productId, "PortRef.productId");
    Args.notBlank(productVersion, "PortRef.productVersion");
    Args.notBlank(portName, "PortRef.portName");
    Args.notBlank(contractId, "PortRef.contractId");
    Args.notBlank(contractVersion, "PortRef.contractVersion");
  }

  /**
   * A new builder with nothing set.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Checks that a contract is the one this port promises (same id and version).
   *
   * @param contract the contract
   * @throws IllegalArgumentException naming both when they differ
   */
  public void requireContract(DataContract contract) {
    Objects.requireNonNull(contract, "contract");
    if (!contractId.equals(contract.id()) || !contractVersion.equals(contract.version())) {
      throw new IllegalArgumentException(
          "port "
              + this
              + " promises contract "
              + contractId
              + "@"
              + contractVersion
              + " but the contract given is "
              + contract.id()
              + "@"
              + contract.version());
    }
  }

  /**
   * A builder holding this reference's components.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    return new Builder()
        .domain(domain)
        .productId(productId)
        .productVersion(productVersion)
        .portName(portName)
        .contractId(contractId)
        .contractVersion(contractVersion);
  }

  /**
   * A compact human form: {@code sales/orders@1.0.0#orders-v1 (contract orders@1.0.0)}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return domain
        + "/"
        + productId
        + "@"
        + productVersion
        + "#"
        + portName
        + " (contract "
        + contractId
        + "@"
        + contractVersion
        + ")";
  }

  /** Builds a {@link PortRef}; every component is required. */
  public static final class Builder {
    private @Nullable String domain;
    private @Nullable String productId;
    private @Nullable String productVersion;
    private @Nullable String portName;
    private @Nullable String contractId;
    private @Nullable String contractVersion;

    private Builder() {}

    /**
     * Sets the business domain.
     *
     * @param domain the domain, not blank
     * @return this builder
     */
    public Builder domain(String domain) {
      this.domain = Args.notBlank(domain, "PortRef.domain");
      return this;
    }

    /**
     * Sets the data product's id.
     *
     * @param productId the id, not blank
     * @return this builder
     */
    public Builder productId(String productId) {
      this.productId = Args.notBlank(productId, "PortRef.productId");
      return this;
    }

    /**
     * Sets the data product's version.
     *
     * @param productVersion the version, not blank
     * @return this builder
     */
    public Builder productVersion(String productVersion) {
      this.productVersion = Args.notBlank(productVersion, "PortRef.productVersion");
      return this;
    }

    /**
     * Sets the output port's name.
     *
     * @param portName the name, not blank
     * @return this builder
     */
    public Builder portName(String portName) {
      this.portName = Args.notBlank(portName, "PortRef.portName");
      return this;
    }

    /**
     * Sets the id of the contract the port promises.
     *
     * @param contractId the id, not blank
     * @return this builder
     */
    public Builder contractId(String contractId) {
      this.contractId = Args.notBlank(contractId, "PortRef.contractId");
      return this;
    }

    /**
     * Sets the version of the contract the port promises.
     *
     * @param contractVersion the version, not blank
     * @return this builder
     */
    public Builder contractVersion(String contractVersion) {
      this.contractVersion = Args.notBlank(contractVersion, "PortRef.contractVersion");
      return this;
    }

    /**
     * Builds the reference.
     *
     * @return the reference
     * @throws IllegalStateException if a component was not set
     */
    public PortRef build() {
      return new PortRef(
          Args.required(domain, "PortRef.domain"),
          Args.required(productId, "PortRef.productId"),
          Args.required(productVersion, "PortRef.productVersion"),
          Args.required(portName, "PortRef.portName"),
          Args.required(contractId, "PortRef.contractId"),
          Args.required(contractVersion, "PortRef.contractVersion"));
    }
  }
}
