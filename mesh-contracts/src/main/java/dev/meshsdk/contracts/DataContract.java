package dev.meshsdk.contracts;

import dev.meshsdk.contracts.internal.Values;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An ODCS data contract: the agreement between a data product's owner and its consumers about the
 * shape, meaning, quality and service levels of the data (ODCS v3, {@code kind: DataContract}).
 *
 * <p>Immutable. Read one with {@link DataContracts#read} or {@link DataContracts#parse}, build one
 * with {@link #builder()}, change one with {@link #toBuilder()}. Fields the standard does not
 * define are kept in {@link #extensions()} so that a read-write round trip loses nothing; {@link
 * DataContracts#check} reports them.
 *
 * @param apiVersion the ODCS version the contract is written in
 * @param id the contract's identifier (a UUID is suggested)
 * @param version the contract's own version, such as {@code 1.2.0}
 * @param status the lifecycle status: proposed, draft, active, deprecated, retired (required by the
 *     standard before v3.2)
 * @param name a human name
 * @param tenant the tenant or organisation
 * @param domain the business domain that owns the data
 * @param dataProduct the data product's name (deprecated since v3.1.0: products point to contracts)
 * @param description purpose, usage and limitations
 * @param tags tags
 * @param schema the schema objects (tables, topics, files, documents)
 * @param servers where the data is served
 * @param team the team that owns the contract
 * @param roles the roles that give access
 * @param support support and communication channels
 * @param price the price of the data
 * @param slaDefaultElement the default element of SLA properties (deprecated)
 * @param slaProperties service-level agreement properties
 * @param authoritativeDefinitions links to authoritative definitions
 * @param customProperties custom properties
 * @param contractCreatedTs when the contract was created, an ISO-8601 date-time kept as text
 * @param context the v3.2 draft's context block
 * @param extensions top-level fields the standard does not define, kept as read
 */
public record DataContract(
    OdcsVersion apiVersion,
    String id,
    String version,
    Optional<String> status,
    Optional<String> name,
    Optional<String> tenant,
    Optional<String> domain,
    Optional<String> dataProduct,
    Optional<ContractDescription> description,
    List<String> tags,
    List<SchemaObject> schema,
    List<Server> servers,
    Optional<Team> team,
    List<Role> roles,
    List<SupportChannel> support,
    Optional<Price> price,
    Optional<String> slaDefaultElement,
    List<SlaProperty> slaProperties,
    List<AuthoritativeDefinition> authoritativeDefinitions,
    List<CustomProperty> customProperties,
    Optional<String> contractCreatedTs,
    Optional<ContractContext> context,
    Map<String, JsonValue> extensions) {
  /**
   * Checks and copies the components.
   *
   * @param apiVersion the ODCS version the contract is written in
   * @param id the contract's identifier (a UUID is suggested)
   * @param version the contract's own version, such as {@code 1.2.0}
   * @param status the lifecycle status: proposed, draft, active, deprecated, retired (required by
   *     the standard before v3.2)
   * @param name a human name
   * @param tenant the tenant or organisation
   * @param domain the business domain that owns the data
   * @param dataProduct the data product's name (deprecated since v3.1.0: products point to
   *     contracts)
   * @param description purpose, usage and limitations
   * @param tags tags
   * @param schema the schema objects (tables, topics, files, documents)
   * @param servers where the data is served
   * @param team the team that owns the contract
   * @param roles the roles that give access
   * @param support support and communication channels
   * @param price the price of the data
   * @param slaDefaultElement the default element of SLA properties (deprecated)
   * @param slaProperties service-level agreement properties
   * @param authoritativeDefinitions links to authoritative definitions
   * @param customProperties custom properties
   * @param contractCreatedTs when the contract was created, an ISO-8601 date-time kept as text
   * @param context the v3.2 draft's context block
   * @param extensions top-level fields the standard does not define, kept as read
   */
  public DataContract {
    Objects.requireNonNull(apiVersion, "apiVersion");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(dataProduct, "dataProduct");
    Objects.requireNonNull(description, "description");
    tags = List.copyOf(tags);
    schema = List.copyOf(schema);
    servers = List.copyOf(servers);
    Objects.requireNonNull(team, "team");
    roles = List.copyOf(roles);
    support = List.copyOf(support);
    Objects.requireNonNull(price, "price");
    Objects.requireNonNull(slaDefaultElement, "slaDefaultElement");
    slaProperties = List.copyOf(slaProperties);
    authoritativeDefinitions = List.copyOf(authoritativeDefinitions);
    customProperties = List.copyOf(customProperties);
    Objects.requireNonNull(contractCreatedTs, "contractCreatedTs");
    Objects.requireNonNull(context, "context");
    extensions = Values.orderedCopy(extensions, "extensions");
  }

  /**
   * A new builder; {@code apiVersion} defaults to {@link OdcsVersion#V3_1_0}.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder().apiVersion(OdcsVersion.V3_1_0);
  }

  /**
   * A builder holding this contract's fields.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.apiVersion = apiVersion;
    b.id = id;
    b.version = version;
    b.status = status;
    b.name = name;
    b.tenant = tenant;
    b.domain = domain;
    b.dataProduct = dataProduct;
    b.description = description;
    b.tags = new ArrayList<>(tags);
    b.schema = new ArrayList<>(schema);
    b.servers = new ArrayList<>(servers);
    b.team = team;
    b.roles = new ArrayList<>(roles);
    b.support = new ArrayList<>(support);
    b.price = price;
    b.slaDefaultElement = slaDefaultElement;
    b.slaProperties = new ArrayList<>(slaProperties);
    b.authoritativeDefinitions = new ArrayList<>(authoritativeDefinitions);
    b.customProperties = new ArrayList<>(customProperties);
    b.contractCreatedTs = contractCreatedTs;
    b.context = context;
    b.extensions = extensions;
    return b;
  }

  /**
   * The schema object of that name.
   *
   * @param name the name
   * @return the schema object, or empty
   */
  public Optional<SchemaObject> schemaObject(String name) {
    return schema.stream().filter(o -> o.name().equals(name)).findFirst();
  }

  /** Builds a {@link DataContract}. */
  public static final class Builder {
    private @Nullable OdcsVersion apiVersion;
    private @Nullable String id;
    private @Nullable String version;
    private Optional<String> status = Optional.empty();
    private Optional<String> name = Optional.empty();
    private Optional<String> tenant = Optional.empty();
    private Optional<String> domain = Optional.empty();
    private Optional<String> dataProduct = Optional.empty();
    private Optional<ContractDescription> description = Optional.empty();
    private List<String> tags = new ArrayList<>();
    private List<SchemaObject> schema = new ArrayList<>();
    private List<Server> servers = new ArrayList<>();
    private Optional<Team> team = Optional.empty();
    private List<Role> roles = new ArrayList<>();
    private List<SupportChannel> support = new ArrayList<>();
    private Optional<Price> price = Optional.empty();
    private Optional<String> slaDefaultElement = Optional.empty();
    private List<SlaProperty> slaProperties = new ArrayList<>();
    private List<AuthoritativeDefinition> authoritativeDefinitions = new ArrayList<>();
    private List<CustomProperty> customProperties = new ArrayList<>();
    private Optional<String> contractCreatedTs = Optional.empty();
    private Optional<ContractContext> context = Optional.empty();
    private Map<String, JsonValue> extensions = Map.of();

    private Builder() {}

    /**
     * Sets the ODCS version the contract is written in.
     *
     * @param apiVersion the value
     * @return this
     */
    public Builder apiVersion(OdcsVersion apiVersion) {
      this.apiVersion = Objects.requireNonNull(apiVersion, "apiVersion");
      return this;
    }

    /**
     * Sets the contract's identifier (a UUID is suggested).
     *
     * @param id the value
     * @return this
     */
    public Builder id(String id) {
      this.id = Objects.requireNonNull(id, "id");
      return this;
    }

    /**
     * Sets the contract's own version, such as {@code 1.2.0}.
     *
     * @param version the value
     * @return this
     */
    public Builder version(String version) {
      this.version = Objects.requireNonNull(version, "version");
      return this;
    }

    /**
     * Sets the lifecycle status: proposed, draft, active, deprecated, retired (required by the
     * standard before v3.2).
     *
     * @param status the value
     * @return this
     */
    public Builder status(String status) {
      return status(Optional.of(status));
    }

    /**
     * Sets or clears the lifecycle status: proposed, draft, active, deprecated, retired (required
     * by the standard before v3.2).
     *
     * @param status the value, or empty
     * @return this
     */
    public Builder status(Optional<String> status) {
      this.status = Objects.requireNonNull(status, "status");
      return this;
    }

    /**
     * Sets a human name.
     *
     * @param name the value
     * @return this
     */
    public Builder name(String name) {
      return name(Optional.of(name));
    }

    /**
     * Sets or clears a human name.
     *
     * @param name the value, or empty
     * @return this
     */
    public Builder name(Optional<String> name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * Sets the tenant or organisation.
     *
     * @param tenant the value
     * @return this
     */
    public Builder tenant(String tenant) {
      return tenant(Optional.of(tenant));
    }

    /**
     * Sets or clears the tenant or organisation.
     *
     * @param tenant the value, or empty
     * @return this
     */
    public Builder tenant(Optional<String> tenant) {
      this.tenant = Objects.requireNonNull(tenant, "tenant");
      return this;
    }

    /**
     * Sets the business domain that owns the data.
     *
     * @param domain the value
     * @return this
     */
    public Builder domain(String domain) {
      return domain(Optional.of(domain));
    }

    /**
     * Sets or clears the business domain that owns the data.
     *
     * @param domain the value, or empty
     * @return this
     */
    public Builder domain(Optional<String> domain) {
      this.domain = Objects.requireNonNull(domain, "domain");
      return this;
    }

    /**
     * Sets the data product's name (deprecated since v3.1.0: products point to contracts).
     *
     * @param dataProduct the value
     * @return this
     */
    public Builder dataProduct(String dataProduct) {
      return dataProduct(Optional.of(dataProduct));
    }

    /**
     * Sets or clears the data product's name (deprecated since v3.1.0: products point to
     * contracts).
     *
     * @param dataProduct the value, or empty
     * @return this
     */
    public Builder dataProduct(Optional<String> dataProduct) {
      this.dataProduct = Objects.requireNonNull(dataProduct, "dataProduct");
      return this;
    }

    /**
     * Sets purpose, usage and limitations.
     *
     * @param description the value
     * @return this
     */
    public Builder description(ContractDescription description) {
      return description(Optional.of(description));
    }

    /**
     * Sets or clears purpose, usage and limitations.
     *
     * @param description the value, or empty
     * @return this
     */
    public Builder description(Optional<ContractDescription> description) {
      this.description = Objects.requireNonNull(description, "description");
      return this;
    }

    /**
     * Replaces tags.
     *
     * @param tags the values
     * @return this
     */
    public Builder tags(List<String> tags) {
      this.tags = new ArrayList<>(List.copyOf(tags));
      return this;
    }

    /**
     * Adds to tags.
     *
     * @param value the value to add
     * @return this
     */
    public Builder tag(String value) {
      this.tags.add(Objects.requireNonNull(value, "tag"));
      return this;
    }

    /**
     * Replaces the schema objects (tables, topics, files, documents).
     *
     * @param schema the values
     * @return this
     */
    public Builder schema(List<SchemaObject> schema) {
      this.schema = new ArrayList<>(List.copyOf(schema));
      return this;
    }

    /**
     * Adds to the schema objects (tables, topics, files, documents).
     *
     * @param value the value to add
     * @return this
     */
    public Builder schemaObject(SchemaObject value) {
      this.schema.add(Objects.requireNonNull(value, "schemaObject"));
      return this;
    }

    /**
     * Replaces where the data is served.
     *
     * @param servers the values
     * @return this
     */
    public Builder servers(List<Server> servers) {
      this.servers = new ArrayList<>(List.copyOf(servers));
      return this;
    }

    /**
     * Adds to where the data is served.
     *
     * @param value the value to add
     * @return this
     */
    public Builder server(Server value) {
      this.servers.add(Objects.requireNonNull(value, "server"));
      return this;
    }

    /**
     * Sets the team that owns the contract.
     *
     * @param team the value
     * @return this
     */
    public Builder team(Team team) {
      return team(Optional.of(team));
    }

    /**
     * Sets or clears the team that owns the contract.
     *
     * @param team the value, or empty
     * @return this
     */
    public Builder team(Optional<Team> team) {
      this.team = Objects.requireNonNull(team, "team");
      return this;
    }

    /**
     * Replaces the roles that give access.
     *
     * @param roles the values
     * @return this
     */
    public Builder roles(List<Role> roles) {
      this.roles = new ArrayList<>(List.copyOf(roles));
      return this;
    }

    /**
     * Adds to the roles that give access.
     *
     * @param value the value to add
     * @return this
     */
    public Builder role(Role value) {
      this.roles.add(Objects.requireNonNull(value, "role"));
      return this;
    }

    /**
     * Replaces support and communication channels.
     *
     * @param support the values
     * @return this
     */
    public Builder support(List<SupportChannel> support) {
      this.support = new ArrayList<>(List.copyOf(support));
      return this;
    }

    /**
     * Adds to support and communication channels.
     *
     * @param value the value to add
     * @return this
     */
    public Builder supportChannel(SupportChannel value) {
      this.support.add(Objects.requireNonNull(value, "supportChannel"));
      return this;
    }

    /**
     * Sets the price of the data.
     *
     * @param price the value
     * @return this
     */
    public Builder price(Price price) {
      return price(Optional.of(price));
    }

    /**
     * Sets or clears the price of the data.
     *
     * @param price the value, or empty
     * @return this
     */
    public Builder price(Optional<Price> price) {
      this.price = Objects.requireNonNull(price, "price");
      return this;
    }

    /**
     * Sets the default element of SLA properties (deprecated).
     *
     * @param slaDefaultElement the value
     * @return this
     */
    public Builder slaDefaultElement(String slaDefaultElement) {
      return slaDefaultElement(Optional.of(slaDefaultElement));
    }

    /**
     * Sets or clears the default element of SLA properties (deprecated).
     *
     * @param slaDefaultElement the value, or empty
     * @return this
     */
    public Builder slaDefaultElement(Optional<String> slaDefaultElement) {
      this.slaDefaultElement = Objects.requireNonNull(slaDefaultElement, "slaDefaultElement");
      return this;
    }

    /**
     * Replaces service-level agreement properties.
     *
     * @param slaProperties the values
     * @return this
     */
    public Builder slaProperties(List<SlaProperty> slaProperties) {
      this.slaProperties = new ArrayList<>(List.copyOf(slaProperties));
      return this;
    }

    /**
     * Adds to service-level agreement properties.
     *
     * @param value the value to add
     * @return this
     */
    public Builder slaProperty(SlaProperty value) {
      this.slaProperties.add(Objects.requireNonNull(value, "slaProperty"));
      return this;
    }

    /**
     * Replaces links to authoritative definitions.
     *
     * @param authoritativeDefinitions the values
     * @return this
     */
    public Builder authoritativeDefinitions(
        List<AuthoritativeDefinition> authoritativeDefinitions) {
      this.authoritativeDefinitions = new ArrayList<>(List.copyOf(authoritativeDefinitions));
      return this;
    }

    /**
     * Adds to links to authoritative definitions.
     *
     * @param value the value to add
     * @return this
     */
    public Builder authoritativeDefinition(AuthoritativeDefinition value) {
      this.authoritativeDefinitions.add(Objects.requireNonNull(value, "authoritativeDefinition"));
      return this;
    }

    /**
     * Replaces custom properties.
     *
     * @param customProperties the values
     * @return this
     */
    public Builder customProperties(List<CustomProperty> customProperties) {
      this.customProperties = new ArrayList<>(List.copyOf(customProperties));
      return this;
    }

    /**
     * Adds to custom properties.
     *
     * @param value the value to add
     * @return this
     */
    public Builder customProperty(CustomProperty value) {
      this.customProperties.add(Objects.requireNonNull(value, "customProperty"));
      return this;
    }

    /**
     * Sets when the contract was created, an ISO-8601 date-time kept as text.
     *
     * @param contractCreatedTs the value
     * @return this
     */
    public Builder contractCreatedTs(String contractCreatedTs) {
      return contractCreatedTs(Optional.of(contractCreatedTs));
    }

    /**
     * Sets or clears when the contract was created, an ISO-8601 date-time kept as text.
     *
     * @param contractCreatedTs the value, or empty
     * @return this
     */
    public Builder contractCreatedTs(Optional<String> contractCreatedTs) {
      this.contractCreatedTs = Objects.requireNonNull(contractCreatedTs, "contractCreatedTs");
      return this;
    }

    /**
     * Sets the v3.2 draft's context block.
     *
     * @param context the value
     * @return this
     */
    public Builder context(ContractContext context) {
      return context(Optional.of(context));
    }

    /**
     * Sets or clears the v3.2 draft's context block.
     *
     * @param context the value, or empty
     * @return this
     */
    public Builder context(Optional<ContractContext> context) {
      this.context = Objects.requireNonNull(context, "context");
      return this;
    }

    /**
     * Sets top-level fields the standard does not define, kept as read.
     *
     * @param extensions the fields
     * @return this
     */
    public Builder extensions(Map<String, JsonValue> extensions) {
      this.extensions = Values.orderedCopy(extensions, "extensions");
      return this;
    }

    /**
     * Builds the contract.
     *
     * @return the contract
     * @throws IllegalStateException if the id or the version is missing
     */
    public DataContract build() {
      return new DataContract(
          Values.required(apiVersion, "DataContract.apiVersion"),
          Values.required(id, "DataContract.id"),
          Values.required(version, "DataContract.version"),
          status,
          name,
          tenant,
          domain,
          dataProduct,
          description,
          tags,
          schema,
          servers,
          team,
          roles,
          support,
          price,
          slaDefaultElement,
          slaProperties,
          authoritativeDefinitions,
          customProperties,
          contractCreatedTs,
          context,
          extensions);
    }
  }
}
