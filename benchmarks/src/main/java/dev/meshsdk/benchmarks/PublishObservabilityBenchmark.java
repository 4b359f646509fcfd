package dev.meshsdk.benchmarks;

import dev.meshsdk.contracts.DataContract;
import dev.meshsdk.contracts.DataContracts;
import dev.meshsdk.contracts.Team;
import dev.meshsdk.core.DataProduct;
import dev.meshsdk.core.Mesh;
import dev.meshsdk.core.OutputPort;
import dev.meshsdk.core.governance.Governance;
import dev.meshsdk.core.governance.PolicySet;
import dev.meshsdk.core.publish.DeadLetterSink;
import dev.meshsdk.core.publish.FunctionSink;
import dev.meshsdk.core.publish.PublishOutcome;
import dev.meshsdk.core.publish.Publisher;
import dev.meshsdk.observability.lineage.JsonLinesFileTransport;
import dev.meshsdk.observability.lineage.LineageEmitter;
import dev.meshsdk.observability.lineage.LineageListener;
import dev.meshsdk.observability.telemetry.MeshTelemetry;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What observability costs a publish: the same valid orders published through a {@link Mesh} with
 * no listeners ({@code plain}) and through one with OpenLineage (a {@link LineageListener} whose
 * emitter writes JSON Lines to a file) and OpenTelemetry (a {@link MeshTelemetry} on the SDK, with
 * a batch span processor into an in-memory exporter and an in-memory metric reader) switched on
 * ({@code observed}), and through one with both switched on with a one-second aggregation window
 * ({@code observedWindowed}: one OpenLineage run and one span per port and second instead of per
 * call). The sink keeps nothing, so the comparison is with the cheapest publish, not one hidden
 * behind I/O. Batches of 1 and 1,000 records.
 *
 * <p>The lineage emitter never blocks publishing: events it cannot buffer are dropped and counted;
 * the tear-down prints the delivered and dropped counts of each trial, and they are recorded with
 * the results.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PublishObservabilityBenchmark {
  private static final String CONTRACT = "orders-benchmark.odcs.yaml";

  /** Records per publish call. */
  @Param({"1", "1000"})
  public int batch;

  private @Nullable Publisher<Map<String, ?>> plain;
  private @Nullable Publisher<Map<String, ?>> observed;
  private @Nullable Publisher<Map<String, ?>> telemetryOnly;
  private @Nullable Publisher<Map<String, ?>> observedWindowed;
  private @Nullable LineageListener windowedLineage;
  private @Nullable MeshTelemetry windowedTelemetry;
  private @Nullable LineageEmitter emitter;
  private @Nullable OpenTelemetrySdk otel;
  private @Nullable Path lineageFile;
  private final CountingSpanExporter spans = new CountingSpanExporter();
  private List<Map<String, Object>> records = List.of();

  /** Creates a public constructor for JMH. */
  public PublishObservabilityBenchmark() {}

  /**
   * Registers the product in two meshes, one plain and one observed, and builds their publishers.
   *
   * @throws IOException if the lineage file cannot be created
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    DataContract contract = DataContracts.parse(ValidationBenchmark.resource(CONTRACT), CONTRACT);
    Path file = Files.createTempFile("meshsdk-lineage-", ".jsonl");
    lineageFile = file;
    DataProduct product =
        DataProduct.builder()
            .id("orders")
            .domain("sales")
            .name("Orders")
            .version("1.0.0")
            .owner(Team.builder().name("sales-team").build())
            .outputPort(
                OutputPort.builder()
                    .name("orders")
                    .contract(contract)
                    .schemaObject("orders")
                    .location(file.toUri().toString())
                    .format("jsonl")
                    .build())
            .build();
    Governance none = Governance.of(PolicySet.empty());

    Mesh plainMesh = Mesh.builder().governance(none).build();
    plainMesh.register(product);
    plain = build(plainMesh, product);

    LineageEmitter e = LineageEmitter.start(JsonLinesFileTransport.open(file));
    emitter = e;
    OpenTelemetrySdk sdk =
        OpenTelemetrySdk.builder()
            .setTracerProvider(
                SdkTracerProvider.builder()
                    .addSpanProcessor(BatchSpanProcessor.builder(spans).build())
                    .build())
            .setMeterProvider(
                SdkMeterProvider.builder()
                    .registerMetricReader(InMemoryMetricReader.create())
                    .build())
            .build();
    otel = sdk;
    Mesh observedMesh =
        Mesh.builder()
            .governance(none)
            .listener(LineageListener.builder(e).build())
            .listener(MeshTelemetry.builder().openTelemetry(sdk).build())
            .build();
    observedMesh.register(product);
    observed = build(observedMesh, product);

    Mesh telemetryMesh =
        Mesh.builder()
            .governance(none)
            .listener(MeshTelemetry.builder().openTelemetry(sdk).build())
            .build();
    telemetryMesh.register(product);
    telemetryOnly = build(telemetryMesh, product);

    LineageListener lineage = LineageListener.builder(e).window(Duration.ofSeconds(1)).build();
    windowedLineage = lineage;
    MeshTelemetry telemetry =
        MeshTelemetry.builder().openTelemetry(sdk).window(Duration.ofSeconds(1)).build();
    windowedTelemetry = telemetry;
    Mesh windowedMesh =
        Mesh.builder().governance(none).listener(lineage).listener(telemetry).build();
    windowedMesh.register(product);
    observedWindowed = build(windowedMesh, product);

    List<Map<String, Object>> rs = new ArrayList<>(batch);
    for (int i = 0; i < batch; i++) {
      rs.add(Orders.validMap());
    }
    records = List.copyOf(rs);
    check(plain.publish(records));
    check(observed.publish(records));
    check(observedWindowed.publish(records));
  }

  private static Publisher<Map<String, ?>> build(Mesh mesh, DataProduct product) {
    DeadLetterSink<Map<String, ?>> deadLetters =
        letters -> {
          throw new IllegalStateException("the benchmark's records are all valid");
        };
    return mesh.publisher(product, "orders")
        .sink(FunctionSink.of(batch -> {}))
        .deadLetters(deadLetters)
        .build();
  }

  private void check(PublishOutcome outcome) {
    if (!(outcome instanceof PublishOutcome.Completed c) || c.counts().written() != batch) {
      throw new IllegalStateException("the set-up publish did not write every record: " + outcome);
    }
  }

  /**
   * Prints what the lineage emitter and the span exporter did, and closes them.
   *
   * @throws IOException if the lineage file cannot be deleted
   */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    LineageEmitter e = emitter;
    OpenTelemetrySdk sdk = otel;
    if (windowedLineage != null) {
      windowedLineage.close();
    }
    if (windowedTelemetry != null) {
      windowedTelemetry.close();
    }
    if (e != null) {
      e.close();
      System.out.printf(
          "%nlineage (batch %d): %d events delivered, %d dropped, %d failed; spans exported: %d%n",
          batch, e.deliveredCount(), e.droppedCount(), e.failedCount(), spans.exported.get());
    }
    if (sdk != null) {
      sdk.close();
    }
    if (lineageFile != null) {
      Files.deleteIfExists(lineageFile);
    }
  }

  /**
   * Publishes through the mesh with no listeners.
   *
   * @return the outcome
   */
  @Benchmark
  public PublishOutcome plain() {
    return plain.publish(records);
  }

  /**
   * Publishes through the mesh with lineage and telemetry on.
   *
   * @return the outcome
   */
  @Benchmark
  public PublishOutcome observed() {
    return observed.publish(records);
  }

  /**
   * Publishes through the mesh with telemetry on and lineage off: how much of {@link #observed} is
   * telemetry.
   *
   * @return the outcome
   */
  @Benchmark
  public PublishOutcome telemetryOnly() {
    return telemetryOnly.publish(records);
  }

  /**
   * Publishes through the mesh with lineage and telemetry on, both aggregating over a one-second
   * window: the per-call work is a few atomic adds and the publish duration histogram.
   *
   * @return the outcome
   */
  @Benchmark
  public PublishOutcome observedWindowed() {
    return observedWindowed.publish(records);
  }

  /** A span exporter that keeps only a count: in memory, and bounded over millions of spans. */
  private static final class CountingSpanExporter implements SpanExporter {
    final AtomicLong exported = new AtomicLong();

    @Override
    public CompletableResultCode export(Collection<SpanData> batch) {
      exported.addAndGet(batch.size());
      return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode flush() {
      return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode shutdown() {
      return CompletableResultCode.ofSuccess();
    }
  }
}
