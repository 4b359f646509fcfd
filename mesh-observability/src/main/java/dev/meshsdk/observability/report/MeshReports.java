package dev.meshsdk.observability.report;

import dev.meshsdk.contracts.DataContract;
import dev.meshsdk.contracts.SlaProperty;
import dev.meshsdk.core.ConsumerIdentity;
import dev.meshsdk.core.DataProduct;
import dev.meshsdk.core.InputPort;
import dev.meshsdk.core.OutputPort;
import dev.meshsdk.core.catalog.Catalog;
import dev.meshsdk.core.catalog.CatalogQuery;
import dev.meshsdk.core.catalog.ConsumerRegistration;
import dev.meshsdk.core.publish.PortRef;
import dev.meshsdk.observability.report.internal.Checks;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Builds a {@link MeshReportModel} from the state of a mesh: the latest version of every product in
 * a catalog, with its output ports' contracts, its input ports as lineage edges, its registered
 * consumers, and, when a {@link PublishRunRecorder} listened to the mesh, its recent runs and last
 * publish time.
 *
 * <pre>{@code
 * PublishRunRecorder runs = PublishRunRecorder.create();
 * Mesh mesh = Mesh.builder().listener(runs).build();
 * // ... register products, publish ...
 * MeshReport.write(MeshReports.from(mesh.catalog()).runs(runs).build(), Path.of("target/mesh"));
 * }</pre>
 *
 * <p>Freshness and quality come from optional status functions of an output port (such as an SLA
 * monitor's); a product shows the worst status of its ports. Without a quality function, quality
 * follows the product's latest run: no rejected record {@code PASSED}, rejected records {@code
 * WARNING}, a failed run {@code FAILED}, no run {@code NOT_EVALUATED}. Without a freshness function
 * freshness is {@code UNKNOWN}, with the last publish time when known.
 */
public final class MeshReports {
  private MeshReports() {}

  /**
   * Starts a report of every product registered in a catalog.
   *
   * @param catalog the catalog
   * @return the builder
   */
  public static Builder from(Catalog catalog) {
    return new Builder(Objects.requireNonNull(catalog, "MeshReports.catalog"));
  }

  /** Assembles a {@link MeshReportModel}; see {@link MeshReports}. */
  public static final class Builder {
    private final Catalog catalog;
    private String title = MeshReportModel.DEFAULT_TITLE;
    private Clock clock = Clock.systemUTC();
    private @Nullable PublishRunRecorder runs;
    private @Nullable Function<PortRef, FreshnessStatus> freshness;
    private @Nullable Function<PortRef, QualityState> quality;

    private Builder(Catalog catalog) {
      this.catalog = catalog;
    }

    /**
     * Sets the report's title. Default {@value MeshReportModel#DEFAULT_TITLE}.
     *
     * @param title the title, not blank
     * @return this builder
     */
    public Builder title(String title) {
      this.title = Checks.notBlank(title, "MeshReports.title");
      return this;
    }

    /**
     * Sets the clock that stamps the report. Default {@link Clock#systemUTC()}.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "MeshReports.clock");
      return this;
    }

    /**
     * Adds the recent runs and last publish times a recorder kept.
     *
     * @param runs the recorder that listened to the mesh
     * @return this builder
     */
    public Builder runs(PublishRunRecorder runs) {
      this.runs = Objects.requireNonNull(runs, "MeshReports.runs");
      return this;
    }

    /**
     * Sets the freshness status of an output port, such as an SLA monitor's.
     *
     * @param freshness the status of a port; called once per output port with a contract
     * @return this builder
     */
    public Builder freshness(Function<PortRef, FreshnessStatus> freshness) {
      this.freshness = Objects.requireNonNull(freshness, "MeshReports.freshness");
      return this;
    }

    /**
     * Sets the quality state of an output port.
     *
     * @param quality the state of a port; called once per output port with a contract
     * @return this builder
     */
    public Builder quality(Function<PortRef, QualityState> quality) {
      this.quality = Objects.requireNonNull(quality, "MeshReports.quality");
      return this;
    }

    /**
     * Reads the catalog and builds the model.
     *
     * @return the model, products ordered by id
     */
    public MeshReportModel build() {
      MeshReportModel.Builder model =
          MeshReportModel.builder().title(title).generatedAt(clock.instant());
      for (DataProduct p : catalog.search(CatalogQuery.all())) {
        model.product(product(p));
      }
      return model.build();
    }

