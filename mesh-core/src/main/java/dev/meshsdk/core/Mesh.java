package dev.meshsdk.core;

import dev.meshsdk.contracts.DataContract;
import dev.meshsdk.core.catalog.Catalog;
import dev.meshsdk.core.catalog.InMemoryCatalog;
import dev.meshsdk.core.event.AccessAudited;
import dev.meshsdk.core.event.MeshListener;
import dev.meshsdk.core.event.ProductRefused;
import dev.meshsdk.core.event.ProductRegistered;
import dev.meshsdk.core.governance.Governance;
import dev.meshsdk.core.governance.GovernanceException;
import dev.meshsdk.core.governance.GovernanceReport;
import dev.meshsdk.core.governance.Policies;
import dev.meshsdk.core.publish.PortRef;
import dev.meshsdk.core.publish.Publisher;
import dev.meshsdk.core.publish.internal.Listeners;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * What a domain service holds: its view of the mesh. It registers products through governance into
 * a catalog, hands out publishers for registered output ports, and checks access when a consumer
 * reads a port. Every step is reported to the mesh's {@link MeshListener}s (lineage, telemetry,
 * audit).
 *
 * <pre>{@code
 * Mesh mesh = Mesh.builder().listener(lineage).build();
 * mesh.register(orders);                                   // governance, then the catalog
 * Publisher<Order> publisher = mesh.publisher(orders, "orders", Order.class)
 *     .sink(sink).deadLetters(deadLetters).build();
 * publisher.publish(order);
 * }</pre>
 *
 * <p>Thread-safe. A product refused by governance is not registered, and asking for one of its
 * publishers throws the {@link GovernanceException} with the report that refused it.
 */
public final class Mesh {
  private final Catalog catalog;
  private final Governance governance;
  private final List<MeshListener> listeners;
  private final Listeners events;
  private final Clock clock;
  private final Map<String, GovernanceReport> refused = new ConcurrentHashMap<>();

  private Mesh(Builder builder) {
    this.catalog = builder.catalog;
    Governance chosen = builder.governance;
    this.governance =
        chosen != null
            ? chosen
            : Governance.builder()
                .organisation(Policies.recommended())
                .previousVersions(catalog::previous)
                .build();
    this.listeners = List.copyOf(builder.listeners);
    this.events = new Listeners(listeners);
    this.clock = builder.clock;
  }

  /**
   * A mesh with an in-memory catalog, the recommended policies, no listeners and the UTC clock.
   *
   * @return the mesh
   */
  public static Mesh inMemory() {
    return builder().build();
  }

  /**
   * Starts building a mesh.
   *
   * @return a builder with the defaults of {@link #inMemory()}
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The catalog products are registered in.
   *
   * @return the catalog
   */
  public Catalog catalog() {
    return catalog;
  }

  /**
   * The governance every registration passes.
   *
   * @return the governance
   */
  public Governance governance() {
    return governance;
  }

  /**
   * Evaluates a product against governance and, unless a finding blocks it, registers it in the
   * catalog. Emits {@link ProductRegistered} or {@link ProductRefused}.
   *
   * @param product the product, with a version
   * @return the governance report (non-blocking findings only)
   * @throws GovernanceException if a finding blocks registration; its message names each rule and
   *     place
   * @throws dev.meshsdk.core.catalog.CatalogException if the catalog refuses the product (no
   *     version, or this version registered with a different descriptor)
   */
  public GovernanceReport register(DataProduct product) {
    Objects.requireNonNull(product, "product");
    GovernanceReport report = governance.evaluate(product, catalog.previous(product));
    String key = key(product.id(), product.version().orElse(""));
    if (report.isBlocked()) {
      refused.put(key, report);
      events.emit(new ProductRefused(product, report, clock.instant()));
      throw new GovernanceException(report);
    }
    catalog.register(product);
    refused.remove(key);
    events.emit(new ProductRegistered(product, report, clock.instant()));
    return report;
  }

