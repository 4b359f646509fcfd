package dev.meshsdk.observability.report;

import dev.meshsdk.contracts.DataContract;
import dev.meshsdk.contracts.DataContracts;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** A small mesh of eight products in four domains, used by the report tests. */
final class SampleMesh {
  static final Instant GENERATED = Instant.parse("2026-11-25T12:00:00Z");

  /** The hostile description of {@code audit-log}: must show as text, never run. */
  static final String HOSTILE =
      "<script>window.__pwned = true</script><img src=x onerror=\"window.__pwned = 1\"> & 'quotes'";

  static final DataContract ORDERS_CONTRACT =
      DataContracts.parse(
          """
          apiVersion: v3.1.0
          kind: DataContract
          id: orders-contract
          name: Orders
          version: 2.1.0
          status: active
          schema:
            - name: orders
              description: One row per placed order.
              properties:
                - name: order_id
                  logicalType: string
                  required: true
                  primaryKey: true
                  classification: public
                  description: Order number.
                  logicalTypeOptions: {pattern: '^ORD-[0-9]{8}$'}
                - name: email
                  logicalType: string
                  classification: pii
                  description: Buyer's e-mail.
                  logicalTypeOptions: {format: email}
                - name: amount
                  logicalType: number
                  physicalType: DECIMAL(9,2)
                  required: true
                  logicalTypeOptions: {minimum: 0}
                - name: placed_at
                  logicalType: timestamp
                  required: true
                - name: lines
                  logicalType: array
                  logicalTypeOptions: {minItems: 1}
                  items:
                    logicalType: object
                    properties:
                      - {name: sku, logicalType: string, required: true, logicalTypeOptions: {maxLength: 18}}
                      - {name: qty, logicalType: integer, logicalTypeOptions: {minimum: 1}}
          """);

  static final DataContract SIMPLE_CONTRACT =
      DataContracts.parse(
          """
          apiVersion: v3.1.0
          kind: DataContract
          id: simple
          version: 1.0.0
          status: active
          schema:
            - name: rows
              properties:
                - {name: id, logicalType: string, required: true}
                - {name: value, logicalType: number}
          """);

  private SampleMesh() {}

  static ReportProduct.Builder product(String id, String domain, String... upstream) {
    ReportProduct.Builder b =
        ReportProduct.builder()
            .id(id)
            .name(Character.toUpperCase(id.charAt(0)) + id.substring(1).replace('-', ' '))
            .domain(domain)
            .version("1.0.0")
            .owner("team-" + domain)
            .status("production")
            .outputPort(ReportOutputPort.of(id, SIMPLE_CONTRACT, "rows"));
    for (String u : upstream) {
      b.inputPort(u, u);
    }
    return b;
  }

  /** Eight products; nine dependencies; {@code audit-log} has no ports. */
  static MeshReportModel model() {
    return MeshReportModel.builder()
        .title("Acme data mesh")
        .generatedAt(GENERATED)
        .product(
            product("orders", "sales")
                .description("Every order placed in the web shop.")
                .tag("gold")
                .tag("orders")
                .slaTarget("latency", "\u2264 15 min")
                .slaTarget("frequency", "hourly")
                .freshness(Freshness.of(FreshnessStatus.OK, GENERATED.minusSeconds(1500)))
                .quality(QualityState.PASSED)
                .outputPorts(List.of(ReportOutputPort.of("orders", ORDERS_CONTRACT, "orders")))
                .consumer(ReportConsumer.of("finance-bi", "finance", "Revenue reporting"))
                .consumer(ReportConsumer.of("logistics-ops", "logistics", "Shipment planning"))
                .recentRun(
                    PublishRun.builder()
                        .runId("run-0002")
                        .startedAt(GENERATED.minusSeconds(1500))
                        .duration(Duration.ofMillis(4200))
                        .offered(1000)
                        .written(990)
                        .rejected(10)
                        .rejectedByRule("orders.order_id.pattern", 7)
                        .rejectedByRule("orders.amount.minimum", 3)
                        .outcome(RunOutcome.PARTIAL)
                        .build())
                .recentRun(
                    PublishRun.builder()
                        .runId("run-0001")
                        .startedAt(GENERATED.minusSeconds(5100))
                        .duration(Duration.ofSeconds(3))
                        .offered(800)
                        .written(800)
                        .outcome(RunOutcome.SUCCEEDED)
                        .build())
                .build())
        .product(
            product("customers", "sales")
                .freshness(Freshness.of(FreshnessStatus.LATE, GENERATED.minusSeconds(7200)))
                .quality(QualityState.WARNING)
                .build())
        .product(
            product("shipments", "logistics", "orders")
                .freshness(Freshness.of(FreshnessStatus.STALE, GENERATED.minusSeconds(90_000)))
                .quality(QualityState.FAILED)
                .build())
        .product(product("returns", "logistics", "shipments", "orders").build())
        .product(
            product("revenue", "finance", "orders", "customers")
                .freshness(Freshness.of(FreshnessStatus.OK, GENERATED.minusSeconds(600)))
                .quality(QualityState.PASSED)
                .build())
        .product(product("invoices", "finance", "orders", "revenue").build())
        .product(product("segments", "marketing", "customers", "revenue").build())
        .product(
            ReportProduct.builder()
                .id("audit-log")
                .name("Audit log")
                .domain("platform")
                .version("0.1.0")
                .owner("team-platform")
                .status("draft")
                .description(HOSTILE)
                .build())
        .build();
  }

  /** The dependencies of {@link #model()}, as (upstream, downstream). */
  static final List<List<String>> EDGES =
      List.of(
          List.of("orders", "shipments"),
          List.of("shipments", "returns"),
          List.of("orders", "returns"),
          List.of("orders", "revenue"),
          List.of("customers", "revenue"),
          List.of("orders", "invoices"),
          List.of("revenue", "invoices"),
          List.of("customers", "segments"),
          List.of("revenue", "segments"));
}
