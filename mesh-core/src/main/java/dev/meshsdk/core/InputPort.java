package dev.meshsdk.core;

import dev.meshsdk.contracts.CustomProperty;
import dev.meshsdk.contracts.JsonValue;
import dev.meshsdk.contracts.internal.Values;
import dev.meshsdk.core.internal.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where a data product gets data: the contract it consumes, and the product that publishes it when
 * known. In ODPS the pair (name, contract version) is the port's key.
 *
 * @param name the port's name
 * @param upstreamProductId the id of the product whose output port it reads, when known (ODPS
 *     cannot hold it; it travels as the custom property {@code meshsdk.upstreamProductId})
 * @param contractId the id of the ODCS contract consumed
 * @param contractVersion the version of that contract (the ODPS port {@code version})
 * @param tags tags
 * @param customProperties custom properties (names starting {@code meshsdk.} are reserved)
 * @param extensions other ODPS fields ({@code authoritativeDefinitions}), kept as read
 */
public record InputPort(
    String name,
    Optional<String> upstreamProductId,
    String contractId,
    String contractVersion,
    List<String> tags,
    List<CustomProperty> customProperties,
    Map<String, JsonValue> extensions) {

  /**
   * Checks and copies the components.
   *
   * @param name the port's name
   * @param upstreamProductId the id of the product whose output port it reads, when known
   * @param contractId the id of the ODCS contract consumed
   * @param contractVersion the version of that contract
   * @param tags tags
   * @param customProperties custom properties (names starting {@code meshsdk.} are reserved)
   * @param extensions other ODPS fields, kept as read
   * @throws ProductDefinitionException if a required string is blank or a custom property name is
   *     reserved
   */
  public InputPort {
    Objects.requireNonNull(name, "name");
    String subject = "InputPort '" + name + "'";
    Checks.notBlank(subject, "name", name);
    Checks.notBlank(subject, "upstreamProductId", upstreamProductId);
    Checks.notBlank(subject, "contractId", contractId);
    Checks.notBlank(subject, "contractVersion", contractVersion);
    tags = Checks.distinctNotBlank(subject, "tags", tags);
    customProperties = List.copyOf(customProperties);
    for (int i = 0; i < customProperties.size(); i++) {
      Checks.notReserved(
          subject, "customProperties[" + i + "]", customProperties.get(i).property());
    }
    extensions = Values.orderedCopy(extensions, "extensions");
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this port's values.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.name = name;
    b.upstreamProductId = upstreamProductId;
    b.contractId = contractId;
    b.contractVersion = contractVersion;
    b.tags = new ArrayList<>(tags);
    b.customProperties = new ArrayList<>(customProperties);
    b.extensions = extensions;
    return b;
  }

  /** Builds an {@link InputPort}. */
  public static final class Builder {
    private @Nullable String name;
    private Optional<String> upstreamProductId = Optional.empty();
    private @Nullable String contractId;
    private @Nullable String contractVersion;
    private List<String> tags = new ArrayList<>();
    private List<CustomProperty> customProperties = new ArrayList<>();
    private Map<String, JsonValue> extensions = Map.of();

    private Builder() {}

    /**
     * The port's name (required).
     *
     * @param name the name
     * @return this
     */
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * The product whose output port this port reads.
     *
     * @param productId the upstream product's id
     * @return this
     */
    public Builder upstreamProduct(String productId) {
      return upstreamProductId(Optional.of(productId));
    }

    /**
     * The product whose output port this port reads, or empty.
     *
     * @param productId the upstream product's id
     * @return this
     */
    public Builder upstreamProductId(Optional<String> productId) {
      this.upstreamProductId = Objects.requireNonNull(productId, "upstreamProductId");
      return this;
    }

    /**
     * The contract consumed (both required).
     *
     * @param id the contract's id
     * @param version the contract's version
     * @return this
     */
    public Builder contract(String id, String version) {
      this.contractId = Objects.requireNonNull(id, "contractId");
      this.contractVersion = Objects.requireNonNull(version, "contractVersion");
      return this;
    }

    /**
     * The tags.
     *
     * @param tags the tags
     * @return this
     */
    public Builder tags(List<String> tags) {
      this.tags = new ArrayList<>(List.copyOf(tags));
      return this;
    }

    /**
     * Adds a tag.
     *
     * @param tag the tag
     * @return this
     */
    public Builder tag(String tag) {
      this.tags.add(Objects.requireNonNull(tag, "tag"));
      return this;
    }

    /**
     * The custom properties.
     *
     * @param customProperties the custom properties
     * @return this
     */
    public Builder customProperties(List<CustomProperty> customProperties) {
      this.customProperties = new ArrayList<>(List.copyOf(customProperties));
      return this;
    }

    /**
     * Other ODPS fields, kept as read.
     *
     * @param extensions the fields
     * @return this
     */
    public Builder extensions(Map<String, JsonValue> extensions) {
      this.extensions = Values.orderedCopy(extensions, "extensions");
      return this;
    }

    /**
     * Builds the port.
     *
     * @return the port
     * @throws ProductDefinitionException if the name or the contract is missing or blank
     */
    public InputPort build() {
      String subject = "InputPort '" + (name == null ? "" : name) + "'";
      if (name == null) {
        throw new ProductDefinitionException(
            subject, "name", "required", "is required but was not set");
      }
      if (contractId == null || contractVersion == null) {
        throw new ProductDefinitionException(
            subject,
            "contractId",
            "required",
            "the consumed contract's id and version are required but were not set");
      }
      return new InputPort(
          name, upstreamProductId, contractId, contractVersion, tags, customProperties, extensions);
    }
  }
}
