package dev.meshsdk.observability.lineage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshsdk.contracts.DataContract;
import dev.meshsdk.contracts.DataContracts;
import dev.meshsdk.contracts.Team;
import dev.meshsdk.core.AccessPolicy;
import dev.meshsdk.core.DataProduct;
import dev.meshsdk.core.InputPort;
import dev.meshsdk.core.Mesh;
import dev.meshsdk.core.OutputPort;
import dev.meshsdk.core.ProductDescription;
import dev.meshsdk.core.publish.FunctionSink;
import dev.meshsdk.core.publish.InMemoryDeadLetterSink;
import dev.meshsdk.core.publish.InMemorySink;
import dev.meshsdk.core.publish.PublishOutcome;
import dev.meshsdk.core.publish.Publisher;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A real {@link Mesh} with products registered and records published, seen through lineage. */
class LineageListenerTest {
  static final DataContract STATS =
      DataContracts.parse(
          """
          apiVersion: v3.1.0
          kind: DataContract
          id: order-stats-contract
          version: 1.0.0
          status: active
          team: {name: analytics-team}
          schema:
            - name: daily
              properties:
                - {name: day, logicalType: date, required: true}
                - {name: orders, logicalType: integer, required: true}
          """);

  static final DataProduct ORDERS =
      DataProduct.builder()
          .id("orders")
          .domain("sales")
          .version("1.0.0")
          .description(ProductDescription.of("Every order placed in the web shop."))
          .owner(Team.builder().name("orders-team").build())
          .supportChannel("chat", "https://chat.example.com/orders")
          .outputPort(
              OutputPort.builder()
                  .name("orders")
                  .contract(Fixtures.CONTRACT)
                  .schemaObject("orders")
                  .location("kafka://broker:9092/orders")
                  .access(AccessPolicy.restricted().domain("analytics").build())
                  .build())
          .build();

  static final DataProduct ORDER_STATS =
      DataProduct.builder()
          .id("order-stats")
          .domain("analytics")
          .version("1.0.0")
          .owner(Team.builder().name("analytics-team").build())
          .supportChannel("chat", "https://chat.example.com/stats")
          .inputPort(
              InputPort.builder()
                  .name("orders")
                  .upstreamProduct("orders")
                  .contract("orders-contract", "1.2.0")
                  .build())
          .outputPort(
              OutputPort.builder().name("daily").contract(STATS).schemaObject("daily").build())
          .build();

  InMemoryTransport transport;
  LineageEmitter emitter;
  Mesh mesh;
  UUID ordersRun;
  UUID statsRun;

  @BeforeEach
  void runMesh() {
    transport = new InMemoryTransport();
    emitter = LineageEmitter.start(transport);
    mesh =
        Mesh.builder()
            .listener(LineageListener.builder(emitter).jobNamespace("shop").build())
            .build();
    mesh.register(ORDERS);
    mesh.register(ORDER_STATS);
    Publisher<Map<String, ?>> orders =
        mesh.publisher(ORDERS, "orders")
            .sink(new InMemorySink<>())
            .deadLetters(new InMemoryDeadLetterSink<>())
            .build();
    Map<String, Object> invalid = new HashMap<>();
    invalid.put("email", Fixtures.SECRET_EMAIL);
    invalid.put("amount", 7);
    PublishOutcome outcome =
        orders.publish(
            List.of(
                Map.of("order_id", "ORD-SECRET-1", "email", Fixtures.SECRET_EMAIL, "amount", 12.5),
                invalid));
    ordersRun = outcome.run().runId();
    Publisher<Map<String, ?>> stats =
        mesh.publisher(ORDER_STATS, "daily")
            .sink(
                FunctionSink.of(
                    batch -> {
                      throw new IllegalStateException("disk full");
                    }))
            .deadLetters(new InMemoryDeadLetterSink<>())
            .build();
    statsRun = stats.publish(Map.of("day", "2026-11-25", "orders", 1)).run().runId();
    assertThat(emitter.flush(Duration.ofSeconds(30))).isTrue();
  }

  @AfterEach
  void close() {
    emitter.close();
  }

  @Test
  void everyEventValidatesAgainstTheOfficialSchemas() {
    OpenLineageSchemas schemas = OpenLineageSchemas.load();
    assertThat(transport.json()).hasSize(8);
    for (String json : transport.json()) {
      assertThat(schemas.validate(json)).as(json).isEmpty();
    }
  }

