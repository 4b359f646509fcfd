package dev.meshsdk.samples;

import dev.meshsdk.contracts.DataContract;
import dev.meshsdk.contracts.DataContracts;
import dev.meshsdk.contracts.Violation;
import dev.meshsdk.core.AccessDeniedException;
import dev.meshsdk.core.ConsumerIdentity;
import dev.meshsdk.core.DataProduct;
import dev.meshsdk.core.DataProducts;
import dev.meshsdk.core.Mesh;
import dev.meshsdk.core.OutputPort;
import dev.meshsdk.core.catalog.Catalog;
import dev.meshsdk.core.catalog.InMemoryCatalog;
import dev.meshsdk.core.governance.Finding;
import dev.meshsdk.core.governance.GovernanceException;
import dev.meshsdk.core.governance.GovernanceReport;
import dev.meshsdk.core.publish.DeadLetterSink;
import dev.meshsdk.core.publish.InMemorySink;
import dev.meshsdk.core.publish.JsonLinesDeadLetterSink;
import dev.meshsdk.core.publish.PortRef;
import dev.meshsdk.core.publish.PublishOutcome;
import dev.meshsdk.core.publish.Publisher;
import dev.meshsdk.observability.lineage.JsonLinesFileTransport;
import dev.meshsdk.observability.lineage.LineageEmitter;
import dev.meshsdk.observability.lineage.LineageListener;
import dev.meshsdk.observability.report.FreshnessStatus;
import dev.meshsdk.observability.report.MeshReport;
import dev.meshsdk.observability.report.MeshReportModel;
import dev.meshsdk.observability.report.MeshReports;
import dev.meshsdk.observability.report.PublishRunRecorder;
import dev.meshsdk.observability.sla.SlaMonitor;
import dev.meshsdk.observability.telemetry.MeshTelemetry;
import dev.meshsdk.samples.customers.CustomerDirectory;
import dev.meshsdk.samples.customers.CustomersProduct;
import dev.meshsdk.samples.finance.RevenueLedger;
import dev.meshsdk.samples.finance.RevenueProduct;
import dev.meshsdk.samples.orders.OrderService;
import dev.meshsdk.samples.orders.OrdersProduct;
import dev.meshsdk.samples.recommendations.RecommendationsProduct;
import dev.meshsdk.samples.recommendations.Recommender;
import dev.meshsdk.testkit.generate.InvalidRecord;
import dev.meshsdk.testkit.generate.RecordGenerator;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The README's demo: an e-commerce data mesh of four domains in one run. It registers the products
 * through governance (one is refused, then fixed), publishes generated data with a few bad records
 * per port, shows what was rejected and why, checks who may read what, and writes the ODPS
 * descriptors, ODCS contracts, OpenLineage events, dead letters and an HTML mesh report.
 *
 * <p>The mesh has the listeners a real service would register: a {@link LineageListener} emitting
 * through a {@link LineageEmitter} to {@code lineage.jsonl}, a {@link PublishRunRecorder} and an
 * {@link SlaMonitor} (freshness against each contract's SLA) for the {@link MeshReports report},
 * and {@link MeshTelemetry} for spans and metrics through the application's OpenTelemetry (the noop
 * implementation here, as the demo installs no SDK).
 *
 * <p>Run with {@code ./mvnw -q -pl samples -am package exec:java -DskipTests}; the files go to the
 * folder named by the system property {@code meshsdk.demo.output} (default {@code
 * target/mesh-demo}).
 */
public final class MeshDemo {
  /** The seed of all generated data: every run gives the same mesh. */
  static final long SEED = 8;

  private static final int CUSTOMERS = 12;
  private static final int ORDERS = 40;
  private static final int INVALID_PER_PORT = 3;
  private static final List<String> PREFERRED_RULES =
      List.of(
          "pattern", "format", "minimum", "maximum", "validValues", "minItems", "required", "type");

