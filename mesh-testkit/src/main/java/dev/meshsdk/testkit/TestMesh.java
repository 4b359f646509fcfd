package dev.meshsdk.testkit;

import dev.meshsdk.core.DataProduct;
import dev.meshsdk.core.Mesh;
import dev.meshsdk.core.event.MeshEvent;
import dev.meshsdk.core.governance.GovernanceReport;
import dev.meshsdk.core.publish.InMemoryDeadLetterSink;
import dev.meshsdk.core.publish.InMemorySink;
import dev.meshsdk.core.publish.Publisher;
import dev.meshsdk.observability.lineage.InMemoryTransport;
import dev.meshsdk.observability.lineage.LineageEmitter;
import dev.meshsdk.observability.lineage.LineageEvent;
import dev.meshsdk.observability.lineage.LineageListener;
import dev.meshsdk.observability.report.PublishRunRecorder;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A whole mesh in memory, for tests: a {@link Mesh} with an in-memory catalog, an in-memory sink
 * and dead-letter sink per output port (created on first use), OpenLineage events collected through
 * a {@link LineageListener}, the mesh events and the publish runs.
 *
 * <pre>{@code
 * try (TestMesh mesh = TestMesh.create()) {
 *   mesh.register(orders);
 *   mesh.publisher(orders, "orders").publish(order);
 *   MeshAssertions.assertThat(mesh.written(orders, "orders")).hasWritten(1);
 * }
 * }</pre>
 *
 * <p>In a JUnit 5 test, {@link dev.meshsdk.testkit.junit.MeshTest @MeshTest} injects a fresh one
 * per test and closes it afterwards. Sinks and dead letters are per product id and port name,
 * shared by the product's versions. Thread-safe.
 */
public final class TestMesh implements AutoCloseable {
  private static final Duration FLUSH_TIMEOUT = Duration.ofSeconds(30);

  private final InMemoryTransport transport = new InMemoryTransport();
  private final LineageEmitter emitter = LineageEmitter.start(transport);
  private final PublishRunRecorder runs = PublishRunRecorder.create();
  private final List<MeshEvent> events = new CopyOnWriteArrayList<>();
  private final Map<String, InMemorySink<Object>> sinks = new ConcurrentHashMap<>();
  private final Map<String, InMemoryDeadLetterSink<Object>> deadLetters = new ConcurrentHashMap<>();
  private final Map<String, Publisher<?>> publishers = new ConcurrentHashMap<>();
  private final Mesh mesh;

  private TestMesh(Consumer<Mesh.Builder> customizer) {
    Mesh.Builder builder = Mesh.builder();
    customizer.accept(builder);
    this.mesh =
        builder
            .listener(events::add)
            .listener(runs)
            .listener(LineageListener.builder(emitter).build())
            .build();
  }

  /**
   * A test mesh with the defaults of {@link Mesh#inMemory()}: the recommended governance policies.
   *
   * @return the test mesh; close it to stop its lineage emitter
   */
  public static TestMesh create() {
    return new TestMesh(b -> {});
  }

  /**
   * A test mesh with the mesh builder changed first, such as another governance or a fixed clock.
   * The test mesh adds its own listeners after the customizer's.
   *
   * @param customizer changes the mesh builder
   * @return the test mesh
   */
  public static TestMesh create(Consumer<Mesh.Builder> customizer) {
    return new TestMesh(Objects.requireNonNull(customizer, "customizer"));
  }

  /**
   * The mesh itself.
   *
   * @return the mesh
   */
  public Mesh mesh() {
    return mesh;
  }

  /**
   * Registers a product through governance ({@link Mesh#register}).
   *
   * @param product the product
   * @return the governance report
   * @throws dev.meshsdk.core.governance.GovernanceException if governance refuses it
   */
  public GovernanceReport register(DataProduct product) {
    return mesh.register(product);
  }

  /**
   * The publisher of {@code Map} records of a registered product's output port, writing to the
   * port's in-memory sink and dead letters. The same publisher is returned for the same product
   * version and port.
   *
   * @param product the registered product
   * @param port the output port's name
   * @return the publisher
   * @throws dev.meshsdk.core.ProductDefinitionException if the product is not registered or has no
   *     such port
   */
  public Publisher<Map<String, ?>> publisher(DataProduct product, String port) {
    @SuppressWarnings("unchecked")
    Publisher<Map<String, ?>> p =
        (Publisher<Map<String, ?>>)
            publishers.computeIfAbsent(
                publisherKey(product, port, Map.class),
                k ->
                    mesh.publisher(product, port)
                        .sink(written(product, port))
                        .deadLetters(deadLetters(product, port))
                        .build());
    return p;
  }

  /**
   * The publisher of typed records of a registered product's output port, writing to the port's
   * in-memory sink and dead letters.
   *
   * @param <T> the record type
   * @param product the registered product
   * @param port the output port's name
   * @param type the record class
   * @return the publisher
   * @throws dev.meshsdk.core.ProductDefinitionException if the product is not registered or has no
   *     such port
   */
  public <T> Publisher<T> publisher(DataProduct product, String port, Class<T> type) {
    @SuppressWarnings("unchecked")
    Publisher<T> p =
        (Publisher<T>)
            publishers.computeIfAbsent(
                publisherKey(product, port, type),
                k ->
                    mesh.publisher(product, port, type)
                        .sink(written(product, port))
                        .deadLetters(deadLetters(product, port))
                        .build());
    return p;
  }

  /**
   * The in-memory sink of a port: the records written to it.
   *
   * @param product the product
   * @param port the output port's name
   * @return the sink, empty until something was published
   */
  public InMemorySink<Object> written(DataProduct product, String port) {
    return sinks.computeIfAbsent(portKey(product, port), k -> new InMemorySink<>());
  }

  /**
   * The in-memory dead-letter sink of a port: the records rejected, with their violations.
   *
   * @param product the product
   * @param port the output port's name
   * @return the dead-letter sink
   */
  public InMemoryDeadLetterSink<Object> deadLetters(DataProduct product, String port) {
    return deadLetters.computeIfAbsent(portKey(product, port), k -> new InMemoryDeadLetterSink<>());
  }

  /**
   * The OpenLineage events emitted so far, in order; waits until the events of every finished call
   * were delivered.
   *
   * @return the events
   */
  public List<LineageEvent> lineageEvents() {
    emitter.flush(FLUSH_TIMEOUT);
    return transport.events();
  }

  /**
   * The mesh events so far, in order: registrations, publish runs, access audits.
   *
   * @return the events
   */
  public List<MeshEvent> events() {
    return List.copyOf(events);
  }

  /**
   * The publish runs so far, per port, for a mesh report ({@code
   * MeshReports.from(testMesh.mesh().catalog()).runs(testMesh.runs())}).
   *
   * @return the recorder
   */
  public PublishRunRecorder runs() {
    return runs;
  }

  /** Stops the lineage emitter after delivering what it holds. Closing again does nothing. */
  @Override
  public void close() {
    emitter.close();
  }

  private static String portKey(DataProduct product, String port) {
    Objects.requireNonNull(product, "product");
    Objects.requireNonNull(port, "port");
    return product.id() + '#' + port;
  }

  private static String publisherKey(DataProduct product, String port, Class<?> type) {
    return product.id() + '@' + product.version().orElse("") + '#' + port + '|' + type.getName();
  }

  @Override
  public String toString() {
    return "TestMesh[" + sinks.size() + " ports written, " + events.size() + " events]";
  }
}