  @Test
  void aPublishRunStartsAndCompletesUnderThePublishersRunId() {
    List<JsonNode> runs = runEvents(ordersRun);

    assertThat(runs)
        .extracting(e -> e.path("eventType").asString())
        .containsExactly("START", "COMPLETE");
    JsonNode complete = runs.get(1);
    assertThat(complete.path("job").path("namespace").asString()).isEqualTo("shop");
    assertThat(complete.path("job").path("name").asString()).isEqualTo("sales.orders.orders");
    JsonNode output = complete.path("outputs").get(0);
    assertThat(output.path("namespace").asString()).isEqualTo("kafka://broker:9092");
    assertThat(output.path("name").asString()).isEqualTo("orders");
    assertThat(output.path("facets").propertyNames())
        .contains("schema", "version", "documentation", "ownership", "dataSource")
        .contains("dataQualityMetrics");
    assertThat(output.path("facets").path("version").path("datasetVersion").asString())
        .isEqualTo("1.2.0");
    assertThat(output.path("facets").path("dataQualityMetrics").path("rowCount").asLong())
        .isEqualTo(1);
    JsonNode validation = complete.path("run").path("facets").path("meshsdk_validation");
    assertThat(validation.path("recordsOffered").asLong()).isEqualTo(2);
    assertThat(validation.path("recordsWritten").asLong()).isEqualTo(1);
    assertThat(validation.path("recordsRejected").asLong()).isEqualTo(1);
    assertThat(validation.path("rejectedByRule").propertyNames()).isNotEmpty();
    assertThat(runs.get(0).path("run").path("facets").has("meshsdk_validation")).isFalse();
  }

  @Test
  void aFailedPublishEndsInFailWithTheErrorAndTheUpstreamAsInput() {
    List<JsonNode> runs = runEvents(statsRun);

    assertThat(runs)
        .extracting(e -> e.path("eventType").asString())
        .containsExactly("START", "FAIL");
    JsonNode fail = runs.get(1);
    assertThat(fail.path("job").path("name").asString()).isEqualTo("analytics.order-stats.daily");
    assertThat(fail.path("run").path("facets").path("errorMessage").path("message").asString())
        .contains("the sink failed to write 1 records")
        .endsWith(": java.lang.IllegalStateException")
        .doesNotContain("disk full");
    JsonNode input = fail.path("inputs").get(0);
    assertThat(input.path("namespace").asString()).isEqualTo("kafka://broker:9092");
    assertThat(input.path("name").asString()).isEqualTo("orders");
    JsonNode output = fail.path("outputs").get(0);
    assertThat(output.path("namespace").asString()).isEqualTo("meshsdk://analytics/order-stats");
    assertThat(output.path("name").asString()).isEqualTo("daily");
  }

  @Test
  void registrationEmitsTheStaticLineageWithALifecycleChange() {
    List<JsonNode> all = all();
    List<JsonNode> jobEvents =
        all.stream().filter(e -> !e.has("eventType") && e.has("job")).toList();
    List<JsonNode> datasetEvents = all.stream().filter(e -> e.has("dataset")).toList();

    assertThat(jobEvents)
        .extracting(e -> e.path("job").path("name").asString())
        .containsExactly("sales.orders.orders", "analytics.order-stats.daily");
    assertThat(jobEvents.get(1).path("inputs").get(0).path("name").asString()).isEqualTo("orders");
    assertThat(datasetEvents)
        .extracting(
            e ->
                e.path("dataset")
                    .path("facets")
                    .path("lifecycleStateChange")
                    .path("lifecycleStateChange")
                    .asString())
        .containsExactly("CREATE", "CREATE");
  }

  @Test
  void aNewContractVersionIsAnAlterOfTheDataset() {
    transport.clear();
    DataContract v2 = Fixtures.CONTRACT.toBuilder().version("1.3.0").build();
    DataProduct next =
        ORDERS.toBuilder()
            .version("1.1.0")
            .outputPorts(
                List.of(
                    ORDERS.outputPorts().get(0).toBuilder().version("1.3.0").contract(v2).build()))
            .build();
    mesh.register(next);
    assertThat(emitter.flush(Duration.ofSeconds(30))).isTrue();

    JsonNode dataset = all().stream().filter(e -> e.has("dataset")).findFirst().orElseThrow();
    assertThat(
            dataset
                .path("dataset")
                .path("facets")
                .path("lifecycleStateChange")
                .path("lifecycleStateChange")
                .asString())
        .isEqualTo("ALTER");
    assertThat(
            dataset
                .path("dataset")
                .path("facets")
                .path("version")
                .path("datasetVersion")
                .asString())
        .isEqualTo("1.3.0");
  }

  @Test
  void noRecordValueReachesAnyEvent() {
    assertThat(String.join("\n", transport.json()))
        .doesNotContain(Fixtures.SECRET_EMAIL)
        .doesNotContain(Fixtures.EXAMPLE_EMAIL)
        .doesNotContain("ORD-SECRET-1")
        .doesNotContain("2026-11-25\"");
  }

  private List<JsonNode> all() {
    List<JsonNode> out = new ArrayList<>();
    for (String json : transport.json()) {
      out.add(OpenLineageSchemas.JSON.readTree(json));
    }
    return out;
  }

  private List<JsonNode> runEvents(UUID runId) {
    return all().stream()
        .filter(e -> e.path("run").path("runId").asString().equals(runId.toString()))
        .toList();
  }
}