    private ReportProduct product(DataProduct p) {
      String domain = p.domain().orElse("(no domain)");
      ReportProduct.Builder b =
          ReportProduct.builder()
              .id(p.id())
              .name(p.name().orElse(p.id()))
              .domain(domain)
              .version(p.version().orElse("(no version)"))
              .owner(p.owner().filter(o -> !o.isBlank()).orElse("(no owner)"))
              .status(p.status().wire())
              .description(p.description().flatMap(d -> d.purpose()).orElse(""))
              .tags(p.tags());
      Map<String, SlaTarget> sla = new LinkedHashMap<>();
      List<PortRef> refs = new ArrayList<>();
      for (OutputPort port : p.outputPorts()) {
        Optional<DataContract> contract = port.contract();
        Optional<String> object =
            port.publishedSchemaObject().map(o -> o.name()).or(() -> port.schemaObject());
        if (contract.isEmpty() || object.isEmpty()) {
          continue;
        }
        b.outputPort(ReportOutputPort.of(port.name(), contract.get(), object.get()));
        for (SlaProperty s : port.effectiveSla()) {
          String value = s.value() + s.unit().map(u -> " " + u).orElse("");
          sla.putIfAbsent(s.property(), SlaTarget.of(s.property(), value));
        }
        if (p.domain().isPresent() && p.version().isPresent()) {
          refs.add(
              PortRef.builder()
                  .domain(domain)
                  .productId(p.id())
                  .productVersion(p.version().get())
                  .portName(port.name())
                  .contractId(contract.get().id())
                  .contractVersion(contract.get().version())
                  .build());
        }
      }
      b.sla(List.copyOf(sla.values()));
      Set<ReportInputPort> inputs = new LinkedHashSet<>();
      for (InputPort in : p.inputPorts()) {
        in.upstreamProductId()
            .ifPresent(up -> inputs.add(ReportInputPort.of(up, upstreamPort(up, in))));
      }
      b.inputPorts(List.copyOf(inputs));
      for (ConsumerRegistration r : catalog.consumers(p.id())) {
        ConsumerIdentity c = r.consumer();
        b.consumer(
            ReportConsumer.of(
                c.consumerId(), c.domain().orElse("(external)"), c.purpose().orElse("")));
      }
      List<PublishRun> recent = runs == null ? List.of() : runs.runs(p.id());
      b.recentRuns(recent);
      Optional<Instant> last = runs == null ? Optional.empty() : runs.lastPublished(p.id());
      FreshnessStatus status = FreshnessStatus.UNKNOWN;
      if (freshness != null) {
        status = worstFreshness(refs.stream().map(freshness).toList());
      }
      b.freshness(new Freshness(status, last));
      b.quality(
          quality != null ? worstQuality(refs.stream().map(quality).toList()) : fromRuns(recent));
      return b.build();
    }

    private String upstreamPort(String upstreamId, InputPort in) {
      Optional<DataProduct> up = catalog.latest(upstreamId);
      if (up.isPresent()) {
        for (OutputPort port : up.get().outputPorts()) {
          if (port.contractId().filter(in.contractId()::equals).isPresent()) {
            return port.name();
          }
        }
        if (up.get().outputPorts().size() == 1) {
          return up.get().outputPorts().get(0).name();
        }
      }
      return in.name();
    }
  }

  private static final List<FreshnessStatus> FRESHNESS_WORST_FIRST =
      List.of(
          FreshnessStatus.STALE, FreshnessStatus.LATE, FreshnessStatus.UNKNOWN, FreshnessStatus.OK);

  private static final List<QualityState> QUALITY_WORST_FIRST =
      List.of(
          QualityState.FAILED,
          QualityState.WARNING,
          QualityState.NOT_EVALUATED,
          QualityState.PASSED);

  private static FreshnessStatus worstFreshness(List<FreshnessStatus> statuses) {
    if (statuses.isEmpty()) {
      return FreshnessStatus.UNKNOWN;
    }
    for (FreshnessStatus s : FRESHNESS_WORST_FIRST) {
      if (statuses.contains(s)) {
        return s;
      }
    }
    return FreshnessStatus.UNKNOWN;
  }

  private static QualityState worstQuality(List<QualityState> states) {
    if (states.isEmpty()) {
      return QualityState.NOT_EVALUATED;
    }
    for (QualityState s : QUALITY_WORST_FIRST) {
      if (states.contains(s)) {
        return s;
      }
    }
    return QualityState.NOT_EVALUATED;
  }

  private static QualityState fromRuns(List<PublishRun> newestFirst) {
    if (newestFirst.isEmpty()) {
      return QualityState.NOT_EVALUATED;
    }
    return switch (newestFirst.get(0).outcome()) {
      case SUCCEEDED -> QualityState.PASSED;
      case PARTIAL -> QualityState.WARNING;
      case FAILED -> QualityState.FAILED;
    };
  }
}
