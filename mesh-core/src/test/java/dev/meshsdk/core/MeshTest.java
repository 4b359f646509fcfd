package dev.meshsdk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meshsdk.contracts.DataContract;
import dev.meshsdk.contracts.SchemaObject;
import dev.meshsdk.contracts.SchemaProperty;
import dev.meshsdk.core.event.AccessAudited;
import dev.meshsdk.core.event.MeshEvent;
import dev.meshsdk.core.event.ProductRefused;
import dev.meshsdk.core.event.ProductRegistered;
import dev.meshsdk.core.event.PublishCompleted;
import dev.meshsdk.core.governance.GovernanceException;
import dev.meshsdk.core.governance.GovernanceReport;
import dev.meshsdk.core.publish.InMemoryDeadLetterSink;
import dev.meshsdk.core.publish.InMemorySink;
import dev.meshsdk.core.publish.Publisher;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class MeshTest {
  private final List<MeshEvent> events = new CopyOnWriteArrayList<>();
  private final Clock clock = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);
  private final Mesh mesh = Mesh.builder().listener(events::add).clock(clock).build();

  @Test
  void registersAProductThatPassesGovernanceAndTellsListeners() {
    DataProduct product = Fixtures.fullProduct();

    GovernanceReport report = mesh.register(product);

    assertThat(report.isBlocked()).isFalse();
    assertThat(mesh.catalog().get("customer-360", "2.1.0")).contains(product);
    assertThat(events)
        .singleElement()
        .isInstanceOfSatisfying(
            ProductRegistered.class,
            e -> {
              assertThat(e.product()).isEqualTo(product);
              assertThat(e.time()).isEqualTo(clock.instant());
            });
  }

  @Test
  void refusesABlockedProductAndItsPublishers() {
    DataProduct ownerless =
        Fixtures.fullProduct().toBuilder().team(java.util.Optional.empty()).build();

    assertThatThrownBy(() -> mesh.register(ownerless))
        .isInstanceOf(GovernanceException.class)
        .hasMessageContaining("owner-present");
    assertThat(mesh.catalog().versions("customer-360")).isEmpty();
    assertThat(events).singleElement().isInstanceOf(ProductRefused.class);
    assertThatThrownBy(() -> mesh.publisher(ownerless, "orders-per-customer"))
        .isInstanceOf(GovernanceException.class)
        .hasMessageContaining("owner-present");
  }

  @Test
  void refusesAPublisherForAProductThatWasNeverRegistered() {
    assertThatThrownBy(() -> mesh.publisher(Fixtures.fullProduct(), "orders-per-customer"))
        .isInstanceOf(ProductDefinitionException.class)
        .hasMessageContaining("version '2.1.0' is not registered in the catalog")
        .hasMessageContaining("Mesh.register(product)");
  }

  @Test
  void refusesAPublisherForAPortTheProductDoesNotHave() {
    mesh.register(Fixtures.fullProduct());

    assertThatThrownBy(() -> mesh.publisher(Fixtures.fullProduct(), "invoices"))
        .isInstanceOf(ProductDefinitionException.class)
        .hasMessageContaining("there is no output port named 'invoices'")
        .hasMessageContaining("customers");
  }

  @Test
  void publishesThroughARegisteredPortWithTheMeshListenersAndClock() {
    DataProduct product = Fixtures.fullProduct();
    mesh.register(product);
    InMemorySink<Fixtures.Order> sink = new InMemorySink<>();
    InMemoryDeadLetterSink<Fixtures.Order> deadLetters = new InMemoryDeadLetterSink<>();
    Publisher<Fixtures.Order> publisher =
        mesh.publisher(product, "orders-per-customer", Fixtures.Order.class)
            .sink(sink)
            .deadLetters(deadLetters)
            .build();

    publisher.publish(new Fixtures.Order("o-1", "sku-1", 2));

    assertThat(sink.snapshot()).containsExactly(new Fixtures.Order("o-1", "sku-1", 2));
    assertThat(publisher.port().domain()).isEqualTo("crm");
    assertThat(publisher.port().contractId()).isEqualTo("orders");
    assertThat(events)
        .last()
        .isInstanceOfSatisfying(
            PublishCompleted.class,
            e -> {
              assertThat(e.counts().written()).isEqualTo(1);
              assertThat(e.time()).isEqualTo(clock.instant());
            });
  }

  @Test
  void mapPublishersRejectRecordsTheContractForbids() {
    DataProduct product = Fixtures.fullProduct();
    mesh.register(product);
    InMemorySink<Map<String, ?>> sink = new InMemorySink<>();
    InMemoryDeadLetterSink<Map<String, ?>> deadLetters = new InMemoryDeadLetterSink<>();
    Publisher<Map<String, ?>> publisher =
        mesh.publisher(product, "customers").sink(sink).deadLetters(deadLetters).build();

    publisher.publish(List.of(Map.of("customerId", "c-1"), Map.of("email", "a@example.com")));

    assertThat(sink.snapshot()).containsExactly(Map.of("customerId", "c-1"));
    assertThat(deadLetters.snapshot())
        .singleElement()
        .satisfies(d -> assertThat(d.violations()).anyMatch(v -> v.rule().equals("required")));
  }

  @Test
  void readsARestrictedPortOnlyForAllowedConsumersAndAuditsEveryAttempt() {
    mesh.register(Fixtures.fullProduct());
    ConsumerIdentity marketing = ConsumerIdentity.of("marketing-app", "marketing", "marketing");
    ConsumerIdentity finance = ConsumerIdentity.of("ledger", "finance", "reporting");

    Mesh.PortReader reader = mesh.reader("customer-360", "customers", marketing);
    assertThat(reader.read(() -> List.of("r1", "r2"))).containsExactly("r1", "r2");
    assertThatThrownBy(() -> mesh.reader("customer-360", "customers", finance))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageStartingWith("Access to customer-360@2.1.0#customers denied: ");

    List<AccessAudited> audits =
        events.stream()
            .filter(AccessAudited.class::isInstance)
            .map(AccessAudited.class::cast)
            .toList();
    assertThat(audits).extracting(AccessAudited::allowed).containsExactly(true, false);
    assertThat(audits.get(1).consumer()).isEqualTo(finance);
    assertThat(audits.get(1).decision().reason()).isNotBlank();
  }

  @Test
  void aBreakingContractChangeNeedsANewMajorContractVersion() {
    DataProduct v1 = Fixtures.fullProduct();
    mesh.register(v1);
    DataContract customers = Fixtures.customersContract();
    SchemaObject withoutSegment =
        customers.schema().get(0).toBuilder()
            .properties(
                customers.schema().get(0).properties().stream()
                    .filter(p -> !p.name().orElse("").equals("segment"))
                    .toList())
            .build();
    DataContract breaking =
        customers.toBuilder().version("2.1.0").schema(List.of(withoutSegment)).build();

    DataProduct v2 = withCustomersContract(v1, "2.2.0", breaking);
    assertThatThrownBy(() -> mesh.register(v2))
        .isInstanceOf(GovernanceException.class)
        .hasMessageContaining("breaking-change-major-version")
        .hasMessageContaining("property-removed at customers.segment")
        .hasMessageContaining("release it as a new major version");

    DataProduct v3 =
        withCustomersContract(v1, "3.0.0", breaking.toBuilder().version("3.0.0").build());
    assertThat(mesh.register(v3).isBlocked()).isFalse();
  }

  @Test
  void aCompatibleContractChangeKeepsItsMajorVersion() {
    DataProduct v1 = Fixtures.fullProduct();
    mesh.register(v1);
    DataContract customers = Fixtures.customersContract();
    SchemaObject withCountry =
        customers.schema().get(0).toBuilder()
            .property(
                SchemaProperty.builder()
                    .name("country")
                    .logicalType(dev.meshsdk.contracts.LogicalType.STRING)
                    .build())
            .build();
    DataContract compatible =
        customers.toBuilder().version("2.1.0").schema(List.of(withCountry)).build();

    assertThat(mesh.register(withCustomersContract(v1, "2.2.0", compatible)).isBlocked()).isFalse();
  }

  private static DataProduct withCustomersContract(
      DataProduct product, String version, DataContract contract) {
    return product.toBuilder()
        .version(version)
        .outputPorts(
            product.outputPorts().stream()
                .map(
                    p ->
                        p.name().equals("customers")
                            ? p.toBuilder().version(contract.version()).contract(contract).build()
                            : p)
                .toList())
        .build();
  }
}