  private final PrintStream out;
  private final Path output;
  private final List<String[]> rejections = new ArrayList<>();
  private final List<String[]> published = new ArrayList<>();

  /**
   * A demo writing to a console and a folder.
   *
   * @param out where the summary goes
   * @param outputDirectory where the files go; created if missing, the demo's own files replaced
   */
  public MeshDemo(PrintStream out, Path outputDirectory) {
    this.out = out;
    this.output = outputDirectory;
  }

  /**
   * Runs the demo.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Path output = Path.of(System.getProperty("meshsdk.demo.output", "target/mesh-demo"));
    new MeshDemo(System.out, output).run();
  }

  /**
   * Runs the demo.
   *
   * @return the report's index page
   */
  public Path run() {
    clean();
    Catalog catalog = new InMemoryCatalog();
    PublishRunRecorder runs = PublishRunRecorder.create();
    MeshReportModel report;
    // Closing the lineage emitter delivers its buffered events to lineage.jsonl: all listeners and
    // files are closed before the demo counts the files.
    try (SlaMonitor sla = SlaMonitor.builder().build();
        MeshTelemetry telemetry =
            MeshTelemetry.builder().build(); // GlobalOpenTelemetry.getOrNoop()
        LineageEmitter lineage =
            LineageEmitter.start(JsonLinesFileTransport.open(output.resolve("lineage.jsonl")));
        JsonLinesDeadLetterSink<Map<String, ?>> deadLetterFile =
            JsonLinesDeadLetterSink.open(output.resolve("dead-letters.jsonl"))) {
      Mesh mesh =
          Mesh.builder()
              .catalog(catalog)
              .governance(MeshGovernance.governance())
              .listener(runs)
              .listener(sla)
              .listener(telemetry)
              .listener(LineageListener.builder(lineage).catalog(catalog).build())
              .build();
      DeadLetterSink<Map<String, ?>> deadLetters = letters -> record(deadLetterFile, letters);

      heading("meshsdk demo: an e-commerce data mesh");
      governance();
      List<DataProduct> products = register(mesh);
      products.forEach(p -> watch(sla, p));
      Map<String, InMemorySink<Map<String, ?>>> data = publish(mesh, deadLetters);
      access(mesh, data);
      writeDescriptors(products);
      report = report(catalog, runs, sla);
    }
    return finish(report);
  }

  // ---------------------------------------------------------------- governance and registration

  private void governance() {
    section("Governance");
    row2(
        "organisation",
        MeshGovernance.organisation().rules().size()
            + " rules: recommended,"
            + " kebab-case product ids and port names BLOCKING");
    row2("customers", "+ ids 'customer-*', support BLOCKING, customers.personal-data-purpose");
  }

  private List<DataProduct> register(Mesh mesh) {
    section("1. Register the products through governance");
    DataProduct draft = CustomersProduct.draft();
    try {
      mesh.register(draft);
      out.println("  (the draft was unexpectedly accepted)");
    } catch (GovernanceException e) {
      out.println("  REFUSED " + draft.id() + " " + draft.version().orElse("") + " (first draft):");
      for (Finding f : e.report().findings()) {
        out.printf("    %-8s %-31s %s%n", f.severity(), f.ruleId(), f.place());
        for (String line : wrap(f.message(), 84)) {
          out.println("      " + line);
        }
      }
      out.println(
          "  Fixed: port renamed 'customer-profiles', RESTRICTED to named consumers and"
              + " purposes.");
    }
    List<DataProduct> products =
        List.of(
            CustomersProduct.declare(),
            OrdersProduct.declare(),
            RecommendationsProduct.declare(),
            RevenueProduct.declare());
    out.println();
    out.printf(
        "  %-24s %-16s %-8s %-10s %s%n", "product", "domain", "version", "declared", "governance");
    for (DataProduct p : products) {
      GovernanceReport report = mesh.register(p);
      String how = p.id().equals(OrdersProduct.ID) ? "annotated" : "builder";
      out.printf(
          "  %-24s %-16s %-8s %-10s %s%n",
          p.id(),
          p.domain().orElse(""),
          p.version().orElse(""),
          how,
          report.findings().isEmpty()
              ? "registered"
              : "registered, " + report.findings().size() + " warning(s)");
    }
    return products;
  }

