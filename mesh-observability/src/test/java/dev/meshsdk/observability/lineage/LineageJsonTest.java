package dev.meshsdk.observability.lineage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class LineageJsonTest {
  private static final UUID RUN = UUID.fromString("01936f4e-8c3a-7abc-8def-0123456789ab");

  private static JsonNode json(LineageEvent e) {
    return OpenLineageSchemas.JSON.readTree(LineageJson.toJson(e));
  }

  @Test
  void writesTheBaseFieldsOfARunEvent() {
    JsonNode e = json(Fixtures.complete(RUN));
    assertThat(e.path("eventTime").asString()).isEqualTo("2026-11-25T10:15:30.123Z");
    assertThat(e.path("eventType").asString()).isEqualTo("COMPLETE");
    assertThat(e.path("schemaURL").asString())
        .isEqualTo("https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent");
    assertThat(e.path("producer").asString()).isEqualTo(Lineage.PRODUCER.toString());
    assertThat(e.path("run").path("runId").asString()).isEqualTo(RUN.toString());
    assertThat(e.path("job").path("namespace").asString()).isEqualTo("sales");
    assertThat(e.path("job").path("name").asString()).isEqualTo("orders.orders-topic");
    assertThat(e.path("outputs").get(0).path("namespace").asString())
        .isEqualTo("kafka://broker-1:9092");
    assertThat(e.path("outputs").get(0).path("name").asString()).isEqualTo("orders.v1");
  }

  @Test
  void producerUriPinsTheSdkVersion() {
    assertThat(Lineage.PRODUCER.toString())
        .matches(
            "https://github\\.com/meshsdk/meshsdk/tree/v\\d+\\.\\d+\\.\\d+.*/mesh-observability")
        .doesNotContain("${");
  }

  @Test
  void everyFacetCarriesProducerAndItsOfficialSchemaUrl() {
    JsonNode facets = json(Fixtures.complete(RUN)).path("outputs").get(0).path("facets");
    assertThat(facets.path("schema").path("_schemaURL").asString())
        .isEqualTo(
            "https://openlineage.io/spec/facets/1-2-0/SchemaDatasetFacet.json#/$defs/SchemaDatasetFacet");
    assertThat(facets.path("version").path("_schemaURL").asString())
        .isEqualTo(
            "https://openlineage.io/spec/facets/1-0-1/DatasetVersionDatasetFacet.json"
                + "#/$defs/DatasetVersionDatasetFacet");
    for (Map.Entry<String, JsonNode> f : facets.properties()) {
      assertThat(f.getValue().path("_producer").asString())
          .as(f.getKey())
          .isEqualTo(Lineage.PRODUCER.toString());
    }
  }

  @Test
  void schemaFacetMapsOdcsPropertiesToNestedFieldsWithTypesAndDescriptions() {
    JsonNode fields =
        json(Fixtures.complete(RUN))
            .path("outputs")
            .get(0)
            .path("facets")
            .path("schema")
            .path("fields");
    assertThat(fields).hasSize(6);
    assertThat(fields.get(0).path("name").asString()).isEqualTo("order_id");
    assertThat(fields.get(0).path("type").asString()).isEqualTo("string");
    assertThat(fields.get(0).path("description").asString()).isEqualTo("The order's id.");
    assertThat(fields.get(0).path("ordinal_position").asInt()).isEqualTo(1);
    assertThat(fields.get(2).path("type").asString()).isEqualTo("number");
    JsonNode shipping = fields.get(3);
    assertThat(shipping.path("type").asString()).isEqualTo("struct");
    assertThat(shipping.path("fields").get(0).path("name").asString()).isEqualTo("country");
    assertThat(shipping.path("fields").get(0).path("description").asString())
        .isEqualTo("ISO 3166 country code.");
    JsonNode lines = fields.get(4);
    assertThat(lines.path("type").asString()).isEqualTo("array");
    JsonNode element = lines.path("fields").get(0);
    assertThat(element.path("name").asString()).isEqualTo("_element");
    assertThat(element.path("type").asString()).isEqualTo("struct");
    assertThat(element.path("fields").get(1).path("name").asString()).isEqualTo("quantity");
    assertThat(element.path("fields").get(1).path("type").asString()).isEqualTo("integer");
    assertThat(element.path("fields").get(1).path("ordinal_position").asInt()).isEqualTo(2);
    assertThat(fields.get(5).path("type").asString())
        .as("no logical type: the physical type")
        .isEqualTo("BYTEA");
  }

  @Test
  void versionDocumentationAndOwnershipComeFromTheContract() {
    JsonNode facets = json(Fixtures.complete(RUN)).path("outputs").get(0).path("facets");
    assertThat(facets.path("version").path("datasetVersion").asString()).isEqualTo("1.2.0");
    assertThat(facets.path("documentation").path("description").asString())
        .isEqualTo("One record per order.");
    assertThat(facets.path("ownership").path("owners").get(0).path("name").asString())
        .isEqualTo("team:orders-team");
    assertThat(facets.path("dataSource").path("uri").asString()).isEqualTo("kafka://broker-1:9092");
  }

  @Test
  void qualityMetricsCountRowsNullsAndDistinctValues() {
    JsonNode m =
        json(Fixtures.complete(RUN))
            .path("outputs")
            .get(0)
            .path("facets")
            .path("dataQualityMetrics");
    assertThat(m.path("rowCount").asLong()).isEqualTo(3);
    JsonNode email = m.path("columnMetrics").path("email");
    assertThat(email.path("nullCount").asLong()).isEqualTo(1);
    assertThat(email.path("distinctCount").asLong()).isEqualTo(1);
    assertThat(email.path("count").asLong()).isEqualTo(2);
    JsonNode amount = m.path("columnMetrics").path("amount");
    assertThat(amount.path("distinctCount").asLong())
        .as("12.5 and 12.50 are one value")
        .isEqualTo(2);
    assertThat(m.path("columnMetrics").path("shipping").path("nullCount").asLong()).isEqualTo(3);
  }

  @Test
  void validationFacetHasCountsAndRuleIds() {
    JsonNode v = json(Fixtures.complete(RUN)).path("run").path("facets").path("meshsdk_validation");
    assertThat(v.path("recordsOffered").asLong()).isEqualTo(5);
    assertThat(v.path("recordsWritten").asLong()).isEqualTo(3);
    assertThat(v.path("recordsRejected").asLong()).isEqualTo(2);
    assertThat(v.path("rejectedByRule").path("pattern").asLong()).isEqualTo(2);
    assertThat(v.path("contractVersion").asString()).isEqualTo("1.2.0");
  }

  @Test
  void aClassifiedFieldsValueNeverAppearsInAnyEvent() {
    StringBuilder all = new StringBuilder();
    for (LineageEvent e : Fixtures.allEvents()) {
      String text = LineageJson.toJson(e);
      all.append(text);
      assertThat(text)
          .as("the email column (classification: restricted) is described, never its values")
          .doesNotContain(Fixtures.SECRET_EMAIL)
          .doesNotContain(Fixtures.EXAMPLE_EMAIL)
          .doesNotContain("secret");
    }
    assertThat(all).as("the column itself is described").contains("{\"name\":\"email\"");
  }

  @Test
  void eachEventIsOneLineEvenWithLineBreaksInTexts() {
    RunEvent e =
        Fixtures.fail(RUN).toBuilder()
            .run(RUN, ErrorMessageRunFacet.java("first line\nsecond line"))
            .build();
    String text = LineageJson.toJson(e);
    assertThat(text).doesNotContain("\n").contains("first line\\nsecond line");
  }

  @Test
  void staticEventsHaveTheirOwnSchemaUrlsAndNoRun() {
    JsonNode job = json(Fixtures.registered());
    assertThat(job.path("schemaURL").asString()).endsWith("#/$defs/JobEvent");
    assertThat(job.has("run")).isFalse();
    assertThat(job.has("eventType")).isFalse();
    assertThat(
            job.path("outputs")
                .get(0)
                .path("facets")
                .path("lifecycleStateChange")
                .path("lifecycleStateChange")
                .asString())
        .isEqualTo("CREATE");
    JsonNode dataset = json(Fixtures.datasetRegistered());
    assertThat(dataset.path("schemaURL").asString()).endsWith("#/$defs/DatasetEvent");
    assertThat(dataset.has("job")).isFalse();
    assertThat(
            dataset
                .path("dataset")
                .path("facets")
                .path("lifecycleStateChange")
                .path("previousIdentifier")
                .path("name")
                .asString())
        .isEqualTo("orders");
  }

  @Test
  void aLaterFacetWithTheSameKeyReplacesTheEarlierOne() {
    OutputDataset out =
        OutputDataset.of(
            Fixtures.OUTPUT,
            new DatasetVersionDatasetFacet("1.0.0"),
            new DatasetVersionDatasetFacet("2.0.0"));
    assertThat(out.facets()).containsOnlyKeys("version");
    assertThat(((DatasetVersionDatasetFacet) out.facets().get("version")).datasetVersion())
        .isEqualTo("2.0.0");
  }

  @Test
  void buildersFailFastNamingTheParameterAndRule() {
    assertThatThrownBy(() -> RunEvent.builder().job(Fixtures.job()).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("eventType is required");
    assertThatThrownBy(() -> RunEvent.builder().eventType(EventType.START).build())
        .hasMessageContaining("job is required");
    assertThatThrownBy(() -> Job.of(" ", "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("job.namespace must not be blank: was ' '");
    assertThatThrownBy(() -> RunEvent.builder().producer(URI.create("relative/path")))
        .hasMessageContaining("producer must be an absolute URI")
        .hasMessageContaining("relative/path");
    assertThatThrownBy(
            () -> MeshsdkValidationRunFacet.builder().recordsOffered(1).recordsWritten(2).build())
        .hasMessage("recordsWritten + recordsRejected must be <= recordsOffered: was 2 + 0 > 1");
    assertThatThrownBy(() -> MeshsdkValidationRunFacet.builder().recordsRejected(-1))
        .hasMessage("recordsRejected must be >= 0: was -1");
    assertThatThrownBy(() -> SchemaField.builder("a").ordinalPosition(0))
        .hasMessage("ordinalPosition must be >= 1: was 0");
    assertThatThrownBy(
            () -> new Job("ns", "n", Map.of("ownership", DocumentationJobFacet.of("wrong key"))))
        .hasMessageContaining("job.facets must hold each facet under its own key")
        .hasMessageContaining("'ownership' instead of 'documentation'");
    assertThatThrownBy(() -> ContractFacets.datasetFacets(Fixtures.CONTRACT, "customers"))
        .isInstanceOf(dev.meshsdk.contracts.ContractDefinitionException.class)
        .hasMessageContaining("has no schema object 'customers'")
        .hasMessageContaining("[orders]");
  }
}
