package dev.meshsdk.observability.lineage;

import dev.meshsdk.contracts.DataContract;
import dev.meshsdk.contracts.DataContracts;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A data contract with nested and classified fields, and events about its output port. */
final class Fixtures {
  /** The value of the classified {@code email} field in {@link #RECORDS}. */
  static final String SECRET_EMAIL = "alice.secret@example.com";

  /** An example value of {@code email} in the contract itself. */
  static final String EXAMPLE_EMAIL = "example.secret@example.com";

  static final DataContract CONTRACT =
      DataContracts.parse(
          """
          apiVersion: v3.1.0
          kind: DataContract
          id: orders-contract
          version: 1.2.0
          status: active
          name: orders
          domain: sales
          description:
            purpose: Orders placed in the web shop.
          team:
            name: orders-team
            members:
              - username: jdoe
          schema:
            - name: orders
              physicalType: topic
              description: One record per order.
              properties:
                - name: order_id
                  logicalType: string
                  required: true
                  description: The order's id.
                - name: email
                  logicalType: string
                  classification: restricted
                  description: The customer's e-mail address.
                  examples: ["%s"]
                - name: amount
                  logicalType: number
                  physicalType: DECIMAL(9,2)
                - name: shipping
                  logicalType: object
                  properties:
                    - name: country
                      logicalType: string
                      description: ISO 3166 country code.
                - name: lines
                  logicalType: array
                  items:
                    logicalType: object
                    properties:
                      - name: sku
                        logicalType: string
                      - name: quantity
                        logicalType: integer
                - name: raw
                  physicalType: BYTEA
          """
              .formatted(EXAMPLE_EMAIL));

  static final List<Map<String, Object>> RECORDS =
      List.of(
          Map.of("order_id", "o-1", "email", SECRET_EMAIL, "amount", 12.5),
          Map.of("order_id", "o-2", "email", SECRET_EMAIL, "amount", 12.50),
          Map.of("order_id", "o-3", "amount", 3));

  static final DatasetName OUTPUT = LineageNames.kafka("broker-1:9092,broker-2:9092", "orders.v1");
  static final DatasetName INPUT = LineageNames.postgres("db", 5432, "shop", "public", "orders");
  static final Instant TIME = Instant.parse("2026-11-25T10:15:30.123Z");

  private Fixtures() {}

  static Job job() {
    return Job.of(
        "sales",
        "orders.orders-topic",
        JobTypeJobFacet.meshsdk(JobTypeJobFacet.ProcessingType.SERVICE, "OUTPUT_PORT"),
        DocumentationJobFacet.of("Publishes the orders data product to Kafka."),
        new OwnershipJobFacet(List.of(Owner.of("team:orders-team", "OWNER"))));
  }

  static OutputDataset output() {
    return OutputDataset.builder(OUTPUT)
        .facets(ContractFacets.datasetFacets(CONTRACT, "orders"))
        .facet(DatasourceDatasetFacet.of(OUTPUT))
        .facet(
            DataQualityMetricsDatasetFacet.compute(
                ContractFacets.schemaObject(CONTRACT, "orders"), RECORDS))
        .outputFacet(OutputStatisticsOutputDatasetFacet.of(3))
        .build();
  }

  static MeshsdkValidationRunFacet validation() {
    return MeshsdkValidationRunFacet.builder()
        .recordsOffered(5)
        .recordsWritten(3)
        .recordsRejected(2)
        .rejectedByRule("required", 1)
        .rejectedByRule("pattern", 2)
        .contract("orders-contract", "1.2.0")
        .build();
  }

  static RunEvent complete(UUID runId) {
    return RunEvent.builder()
        .eventType(EventType.COMPLETE)
        .eventTime(TIME)
        .run(runId, validation())
        .job(job())
        .input(InputDataset.of(INPUT, DatasourceDatasetFacet.of(INPUT)))
        .output(output())
        .build();
  }

  static RunEvent start(UUID runId) {
    return RunEvent.builder().eventType(EventType.START).run(runId).job(job()).build();
  }

  static RunEvent fail(UUID runId) {
    return RunEvent.builder()
        .eventType(EventType.FAIL)
        .run(runId, ErrorMessageRunFacet.java("sink orders.v1 unreachable"), validation())
        .job(job())
        .build();
  }

  static JobEvent registered() {
    return JobEvent.builder(job())
        .eventTime(TIME)
        .input(InputDataset.of(INPUT))
        .output(
            OutputDataset.builder(OUTPUT)
                .facets(ContractFacets.datasetFacets(CONTRACT, "orders"))
                .facet(
                    LifecycleStateChangeDatasetFacet.of(
                        LifecycleStateChangeDatasetFacet.Change.CREATE))
                .build())
        .build();
  }

  static DatasetEvent datasetRegistered() {
    List<DatasetFacet> facets =
        new java.util.ArrayList<>(ContractFacets.datasetFacets(CONTRACT, "orders"));
    facets.add(DatasourceDatasetFacet.of(OUTPUT));
    facets.add(
        new LifecycleStateChangeDatasetFacet(
            LifecycleStateChangeDatasetFacet.Change.RENAME,
            java.util.Optional.of(LineageNames.kafka("broker-1:9092", "orders"))));
    return new DatasetEvent(TIME, Lineage.PRODUCER, StaticDataset.of(OUTPUT, facets));
  }

  static List<LineageEvent> allEvents() {
    UUID run = UuidV7.next();
    return List.of(
        start(run), complete(run), fail(UuidV7.next()), registered(), datasetRegistered());
  }
}
