package dev.meshsdk.core;

import dev.meshsdk.contracts.CustomProperty;
import dev.meshsdk.contracts.JsonValue;
import dev.meshsdk.contracts.SupportChannel;
import dev.meshsdk.contracts.Team;
import dev.meshsdk.contracts.internal.Values;
import dev.meshsdk.core.internal.Checks;
import dev.meshsdk.core.internal.Versions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A data product: what it is, who owns it, what it reads and what it serves. It maps one to one to
 * an ODPS v1.0.0 descriptor ({@link DataProducts#toOdpsYaml}).
 *
 * <pre>{@code
 * DataProduct orders = DataProduct.builder()
 *     .id("orders").domain("sales").name("Orders").version("1.2.0")
 *     .status(ProductStatus.ACTIVE)
 *     .owner(Team.builder().name("checkout-team").build())
 *     .outputPort(OutputPort.builder().name("orders").contract(contract)
 *         .location("kafka://broker:9092/orders").format("json").build())
 *     .build();
 * }</pre>
 *
 * <p>Invariants, checked on construction ({@link ProductDefinitionException} names the field and
 * the rule): the id and every present string are not blank; no two input ports and no two output
 * ports share a name and version (the ODPS port key); every support channel has a URL (ODPS
 * requires it); the team uses the object form; no custom property uses the reserved prefix {@code
 * meshsdk.}.
 *
 * @param id the product's id, unique in the organisation
 * @param domain the business domain that owns it
 * @param name the product's name for humans
 * @param version the product's version, ideally semantic
 * @param status the lifecycle status
 * @param description purpose, usage and limitations
 * @param team the owning team (the ODPS {@code team}): its name and members
 * @param tags tags
 * @param inputPorts where it gets data
 * @param outputPorts where it serves data
 * @param support support and communication channels
 * @param termsOfUse the terms consumers accept (ODPS cannot hold them; they travel as the custom
 *     property {@code meshsdk.termsOfUse})
 * @param customProperties custom properties (names starting {@code meshsdk.} are reserved)
 * @param extensions other ODPS fields ({@code tenant}, {@code managementPorts}, {@code
 *     authoritativeDefinitions}, {@code productCreatedTs}), kept as read
 */
public record DataProduct(
    String id,
    Optional<String> domain,
    Optional<String> name,
    Optional<String> version,
    ProductStatus status,
    Optional<ProductDescription> description,
    Optional<Team> team,
    List<String> tags,
    List<InputPort> inputPorts,
    List<OutputPort> outputPorts,
    List<SupportChannel> support,
    Optional<String> termsOfUse,
    List<CustomProperty> customProperties,
    Map<String, JsonValue> extensions) {

  /**
   * Checks and copies the components.
   *
   * @param id the product's id, unique in the organisation
   * @param domain the business domain that owns it
   * @param name the product's name for humans
   * @param version the product's version
   * @param status the lifecycle status
   * @param description purpose, usage and limitations
   * @param team the owning team
   * @param tags tags
   * @param inputPorts where it gets data
   * @param outputPorts where it serves data
   * @param support support and communication channels
   * @param termsOfUse the terms consumers accept
   * @param customProperties custom properties (names starting {@code meshsdk.} are reserved)
   * @param extensions other ODPS fields, kept as read
   * @throws ProductDefinitionException if the product breaks one of the rules above
   */
  public DataProduct {
    Objects.requireNonNull(id, "id");
    String subject = "DataProduct '" + id + "'";
    Checks.notBlank(subject, "id", id);
    Checks.notBlank(subject, "domain", domain);
    Checks.notBlank(subject, "name", name);
    Checks.notBlank(subject, "version", version);
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(team, "team");
    if (team.isPresent() && team.get().legacyMemberList()) {
      throw new ProductDefinitionException(
          subject,
          "team",
          "team-object",
          "ODPS holds a team as an object with a name and members, not the deprecated list of"
              + " members");
    }
    tags = Checks.distinctNotBlank(subject, "tags", tags);
    inputPorts = List.copyOf(inputPorts);
    outputPorts = List.copyOf(outputPorts);
    uniquePorts(subject, "inputPorts", inputPorts, p -> p.name() + " " + p.contractVersion());
    uniquePorts(subject, "outputPorts", outputPorts, p -> p.name() + " " + p.version());
    support = List.copyOf(support);
    for (int i = 0; i < support.size(); i++) {
      if (support.get(i).url().isEmpty()) {
        throw new ProductDefinitionException(
            subject,
            "support[" + i + "].url",
            "support-url",
            "support channel '"
                + support.get(i).channel()
                + "' has no URL; ODPS requires one (https:, mailto: ...)");
      }
    }
    Checks.notBlank(subject, "termsOfUse", termsOfUse);
    customProperties = List.copyOf(customProperties);
    for (int i = 0; i < customProperties.size(); i++) {
      Checks.notReserved(
          subject, "customProperties[" + i + "]", customProperties.get(i).property());
    }
    extensions = Values.orderedCopy(extensions, "extensions");
  }

  private static <P> void uniquePorts(
      String subject, String field, List<P> ports, Function<P, String> key) {
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < ports.size(); i++) {
      Integer first = seen.putIfAbsent(key.apply(ports.get(i)), i);
      if (first != null) {
        throw new ProductDefinitionException(
            subject,
            field + "[" + i + "]",
            "unique-port",
            "name and version '"
                + key.apply(ports.get(i))
                + "' are used by "
                + field
                + "["
                + first
                + "] already; ports are keyed by name and version");
      }
    }
  }

  /**
   * The owning team's name.
   *
   * @return the name, or empty when there is no team or it has no name
   */
  public Optional<String> owner() {
    return team.flatMap(Team::name);
  }

  /**
   * The output port with a name: of several versions, the highest.
   *
   * @param portName the port's name
   * @return the port, or empty
   */
  public Optional<OutputPort> outputPort(String portName) {
    return outputPorts.stream()
        .filter(p -> p.name().equals(portName))
        .max(Comparator.comparing(OutputPort::version, Versions.ORDER));
  }

  /**
   * The output port with a name and version.
   *
   * @param portName the port's name
   * @param portVersion the port's version
   * @return the port, or empty
   */
  public Optional<OutputPort> outputPort(String portName, String portVersion) {
    return outputPorts.stream()
        .filter(p -> p.name().equals(portName) && p.version().equals(portVersion))
        .findFirst();
  }

  /**
   * The input port with a name: of several versions, the highest.
   *
   * @param portName the port's name
   * @return the port, or empty
   */
  public Optional<InputPort> inputPort(String portName) {
    return inputPorts.stream()
        .filter(p -> p.name().equals(portName))
        .max(Comparator.comparing(InputPort::contractVersion, Versions.ORDER));
  }

  /**
   * This product with every output port's contract object dropped, keeping the references: what an
   * ODPS document holds.
   *
   * @return the product
   */
  public DataProduct withoutContracts() {
    return toBuilder()
        .outputPorts(outputPorts.stream().map(OutputPort::withoutContract).toList())
        .build();
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
   * A builder holding this product's values.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.id = id;
    b.domain = domain;
    b.name = name;
    b.version = version;
    b.status = status;
    b.description = description;
    b.team = team;
    b.tags = new ArrayList<>(tags);
    b.inputPorts = new ArrayList<>(inputPorts);
    b.outputPorts = new ArrayList<>(outputPorts);
    b.support = new ArrayList<>(support);
    b.termsOfUse = termsOfUse;
    b.customProperties = new ArrayList<>(customProperties);
    b.extensions = extensions;
    return b;
  }

  /** Builds a {@link DataProduct}; the status is {@link ProductStatus#DRAFT} unless set. */
  public static final class Builder {
    private @Nullable String id;
    private Optional<String> domain = Optional.empty();
    private Optional<String> name = Optional.empty();
    private Optional<String> version = Optional.empty();
    private ProductStatus status = ProductStatus.DRAFT;
    private Optional<ProductDescription> description = Optional.empty();
    private Optional<Team> team = Optional.empty();
    private List<String> tags = new ArrayList<>();
    private List<InputPort> inputPorts = new ArrayList<>();
    private List<OutputPort> outputPorts = new ArrayList<>();
    private List<SupportChannel> support = new ArrayList<>();
    private Optional<String> termsOfUse = Optional.empty();
    private List<CustomProperty> customProperties = new ArrayList<>();
    private Map<String, JsonValue> extensions = Map.of();

    private Builder() {}

    /**
     * The product's id (required).
     *
     * @param id the id
     * @return this
     */
    public Builder id(String id) {
      this.id = Objects.requireNonNull(id, "id");
      return this;
    }

    /**
     * The owning domain.
     *
     * @param domain the domain
     * @return this
     */
    public Builder domain(String domain) {
      return domain(Optional.of(domain));
    }

    /**
     * The owning domain, or empty.
     *
     * @param domain the domain
     * @return this
     */
    public Builder domain(Optional<String> domain) {
      this.domain = Objects.requireNonNull(domain, "domain");
      return this;
    }

    /**
     * The name for humans.
     *
     * @param name the name
     * @return this
     */
    public Builder name(String name) {
      return name(Optional.of(name));
    }

    /**
     * The name for humans, or empty.
     *
     * @param name the name
     * @return this
     */
    public Builder name(Optional<String> name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * The version.
     *
     * @param version the version, such as {@code 1.2.0}
     * @return this
     */
    public Builder version(String version) {
      return version(Optional.of(version));
    }

    /**
     * The version, or empty.
     *
     * @param version the version
     * @return this
     */
    public Builder version(Optional<String> version) {
      this.version = Objects.requireNonNull(version, "version");
      return this;
    }

    /**
     * The lifecycle status.
     *
     * @param status the status
     * @return this
     */
    public Builder status(ProductStatus status) {
      this.status = Objects.requireNonNull(status, "status");
      return this;
    }

    /**
     * Purpose, usage and limitations.
     *
     * @param description the description
     * @return this
     */
    public Builder description(ProductDescription description) {
      return description(Optional.of(description));
    }

    /**
     * Purpose, usage and limitations, or empty.
     *
     * @param description the description
     * @return this
     */
    public Builder description(Optional<ProductDescription> description) {
      this.description = Objects.requireNonNull(description, "description");
      return this;
    }

    /**
     * The owning team.
     *
     * @param team the team
     * @return this
     */
    public Builder owner(Team team) {
      return team(Optional.of(team));
    }

    /**
     * The owning team, by name only.
     *
     * @param teamName the team's name
     * @return this
     */
    public Builder owner(String teamName) {
      return owner(Team.builder().name(teamName).build());
    }

    /**
     * The owning team, or empty.
     *
     * @param team the team
     * @return this
     */
    public Builder team(Optional<Team> team) {
      this.team = Objects.requireNonNull(team, "team");
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
     * The input ports.
     *
     * @param ports the ports
     * @return this
     */
    public Builder inputPorts(List<InputPort> ports) {
      this.inputPorts = new ArrayList<>(List.copyOf(ports));
      return this;
    }

    /**
     * Adds an input port.
     *
     * @param port the port
     * @return this
     */
    public Builder inputPort(InputPort port) {
      this.inputPorts.add(Objects.requireNonNull(port, "inputPort"));
      return this;
    }

    /**
     * The output ports.
     *
     * @param ports the ports
     * @return this
     */
    public Builder outputPorts(List<OutputPort> ports) {
      this.outputPorts = new ArrayList<>(List.copyOf(ports));
      return this;
    }

    /**
     * Adds an output port.
     *
     * @param port the port
     * @return this
     */
    public Builder outputPort(OutputPort port) {
      this.outputPorts.add(Objects.requireNonNull(port, "outputPort"));
      return this;
    }

    /**
     * The support channels.
     *
     * @param channels the channels, each with a URL
     * @return this
     */
    public Builder support(List<SupportChannel> channels) {
      this.support = new ArrayList<>(List.copyOf(channels));
      return this;
    }

    /**
     * Adds a support channel.
     *
     * @param channel the channel, with a URL
     * @return this
     */
    public Builder supportChannel(SupportChannel channel) {
      this.support.add(Objects.requireNonNull(channel, "supportChannel"));
      return this;
    }

    /**
     * Adds a support channel by name and URL.
     *
     * @param channel the channel's name, such as {@code #orders-help}
     * @param url its URL, such as {@code https://chat.example.com/orders-help}
     * @return this
     */
    public Builder supportChannel(String channel, String url) {
      return supportChannel(SupportChannel.builder().channel(channel).url(url).build());
    }

    /**
     * The terms of use.
     *
     * @param terms the terms
     * @return this
     */
    public Builder termsOfUse(String terms) {
      return termsOfUse(Optional.of(terms));
    }

    /**
     * The terms of use, or empty.
     *
     * @param terms the terms
     * @return this
     */
    public Builder termsOfUse(Optional<String> terms) {
      this.termsOfUse = Objects.requireNonNull(terms, "termsOfUse");
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
     * Adds a custom property.
     *
     * @param property the custom property
     * @return this
     */
    public Builder customProperty(CustomProperty property) {
      this.customProperties.add(Objects.requireNonNull(property, "customProperty"));
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
     * Builds the product.
     *
     * @return the product
     * @throws ProductDefinitionException if the id is missing or the product breaks a rule of
     *     {@link DataProduct}
     */
    public DataProduct build() {
      if (id == null) {
        throw new ProductDefinitionException(
            "DataProduct", "id", "required", "is required but was not set");
      }
      return new DataProduct(
          id,
          domain,
          name,
          version,
          status,
          description,
          team,
          tags,
          inputPorts,
          outputPorts,
          support,
          termsOfUse,
          customProperties,
          extensions);
    }
  }
}
