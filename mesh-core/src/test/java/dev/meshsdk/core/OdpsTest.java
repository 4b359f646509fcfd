package dev.meshsdk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.InputFormat;
import dev.meshsdk.contracts.JsonValue;
import dev.meshsdk.testsupport.SharedStandards;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OdpsTest {
  private final ContractResolver contracts =
      ContractResolver.of(Fixtures.customersContract(), Fixtures.ordersContract());

  @Test
  void roundTripThroughYamlIsLossless() {
    DataProduct product = Fixtures.fullProduct();
    String yaml = DataProducts.toOdpsYaml(product);
    assertThat(DataProducts.parseOdps(yaml, "p.odps.yaml", contracts)).isEqualTo(product);
    assertThat(DataProducts.parseOdps(yaml)).isEqualTo(product.withoutContracts());
  }

  @Test
  void roundTripThroughJsonIsLossless() {
    DataProduct product = Fixtures.fullProduct();
    String json = DataProducts.toOdpsJson(product);
    assertThat(DataProducts.parseOdps(json, "p.odps.json", contracts)).isEqualTo(product);
  }

  @Test
  void roundTripKeepsContractVersionThatDiffersFromPortVersion() {
    DataProduct product =
        DataProduct.builder()
            .id("orders")
            .outputPort(
                OutputPort.builder()
                    .name("orders")
                    .version("3.0.0")
                    .contractRef("orders", "1.0.0")
                    .build())
            .build();
    String yaml = DataProducts.toOdpsYaml(product);
    assertThat(yaml).contains("meshsdk.contractVersion");
    assertThat(DataProducts.parseOdps(yaml)).isEqualTo(product);
  }

  @Test
  void writesWhatOdpsCannotHoldAsMeshsdkCustomProperties() {
    JsonValue.Obj doc = DataProducts.toOdpsDocument(Fixtures.fullProduct());
    assertThat(doc.members().get("apiVersion")).isEqualTo(JsonValue.of("v1.0.0"));
    String yaml = DataProducts.toOdpsYaml(Fixtures.fullProduct());
    assertThat(yaml)
        .contains("property: meshsdk.access")
        .contains("level: restricted")
        .contains("property: meshsdk.location")
        .contains("value: kafka://broker:9092/customers")
        .contains("property: meshsdk.format")
        .contains("property: meshsdk.termsOfUse")
        .contains("property: meshsdk.upstreamProductId")
        .contains("property: meshsdk.sla");
  }

  @Test
  void exportedDocumentsValidateAgainstTheOfficialSchema() {
    DataProduct product = Fixtures.fullProduct();
    assertThat(OdpsSchema.validate(DataProducts.toOdpsYaml(product), InputFormat.YAML)).isEmpty();
    assertThat(OdpsSchema.validate(DataProducts.toOdpsJson(product), InputFormat.JSON)).isEmpty();
    DataProduct minimal = DataProduct.builder().id("minimal").build();
    assertThat(OdpsSchema.validate(DataProducts.toOdpsYaml(minimal), InputFormat.YAML)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"customer-data-product.odps.yaml", "simple-data-product.odps.yaml"})
  void officialExamplesImportAndReExportValid(String file) {
    Path path = SharedStandards.odps().resolve("examples").resolve(file);
    DataProduct product = DataProducts.readOdps(path);
    assertThat(product.id()).isNotBlank();
    String yaml = DataProducts.toOdpsYaml(product);
    assertThat(OdpsSchema.validate(yaml, InputFormat.YAML)).isEmpty();
    assertThat(DataProducts.parseOdps(yaml)).isEqualTo(product);
  }

  @Test
  void customerExampleKeepsPortsTeamSupportAndUnmodelledFields() {
    DataProduct p =
        DataProducts.readOdps(
            SharedStandards.odps().resolve("examples/customer-data-product.odps.yaml"));
    assertThat(p.id()).isEqualTo("fbe8d147-28db-4f1d-bedf-a3fe9f458427");
    assertThat(p.domain()).contains("seller");
    assertThat(p.status()).isEqualTo(ProductStatus.DRAFT);
    assertThat(p.inputPorts()).hasSize(4);
    assertThat(p.inputPort("payments").orElseThrow().contractVersion()).isEqualTo("2.0.0");
    assertThat(p.outputPorts()).extracting(OutputPort::name).contains("rawtransactions");
    assertThat(p.outputPort("rawtransactions").orElseThrow().extensions())
        .containsKeys("type", "sbom", "inputContracts", "authoritativeDefinitions");
    assertThat(p.owner()).contains("Data Team");
    assertThat(p.support()).hasSize(2);
    assertThat(p.extensions()).containsKeys("tenant", "managementPorts", "productCreatedTs");
  }

  @Test
  void readsFilesAndNamesThemInErrors(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.odps.yaml");
    Files.writeString(
        file,
        "apiVersion: v1.0.0\nkind: DataProduct\nid: x\nstatus: active\noutputPorts:\n  - name: a\n");
    assertThatThrownBy(() -> DataProducts.readOdps(file))
        .isInstanceOf(ProductFormatException.class)
        .hasMessage(file + ":6:5: outputPorts[0].version: required field 'version' is missing");
  }

  @Test
  void reportsMissingFile(@TempDir Path dir) {
    Path file = dir.resolve("missing.odps.yaml");
    assertThatThrownBy(() -> DataProducts.readOdps(file))
        .isInstanceOf(ProductFormatException.class)
        .hasMessage(file + ": file does not exist");
  }

  @Test
  void rejectsWrongKindWithItsPlace() {
    assertThatThrownBy(
            () ->
                DataProducts.parseOdps(
                    "apiVersion: v1.0.0\nkind: DataContract\nid: x\nstatus: active\n"))
        .isInstanceOf(ProductFormatException.class)
        .hasMessage("<string>:2:7: kind: 'DataContract' is not 'DataProduct'")
        .satisfies(
            e -> {
              ProductFormatException f = (ProductFormatException) e;
              assertThat(f.line()).contains(2);
              assertThat(f.column()).contains(7);
              assertThat(f.path()).isEqualTo("kind");
            });
  }

  @Test
  void rejectsUnknownStatus() {
    assertThatThrownBy(
            () ->
                DataProducts.parseOdps(
                    "apiVersion: v1.0.0\nkind: DataProduct\nid: x\nstatus: live\n"))
        .isInstanceOf(ProductFormatException.class)
        .hasMessage(
            "<string>:4:9: status: 'live' is not one of [proposed, draft, active, deprecated,"
                + " retired]");
  }

  @Test
  void rejectsUnsupportedApiVersion() {
    assertThatThrownBy(
            () ->
                DataProducts.parseOdps(
                    "apiVersion: v2.0.0\nkind: DataProduct\nid: x\nstatus: draft\n"))
        .isInstanceOf(ProductFormatException.class)
        .hasMessage(
            "<string>:1:13: apiVersion: 'v2.0.0' is not an ODPS version this reader knows:"
                + " [v0.9.0, v1.0.0]");
  }

  @Test
  void reportsDuplicatePortsAtThePlace() {
    String doc =
        String.join(
            "\n",
            "apiVersion: v1.0.0",
            "kind: DataProduct",
            "id: x",
            "status: draft",
            "inputPorts:",
            "  - {name: a, version: 1.0.0, contractId: c}",
            "  - {name: a, version: 1.0.0, contractId: c}",
            "");
    assertThatThrownBy(() -> DataProducts.parseOdps(doc))
        .isInstanceOf(ProductFormatException.class)
        .hasMessage(
            "<string>:1:1: inputPorts[1]: name and version 'a 1.0.0' are used by inputPorts[0]"
                + " already; ports are keyed by name and version [unique-port]");
  }

  @Test
  void reportsBadAccessPolicyAtThePlace() {
    String doc =
        String.join(
            "\n",
            "apiVersion: v1.0.0",
            "kind: DataProduct",
            "id: x",
            "status: draft",
            "outputPorts:",
            "  - name: a",
            "    version: 1.0.0",
            "    customProperties:",
            "      - property: meshsdk.access",
            "        value: {level: secret}",
            "");
    assertThatThrownBy(() -> DataProducts.parseOdps(doc))
        .isInstanceOf(ProductFormatException.class)
        .hasMessage(
            "<string>:10:24: outputPorts[0].customProperties[0].value.level: 'secret' is not one"
                + " of [public, internal, restricted]");
  }

  @Test
  void rejectsUnknownMeshsdkProperty() {
    String doc =
        String.join(
            "\n",
            "apiVersion: v1.0.0",
            "kind: DataProduct",
            "id: x",
            "status: draft",
            "customProperties:",
            "  - property: meshsdk.acess",
            "    value: 1",
            "");
    assertThatThrownBy(() -> DataProducts.parseOdps(doc))
        .isInstanceOf(ProductFormatException.class)
        .hasMessage(
            "<string>:6:5: customProperties[0].property: 'meshsdk.acess' is not a property"
                + " meshsdk writes here; expected one of [meshsdk.termsOfUse]");
  }

  @Test
  void refusesMalformedYamlWithItsPlace() {
    assertThatThrownBy(() -> DataProducts.parseOdps("id: [unclosed\n"))
        .isInstanceOf(ProductFormatException.class)
        .hasMessageStartingWith("<string>:2:1: not valid YAML");
  }

  @Test
  void portsWithoutContractResolutionKeepReferences() {
    DataProduct p = DataProducts.parseOdps(DataProducts.toOdpsYaml(Fixtures.fullProduct()));
    assertThat(p.outputPorts()).allSatisfy(port -> assertThat(port.contract()).isEmpty());
    assertThat(p.outputPorts())
        .extracting(o -> o.contractId().orElseThrow())
        .isEqualTo(List.of("customers", "orders"));
  }
}