  /**
   * A publisher builder for {@code Map} records on a registered product's output port, with the
   * port's contract compiled, and the mesh's listeners and clock set. Add a sink and a dead-letter
   * sink, then build.
   *
   * @param product the registered product
   * @param port the output port's name (its highest version)
   * @return the builder
   * @throws GovernanceException if governance refused the product
   * @throws ProductDefinitionException if the product is not registered, has no domain, has no such
   *     port, or the port has no contract or schema object
   */
  public Publisher.Builder<Map<String, ?>> publisher(DataProduct product, String port) {
    Bound bound = bind(product, port);
    return configure(Publisher.builder(bound.ref, bound.contract, bound.schemaObject));
  }

  /**
   * A publisher builder for typed records on a registered product's output port.
   *
   * @param <T> the record type
   * @param product the registered product
   * @param port the output port's name (its highest version)
   * @param type the record class
   * @return the builder
   * @throws GovernanceException if governance refused the product
   * @throws ProductDefinitionException if the product is not registered, has no domain, has no such
   *     port, or the port has no contract or schema object
   */
  public <T> Publisher.Builder<T> publisher(DataProduct product, String port, Class<T> type) {
    Objects.requireNonNull(type, "type");
    Bound bound = bind(product, port);
    return configure(Publisher.builder(bound.ref, bound.contract, bound.schemaObject, type));
  }

  /**
   * Decides whether a consumer may read the latest registered version of a product's output port,
   * audits the decision ({@link AccessAudited}) and returns a reader when allowed.
   *
   * @param productId the product's id
   * @param port the output port's name
   * @param consumer who reads, and for which purpose
   * @return a reader bound to the consumer
   * @throws AccessDeniedException if the port's access policy denies the consumer
   * @throws ProductDefinitionException if no such product is registered or it has no such port
   */
  public PortReader reader(String productId, String port, ConsumerIdentity consumer) {
    Objects.requireNonNull(consumer, "consumer");
    DataProduct product =
        catalog
            .latest(productId)
            .orElseThrow(
                () ->
                    new ProductDefinitionException(
                        "DataProduct '" + productId + "'",
                        "id",
                        "registered",
                        "no product with this id is registered in the catalog"));
    OutputPort output = outputPort(product, port);
    AccessDecision decision = output.access().decide(consumer);
    String version = product.version().orElse("");
    events.emit(
        new AccessAudited(product.id(), version, port, consumer, decision, clock.instant()));
    if (!decision.isAllowed()) {
      throw new AccessDeniedException(
          product.id() + "@" + version + "#" + port, consumer, decision);
    }
    return new PortReader(product, output, consumer);
  }

  /**
   * Reads an output port for a consumer the port's access policy allowed; obtained from {@link
   * Mesh#reader}. Where the records are (a sink's file, a topic, a table) is the source's business;
   * the reader only exists once access was granted.
   */
  public static final class PortReader {
    private final DataProduct product;
    private final OutputPort port;
    private final ConsumerIdentity consumer;

    private PortReader(DataProduct product, OutputPort port, ConsumerIdentity consumer) {
      this.product = product;
      this.port = port;
      this.consumer = consumer;
    }

    /**
     * The product read.
     *
     * @return the registered descriptor
     */
    public DataProduct product() {
      return product;
    }

    /**
     * The port read.
     *
     * @return the output port
     */
    public OutputPort port() {
      return port;
    }

    /**
     * Who reads.
     *
     * @return the consumer the access policy allowed
     */
    public ConsumerIdentity consumer() {
      return consumer;
    }

    /**
     * Reads records from where the port keeps them.
     *
     * @param <T> the record type
     * @param source the records, such as {@code sink::snapshot} or {@code () ->
     *     JsonLinesFileSink.read(path)}
     * @return the records as a stream
     */
    public <T> Stream<T> read(Supplier<? extends List<? extends T>> source) {
      return List.<T>copyOf(source.get()).stream();
    }
  }

  private <T> Publisher.Builder<T> configure(Publisher.Builder<T> builder) {
    return builder.listeners(listeners).clock(clock);
  }

  private record Bound(PortRef ref, DataContract contract, String schemaObject) {}

