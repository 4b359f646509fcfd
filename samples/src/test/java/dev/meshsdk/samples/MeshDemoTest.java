package dev.meshsdk.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshsdk.contracts.DataContract;
import dev.meshsdk.contracts.DataContracts;
import dev.meshsdk.core.DataProduct;
import dev.meshsdk.core.DataProducts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

class MeshDemoTest {
  private static final List<String> PRODUCTS =
      List.of("orders", "customer-profiles", "product-recommendations", "daily-revenue");
  private static final List<String> JOBS =
      List.of(
          "customers.customer-profiles.customer-profiles",
          "orders.orders.order-events",
          "recommendations.product-recommendations.recommendations",
          "finance.daily-revenue.daily-revenue");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path output;
  static String console;
  static Path index;

  @BeforeAll
  static void runDemo() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    index = new MeshDemo(new PrintStream(bytes, true, StandardCharsets.UTF_8), output).run();
    console = bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void writesOneOdpsDescriptorPerProductThatReadsBack() throws IOException {
    List<Path> files = list(output.resolve("products"));

    assertThat(files).hasSize(PRODUCTS.size());
    for (String id : PRODUCTS) {
      DataProduct p = DataProducts.readOdps(output.resolve("products/" + id + ".odps.yaml"));
      assertThat(p.id()).isEqualTo(id);
      assertThat(p.outputPorts()).hasSize(1);
    }
    assertThat(
            DataProducts.readOdps(output.resolve("products/product-recommendations.odps.yaml"))
                .inputPorts())
        .extracting(in -> in.upstreamProductId().orElseThrow())
        .containsExactly("orders", "customer-profiles");
  }

  @Test
  void writesEveryPortContractAsConformingOdcs() throws IOException {
    List<Path> files = list(output.resolve("contracts"));

    assertThat(files).hasSize(4);
    for (Path f : files) {
      assertThat(f.getFileName().toString()).endsWith(".odcs.yaml");
      DataContract c = DataContracts.read(f);
      assertThat(DataContracts.check(c)).as(f.toString()).isEmpty();
    }
    assertThat(DataContracts.read(output.resolve("contracts/orders.order-events.odcs.yaml")).id())
        .isEqualTo("urn:meshsdk:orders:order-events");
  }

  @Test
  void writesOpenLineageEventsForRegistrationsAndEveryPublishRun() throws IOException {
    List<JsonNode> events = lineage();

    // per output port: a JobEvent and a DatasetEvent on registration, START and COMPLETE per run
    assertThat(events).hasSize(4 * 2 + 4 * 2);
    for (JsonNode event : events) {
      assertThat(event.path("schemaURL").asString())
          .startsWith("https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/");
      assertThat(event.path("producer").asString()).isNotBlank();
      assertThat(event.path("eventTime").asString()).isNotBlank();
    }
    assertThat(events)
        .extracting(MeshDemoTest::kind)
        .containsOnly("JobEvent", "DatasetEvent", "RunEvent");

    List<JsonNode> runs = ofKind(events, "RunEvent");
    assertThat(runs).hasSize(8);
    Map<String, List<String>> typesByRun = new LinkedHashMap<>();
    Map<String, String> jobByRun = new LinkedHashMap<>();
    for (JsonNode run : runs) {
      String runId = run.path("run").path("runId").asString();
      assertThat(runId).hasSize(36);
      typesByRun
          .computeIfAbsent(runId, k -> new ArrayList<>())
          .add(run.path("eventType").asString());
      String job = run.path("job").path("name").asString();
      assertThat(jobByRun.putIfAbsent(runId, job)).as("job of run %s", runId).isIn(null, job);
    }
    assertThat(typesByRun).hasSize(4);
    assertThat(typesByRun.values())
        .allSatisfy(t -> assertThat(t).containsExactly("START", "COMPLETE"));
    assertThat(jobByRun.values()).containsExactlyInAnyOrderElementsOf(JOBS);

    JsonNode recommendations =
        runs.stream()
            .filter(r -> r.path("eventType").asString().equals("COMPLETE"))
            .filter(
                r ->
                    r.path("job")
                        .path("name")
                        .asString()
                        .equals("recommendations.product-recommendations.recommendations"))
            .findFirst()
            .orElseThrow();
    JsonNode validation = recommendations.path("run").path("facets").path("meshsdk_validation");
    assertThat(validation.path("recordsRejected").asInt()).isEqualTo(3);
    assertThat(recommendations.path("inputs")).hasSize(2);
    assertThat(recommendations.toString()).contains("orders.order-events.v1");
  }

  @Test
  void writesTheStaticLineageOfEveryOutputPortWhenItsProductIsRegistered() throws IOException {
    List<JsonNode> jobs = ofKind(lineage(), "JobEvent");

    assertThat(jobs)
        .extracting(j -> j.path("job").path("name").asString())
        .containsExactlyInAnyOrderElementsOf(JOBS);
    for (JsonNode job : jobs) {
      assertThat(job.path("job").path("namespace").asString()).isEqualTo("meshsdk");
      assertThat(job.has("run")).isFalse();
      assertThat(job.path("outputs")).hasSize(1);
      assertThat(job.path("outputs").get(0).path("facets").has("schema")).isTrue();
    }
    JsonNode recommendations =
        jobs.stream()
            .filter(
                j ->
                    j.path("job")
                        .path("name")
                        .asString()
                        .equals("recommendations.product-recommendations.recommendations"))
            .findFirst()
            .orElseThrow();
    JsonNode orders =
        jobs.stream()
            .filter(j -> j.path("job").path("name").asString().equals("orders.orders.order-events"))
            .findFirst()
            .orElseThrow();
    JsonNode customers =
        jobs.stream()
            .filter(
                j ->
                    j.path("job")
                        .path("name")
                        .asString()
                        .equals("customers.customer-profiles.customer-profiles"))
            .findFirst()
            .orElseThrow();
    List<JsonNode> datasets = ofKind(lineage(), "DatasetEvent");
    assertThat(datasets).hasSize(4);
    assertThat(datasets)
        .extracting(d -> d.path("dataset").path("facets").path("lifecycleStateChange"))
        .allSatisfy(c -> assertThat(c.path("lifecycleStateChange").asString()).isEqualTo("CREATE"));
    // the recommendation engine's inputs are the orders and customers output datasets
    assertThat(recommendations.path("inputs"))
        .extracting(MeshDemoTest::dataset)
        .containsExactlyInAnyOrder(
            dataset(orders.path("outputs").get(0)), dataset(customers.path("outputs").get(0)));
  }

