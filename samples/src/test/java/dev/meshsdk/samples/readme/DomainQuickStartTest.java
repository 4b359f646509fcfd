package dev.meshsdk.samples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshsdk.contracts.DataContract;
import dev.meshsdk.contracts.DataContracts;
import dev.meshsdk.core.AccessPolicy;
import dev.meshsdk.core.ConsumerIdentity;
import dev.meshsdk.core.DataProduct;
import dev.meshsdk.core.Mesh;
import dev.meshsdk.core.OutputPort;
import dev.meshsdk.core.publish.InMemoryDeadLetterSink;
import dev.meshsdk.core.publish.InMemorySink;
import dev.meshsdk.core.publish.PublishOutcome;
import dev.meshsdk.core.publish.Publisher;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The README's quick start for domain service developers, compiled and run. */
class DomainQuickStartTest {
  @Test
  void declaresRegistersPublishesAndReads() {
    // tag::domain[]
    DataContract contract =
        DataContracts.read(Path.of("src/main/resources/contracts/orders.odcs.yaml"));

    DataProduct orders =
        DataProduct.builder()
            .id("orders")
            .domain("orders")
            .version("1.2.0")
            .owner("orders-team")
            .supportChannel("#orders-data", "https://chat.acme.example/orders-data")
            .outputPort(
                OutputPort.builder()
                    .name("order-events")
                    .contract(contract)
                    .schemaObject("order_events")
                    .access(
                        AccessPolicy.restricted()
                            .domain("finance")
                            .purpose("revenue-reporting")
                            .build())
                    .build())
            .build();

    Mesh mesh = Mesh.inMemory(); // recommended governance, in-memory catalog
    mesh.register(orders); // GovernanceException with the report if a rule blocks

    InMemorySink<Map<String, ?>> sink = new InMemorySink<>();
    InMemoryDeadLetterSink<Map<String, ?>> deadLetters = new InMemoryDeadLetterSink<>();
    Publisher<Map<String, ?>> publisher =
        mesh.publisher(orders, "order-events").sink(sink).deadLetters(deadLetters).build();

    Map<String, Object> order =
        Map.of(
            "order_id", "ORD-00000042",
            "customer_id", "c-17",
            "amount", 25.5,
            "currency", "EUR",
            "status", "PAID",
            "created_at", "2026-03-02T10:15:00Z",
            "lines", List.of(Map.of("sku", "SKU-TEA-01", "quantity", 2)));
    Map<String, Object> withoutId = new HashMap<>(order);
    withoutId.remove("order_id");

    PublishOutcome.Completed done = publisher.publish(List.of(order, withoutId)).orThrow();
    System.out.println(
        done.counts().written() + " written, " + done.counts().rejected() + " rejected");
    // 1 written, 1 rejected: the dead letter says rule 'required' at 'order_id'

    long read =
        mesh.reader(
                "orders",
                "order-events",
                ConsumerIdentity.of("revenue-job", "finance", "revenue-reporting"))
            .read(sink::snapshot)
            .count(); // an AccessDeniedException for anyone else
    // end::domain[]

    assertThat(done.counts().written()).isEqualTo(1);
    assertThat(done.counts().rejected()).isEqualTo(1);
    assertThat(deadLetters.snapshot().get(0).violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.rule()).isEqualTo("required");
              assertThat(v.path()).isEqualTo("order_id");
            });
    assertThat(read).isEqualTo(1);
  }
}
