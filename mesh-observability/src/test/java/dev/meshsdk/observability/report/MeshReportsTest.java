package dev.meshsdk.observability.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshsdk.contracts.DataContract;
import dev.meshsdk.contracts.DataContracts;
import dev.meshsdk.contracts.Team;
import dev.meshsdk.core.AccessPolicy;
import dev.meshsdk.core.ConsumerIdentity;
import dev.meshsdk.core.DataProduct;
import dev.meshsdk.core.InputPort;
import dev.meshsdk.core.Mesh;
import dev.meshsdk.core.OutputPort;
import dev.meshsdk.core.ProductDescription;
import dev.meshsdk.core.publish.FunctionSink;
import dev.meshsdk.core.publish.InMemoryDeadLetterSink;
import dev.meshsdk.core.publish.InMemorySink;
import dev.meshsdk.core.publish.Publisher;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A report built from a real {@link Mesh} and the runs a {@link PublishRunRecorder} saw. */
class MeshReportsTest {
  static final DataContract ORDERS_CONTRACT =
      DataContracts.parse(
          """
          apiVersion: v3.1.0
          kind: DataContract
          id: orders-contract
          version: 1.0.0
          status: active
          team: {name: orders-team}
          schema:
            - name: orders
              properties:
                - {name: order_id, logicalType: string, required: true}
                - {name: amount, logicalType: number, logicalTypeOptions: {minimum: 0}}
          """);

  static final DataContract STATS_CONTRACT =
      DataContracts.parse(
          """
          apiVersion: v3.1.0
          kind: DataContract
          id: stats-contract
          version: 1.0.0
          status: active
          schema:
            - name: daily
              properties:
                - {name: orders, logicalType: integer, required: true}
          """);

  static final DataProduct ORDERS =
      DataProduct.builder()
          .id("orders")
          .domain("sales")
          .name("Orders")
          .version("1.0.0")
          .description(ProductDescription.of("Every order placed."))
          .owner(Team.builder().name("orders-team").build())
          .supportChannel("chat", "https://chat.example.com/orders")
          .outputPort(
              OutputPort.builder()
                  .name("orders")
                  .contract(ORDERS_CONTRACT)
                  .schemaObject("orders")
                  .access(AccessPolicy.internal())
                  .build())
          .build();

  static final DataProduct STATS =
      DataProduct.builder()
          .id("order-stats")
          .domain("analytics")
          .version("2.0.0")
          .owner(Team.builder().name("analytics-team").build())
          .supportChannel("chat", "https://chat.example.com/stats")
          .inputPort(
              InputPort.builder()
                  .name("placed")
                  .upstreamProduct("orders")
                  .contract("orders-contract", "1.0.0")
                  .build())
          .outputPort(
              OutputPort.builder()
                  .name("daily")
                  .contract(STATS_CONTRACT)
                  .schemaObject("daily")
                  .build())
          .build();

  static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

  @Test
  void reportListsProductsEdgesConsumersAndRuns() {
    PublishRunRecorder recorder = PublishRunRecorder.create(2);
    Mesh mesh = Mesh.builder().listener(recorder).build();
    mesh.register(ORDERS);
    mesh.register(STATS);
    mesh.catalog()
        .registerConsumer(
            "orders", "orders", ConsumerIdentity.of("stats-job", "analytics", "kpis"));
    Publisher<Map<String, ?>> orders =
        mesh.publisher(ORDERS, "orders")
            .sink(new InMemorySink<>())
            .deadLetters(new InMemoryDeadLetterSink<>())
            .build();
    orders.publish(Map.of("order_id", "o-1", "amount", 3));
    orders.publish(List.of(Map.of("order_id", "o-2", "amount", 4), Map.of("amount", -1)));
    orders.publish(Map.of("order_id", "o-3", "amount", 5));
    mesh.publisher(STATS, "daily")
        .sink(
            FunctionSink.of(
                b -> {
                  throw new IllegalStateException("down");
                }))
        .deadLetters(new InMemoryDeadLetterSink<>())
        .build()
        .publish(Map.of("orders", 3));

    MeshReportModel model =
        MeshReports.from(mesh.catalog())
            .title("Shop mesh")
            .clock(Clock.fixed(NOW, ZoneOffset.UTC))
            .runs(recorder)
            .build();

    assertThat(model.title()).isEqualTo("Shop mesh");
    assertThat(model.generatedAt()).isEqualTo(NOW);
    assertThat(model.products())
        .extracting(ReportProduct::id)
        .containsExactly("order-stats", "orders");
    ReportProduct o = model.product("orders").orElseThrow();
    assertThat(o.name()).isEqualTo("Orders");
    assertThat(o.domain()).isEqualTo("sales");
    assertThat(o.owner()).isEqualTo("orders-team");
    assertThat(o.description()).isEqualTo("Every order placed.");
    assertThat(o.outputPorts()).extracting(ReportOutputPort::name).containsExactly("orders");
    assertThat(o.consumers()).containsExactly(ReportConsumer.of("stats-job", "analytics", "kpis"));
    assertThat(o.recentRuns()).hasSize(2);
    assertThat(o.recentRuns())
        .extracting(PublishRun::outcome)
        .containsExactly(RunOutcome.SUCCEEDED, RunOutcome.PARTIAL);
    assertThat(o.recentRuns().get(1).rejected()).isEqualTo(1);
    assertThat(o.recentRuns().get(1).rejectedByRule()).containsKey("minimum");
    assertThat(o.quality()).isEqualTo(QualityState.PASSED);
    assertThat(o.freshness().status()).isEqualTo(FreshnessStatus.UNKNOWN);
    assertThat(o.freshness().lastPublished()).isPresent();

    ReportProduct s = model.product("order-stats").orElseThrow();
    assertThat(s.inputPorts()).containsExactly(ReportInputPort.of("orders", "orders"));
    assertThat(s.recentRuns()).extracting(PublishRun::outcome).containsExactly(RunOutcome.FAILED);
    assertThat(s.quality()).isEqualTo(QualityState.FAILED);
    assertThat(s.freshness().lastPublished()).isEmpty();

    assertThat(MeshReport.render(model).get(MeshReport.INDEX))
        .contains("order-stats")
        .contains("orders");
  }

  @Test
  void statusFunctionsDecideFreshnessAndQualityWorstPortFirst() {
    Mesh mesh = Mesh.inMemory();
    mesh.register(ORDERS);

    MeshReportModel model =
        MeshReports.from(mesh.catalog())
            .freshness(
                port ->
                    port.portName().equals("orders") ? FreshnessStatus.LATE : FreshnessStatus.OK)
            .quality(port -> QualityState.WARNING)
            .build();

    ReportProduct o = model.product("orders").orElseThrow();
    assertThat(o.freshness().status()).isEqualTo(FreshnessStatus.LATE);
    assertThat(o.freshness().lastPublished()).isEmpty();
    assertThat(o.quality()).isEqualTo(QualityState.WARNING);
    assertThat(o.recentRuns()).isEmpty();
  }
}
