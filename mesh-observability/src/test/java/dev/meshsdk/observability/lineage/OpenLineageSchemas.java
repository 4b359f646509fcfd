package dev.meshsdk.observability.lineage;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import dev.meshsdk.testsupport.SharedStandards;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The official OpenLineage 2-0-2 schema files (core spec and every facet) and meshsdk's own facet
 * schema, evaluated by networknt's JSON Schema 2020-12 validator with format assertions on ({@code
 * uuid}, {@code date-time}, {@code uri}). Each file is registered under its own {@code $id}, read
 * from the file, so nothing is ever fetched from the network and a facet whose {@code _schemaURL}
 * names a version we do not have fails.
 *
 * <p>Because the core schema checks only {@code _producer} and {@code _schemaURL} of facets, {@link
 * #validate(String)} also validates every facet against the definition its {@code _schemaURL}
 * points to, checks that the definition is of the right kind for where the facet is (run, job,
 * dataset, output dataset), and that the facet's key is the one its schema file declares.
 */
final class OpenLineageSchemas {
  static final String CORE = "https://openlineage.io/spec/2-0-2/OpenLineage.json";
  static final ObjectMapper JSON = JsonMapper.builder().build();

  private final Map<String, String> files = new HashMap<>();
  private final Map<String, JsonNode> trees = new HashMap<>();
  private final SchemaRegistry registry;

  private OpenLineageSchemas(Path openLineage, Path repositoryRoot) {
    Path spec = openLineage.resolve("spec");
    register(spec.resolve("OpenLineage.json"));
    try (Stream<Path> facets = Files.list(spec.resolve("facets"))) {
      facets.filter(p -> p.toString().endsWith(".json")).sorted().forEach(this::register);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    register(repositoryRoot.resolve("spec/facets/1-0-0/MeshsdkValidationRunFacet.json"));
    registry =
        SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            b ->
                b.schemaRegistryConfig(
                        SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
                    .schemas(files::get));
  }

  /**
   * The schemas; skips the test when {@code ../shared} is missing.
   *
   * @return the schemas
   */
  static OpenLineageSchemas load() {
    return Holder.get();
  }

  private static final class Holder {
    private static OpenLineageSchemas instance;

    static synchronized OpenLineageSchemas get() {
      Path ol = SharedStandards.openLineage();
      if (instance == null) {
        instance = new OpenLineageSchemas(ol, SharedStandards.repositoryRoot());
      }
      return instance;
    }
  }

  private void register(Path file) {
    try {
      String text = Files.readString(file);
      JsonNode tree = JSON.readTree(text);
      String id = tree.path("$id").asString();
      if (id.isEmpty()) {
        throw new IllegalStateException(file + " has no $id");
      }
      files.put(id, text);
      trees.put(id, tree);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Validates a JSON text against one schema (a file's {@code $id}, optionally with a JSON pointer
   * fragment).
   *
   * @param schemaUrl the schema
   * @param json the document
   * @return the errors, empty if valid
   */
  List<String> validateAgainst(String schemaUrl, JsonNode json) {
    Schema schema = registry.getSchema(SchemaLocation.of(schemaUrl));
    return schema.validate(json).stream().map(Error::toString).toList();
  }

  /**
   * Validates an event: the whole event against the core spec, and every facet against its own
   * schema.
   *
   * @param eventJson the event
   * @return the errors, each naming where; empty if valid
   */
  List<String> validate(String eventJson) {
    JsonNode event = JSON.readTree(eventJson);
    List<String> errors = new ArrayList<>(validateAgainst(CORE, event));
    facets(event.path("run").path("facets"), "RunFacet", "run.facets", errors);
    facets(event.path("job").path("facets"), "JobFacet", "job.facets", errors);
    facets(event.path("dataset").path("facets"), "DatasetFacet", "dataset.facets", errors);
    for (String list : List.of("inputs", "outputs")) {
      JsonNode datasets = event.path(list);
      for (int i = 0; i < datasets.size(); i++) {
        String where = list + "[" + i + "]";
        facets(datasets.get(i).path("facets"), "DatasetFacet", where + ".facets", errors);
        facets(
            datasets.get(i).path("outputFacets"),
            "OutputDatasetFacet",
            where + ".outputFacets",
            errors);
        facets(
            datasets.get(i).path("inputFacets"),
            "InputDatasetFacet",
            where + ".inputFacets",
            errors);
      }
    }
    return errors;
  }

  private void facets(JsonNode facets, String kind, String where, List<String> errors) {
    if (facets.isMissingNode()) {
      return;
    }
    for (Map.Entry<String, JsonNode> f : facets.properties()) {
      String at = where + "." + f.getKey();
      String schemaUrl = f.getValue().path("_schemaURL").asString();
      int hash = schemaUrl.indexOf('#');
      String file = hash < 0 ? schemaUrl : schemaUrl.substring(0, hash);
      if (!files.containsKey(file)) {
        errors.add(at + ": no local schema file has $id " + file);
        continue;
      }
      String def = hash < 0 ? "" : schemaUrl.substring(hash + 1).replace("/$defs/", "");
      String base =
          trees.get(file).path("$defs").path(def).path("allOf").path(0).path("$ref").asString();
      if (!base.equals(CORE + "#/$defs/" + kind)) {
        errors.add(
            at
                + ": _schemaURL "
                + schemaUrl
                + " is not a "
                + kind
                + " definition (extends '"
                + base
                + "')");
        continue;
      }
      if (!trees.get(file).path("properties").has(f.getKey())) {
        errors.add(at + ": key is not the one " + file + " declares");
      }
      for (String e : validateAgainst(schemaUrl, f.getValue())) {
        errors.add(at + ": " + e);
      }
    }
  }
}
