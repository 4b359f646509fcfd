package dev.meshsdk.core;

import dev.meshsdk.contracts.CustomProperty;
import dev.meshsdk.contracts.DataContract;
import dev.meshsdk.contracts.JsonValue;
import dev.meshsdk.contracts.SchemaObject;
import dev.meshsdk.contracts.SlaProperty;
import dev.meshsdk.contracts.internal.Values;
import dev.meshsdk.core.internal.Checks;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where a data product serves data: the contract it promises, the schema object it publishes, where
 * and in which format, under which SLA and to whom.
 *
 * <p>The contract itself is optional: a product read from an ODPS document knows only the
 * contract's id and version until a catalog resolves the ODCS file. When the contract is present,
 * {@link #contractId()} and {@link #contractVersion()} are the contract's.
 *
 * @param name the port's name
 * @param version the port's version; ODPS keys ports by name and version (defaults to the
 *     contract's version)
 * @param description a short description for humans
 * @param contractId the id of the ODCS contract this port keeps, when it has one
 * @param contractVersion the version of that contract; present exactly when {@code contractId} is
 * @param contract the contract itself, when known
 * @param schemaObject the name of the contract's schema object the port publishes
 * @param server the name of the server the port is served from, such as {@code production}
 * @param location where the data is, as a URI: {@code file:///data/orders}, {@code
 *     kafka://broker:9092/orders}
 * @param format the data format: {@code json}, {@code jsonl}, {@code avro}, {@code parquet} ...
 * @param sla SLA properties of the port; they add to or override the contract's ({@link
 *     #effectiveSla()})
 * @param access who may read the port
 * @param tags tags
 * @param customProperties custom properties (names starting {@code meshsdk.} are reserved)
 * @param extensions other ODPS fields ({@code type}, {@code sbom}, {@code inputContracts}, {@code
 *     authoritativeDefinitions}), kept as read
 */
public record OutputPort(
    String name,
    String version,
    Optional<String> description,
    Optional<String> contractId,
    Optional<String> contractVersion,
    Optional<DataContract> contract,
    Optional<String> schemaObject,
    Optional<String> server,
    Optional<String> location,
    Optional<String> format,
    List<SlaProperty> sla,
    AccessPolicy access,
    List<String> tags,
    List<CustomProperty> customProperties,
    Map<String, JsonValue> extensions) {

  /**
   * Checks and copies the components.
   *
   * @param name the port's name
   * @param version the port's version
   * @param description a short description for humans
   * @param contractId the id of the ODCS contract this port keeps
   * @param contractVersion the version of that contract
   * @param contract the contract itself, when known
   * @param schemaObject the name of the contract's schema object the port publishes
   * @param server the name of the server the port is served from
   * @param location where the data is, as an absolute URI
   * @param format the data format
   * @param sla SLA properties of the port
   * @param access who may read the port
   * @param tags tags
   * @param customProperties custom properties (names starting {@code meshsdk.} are reserved)
   * @param extensions other ODPS fields, kept as read
   * @throws ProductDefinitionException if a string is blank, the location is not a URI, the
   *     contract reference disagrees with the contract, or the schema object is not in it
   */
  public OutputPort {
    Objects.requireNonNull(name, "name");
    String subject = "OutputPort '" + name + "'";
    Checks.notBlank(subject, "name", name);
    Checks.notBlank(subject, "version", version);
    Checks.notBlank(subject, "description", description);
    Checks.notBlank(subject, "contractId", contractId);
    Checks.notBlank(subject, "contractVersion", contractVersion);
    Objects.requireNonNull(contract, "contract");
    Checks.notBlank(subject, "schemaObject", schemaObject);
    Checks.notBlank(subject, "server", server);
    Checks.notBlank(subject, "location", location);
    location.ifPresent(l -> Checks.absoluteUri(subject, "location", l));
    Checks.notBlank(subject, "format", format);
    sla = List.copyOf(sla);
    Objects.requireNonNull(access, "access");
    tags = Checks.distinctNotBlank(subject, "tags", tags);
    customProperties = List.copyOf(customProperties);
    for (int i = 0; i < customProperties.size(); i++) {
      Checks.notReserved(
          subject, "customProperties[" + i + "]", customProperties.get(i).property());
    }
    extensions = Values.orderedCopy(extensions, "extensions");
    if (contractId.isPresent() != contractVersion.isPresent()) {
      throw new ProductDefinitionException(
          subject,
          contractId.isPresent() ? "contractVersion" : "contractId",
          "contract-reference",
          "a contract is referenced by id and version together; only "
              + (contractId.isPresent() ? "the id" : "the version")
              + " is set");
    }
    if (contract.isPresent()) {
      DataContract c = contract.get();
      if (!contractId.equals(Optional.of(c.id()))) {
        throw new ProductDefinitionException(
            subject,
            "contractId",
            "contract-reference",
            "'"
                + contractId.orElse("")
                + "' is not the id of the port's contract, '"
                + c.id()
                + "'");
      }
      if (!contractVersion.equals(Optional.of(c.version()))) {
        throw new ProductDefinitionException(
            subject,
            "contractVersion",
            "contract-reference",
            "'"
                + contractVersion.orElse("")
                + "' is not the version of the port's contract '"
                + c.id()
                + "', '"
                + c.version()
                + "'");
      }
      if (schemaObject.isPresent() && c.schemaObject(schemaObject.get()).isEmpty()) {
        throw new ProductDefinitionException(
            subject,
            "schemaObject",
            "schema-object-exists",
            "contract '"
                + c.id()
                + "' has no schema object '"
                + schemaObject.get()
                + "'; it has "
                + c.schema().stream().map(SchemaObject::name).toList());
      }
    }
  }

  /**
   * The schema object this port publishes: the one named by {@link #schemaObject()}, or the
   * contract's only schema object.
   *
   * @return the schema object, or empty when there is no contract or the choice is ambiguous
   */
  public Optional<SchemaObject> publishedSchemaObject() {
    if (contract.isEmpty()) {
      return Optional.empty();
    }
    DataContract c = contract.get();
    if (schemaObject.isPresent()) {
      return c.schemaObject(schemaObject.get());
    }
    return c.schema().size() == 1 ? Optional.of(c.schema().get(0)) : Optional.empty();
  }

  /**
   * The SLA the port promises: the contract's SLA properties, with the port's own added or, for the
   * same property and element, taking their place.
   *
   * @return the SLA properties
   */
  public List<SlaProperty> effectiveSla() {
    Map<String, SlaProperty> merged = new LinkedHashMap<>();
    contract.ifPresent(c -> c.slaProperties().forEach(p -> merged.put(slaKey(p), p)));
    sla.forEach(p -> merged.put(slaKey(p), p));
    return List.copyOf(merged.values());
  }

  private static String slaKey(SlaProperty p) {
    return p.property() + "\u0000" + p.element().orElse("");
  }

  /**
   * This port without its contract object, keeping the id and version reference: what an ODPS
   * document holds.
   *
   * @return the port
   */
  public OutputPort withoutContract() {
    return toBuilder().contract(Optional.empty()).build();
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
    b.version = version;
    b.description = description;
    b.contractId = contractId;
    b.contractVersion = contractVersion;
    b.contract = contract;
    b.schemaObject = schemaObject;
    b.server = server;
    b.location = location;
    b.format = format;
    b.sla = new ArrayList<>(sla);
    b.access = access;
    b.tags = new ArrayList<>(tags);
    b.customProperties = new ArrayList<>(customProperties);
    b.extensions = extensions;
    return b;
  }

  /** Builds an {@link OutputPort}. */
  public static final class Builder {
    private @Nullable String name;
    private @Nullable String version;
    private Optional<String> description = Optional.empty();
    private Optional<String> contractId = Optional.empty();
    private Optional<String> contractVersion = Optional.empty();
    private Optional<DataContract> contract = Optional.empty();
    private Optional<String> schemaObject = Optional.empty();
    private Optional<String> server = Optional.empty();
    private Optional<String> location = Optional.empty();
    private Optional<String> format = Optional.empty();
    private List<SlaProperty> sla = new ArrayList<>();
    private AccessPolicy access = AccessPolicy.internal();
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
     * The port's version; defaults to the contract's version.
     *
     * @param version the version
     * @return this
     */
    public Builder version(String version) {
      this.version = Objects.requireNonNull(version, "version");
      return this;
    }

    /**
     * A short description.
     *
     * @param description the description
     * @return this
     */
    public Builder description(String description) {
      return description(Optional.of(description));
    }

    /**
     * A short description, or empty.
     *
     * @param description the description
     * @return this
     */
    public Builder description(Optional<String> description) {
      this.description = Objects.requireNonNull(description, "description");
      return this;
    }

    /**
     * The contract the port keeps; sets the contract id and version too.
     *
     * @param contract the contract
     * @return this
     */
    public Builder contract(DataContract contract) {
      return contract(Optional.of(contract));
    }

    /**
     * The contract the port keeps, or empty to keep only the id and version reference.
     *
     * @param contract the contract
     * @return this
     */
    public Builder contract(Optional<DataContract> contract) {
      this.contract = Objects.requireNonNull(contract, "contract");
      contract.ifPresent(
          c -> {
            this.contractId = Optional.of(c.id());
            this.contractVersion = Optional.of(c.version());
          });
      return this;
    }

    /**
     * A reference to the contract by id and version, without the contract itself.
     *
     * @param id the contract's id
     * @param version the contract's version
     * @return this
     */
    public Builder contractRef(String id, String version) {
      return contractRef(Optional.of(id), Optional.of(version));
    }

    /**
     * A reference to the contract by id and version, or empty for none.
     *
     * @param id the contract's id
     * @param version the contract's version
     * @return this
     */
    public Builder contractRef(Optional<String> id, Optional<String> version) {
      this.contractId = Objects.requireNonNull(id, "contractId");
      this.contractVersion = Objects.requireNonNull(version, "contractVersion");
      return this;
    }

    /**
     * The schema object the port publishes.
     *
     * @param name the schema object's name in the contract
     * @return this
     */
    public Builder schemaObject(String name) {
      return schemaObject(Optional.of(name));
    }

    /**
     * The schema object the port publishes, or empty.
     *
     * @param name the schema object's name in the contract
     * @return this
     */
    public Builder schemaObject(Optional<String> name) {
      this.schemaObject = Objects.requireNonNull(name, "schemaObject");
      return this;
    }

    /**
     * The server the port is served from.
     *
     * @param server the server's name
     * @return this
     */
    public Builder server(String server) {
      return server(Optional.of(server));
    }

    /**
     * The server the port is served from, or empty.
     *
     * @param server the server's name
     * @return this
     */
    public Builder server(Optional<String> server) {
      this.server = Objects.requireNonNull(server, "server");
      return this;
    }

    /**
     * Where the data is, as an absolute URI.
     *
     * @param location such as {@code kafka://broker:9092/orders}
     * @return this
     */
    public Builder location(String location) {
      return location(Optional.of(location));
    }

    /**
     * Where the data is, or empty.
     *
     * @param location an absolute URI
     * @return this
     */
    public Builder location(Optional<String> location) {
      this.location = Objects.requireNonNull(location, "location");
      return this;
    }

    /**
     * The data format.
     *
     * @param format such as {@code jsonl} or {@code parquet}
     * @return this
     */
    public Builder format(String format) {
      return format(Optional.of(format));
    }

    /**
     * The data format, or empty.
     *
     * @param format the format
     * @return this
     */
    public Builder format(Optional<String> format) {
      this.format = Objects.requireNonNull(format, "format");
      return this;
    }

    /**
     * The port's own SLA properties.
     *
     * @param sla the SLA properties
     * @return this
     */
    public Builder sla(List<SlaProperty> sla) {
      this.sla = new ArrayList<>(List.copyOf(sla));
      return this;
    }

    /**
     * Adds an SLA property.
     *
     * @param property the SLA property
     * @return this
     */
    public Builder slaProperty(SlaProperty property) {
      this.sla.add(Objects.requireNonNull(property, "slaProperty"));
      return this;
    }

    /**
     * Who may read the port; {@link AccessPolicy#internal()} unless set.
     *
     * @param access the policy
     * @return this
     */
    public Builder access(AccessPolicy access) {
      this.access = Objects.requireNonNull(access, "access");
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
     * @throws ProductDefinitionException if the name is missing, there is neither a version nor a
     *     contract to take it from, or the port breaks a rule of {@link OutputPort}
     */
    public OutputPort build() {
      String subject = "OutputPort '" + (name == null ? "" : name) + "'";
      if (name == null) {
        throw new ProductDefinitionException(
            subject, "name", "required", "is required but was not set");
      }
      String v = version != null ? version : contractVersion.orElse(null);
      if (v == null) {
        throw new ProductDefinitionException(
            subject,
            "version",
            "required",
            "is required but was not set, and there is no contract to take it from");
      }
      return new OutputPort(
          name,
          v,
          description,
          contractId,
          contractVersion,
          contract,
          schemaObject,
          server,
          location,
          format,
          sla,
          access,
          tags,
          customProperties,
          extensions);
    }
  }
}