  @Test
  void deadLettersHoldTheBadRecordsWithRuleIdsAndTheConsoleShowsNoClassifiedValue()
      throws IOException {
    List<String> lines = Files.readAllLines(output.resolve("dead-letters.jsonl"));

    assertThat(lines).hasSize(12);
    for (String line : lines) {
      JsonNode letter = JSON.readTree(line);
      assertThat(letter.path("reason").asString()).isEqualTo("INVALID");
      assertThat(letter.path("violations")).hasSize(1);
      assertThat(letter.path("violations").get(0).path("rule").asString()).isNotBlank();
      assertThat(letter.path("violations").get(0).path("path").asString()).isNotBlank();
    }
    JsonNode phone =
        lines.stream()
            .map(JSON::readTree)
            .filter(l -> l.path("violations").get(0).path("path").asString().equals("phone"))
            .findFirst()
            .orElseThrow();
    String badPhone = phone.path("record").path("phone").asString();
    assertThat(phone.path("violations").get(0).path("message").asString())
        .contains("(classified value hidden)")
        .doesNotContain(badPhone);
    assertThat(console).doesNotContain(badPhone);
    assertThat(console)
        .containsPattern("customer-profiles/customer-profiles +pattern +at phone")
        .containsPattern("orders/order-events +pattern +at order_id");
  }

  @Test
  void reportIndexListsEveryProduct() throws IOException {
    assertThat(index).isEqualTo(output.resolve("report/index.html"));
    String html = Files.readString(index);
    for (String id : PRODUCTS) {
      assertThat(html).contains(id);
    }
    assertThat(html).contains("Acme e-commerce data mesh");
    // freshness from the SLA monitor: every port has just published within its contract's SLA
    assertThat(html.split(", freshness ok, ", -1)).hasSize(PRODUCTS.size() + 1);
    assertThat(html).doesNotContain(", freshness unknown,");
    assertThat(console)
        .containsPattern(
            "telemetry +spans and metrics +to the application's OpenTelemetry \\(noop when none")
        .endsWith("Report: " + index.toAbsolutePath().normalize() + System.lineSeparator());
  }

  @Test
  void showsTheRefusedDraftThenRegistersEveryProduct() {
    assertThat(console)
        .contains("REFUSED customer-profiles 1.0.0 (first draft):")
        .containsPattern("BLOCKING +personal-data-restricted")
        .containsPattern("BLOCKING +naming.port-name +outputPorts\\[customer_profiles]\\.name")
        .containsPattern("BLOCKING +customers.personal-data-purpose");
    for (String id : PRODUCTS) {
      assertThat(console).containsPattern(id + " .* registered");
    }
  }

  @Test
  void publishesValidRecordsAndRejectsThreeBadOnesPerPort() {
    assertThat(console)
        .containsPattern("customer-profiles/customer-profiles +15 +12 +3")
        .containsPattern("orders/order-events +43 +40 +3")
        .containsPattern("product-recommendations/recommendations +\\d+ +\\d+ +3")
        .containsPattern("daily-revenue/daily-revenue +\\d+ +\\d+ +3");
  }

  @Test
  void allowsThePersonalisationEngineAndDeniesTheNewsletter() {
    assertThat(console)
        .containsPattern("ALLOWED +recommendation-engine \\(recommendations, personalisation\\)")
        .containsPattern("DENIED +newsletter-tool \\(marketing, newsletter\\)")
        .contains("consumer 'newsletter-tool' of domain 'marketing' is neither");
  }

  @Test
  void aSecondRunReplacesTheFilesOfTheFirst() throws IOException {
    new MeshDemo(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), output)
        .run();

    assertThat(Files.readAllLines(output.resolve("dead-letters.jsonl"))).hasSize(12);
    assertThat(Files.readAllLines(output.resolve("lineage.jsonl"))).hasSize(16);
  }

  private static List<JsonNode> lineage() throws IOException {
    return Files.readAllLines(output.resolve("lineage.jsonl")).stream()
        .map(JSON::readTree)
        .toList();
  }

  /** The event's type: the definition its schemaURL points to. */
  private static String kind(JsonNode event) {
    String url = event.path("schemaURL").asString();
    return url.substring(url.lastIndexOf('/') + 1);
  }

  private static List<JsonNode> ofKind(List<JsonNode> events, String kind) {
    return events.stream().filter(e -> kind(e).equals(kind)).toList();
  }

  private static String dataset(JsonNode dataset) {
    return dataset.path("namespace").asString() + "/" + dataset.path("name").asString();
  }

  private static List<Path> list(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.sorted().toList();
    }
  }
}
