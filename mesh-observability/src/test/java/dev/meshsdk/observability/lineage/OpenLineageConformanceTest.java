package dev.meshsdk.observability.lineage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshsdk.testsupport.SharedStandards;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every event and facet the SDK writes validates against the official OpenLineage 2-0-2 schema
 * files (and the meshsdk facet against its own schema), with format assertions on.
 */
class OpenLineageConformanceTest {

  @Test
  void everyEmittedEventAndFacetValidatesAgainstTheOfficialSchemas() {
    OpenLineageSchemas schemas = OpenLineageSchemas.load();
    for (LineageEvent event : Fixtures.allEvents()) {
      String json = LineageJson.toJson(event);
      assertThat(schemas.validate(json)).as(json).isEmpty();
    }
  }

  @Test
  void eventsCarryEveryFacetTheyWereBuiltWith() {
    JsonNode e =
        OpenLineageSchemas.JSON.readTree(LineageJson.toJson(Fixtures.complete(UuidV7.next())));
    assertThat(e.path("run").path("facets").propertyNames()).containsExactly("meshsdk_validation");
    assertThat(e.path("job").path("facets").propertyNames())
        .containsExactly("jobType", "documentation", "ownership");
    assertThat(e.path("outputs").get(0).path("facets").propertyNames())
        .containsExactly(
            "schema", "version", "documentation", "ownership", "dataSource", "dataQualityMetrics");
    assertThat(e.path("outputs").get(0).path("outputFacets").propertyNames())
        .containsExactly("outputStatistics");
  }

  @Test
  void theMeshsdkFacetValidatesAgainstItsOwnSchemaFile() {
    OpenLineageSchemas schemas = OpenLineageSchemas.load();
    JsonNode facet = facetOf(Fixtures.complete(UuidV7.next()), "meshsdk_validation");
    assertThat(facet.path("_schemaURL").asString())
        .isEqualTo(
            "https://meshsdk.dev/spec/facets/1-0-0/MeshsdkValidationRunFacet.json"
                + "#/$defs/MeshsdkValidationRunFacet");
    assertThat(schemas.validateAgainst(facet.path("_schemaURL").asString(), facet)).isEmpty();

    ObjectNode negative = (ObjectNode) facet.deepCopy();
    negative.put("recordsRejected", -1);
    assertThat(schemas.validateAgainst(facet.path("_schemaURL").asString(), negative))
        .anySatisfy(m -> assertThat(m).contains("recordsRejected"));

    ObjectNode missing = (ObjectNode) facet.deepCopy();
    missing.remove("rejectedByRule");
    assertThat(schemas.validateAgainst(facet.path("_schemaURL").asString(), missing))
        .anySatisfy(m -> assertThat(m).contains("rejectedByRule"));
  }

  @Test
  void theMeshsdkFacetSchemaFollowsTheCustomFacetRules() throws Exception {
    Path file =
        SharedStandards.repositoryRoot()
            .resolve("spec/facets/1-0-0/MeshsdkValidationRunFacet.json");
    JsonNode schema = OpenLineageSchemas.JSON.readTree(Files.readString(file));
    assertThat(schema.path("$id").asString())
        .isEqualTo("https://meshsdk.dev/spec/facets/1-0-0/MeshsdkValidationRunFacet.json");
    assertThat(schema.path("properties").propertyNames()).containsExactly("meshsdk_validation");
    assertThat(
            schema
                .path("$defs")
                .path("MeshsdkValidationRunFacet")
                .path("allOf")
                .get(0)
                .path("$ref")
                .asString())
        .isEqualTo("https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunFacet");
    assertThat(Lineage.VALIDATION_FACET_SCHEMA.toString())
        .startsWith(schema.path("$id").asString() + "#/$defs/");
  }

  @Test
  void theValidatorRejectsABadRunIdABadTimeAndAFacetMissingARequiredField() {
    OpenLineageSchemas schemas = OpenLineageSchemas.load();
    String good = LineageJson.toJson(Fixtures.complete(UuidV7.next()));

    ObjectNode badId = (ObjectNode) OpenLineageSchemas.JSON.readTree(good);
    ((ObjectNode) badId.path("run")).put("runId", "not-a-uuid");
    assertThat(schemas.validate(badId.toString())).isNotEmpty();

    ObjectNode badTime = (ObjectNode) OpenLineageSchemas.JSON.readTree(good);
    badTime.put("eventTime", "yesterday");
    assertThat(schemas.validate(badTime.toString())).isNotEmpty();

    ObjectNode badFacet = (ObjectNode) OpenLineageSchemas.JSON.readTree(good);
    ((ObjectNode) badFacet.path("job").path("facets").path("jobType")).remove("integration");
    assertThat(schemas.validate(badFacet.toString()))
        .anySatisfy(m -> assertThat(m).contains("job.facets.jobType").contains("integration"));

    ObjectNode wrongPlace = (ObjectNode) OpenLineageSchemas.JSON.readTree(good);
    ObjectNode runFacets = (ObjectNode) wrongPlace.path("run").path("facets");
    runFacets.set("jobType", wrongPlace.path("job").path("facets").path("jobType"));
    assertThat(schemas.validate(wrongPlace.toString()))
        .anySatisfy(m -> assertThat(m).contains("run.facets.jobType").contains("not a RunFacet"));
  }

  @Test
  void theOfficialFullExampleIsValidSoTheValidatorIsNotTooStrict() throws Exception {
    OpenLineageSchemas schemas = OpenLineageSchemas.load();
    Path example = SharedStandards.openLineage().resolve("spec/tests/example_full_event.json");
    JsonNode event = OpenLineageSchemas.JSON.readTree(Files.readString(example));
    assertThat(schemas.validateAgainst(OpenLineageSchemas.CORE, event)).isEmpty();
  }

  private static JsonNode facetOf(RunEvent event, String key) {
    return OpenLineageSchemas.JSON
        .readTree(LineageJson.toJson(event))
        .path("run")
        .path("facets")
        .path(key);
  }
}
