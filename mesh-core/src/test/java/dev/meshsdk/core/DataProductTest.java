package dev.meshsdk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meshsdk.contracts.JsonValue;
import dev.meshsdk.contracts.SlaProperty;
import dev.meshsdk.contracts.SupportChannel;
import dev.meshsdk.contracts.Team;
import dev.meshsdk.contracts.TeamMember;
import java.util.List;
import org.junit.jupiter.api.Test;

class DataProductTest {

  @Test
  void buildsAnImmutableProductWithDefaults() {
    DataProduct p = DataProduct.builder().id("orders").build();
    assertThat(p.status()).isEqualTo(ProductStatus.DRAFT);
    assertThat(p.outputPorts()).isEmpty();
    assertThat(p.owner()).isEmpty();
    assertThat(p.toBuilder().build()).isEqualTo(p);
  }

  @Test
  void rejectsMissingAndBlankId() {
    assertThatThrownBy(() -> DataProduct.builder().build())
        .isInstanceOf(ProductDefinitionException.class)
        .hasMessage("DataProduct: id: is required but was not set [required]");
    assertThatThrownBy(() -> DataProduct.builder().id(" ").build())
        .isInstanceOf(ProductDefinitionException.class)
        .hasMessage("DataProduct ' ': id: must not be blank, got ' ' [not-blank]")
        .satisfies(
            e -> {
              ProductDefinitionException p = (ProductDefinitionException) e;
              assertThat(p.field()).isEqualTo("id");
              assertThat(p.rule()).isEqualTo("not-blank");
            });
  }

  @Test
  void rejectsTwoOutputPortsWithTheSameNameAndVersion() {
    OutputPort port = OutputPort.builder().name("orders").version("1.0.0").build();
    assertThatThrownBy(
            () -> DataProduct.builder().id("orders").outputPort(port).outputPort(port).build())
        .isInstanceOf(ProductDefinitionException.class)
        .hasMessage(
            "DataProduct 'orders': outputPorts[1]: name and version 'orders 1.0.0' are used by"
                + " outputPorts[0] already; ports are keyed by name and version [unique-port]");
  }

  @Test
  void allowsTheSamePortNameInTwoVersionsAndFindsTheHighest() {
    DataProduct p =
        DataProduct.builder()
            .id("orders")
            .outputPort(OutputPort.builder().name("orders").version("1.10.0").build())
            .outputPort(OutputPort.builder().name("orders").version("1.9.0").build())
            .outputPort(OutputPort.builder().name("orders").version("2.0.0-rc.1").build())
            .build();
    assertThat(p.outputPort("orders").orElseThrow().version()).isEqualTo("2.0.0-rc.1");
    assertThat(p.outputPort("orders", "1.9.0")).isPresent();
    assertThat(p.outputPort("missing")).isEmpty();
  }

  @Test
  void rejectsSupportChannelWithoutUrl() {
    assertThatThrownBy(
            () ->
                DataProduct.builder()
                    .id("orders")
                    .supportChannel(SupportChannel.of("#orders"))
                    .build())
        .isInstanceOf(ProductDefinitionException.class)
        .hasMessage(
            "DataProduct 'orders': support[0].url: support channel '#orders' has no URL; ODPS"
                + " requires one (https:, mailto: ...) [support-url]");
  }

  @Test
  void rejectsLegacyTeamList() {
    assertThatThrownBy(
            () ->
                DataProduct.builder()
                    .id("orders")
                    .owner(Team.legacy(List.of(TeamMember.of("ana"))))
                    .build())
        .isInstanceOf(ProductDefinitionException.class)
        .hasMessageContaining("team: ODPS holds a team as an object")
        .hasMessageEndingWith("[team-object]");
  }

  @Test
  void rejectsReservedCustomPropertyNames() {
    assertThatThrownBy(
            () ->
                DataProduct.builder()
                    .id("orders")
                    .customProperty(
                        dev.meshsdk.contracts.CustomProperty.of(
                            "meshsdk.access", JsonValue.of("x")))
                    .build())
        .isInstanceOf(ProductDefinitionException.class)
        .hasMessage(
            "DataProduct 'orders': customProperties[0]: custom property 'meshsdk.access' uses the"
                + " prefix 'meshsdk.', which meshsdk reserves for the fields it writes into ODPS"
                + " documents [reserved-property]");
  }

  @Test
  void outputPortTakesIdAndVersionFromItsContract() {
    OutputPort port =
        OutputPort.builder().name("orders").contract(Fixtures.ordersContract()).build();
    assertThat(port.contractId()).contains("orders");
    assertThat(port.contractVersion()).contains("1.0.0");
    assertThat(port.version()).isEqualTo("1.0.0");
    assertThat(port.publishedSchemaObject().orElseThrow().name()).isEqualTo("orders");
    assertThat(port.access()).isEqualTo(AccessPolicy.internal());
  }

  @Test
  void rejectsOutputPortWithoutVersionOrContract() {
    assertThatThrownBy(() -> OutputPort.builder().name("orders").build())
        .isInstanceOf(ProductDefinitionException.class)
        .hasMessage(
            "OutputPort 'orders': version: is required but was not set, and there is no contract"
                + " to take it from [required]");
  }

  @Test
  void rejectsSchemaObjectMissingFromTheContract() {
    assertThatThrownBy(
            () ->
                OutputPort.builder()
                    .name("orders")
                    .contract(Fixtures.ordersContract())
                    .schemaObject("lines")
                    .build())
        .isInstanceOf(ProductDefinitionException.class)
        .hasMessage(
            "OutputPort 'orders': schemaObject: contract 'orders' has no schema object 'lines';"
                + " it has [orders] [schema-object-exists]");
  }

  @Test
  void rejectsContractReferenceThatDisagreesWithTheContract() {
    assertThatThrownBy(
            () ->
                OutputPort.builder()
                    .name("orders")
                    .contract(Fixtures.ordersContract())
                    .contractRef("orders", "9.9.9")
                    .build())
        .isInstanceOf(ProductDefinitionException.class)
        .hasMessage(
            "OutputPort 'orders': contractVersion: '9.9.9' is not the version of the port's"
                + " contract 'orders', '1.0.0' [contract-reference]");
  }

  @Test
  void rejectsLocationThatIsNotAnAbsoluteUri() {
    assertThatThrownBy(
            () ->
                OutputPort.builder()
                    .name("orders")
                    .version("1.0.0")
                    .location("data/orders")
                    .build())
        .isInstanceOf(ProductDefinitionException.class)
        .hasMessage(
            "OutputPort 'orders': location: 'data/orders' is not an absolute URI: it needs a"
                + " scheme such as file:, kafka:, https: [uri]");
  }

  @Test
  void portSlaOverridesTheContractsForTheSameProperty() {
    OutputPort port =
        OutputPort.builder()
            .name("customers")
            .contract(Fixtures.customersContract())
            .slaProperty(SlaProperty.of("latency", JsonValue.of(1)))
            .slaProperty(SlaProperty.of("frequency", JsonValue.of("hourly")))
            .build();
    assertThat(port.effectiveSla())
        .extracting(s -> s.property() + "=" + s.value())
        .containsExactly("latency=1", "retention=1", "frequency=hourly");
  }

  @Test
  void withoutContractsKeepsTheReferences() {
    DataProduct p = Fixtures.fullProduct().withoutContracts();
    OutputPort port = p.outputPort("customers").orElseThrow();
    assertThat(port.contract()).isEmpty();
    assertThat(port.contractId()).contains("customers");
    assertThat(port.contractVersion()).contains("2.0.0");
  }
}