  // ---------------------------------------------------------------- publishing

  private Map<String, InMemorySink<Map<String, ?>>> publish(
      Mesh mesh, DeadLetterSink<Map<String, ?>> deadLetters) {
    section("2. Publish generated data, with " + INVALID_PER_PORT + " bad records per port");
    Map<String, InMemorySink<Map<String, ?>>> sinks = new java.util.LinkedHashMap<>();

    CustomerDirectory directory = new CustomerDirectory(CustomersProduct.contract(), SEED);
    List<Map<String, @Nullable Object>> profiles = directory.profiles(CUSTOMERS);
    sinks.put(
        CustomersProduct.ID,
        publish(
            mesh,
            CustomersProduct.declare(),
            CustomersProduct.PORT,
            profiles,
            directory.generator(),
            deadLetters));

    List<String> customerIds =
        profiles.stream().map(p -> String.valueOf(p.get("customer_id"))).toList();
    OrderService orders = new OrderService(OrdersProduct.contract(), SEED);
    sinks.put(
        OrdersProduct.ID,
        publish(
            mesh,
            OrdersProduct.declare(),
            OrdersProduct.PORT,
            orders.placeOrders(ORDERS, customerIds),
            orders.generator(),
            deadLetters));

    // The recommendation engine reads its inputs through access-checked readers.
    ConsumerIdentity engine =
        ConsumerIdentity.of(RecommendationsProduct.CONSUMER, "recommendations", "personalisation");
    List<Map<String, ?>> orderEvents =
        read(mesh, OrdersProduct.ID, OrdersProduct.PORT, engine, sinks);
    List<Map<String, ?>> customerProfiles =
        read(mesh, CustomersProduct.ID, CustomersProduct.PORT, engine, sinks);
    sinks.put(
        RecommendationsProduct.ID,
        publish(
            mesh,
            RecommendationsProduct.declare(),
            RecommendationsProduct.PORT,
            new Recommender().recommend(orderEvents, customerProfiles),
            RecordGenerator.of(
                RecommendationsProduct.contract(), RecommendationsProduct.SCHEMA_OBJECT),
            deadLetters));

    ConsumerIdentity revenueJob =
        ConsumerIdentity.of(RevenueProduct.CONSUMER, "finance", "revenue-reporting");
    sinks.put(
        RevenueProduct.ID,
        publish(
            mesh,
            RevenueProduct.declare(),
            RevenueProduct.PORT,
            new RevenueLedger()
                .book(read(mesh, OrdersProduct.ID, OrdersProduct.PORT, revenueJob, sinks)),
            RecordGenerator.of(RevenueProduct.contract(), RevenueProduct.SCHEMA_OBJECT),
            deadLetters));

    out.printf("  %-42s %7s %7s %8s%n", "product/port", "offered", "written", "rejected");
    for (String[] row : published) {
      out.printf("  %-42s %7s %7s %8s%n", (Object[]) row);
    }
    out.println();
    out.println(
        "  Rejected records (rule at path; the records themselves are in dead-letters.jsonl):");
    for (String[] r : rejections) {
      out.printf("    %-42s %-12s at %s%n", (Object[]) r);
    }
    return sinks;
  }