  private Bound bind(DataProduct product, String portName) {
    Objects.requireNonNull(product, "product");
    Objects.requireNonNull(portName, "port");
    String version = product.version().orElse("");
    GovernanceReport report = refused.get(key(product.id(), version));
    if (report != null) {
      throw new GovernanceException(report);
    }
    String subject = "DataProduct '" + product.id() + "'";
    Optional<DataProduct> registered = catalog.get(product.id(), version);
    if (registered.isEmpty() || !sameDescriptor(registered.get(), product)) {
      throw new ProductDefinitionException(
          subject,
          "version",
          "registered",
          "version '"
              + version
              + "' is not registered in the catalog"
              + (registered.isPresent() ? " with this descriptor" : "")
              + "; call Mesh.register(product) first, so governance can check it");
    }
    OutputPort port = outputPort(product, portName);
    String field = "outputPorts[" + portName + "]";
    DataContract contract =
        port.contract()
            .orElseThrow(
                () ->
                    new ProductDefinitionException(
                        subject,
                        field + ".contract",
                        "contract-present",
                        "the port names contract "
                            + port.contractId().orElse("(none)")
                            + " but the contract is not loaded; publishing needs it"));
    String object =
        port.publishedSchemaObject()
            .map(o -> o.name())
            .orElseThrow(
                () ->
                    new ProductDefinitionException(
                        subject,
                        field + ".schemaObject",
                        "schema-object-present",
                        "name the schema object this port publishes; the contract has "
                            + contract.schema().size()));
    String domain =
        product
            .domain()
            .orElseThrow(
                () ->
                    new ProductDefinitionException(
                        subject, "domain", "not-blank", "a product needs a domain to publish"));
    PortRef ref =
        PortRef.builder()
            .domain(domain)
            .productId(product.id())
            .productVersion(version)
            .portName(port.name())
            .contractId(contract.id())
            .contractVersion(contract.version())
            .build();
    return new Bound(ref, contract, object);
  }

  private static boolean sameDescriptor(DataProduct registered, DataProduct given) {
    // A catalog may hold the product without loaded contracts (a directory catalog stores ODPS and
    // ODCS apart), so compare without them.
    return registered.withoutContracts().equals(given.withoutContracts());
  }

  private static OutputPort outputPort(DataProduct product, String port) {
    return product
        .outputPort(port)
        .orElseThrow(
            () ->
                new ProductDefinitionException(
                    "DataProduct '" + product.id() + "'",
                    "outputPorts",
                    "port-exists",
                    "there is no output port named '"
                        + port
                        + "'; it has "
                        + product.outputPorts().stream().map(OutputPort::name).toList()));
  }

  private static String key(String id, String version) {
    return id + '@' + version;
  }

  /** Builds a {@link Mesh}. */
  public static final class Builder {
    private Catalog catalog = new InMemoryCatalog();
    private @Nullable Governance governance;
    private final List<MeshListener> listeners = new ArrayList<>();
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /**
     * Sets the catalog. Default: a new {@link InMemoryCatalog}.
     *
     * @param catalog the catalog
     * @return this builder
     */
    public Builder catalog(Catalog catalog) {
      this.catalog = Objects.requireNonNull(catalog, "Mesh.catalog");
      return this;
    }

    /**
     * Sets the governance. Default: {@link Policies#recommended()} organisation-wide, comparing
     * with the previous version in the catalog.
     *
     * @param governance the governance
     * @return this builder
     */
    public Builder governance(Governance governance) {
      this.governance = Objects.requireNonNull(governance, "Mesh.governance");
      return this;
    }

    /**
     * Adds a listener; listeners are told in the order added, and also given to every publisher.
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder listener(MeshListener listener) {
      listeners.add(Objects.requireNonNull(listener, "Mesh.listener"));
      return this;
    }

    /**
     * Sets the clock of events and publishers. Default: {@link Clock#systemUTC()}.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "Mesh.clock");
      return this;
    }

    /**
     * Builds the mesh.
     *
     * @return the mesh
     */
    public Mesh build() {
      return new Mesh(this);
    }
  }
}
