package dev.meshsdk.observability.lineage;

import dev.meshsdk.contracts.ContractDefinitionException;
import dev.meshsdk.contracts.DataContract;
import dev.meshsdk.core.DataProduct;
import dev.meshsdk.core.InputPort;
import dev.meshsdk.core.OutputPort;
import dev.meshsdk.core.catalog.Catalog;
import dev.meshsdk.core.event.MeshEvent;
import dev.meshsdk.core.event.MeshListener;
import dev.meshsdk.core.event.ProductRegistered;
import dev.meshsdk.core.event.PublishCompleted;
import dev.meshsdk.core.event.PublishFailed;
import dev.meshsdk.core.event.PublishStarted;
import dev.meshsdk.core.internal.Versions;
import dev.meshsdk.core.publish.PortRef;
import dev.meshsdk.core.publish.PublishCounts;
import dev.meshsdk.core.publish.PublishRun;
import dev.meshsdk.observability.internal.PortWindows;
import dev.meshsdk.observability.lineage.internal.Checks;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns mesh events into OpenLineage 2-0-2 events and hands them to a {@link LineageEmitter}.
 *
 * <ul>
 *   <li>{@link ProductRegistered}: per output port a {@link JobEvent} (the port's inputs and
 *       output, the static lineage) and a {@link DatasetEvent} for the output dataset, with {@code
 *       lifecycleStateChange} {@code CREATE} for a product first seen, {@code ALTER} when the
 *       port's contract version changed since the previous version.
 *   <li>{@link PublishStarted}: a {@code START} {@link RunEvent}; {@link PublishCompleted}: {@code
 *       COMPLETE}; {@link PublishFailed}: {@code FAIL} with an {@code errorMessage} facet. The run
 *       id is the publish call's UUIDv7 {@link PublishRun#runId()}.
 * </ul>
 *
 * <p>The job of an output port is named {@code <domain>.<product>.<port>} in the configured job
 * namespace. Its output dataset is named after the port's location ({@link LineageNames#fromUri});
 * a port without a location, or with one of a scheme {@link LineageNames} does not know, is named
 * {@code <port>} in namespace {@code meshsdk://<domain>/<product>}. Inputs come from the product's
 * input ports; an input whose upstream product is known (registered while this listener listened,
 * or found in the optional catalog) is named like the output port of the same contract of that
 * product's highest version. Output datasets carry the contract's {@code schema}, {@code version},
 * {@code documentation} and {@code ownership} facets and {@code dataSource}; a completed run adds
 * {@code dataQualityMetrics} (the written row count) and {@code outputStatistics} on the output and
 * the {@code meshsdk_validation} run facet. Events hold names, schemas, counts and rule ids only,
 * never record values.
 *
 * <pre>{@code
 * LineageEmitter emitter = LineageEmitter.start(new HttpTransport(...));
 * Mesh mesh = Mesh.builder().listener(LineageListener.builder(emitter).build()).build();
 * }</pre>
 *
 * <p><b>Aggregation window.</b> For high-rate ports, {@link Builder#window(Duration)} trades the
 * run per publish call for one run per port and window. The first call of a port that ends while no
 * window of that port is open opens one: a {@code START} with a new UUIDv7 run id (not the publish
 * call's run id), at the time that call started. Calls of the port ending within the window length
 * after that are summed into the window. The first call ending after the window elapsed closes it
 * (and opens the next), as do {@link #flushIdle()} (windows already elapsed, by the builder's
 * clock) and {@link #close()} (every open window): a {@code COMPLETE}, or {@code FAIL} if any call
 * of the window failed, with an {@code errorMessage} facet naming how many calls failed and the
 * first failure, at the window's end (its deadline, or the closing time if closed earlier). The
 * ending event carries the summed {@code meshsdk_validation} counts (offered, written, rejected,
 * rejected by rule) and, on the output, the summed {@code dataQualityMetrics} row count and {@code
 * outputStatistics}. Per call, the publishing thread only adds counts into the port's window (a few
 * atomic adds, no event objects); the events are built when a window opens or closes. {@link
 * PublishStarted} and {@link dev.meshsdk.core.event.RecordsRejected} are not needed then. Without a
 * window (the default), every publish call is its own run as described above.
 *
 * <pre>{@code
 * LineageListener lineage =
 *     LineageListener.builder(emitter).window(Duration.ofSeconds(10)).build();
 * // ... publish ...
 * lineage.close(); // emits the last, partial window of each port
 * }</pre>
 *
 * <p>Thread-safe. {@link #onEvent} never throws: a product the listener cannot describe is logged
 * and skipped, and emitting never blocks longer than the emitter's offer timeout.
 */
public final class LineageListener implements MeshListener, AutoCloseable {
  /** The job namespace used unless another is set. */
  public static final String DEFAULT_JOB_NAMESPACE = "meshsdk";

  /** The {@code jobType} of an output port's job. */
  public static final String JOB_TYPE = "OUTPUT_PORT";

  private static final Logger LOG = LoggerFactory.getLogger(LineageListener.class);

  /** Orders products by version (semantic versions by precedence; no version is the lowest). */
  private static final Comparator<DataProduct> BY_VERSION =
      Comparator.comparing((DataProduct p) -> p.version().orElse(""), Versions.ORDER);

  private final LineageEmitter emitter;
  private final String jobNamespace;
  private final URI producer;
  private final @Nullable Catalog catalog;
  private final Map<String, DataProduct> byVersion = new ConcurrentHashMap<>();
  private final Map<String, DataProduct> latest = new ConcurrentHashMap<>();
  private final Map<String, Described> described = new ConcurrentHashMap<>();
  private final Clock clock;
  private final @Nullable PortWindows windows;
  private final @Nullable Duration windowLength;

  private LineageListener(Builder b) {
    this.emitter = b.emitter;
    this.jobNamespace = b.jobNamespace;
    this.producer = b.producer;
    this.catalog = b.catalog;
    this.clock = b.clock;
    this.windowLength = b.window;
    Duration w = b.window;
    this.windows = w == null ? null : new PortWindows(w, new WindowEvents());
  }

  /**
   * Starts building a listener that emits through the emitter.
   *
   * @param emitter the emitter; closing it stays the caller's business
   * @return the builder
   */
  public static Builder builder(LineageEmitter emitter) {
    return new Builder(Objects.requireNonNull(emitter, "LineageListener.emitter"));
  }

  /**
   * The job namespace of the events.
   *
   * @return the namespace
   */
  public String jobNamespace() {
    return jobNamespace;
  }

  /**
   * The aggregation window, if one was set.
   *
   * @return the window length
   */
  public Optional<Duration> window() {
    return Optional.ofNullable(windowLength);
  }

  /**
   * Ends the aggregation windows that have elapsed by the builder's clock, emitting their {@code
   * COMPLETE} or {@code FAIL}; for a port that went quiet, so that its last window need not wait
   * for its next call. Does nothing without a window. Never throws.
   */
  public void flushIdle() {
    PortWindows w = windows;
    if (w != null) {
      try {
        w.flushIdle(clock.instant());
      } catch (RuntimeException e) {
        LOG.warn("Could not end elapsed lineage windows: {}", e.toString());
      }
    }
  }

  /**
   * Ends every open aggregation window, elapsed or not, emitting its {@code COMPLETE} or {@code
   * FAIL} (a window not yet elapsed ends at the builder's clock's time). Call it before closing the
   * emitter. Does nothing without a window; the emitter stays open. Never throws. Calls ending
   * afterwards open new windows.
   */
  @Override
  public void close() {
    PortWindows w = windows;
    if (w != null) {
      try {
        w.closeAll(clock.instant());
      } catch (RuntimeException e) {
        LOG.warn("Could not end open lineage windows: {}", e.toString());
      }
    }
  }

  @Override
  public void onEvent(MeshEvent event) {
    try {
      PortWindows w = windows;
      if (w != null && !(event instanceof ProductRegistered)) {
        if (event instanceof PublishCompleted completed) {
          w.completed(completed);
        } else if (event instanceof PublishFailed failed) {
          w.failed(failed);
        }
      } else if (event instanceof ProductRegistered registered) {
        registered(registered);
      } else if (event instanceof PublishStarted started) {
        emitter.emit(runEvent(EventType.START, started.run(), started.time(), null, null));
      } else if (event instanceof PublishCompleted completed) {
        emitter.emit(
            runEvent(EventType.COMPLETE, completed.run(), completed.time(), completed, null));
      } else if (event instanceof PublishFailed failed) {
        emitter.emit(runEvent(EventType.FAIL, failed.run(), failed.time(), null, failed));
      }
    } catch (RuntimeException e) {
      LOG.warn(
          "Could not turn mesh event {} into OpenLineage events; skipped: {}",
          event.getClass().getSimpleName(),
          e.toString());
    }
  }

  // ---- registration ----------------------------------------------------------------------

  private void registered(ProductRegistered event) {
    DataProduct product = event.product();
    String version = product.version().orElse("");
    byVersion.put(key(product.id(), version), product);
    Optional<DataProduct> previous = rememberLatest(product);
    for (OutputPort port : product.outputPorts()) {
      Described d = describe(product, port);
      described.put(portKey(product.id(), version, port.name()), d);
      JobEvent.Builder job = JobEvent.builder(d.job).eventTime(event.time()).producer(producer);
      d.inputs.forEach(in -> job.input(InputDataset.of(inputName(in))));
      job.output(OutputDataset.builder(d.output).facets(d.facets).build());
      emitter.emit(job.build());
      List<DatasetFacet> facets = new ArrayList<>(d.facets);
      lifecycle(previous, port).ifPresent(facets::add);
      emitter.emit(new DatasetEvent(event.time(), producer, StaticDataset.of(d.output, facets)));
    }
  }

  /**
   * Remembers a registered product as its id's latest unless a higher version was seen, and returns
   * the version it is compared with: the latest seen before, if of another version, else the
   * catalog's previous version. Reading the latest and replacing it is one atomic step per product
   * id, so that concurrent registrations never let an older version replace a newer one.
   */
  private Optional<DataProduct> rememberLatest(DataProduct product) {
    List<DataProduct> seen = new ArrayList<>(1);
    latest.compute(
        product.id(),
        (id, current) -> {
          if (current == null) {
            return product;
          }
          if (!current.version().equals(product.version())) {
            seen.add(current);
          }
          return BY_VERSION.compare(product, current) >= 0 ? product : current;
        });
    if (!seen.isEmpty()) {
      return Optional.of(seen.get(0));
    }
    if (catalog != null) {
      return catalog.previous(product);
    }
    return Optional.empty();
  }

  private static Optional<LifecycleStateChangeDatasetFacet> lifecycle(
      Optional<DataProduct> previous, OutputPort port) {
    if (previous.isEmpty()) {
      return Optional.of(
          LifecycleStateChangeDatasetFacet.of(LifecycleStateChangeDatasetFacet.Change.CREATE));
    }
    Optional<OutputPort> before = previous.get().outputPort(port.name());
    if (before.isEmpty()) {
      return Optional.of(
          LifecycleStateChangeDatasetFacet.of(LifecycleStateChangeDatasetFacet.Change.CREATE));
    }
    if (!before.get().contractVersion().equals(port.contractVersion())) {
      return Optional.of(
          LifecycleStateChangeDatasetFacet.of(LifecycleStateChangeDatasetFacet.Change.ALTER));
    }
    return Optional.empty();
  }

  /** What an output port's events share, computed once per product version. */
  private record Described(
      Job job, List<InputPort> inputs, DatasetName output, List<DatasetFacet> facets) {}

  private Described describe(DataProduct product, OutputPort port) {
    String domain = product.domain().orElse(product.id());
    List<JobFacet> jobFacets = new ArrayList<>();
    jobFacets.add(JobTypeJobFacet.meshsdk(JobTypeJobFacet.ProcessingType.SERVICE, JOB_TYPE));
    product
        .description()
        .flatMap(d -> d.purpose())
        .filter(p -> !p.isBlank())
        .map(DocumentationJobFacet::of)
        .ifPresent(jobFacets::add);
    product
        .owner()
        .filter(o -> !o.isBlank())
        .map(o -> new OwnershipJobFacet(List.of(Owner.of("team:" + o, ContractFacets.OWNER_TYPE))))
        .ifPresent(jobFacets::add);
    Job job =
        Job.of(
            jobNamespace,
            jobName(domain, product.id(), port.name()),
            jobFacets.toArray(JobFacet[]::new));
    DatasetName output = outputName(domain, product.id(), port);
    List<DatasetFacet> facets = new ArrayList<>();
    port.contract().ifPresent(c -> facets.addAll(contractFacets(c, port)));
    facets.add(DatasourceDatasetFacet.of(output));
    return new Described(job, product.inputPorts(), output, List.copyOf(facets));
  }

  private static List<DatasetFacet> contractFacets(DataContract contract, OutputPort port) {
    Optional<String> object =
        port.publishedSchemaObject().map(o -> o.name()).or(() -> port.schemaObject());
    if (object.isEmpty()) {
      return List.of(new DatasetVersionDatasetFacet(contract.version()));
    }
    try {
      return ContractFacets.datasetFacets(contract, object.get());
    } catch (ContractDefinitionException e) {
      return List.of(new DatasetVersionDatasetFacet(contract.version()));
    }
  }

  private DatasetName inputName(InputPort in) {
    Optional<DataProduct> upstream =
        in.upstreamProductId()
            .flatMap(id -> Optional.ofNullable(latest.get(id)).or(() -> fromCatalog(id)));
    if (upstream.isPresent()) {
      DataProduct up = upstream.get();
      Optional<OutputPort> port =
          up.outputPorts().stream()
              .filter(p -> p.contractId().filter(in.contractId()::equals).isPresent())
              .reduce((a, b) -> b);
      if (port.isEmpty() && up.outputPorts().size() == 1) {
        port = Optional.of(up.outputPorts().get(0));
      }
      if (port.isPresent()) {
        return outputName(up.domain().orElse(up.id()), up.id(), port.get());
      }
    }
    String source = in.upstreamProductId().orElse(in.contractId());
    return new DatasetName("meshsdk://unresolved/" + source, in.name());
  }

  private Optional<DataProduct> fromCatalog(String productId) {
    if (catalog == null) {
      return Optional.empty();
    }
    try {
      return catalog.latest(productId);
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  private static DatasetName outputName(String domain, String productId, OutputPort port) {
    if (port.location().isPresent()) {
      try {
        return LineageNames.fromUri(new URI(port.location().get()));
      } catch (URISyntaxException | IllegalArgumentException e) {
        // not a location LineageNames knows: fall through to the meshsdk namespace
      }
    }
    return fallbackName(domain, productId, port.name());
  }

  private static DatasetName fallbackName(String domain, String productId, String port) {
    return new DatasetName("meshsdk://" + domain + "/" + productId, port);
  }

  private String jobName(String domain, String productId, String port) {
    return domain + "." + productId + "." + port;
  }

  // ---- runs ------------------------------------------------------------------------------

  private RunEvent runEvent(
      EventType type,
      PublishRun run,
      Instant time,
      @Nullable PublishCompleted completed,
      @Nullable PublishFailed failed) {
    PortRef ref = run.port();
    if (completed != null) {
      PublishCounts counts = completed.counts();
      Map<String, Long> byRule = new LinkedHashMap<>();
      completed.violations().byRule().forEach((rule, n) -> byRule.put(rule, (long) n));
      Totals totals =
          new Totals(
              counts.offered(), counts.written(), counts.rejected(), byRule, bytes(completed));
      return runEvent(type, run.runId(), ref, time, totals, true, null);
    }
    if (failed != null) {
      PublishCounts counts = failed.counts();
      Totals totals =
          new Totals(
              counts.offered(), counts.written(), counts.rejected(), Map.of(), Optional.empty());
      return runEvent(type, run.runId(), ref, time, totals, false, errorText(failed));
    }
    return runEvent(type, run.runId(), ref, time, null, false, null);
  }

  /** The counts an ending run event reports. */
  private record Totals(
      long offered, long written, long rejected, Map<String, Long> byRule, Optional<Long> bytes) {}

  private static String errorText(PublishFailed failed) {
    return failed.message().isEmpty()
        ? failed.causeType()
        : failed.causeType() + ": " + failed.message();
  }

  private RunEvent runEvent(
      EventType type,
      UUID runId,
      PortRef ref,
      Instant time,
      @Nullable Totals totals,
      boolean outputFacets,
      @Nullable String error) {
    Described d =
        described.computeIfAbsent(
            portKey(ref.productId(), ref.productVersion(), ref.portName()),
            k -> describeUnknown(ref));
    List<RunFacet> runFacets = new ArrayList<>();
    OutputDataset.Builder output = OutputDataset.builder(d.output).facets(d.facets);
    if (totals != null) {
      runFacets.add(validation(ref, totals));
      if (outputFacets) {
        output.facet(
            new DataQualityMetricsDatasetFacet(
                Optional.of(totals.written()), totals.bytes(), Map.of()));
        output.outputFacet(
            new OutputStatisticsOutputDatasetFacet(totals.written(), totals.bytes()));
      }
    }
    if (error != null) {
      runFacets.add(ErrorMessageRunFacet.java(error));
    }
    RunEvent.Builder b =
        RunEvent.builder()
            .eventType(type)
            .eventTime(time)
            .producer(producer)
            .run(runId, runFacets.toArray(RunFacet[]::new))
            .job(d.job);
    d.inputs.forEach(in -> b.input(InputDataset.of(inputName(in))));
    b.output(output.build());
    return b.build();
  }

  /** Turns opened and closed windows into run events. */
  private final class WindowEvents implements PortWindows.Sink {
    @Override
    public void opened(PortWindows.Window window) {
      try {
        emitter.emit(
            runEvent(
                EventType.START, window.id(), window.port(), window.start(), null, false, null));
      } catch (RuntimeException e) {
        LOG.warn("Could not emit the START of a lineage window; skipped: {}", e.toString());
      }
    }

    @Override
    public void closed(PortWindows.Window window, Instant end) {
      try {
        OptionalLong b = window.bytes();
        Map<String, Long> byRule = new LinkedHashMap<>(window.rejectedByRule());
        window.writtenByRule().forEach((rule, n) -> byRule.merge(rule, n, Long::sum));
        Totals totals =
            new Totals(
                window.offered(),
                window.written(),
                window.rejected(),
                byRule,
                b.isPresent() ? Optional.of(b.getAsLong()) : Optional.empty());
        Optional<PublishFailed> first = window.firstFailure();
        String error =
            first
                .map(
                    f ->
                        window.failedCalls()
                            + " of "
                            + window.calls()
                            + " publish calls failed; the first: "
                            + errorText(f))
                .orElse(null);
        emitter.emit(
            runEvent(
                error == null ? EventType.COMPLETE : EventType.FAIL,
                window.id(),
                window.port(),
                end,
                totals,
                true,
                error));
      } catch (RuntimeException e) {
        LOG.warn("Could not emit the end of a lineage window; skipped: {}", e.toString());
      }
    }
  }

  private static Optional<Long> bytes(PublishCompleted completed) {
    return completed.bytesWritten().isPresent()
        ? Optional.of(completed.bytesWritten().getAsLong())
        : Optional.empty();
  }

  private static MeshsdkValidationRunFacet validation(PortRef ref, Totals totals) {
    MeshsdkValidationRunFacet.Builder b =
        MeshsdkValidationRunFacet.builder()
            .recordsOffered(totals.offered())
            .recordsWritten(totals.written())
            .recordsRejected(totals.rejected())
            .contract(ref.contractId(), ref.contractVersion());
    totals.byRule().forEach((rule, n) -> b.rejectedByRule(rule, n));
    return b.build();
  }

  private Described describeUnknown(PortRef ref) {
    Optional<DataProduct> product =
        Optional.ofNullable(byVersion.get(key(ref.productId(), ref.productVersion())));
    if (product.isEmpty() && catalog != null) {
      try {
        product = catalog.get(ref.productId(), ref.productVersion());
      } catch (RuntimeException e) {
        product = Optional.empty();
      }
    }
    Optional<OutputPort> port = product.flatMap(p -> p.outputPort(ref.portName()));
    if (product.isPresent() && port.isPresent()) {
      return describe(product.get(), port.get());
    }
    Job job =
        Job.of(
            jobNamespace,
            jobName(ref.domain(), ref.productId(), ref.portName()),
            JobTypeJobFacet.meshsdk(JobTypeJobFacet.ProcessingType.SERVICE, JOB_TYPE));
    DatasetName output = fallbackName(ref.domain(), ref.productId(), ref.portName());
    return new Described(
        job,
        List.of(),
        output,
        List.of(
            new DatasetVersionDatasetFacet(ref.contractVersion()),
            DatasourceDatasetFacet.of(output)));
  }

  private static String key(String id, String version) {
    return id + '@' + version;
  }

  private static String portKey(String id, String version, String port) {
    return id + '@' + version + '#' + port;
  }

  @Override
  public String toString() {
    return "LineageListener[" + jobNamespace + " -> " + emitter + "]";
  }

  /** Builds a {@link LineageListener}. */
  public static final class Builder {
    private final LineageEmitter emitter;
    private String jobNamespace = DEFAULT_JOB_NAMESPACE;
    private URI producer = Lineage.PRODUCER;
    private @Nullable Catalog catalog;
    private @Nullable Duration window;
    private Clock clock = Clock.systemUTC();

    private Builder(LineageEmitter emitter) {
      this.emitter = emitter;
    }

    /**
     * Sets the namespace of every job. Default {@value #DEFAULT_JOB_NAMESPACE}.
     *
     * @param jobNamespace the namespace, not blank
     * @return this builder
     */
    public Builder jobNamespace(String jobNamespace) {
      this.jobNamespace = Checks.notBlank(jobNamespace, "LineageListener.jobNamespace");
      return this;
    }

    /**
     * Sets the producer URI of the events. Default {@link Lineage#PRODUCER}.
     *
     * @param producer an absolute URI
     * @return this builder
     */
    public Builder producer(URI producer) {
      this.producer = Events.checkProducer(producer);
      return this;
    }

    /**
     * Sets a catalog to look products up in that were registered before the listener listened, or
     * elsewhere: upstream products of input ports, and products published without a {@link
     * ProductRegistered} event seen. Default: none, only products seen registered are known.
     *
     * @param catalog the catalog
     * @return this builder
     */
    public Builder catalog(Catalog catalog) {
      this.catalog = Objects.requireNonNull(catalog, "LineageListener.catalog");
      return this;
    }

    /**
     * Sets an aggregation window: the publish calls of a port ending within it form one run instead
     * of a run each (see the class documentation). For high-rate ports, where a run per call costs
     * more than the call. Default: none, a run per publish call.
     *
     * @param window the window length, at least 1 ms
     * @return this builder
     * @throws IllegalArgumentException if shorter than 1 ms
     */
    public Builder window(Duration window) {
      Objects.requireNonNull(window, "LineageListener.window");
      if (window.toMillis() < 1) {
        throw new IllegalArgumentException(
            "LineageListener.window must be at least 1 ms, got " + window);
      }
      this.window = window;
      return this;
    }

    /**
     * Sets the clock {@link LineageListener#flushIdle()} and {@link LineageListener#close()} tell
     * the time with (default {@link Clock#systemUTC()}); use the publishers' clock. Windows are
     * otherwise timed by the publish events' times.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "LineageListener.clock");
      return this;
    }

    /**
     * Builds the listener.
     *
     * @return the listener
     */
    public LineageListener build() {
      return new LineageListener(this);
    }
  }
}