  private InMemorySink<Map<String, ?>> publish(
      Mesh mesh,
      DataProduct product,
      String port,
      List<? extends Map<String, ?>> valid,
      RecordGenerator<Map<String, @Nullable Object>> generator,
      DeadLetterSink<Map<String, ?>> deadLetters) {
    InMemorySink<Map<String, ?>> sink = new InMemorySink<>();
    Publisher<Map<String, ?>> publisher =
        mesh.publisher(product, port).sink(sink).deadLetters(deadLetters).build();
    List<Map<String, ?>> batch = new ArrayList<>(valid);
    int at = 1;
    for (InvalidRecord bad : distinctRules(generator.invalidRecords())) {
      batch.add(Math.min(at, batch.size()), bad.record());
      at += 4;
    }
    PublishOutcome.Completed done = publisher.publish(batch).orThrow();
    published.add(
        new String[] {
          product.id() + "/" + port,
          String.valueOf(done.counts().offered()),
          String.valueOf(done.counts().written()),
          String.valueOf(done.counts().rejected())
        });
    return sink;
  }

  /** A few invalid records, each breaking a different rule, the most telling rules first. */
  private static List<InvalidRecord> distinctRules(List<InvalidRecord> all) {
    List<InvalidRecord> sorted = new ArrayList<>(all);
    sorted.sort(Comparator.comparingInt(r -> preference(r.rule())));
    Set<String> rules = new LinkedHashSet<>();
    Set<String> paths = new LinkedHashSet<>();
    List<InvalidRecord> out = new ArrayList<>();
    for (InvalidRecord r : sorted) {
      if (out.size() < INVALID_PER_PORT && !paths.contains(r.path()) && rules.add(r.rule())) {
        paths.add(r.path());
        out.add(r);
      }
    }
    return out;
  }

  private static int preference(String rule) {
    int i = PREFERRED_RULES.indexOf(rule);
    return i < 0 ? PREFERRED_RULES.size() : i;
  }

  private static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(line.length() > 0 ? " " : "").append(word);
    }
    lines.add(line.toString());
    return lines;
  }

  private void record(
      DeadLetterSink<Map<String, ?>> file,
      List<? extends dev.meshsdk.core.publish.DeadLetter<? extends Map<String, ?>>> letters) {
    file.write(letters);
    for (var letter : letters) {
      for (Violation v : letter.violations()) {
        rejections.add(
            new String[] {
              letter.port().productId() + "/" + letter.port().portName(), v.rule(), v.path()
            });
      }
    }
  }

  private static List<Map<String, ?>> read(
      Mesh mesh,
      String productId,
      String port,
      ConsumerIdentity consumer,
      Map<String, InMemorySink<Map<String, ?>>> sinks) {
    mesh.catalog().registerConsumer(productId, port, consumer);
    InMemorySink<Map<String, ?>> sink = sinks.get(productId);
    return mesh.reader(productId, port, consumer).<Map<String, ?>>read(sink::snapshot).toList();
  }

  // ---------------------------------------------------------------- access control

  private void access(Mesh mesh, Map<String, InMemorySink<Map<String, ?>>> data) {
    section("3. Who may read customer profiles (personal data)");
    ConsumerIdentity engine =
        ConsumerIdentity.of(RecommendationsProduct.CONSUMER, "recommendations", "personalisation");
    ConsumerIdentity newsletter = ConsumerIdentity.of("newsletter-tool", "marketing", "newsletter");
    for (ConsumerIdentity who : List.of(engine, newsletter)) {
      String name =
          who.consumerId()
              + " ("
              + who.domain().orElse("-")
              + ", "
              + who.purpose().orElse("-")
              + ")";
      try {
        long n =
            mesh.reader(CustomersProduct.ID, CustomersProduct.PORT, who)
                .read(data.get(CustomersProduct.ID)::snapshot)
                .count();
        out.printf("  %-8s %-48s read %d profiles%n", "ALLOWED", name, n);
      } catch (AccessDeniedException e) {
        out.printf("  %-8s %s%n", "DENIED", name);
        for (String line : wrap(e.decision().reason(), 84)) {
          out.println("           " + line);
        }
      }
    }
  }

  // ---------------------------------------------------------------- files and report

  private void writeDescriptors(List<DataProduct> products) {
    try {
      Path productDir = Files.createDirectories(output.resolve("products"));
      Path contractDir = Files.createDirectories(output.resolve("contracts"));
      for (DataProduct p : products) {
        Files.writeString(productDir.resolve(p.id() + ".odps.yaml"), DataProducts.toOdpsYaml(p));
        for (OutputPort port : p.outputPorts()) {
          DataContract c = port.contract().orElseThrow();
          Files.writeString(
              contractDir.resolve(p.id() + "." + port.name() + ".odcs.yaml"),
              DataContracts.toYaml(c));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Path finish(MeshReportModel report) {
    Path index = MeshReport.write(report, output.resolve("report"));
    section("4. Files");
    int products = (int) count("products");
    file("products", products, "ODPS descriptors", "products/*.odps.yaml");
    file("contracts", count("contracts"), "ODCS contracts", "contracts/*.odcs.yaml");
    file("lineage", lines("lineage.jsonl"), "OpenLineage events", "lineage.jsonl");
    file("dead letters", lines("dead-letters.jsonl"), "rejected records", "dead-letters.jsonl");
    file("report", products, "product pages", "report/index.html");
    out.printf(
        "  %-13s %3s %-19s %s%n",
        "telemetry",
        "",
        "spans and metrics",
        "to the application's OpenTelemetry (noop when none is installed)");
    out.println();
    out.println("Report: " + index.toAbsolutePath().normalize());
    return index;
  }

  /** Watches the freshness of every output port of a product against its contract's SLA. */
  private static void watch(SlaMonitor sla, DataProduct product) {
    for (OutputPort port : product.outputPorts()) {
      DataContract contract = port.contract().orElseThrow();
      sla.watch(
          PortRef.builder()
              .domain(product.domain().orElseThrow())
              .productId(product.id())
              .productVersion(product.version().orElseThrow())
              .portName(port.name())
              .contractId(contract.id())
              .contractVersion(contract.version())
              .build(),
          contract);
    }
  }

  /** The mesh report: the catalog's products, their recent runs and their SLA freshness. */
  static MeshReportModel report(Catalog catalog, PublishRunRecorder runs, SlaMonitor sla) {
    return MeshReports.from(catalog)
        .title("Acme e-commerce data mesh")
        .runs(runs)
        .freshness(
            port ->
                sla.status(port).map(f -> freshness(f.status())).orElse(FreshnessStatus.UNKNOWN))
        .build();
  }

  private static FreshnessStatus freshness(dev.meshsdk.observability.sla.FreshnessStatus status) {
    return switch (status) {
      case OK -> FreshnessStatus.OK;
      case LATE -> FreshnessStatus.LATE;
      case STALE -> FreshnessStatus.STALE;
      case UNKNOWN -> FreshnessStatus.UNKNOWN;
    };
  }

  // ---------------------------------------------------------------- console and files

  private void clean() {
    try {
      Files.createDirectories(output);
      for (String name :
          List.of("lineage.jsonl", "dead-letters.jsonl", "dead-letters.jsonl.committed")) {
        Files.deleteIfExists(output.resolve(name));
      }
      for (String dir : List.of("products", "contracts", "report")) {
        Path d = output.resolve(dir);
        if (Files.isDirectory(d)) {
          try (Stream<Path> files = Files.walk(d)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
              Files.delete(f);
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private long count(String dir) {
    try (Stream<Path> files = Files.list(output.resolve(dir))) {
      return files.count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private long lines(String file) {
    try (Stream<String> lines = Files.lines(output.resolve(file))) {
      return lines.filter(l -> !l.isBlank()).count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void heading(String text) {
    out.println(text);
    out.println("=".repeat(text.length()));
  }

  private void section(String text) {
    out.println();
    out.println(text);
  }

  private void file(String label, long n, String what, String where) {
    out.printf("  %-13s %3d %-19s %s%n", label, n, what, where);
  }

  private void row2(String label, String value) {
    out.printf("  %-13s %s%n", label, value);
  }
}
