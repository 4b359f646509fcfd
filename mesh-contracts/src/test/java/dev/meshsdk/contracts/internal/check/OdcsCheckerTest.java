package dev.meshsdk.contracts.internal.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.meshsdk.contracts.ContractProblem;
import dev.meshsdk.contracts.JsonValue;
import dev.meshsdk.contracts.internal.tree.Nodes;
import dev.meshsdk.contracts.internal.tree.TreeReader;
import dev.meshsdk.testsupport.SharedStandards;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class OdcsCheckerTest {

  private static final String V31 =
      """
      apiVersion: v3.1.0
      kind: DataContract
      id: orders-contract
      version: 1.0.0
      status: active
      """;

  private static final String V302 = V31.replace("v3.1.0", "v3.0.2");

  private static final String V32 = V31.replace("v3.1.0", "v3.2.0");

  private static JsonValue.Obj read(String yaml) {
    return (JsonValue.Obj) Nodes.toJsonValue(TreeReader.read(yaml, "test.yaml"));
  }

  private static List<ContractProblem> check(String yaml) {
    return OdcsChecker.check(read(yaml));
  }

  /** A v3.1.0 contract with one schema object {@code orders} holding the given properties. */
  private static String withProperties(String header, String propertiesYaml) {
    return header
        + """
        schema:
          - name: orders
            properties:
        """
        + propertiesYaml.indent(6);
  }

  private static String withQuality(String header, String qualityYaml) {
    return withProperties(
        header,
        """
        - name: amount
          logicalType: number
          quality:
        """
            + qualityYaml.indent(4));
  }

  @Nested
  class Document {
    @Test
    void minimalContractHasNoProblems() {
      assertThat(check(V31)).isEmpty();
    }

    @Test
    void missingRequiredRootFieldsAreReportedAtTheirPaths() {
      assertThat(check("kind: DataContract\n"))
          .extracting(ContractProblem::path, ContractProblem::rule)
          .containsExactlyInAnyOrder(
              tuple("version", "required"),
              tuple("apiVersion", "required"),
              tuple("id", "required"),
              tuple("status", "required"));
    }

    @Test
    void statusIsOptionalFromV32() {
      assertThat(check(V32.replace("status: active\n", ""))).isEmpty();
      assertThat(check(V31.replace("status: active\n", "")))
          .extracting(ContractProblem::path, ContractProblem::rule)
          .containsExactly(tuple("status", "required"));
    }

    @Test
    void apiVersionOutsideTheEnumIsNamedWithTheAllowedValues() {
      List<ContractProblem> problems = check(V31.replace("v3.1.0", "v4.0.0"));

      assertThat(problems)
          .extracting(ContractProblem::path, ContractProblem::rule)
          .containsExactly(tuple("apiVersion", "enum"));
      assertThat(problems.get(0).message())
          .isEqualTo(
              "'v4.0.0' is not one of [v3.1.0, v3.0.2, v3.0.1, v3.0.0, v2.2.2, v2.2.1, v2.2.0].");
    }

    @Test
    void kindMustBeDataContract() {
      assertThat(check(V31.replace("kind: DataContract", "kind: DataProduct")))
          .extracting(ContractProblem::path, ContractProblem::rule)
          .containsExactly(tuple("kind", "enum"));
    }

    @Test
    void unknownRootFieldIsRefusedWithAHintAboutCustomProperties() {
      List<ContractProblem> problems = check(V31 + "owner: me\n");

      assertThat(problems)
          .extracting(ContractProblem::path, ContractProblem::rule)
          .containsExactly(tuple("owner", "unknown-field"));
      assertThat(problems.get(0).message())
          .isEqualTo(
              "Field 'owner' is not allowed in a data contract (vendor fields belong in"
                  + " customProperties).");
    }

    @Test
    void qualityIsNotAllowedAtTheRoot() {
      assertThat(check(V31 + "quality:\n  - type: text\n"))
          .extracting(ContractProblem::path, ContractProblem::rule)
          .containsExactly(tuple("quality", "unknown-field"));
    }

    @Test
    void wrongJsonTypeIsReportedWithWhatWasFound() {
      List<ContractProblem> problems = check(V31.replace("version: 1.0.0", "version: 5"));

      assertThat(problems)
          .extracting(ContractProblem::path, ContractProblem::rule, ContractProblem::message)
          .containsExactly(tuple("version", "type", "Expected a string but found the number 5."));
    }

    @Test
    void rootDescriptionIsAnOpenObjectAsInTheSchema() {
      assertThat(check(V31 + "description:\n  purpose: p\n  audience: analysts\n")).isEmpty();
      assertThat(check(V31 + "description: just text\n"))
          .extracting(ContractProblem::path, ContractProblem::rule)
          .containsExactly(tuple("description", "type"));
    }

    @Test
    void formatKeywordsAreAnnotationsOnly() {
      assertThat(check(V31 + "contractCreatedTs: not a timestamp\n")).isEmpty();
    }

    @Test
    void contextIsAV32Field() {
      String context =
          """
          context:
            instructions: Use for reporting.
            verifiedStatements:
              - question: How many orders?
                answer: Count rows.
            constraints:
              - constraint: Do not join on email.
          """;
      assertThat(check(V32 + context)).isEmpty();
      assertThat(check(V32 + "context: Use for reporting.\n")).isEmpty();
      assertThat(check(V31 + context))
          .extracting(ContractProblem::path, ContractProblem::rule)
          .containsExactly(tuple("context", "unknown-field"));
      assertThat(check(V32 + "context:\n  verifiedStatements:\n    - answer: 42\n"))
          .extracting(ContractProblem::path, ContractProblem::rule)
          .containsExactly(
              tuple("context.verifiedStatements[0].question", "required"),
              tuple("context.verifiedStatements[0].answer", "type"));
    }
  }

  @Nested
  class CommonBlocks {
    @Test
    void nestedIdsMustBeStableIds() {
      assertThat(check(V31 + "schema:\n  - id: orders table\n    name: orders\n"))
          .extracting(ContractProblem::path, ContractProblem::rule)
          .containsExactly(tuple("schema[0].id", "pattern"));
    }

    @Test
    void idsMustBeUniqueWithinTheirArray() {
      assertThat(
              check(
                  V31
                      + """
                      support:
                        - id: chat
                          channel: '#orders'
                        - id: chat
                          channel: '#orders-2'
                      """))
          .extracting(ContractProblem::path, ContractProblem::rule)
          .containsExactly(tuple("support[1].id", "id-unique"));
    }

    @Test
    void teamIsAnObjectOrTheLegacyArrayOfMembers() {
      assertThat(check(V31 + "team:\n  name: t\n  members:\n    - username: ann\n")).isEmpty();
      assertThat(check(V302 + "team:\n  - username: ann\n    role: owner\n")).isEmpty();
      assertThat(check(V31 + "team: ann\n"))
          .extracting(ContractProblem::path, ContractProblem::rule)
          .containsExactly(tuple("team", "type"));
      assertThat(check(V31 + "team:\n  members:\n    - name: Ann\n"))
          .extracting(ContractProblem::path, ContractProblem::rule)
          .containsExactly(tuple("team.members[0].username", "required"));
    }

    @Test
    void blocksRequireTheirKeyFields() {
      String yaml =
          V31
              + """
              support:
                - url: https://x
              roles:
                - access: read
              slaProperties:
                - property: latency
              authoritativeDefinitions:
                - url: https://x
              customProperties:
                - property: p
              """;
      assertThat(check(yaml))
          .extracting(ContractProblem::path, ContractProblem::rule)
          .containsExactly(
              tuple("support[0].channel", "required"),
              tuple("roles[0].role", "required"),
              tuple("slaProperties[0].value", "required"),
              tuple("authoritativeDefinitions[0].type", "required"),
              tuple("customProperties[0].value", "required"));
    }

    @Test
    void valueTypesFollowTheSchema() {
      String yaml =
          V31
              + """
              price:
                priceAmount: '9.95'
              slaProperties:
                - property: latency
                  value: [1, 2]
              customProperties:
                - property: anything
                  value: {nested: [1, null]}
              """;
      assertThat(check(yaml))
          .extracting(ContractProblem::path, ContractProblem::rule)
          .containsExactly(
              tuple("price.priceAmount", "type"), tuple("slaProperties[0].value", "type"));
    }
  }

  @Nested
  class Servers {
    @Test
    void serverNeedsServerAndType() {
      assertThat(check(V31 + "servers:\n  - host: db\n"))
          .extracting(ContractProblem::path, ContractProblem::rule)
          .containsExactly(
              tuple("servers[0].server", "required"), tuple("servers[0].type", "required"));
    }

    @Test
    void serverTypeSelectsRequiredAndAllowedFields() {
      String yaml =
          V31
              + """
              servers:
                - server: pg
                  type: postgres
                  host: db
                  port: '5432'
                  database: shop
                  project: p
              """;
      assertThat(check(yaml))
          .extracting(ContractProblem::path, ContractProblem::rule)
          .containsExactly(
              tuple("servers[0].schema", "required"),
              tuple("servers[0].port", "type"),
              tuple("servers[0].project", "unknown-field"));
    }

    @Test
    void unknownServerTypeIsReportedOnceWithoutFollowOnProblems() {
      assertThat(check(V31 + "servers:\n  - server: m\n    type: mongodb\n    host: h\n"))
          .extracting(ContractProblem::path, ContractProblem::rule)
          .containsExactly(tuple("servers[0].type", "enum"));
    }

    @Test
    void sftpLocationMustBeAnSftpUrl() {
      assertThat(check(V31 + "servers:\n  - server: f\n    type: sftp\n    location: ftp://x\n"))
          .extracting(ContractProblem::path, ContractProblem::rule)
          .containsExactly(tuple("servers[0].location", "pattern"));
    }

    @Test
    void athenaStagingDirIsRequiredInV31ButNotInV32() {
      String server = "servers:\n  - server: a\n    type: athena\n    schema: s\n";
      assertThat(check(V31 + server))
          .extracting(ContractProblem::path, ContractProblem::rule)
          .containsExactly(tuple("servers[0].stagingDir", "required"));
      assertThat(check(V32 + server + "    workgroup: primary\n")).isEmpty();
    }

    static Stream<Arguments> officialServerTypes() {
      if (!SharedStandards.available()) {
        return Stream.of(Arguments.of("../shared is missing", "", JsonValue.Obj.EMPTY));
      }
      List<Arguments> out = new ArrayList<>();
      for (String schema :
          List.of(
              "schema/odcs-json-schema-v3.1.0.json",
              "dev-v3.2.0-draft/schema/odcs-json-schema-v3.2.0.json")) {
        JsonValue.Obj defs = obj(readFile(SharedStandards.odcs().resolve(schema)), "$defs");
        for (JsonValue branch : arr(obj(defs, "Server"), "allOf")) {
          JsonValue.Obj ifType = obj(obj(obj((JsonValue.Obj) branch, "if"), "properties"), "type");
          String ref = str(obj((JsonValue.Obj) branch, "then"), "$ref");
          JsonValue.Obj source =
              obj(obj(defs, "ServerSource"), ref.substring(ref.lastIndexOf('/') + 1));
          out.add(
              Arguments.of(
                  schema.contains("3.2.0") ? "v3.2.0" : "v3.1.0", str(ifType, "const"), source));
        }
      }
      return out.stream();
    }

    /**
     * For every server type of the official schemas: a server with just the required fields passes,
     * every other declared field is allowed, and each required field is required.
     */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("officialServerTypes")
    void everyServerTypeOfTheOfficialSchemasIsMirrored(
        String apiVersion, String type, JsonValue.Obj source) {
      SharedStandards.require();
      String header = V31.replace("v3.1.0", apiVersion);
      List<String> required = new ArrayList<>();
      source
          .get("required")
          .ifPresent(r -> ((JsonValue.Arr) r).values().forEach(v -> required.add(v.toString())));
      Map<String, String> all = new LinkedHashMap<>();
      obj(source, "properties")
          .members()
          .forEach(
              (name, def) ->
                  all.put(
                      name,
                      str((JsonValue.Obj) def, "type").equals("integer")
                          ? "1"
                          : "'sftp://example.com/data'"));

      StringBuilder minimal =
          new StringBuilder("servers:\n  - server: s\n    type: " + type + "\n");
      required.forEach(
          f -> minimal.append("    ").append(f).append(": ").append(all.get(f)).append('\n'));
      StringBuilder full = new StringBuilder("servers:\n  - server: s\n    type: " + type + "\n");
      all.forEach((f, v) -> full.append("    ").append(f).append(": ").append(v).append('\n'));

      assertThat(check(header + minimal)).isEmpty();
      assertThat(check(header + full)).isEmpty();
      for (String field : required) {
        String without =
            minimal.toString().replace("    " + field + ": " + all.get(field) + "\n", "");
        assertThat(check(header + without))
            .extracting(ContractProblem::path, ContractProblem::rule)
            .containsExactly(tuple("servers[0]." + field, "required"));
      }
    }
  }

  @Nested
  class Properties {
    @Test
    void logicalTypeMustBeKnownForTheVersion() {
      String map =
          "- name: prefs\n  logicalType: map\n  map:\n    key: {logicalType: string}\n    value: {logicalType: string}\n";
      assertThat(check(withProperties(V32, map))).isEmpty();
      assertThat(check(withProperties(V31, map)))
          .extracting(ContractProblem::path, ContractProblem::rule)
          .containsExactly(
              tuple("schema[0].properties[0].logicalType", "enum"),
              tuple("schema[0].properties[0].map", "unknown-field"));
    }

    @Test
    void propertyNeedsANameButAnArrayItemDoesNot() {
      String yaml = "- logicalType: array\n  items:\n    logicalType: string\n";
      assertThat(check(withProperties(V31, yaml)))
          .extracting(ContractProblem::path, ContractProblem::rule)
          .containsExactly(tuple("schema[0].properties[0].name", "required"));
    }

    @Test
    void optionsAreClosedPerLogicalType() {
      String yaml =
          """
          - name: code
            logicalType: string
            logicalTypeOptions:
              minLength: 2
              minimum: 1
          """;
      assertThat(check(withProperties(V31, yaml)))
          .extracting(ContractProblem::path, ContractProblem::rule)
          .containsExactly(
              tuple("schema[0].properties[0].logicalTypeOptions.minimum", "unknown-field"));
    }

    @Test
    void propertyWithoutLogicalTypeAllowsNoOptions() {
      String yaml = "- name: code\n  logicalTypeOptions:\n    format: uuid\n";
      List<ContractProblem> problems = check(withProperties(V31, yaml));

      assertThat(problems)
          .extracting(ContractProblem::path, ContractProblem::rule)
          .containsExactly(
              tuple("schema[0].properties[0].logicalTypeOptions.format", "unknown-field"));
      assertThat(problems.get(0).message()).contains("no logicalType");
    }

    @ParameterizedTest
    @CsvSource({
      "integer, minimum, 1, ''",
      "integer, minimum, '''1''', type",
      "integer, multipleOf, 0, exclusive-minimum",
      "integer, format, i64, ''",
      "integer, format, f64, enum",
      "number, format, f64, ''",
      "string, maxLength, -1, minimum",
      "string, maxLength, 1.5, type",
      "date, minimum, '''2020-01-01''', ''",
      "date, minimum, 2020, type",
      "timestamp, timezone, true, ''",
      "date, timezone, true, unknown-field",
      "array, uniqueItems, true, ''",
      "object, required, '[a, a]', unique-items",
      "object, required, '[]', min-items",
    })
    void optionValuesFollowTheirTypes(String type, String option, String value, String rule) {
      String yaml =
          "- name: p\n  logicalType: "
              + type
              + "\n  logicalTypeOptions:\n    "
              + option
              + ": "
              + value
              + "\n";
      List<ContractProblem> problems = check(withProperties(V31, yaml));
      if (rule.isEmpty()) {
        assertThat(problems).isEmpty();
      } else {
        assertThat(problems).extracting(ContractProblem::rule).containsExactly(rule);
        assertThat(problems.get(0).path())
            .startsWith("schema[0].properties[0].logicalTypeOptions." + option);
      }
    }

    @Test
    void exclusiveBoundsWereBooleansBeforeV31() {
      String yaml =
          "- name: n\n  logicalType: integer\n  logicalTypeOptions:\n    minimum: 0\n    exclusiveMinimum: true\n";
      assertThat(check(withProperties(V302, yaml))).isEmpty();
      assertThat(check(withProperties(V31, yaml)))
          .extracting(ContractProblem::path, ContractProblem::rule)
          .containsExactly(
              tuple("schema[0].properties[0].logicalTypeOptions.exclusiveMinimum", "type"));
    }

    @Test
    void itemsAndPropertiesBelongToArraysAndObjects() {
      String yaml =
          """
          - name: a
            logicalType: string
            items: {logicalType: string}
            properties: []
          - name: b
            items: {logicalType: string}
            properties: []
          """;
      assertThat(check(withProperties(V31, yaml)))
          .extracting(ContractProblem::path, ContractProblem::rule)
          .containsExactly(
              tuple("schema[0].properties[0].items", "unknown-field"),
              tuple("schema[0].properties[0].properties", "unknown-field"));
    }

    @Test
    void mapNeedsAMapBlockWithKeyAndValue() {
      assertThat(check(withProperties(V32, "- name: m\n  logicalType: map\n")))
          .extracting(ContractProblem::path, ContractProblem::rule)
          .containsExactly(tuple("schema[0].properties[0].map", "required"));
      assertThat(
              check(
                  withProperties(
                      V32,
                      "- name: m\n  logicalType: map\n  map:\n    key: {logicalType: string}\n")))
          .extracting(ContractProblem::path, ContractProblem::rule)
          .containsExactly(tuple("schema[0].properties[0].map.value", "required"));
      assertThat(check(withProperties(V32, "- name: m\n  logicalType: string\n  map: {}\n")))
          .extracting(ContractProblem::path, ContractProblem::rule)
          .containsExactly(tuple("schema[0].properties[0].map", "unknown-field"));
    }

    @Test
    void propertyWithoutLogicalTypeNeedsNoMapInV32() {
      // The draft schema's map branch lacks required: [logicalType] (ODCS #322, fixed by #324).
      assertThat(check(withProperties(V32, "- name: untyped\n"))).isEmpty();
    }

    @Test
    void enumValuesAreObjectsWithDistinctValuesOfTheRightType() {
      String yaml =
          """
          - name: status
            logicalType: string
            enum:
              - value: open
              - value: open
                label: Open again
              - value: 3
              - label: no value
          - name: empty
            logicalType: string
            enum: []
          """;
      assertThat(check(withProperties(V32, yaml)))
          .extracting(ContractProblem::path, ContractProblem::rule)
          .containsExactly(
              tuple("schema[0].properties[0].enum[3].value", "required"),
              tuple("schema[0].properties[0].enum[1].value", "enum-value-unique"),
              tuple("schema[0].properties[0].enum[2].value", "enum-value-type"),
              tuple("schema[0].properties[1].enum", "min-items"));
    }

    @Test
    void v32AddsSynonymsAndSemanticType() {
      String yaml =
          """
          - name: revenue
            logicalType: number
            semanticType: measure
            synonyms:
              - synonym: turnover
          """;
      assertThat(check(withProperties(V32, yaml))).isEmpty();
      assertThat(check(withProperties(V32, yaml.replace("measure", "metric"))))
          .extracting(ContractProblem::path, ContractProblem::rule)
          .containsExactly(tuple("schema[0].properties[0].semanticType", "enum"));
      assertThat(check(withProperties(V31, yaml)))
          .extracting(ContractProblem::path, ContractProblem::rule)
          .containsExactly(
              tuple("schema[0].properties[0].semanticType", "unknown-field"),
              tuple("schema[0].properties[0].synonyms", "unknown-field"));
    }

    @Test
    void booleanDefinesNoOptions() {
      assertThat(
              check(
                  withProperties(
                      V31,
                      "- name: b\n  logicalType: boolean\n  logicalTypeOptions:\n    maxLength: 1\n")))
          .extracting(ContractProblem::path, ContractProblem::rule)
          .containsExactly(
              tuple(
                  "schema[0].properties[0].logicalTypeOptions.maxLength",
                  "logical-type-options-unsupported"));
    }
  }

  @Nested
  class RulesBeyondTheSchema {
    @Test
    void primaryAndPartitionKeyPositionsAreUniqueWithinAnObject() {
      String yaml =
          """
          - name: a
            primaryKey: true
            primaryKeyPosition: 1
            partitioned: true
            partitionKeyPosition: 1
          - name: b
            primaryKey: true
            primaryKeyPosition: 1
            partitioned: true
            partitionKeyPosition: 2
          - name: c
            primaryKey: false
            primaryKeyPosition: -1
            partitioned: true
            partitionKeyPosition: 2
          """;
      assertThat(check(withProperties(V31, yaml)))
          .extracting(ContractProblem::path, ContractProblem::rule)
          .containsExactly(
              tuple("schema[0].properties[1].primaryKeyPosition", "primary-key-position-unique"),
              tuple(
                  "schema[0].properties[2].partitionKeyPosition", "partition-key-position-unique"));
    }

    @Test
    void keyPositionsAreOneBasedAndGoWithTheirFlag() {
      String yaml =
          """
          - name: a
            primaryKey: true
            primaryKeyPosition: 0
          - name: b
            primaryKeyPosition: 2
          """;
      assertThat(check(withProperties(V31, yaml)))
          .extracting(ContractProblem::path, ContractProblem::rule)
          .containsExactly(
              tuple("schema[0].properties[0].primaryKeyPosition", "key-position-range"),
              tuple("schema[0].properties[1].primaryKeyPosition", "key-position-flag"));
    }

    @Test
    void namesAreUniqueAmongPropertiesAndAmongSchemaObjects() {
      String yaml =
          V31
              + """
              schema:
                - name: orders
                  properties:
                    - name: id
                    - name: id
                - name: orders
              """;
      assertThat(check(yaml))
          .extracting(ContractProblem::path, ContractProblem::rule)
          .containsExactly(
              tuple("schema[0].properties[1].name", "property-name-unique"),
              tuple("schema[1].name", "schema-name-unique"));
    }

    @ParameterizedTest
    @CsvSource({
      "string, 'minLength: 5, maxLength: 2', minLength",
      "integer, 'minimum: 10, maximum: 1', minimum",
      "number, 'exclusiveMinimum: 1, exclusiveMaximum: 1', exclusiveMinimum",
      "array, 'minItems: 3, maxItems: 1', minItems",
      "object, 'minProperties: 3, maxProperties: 1', minProperties",
    })
    void lowerBoundsMayNotExceedUpperBounds(String type, String options, String reported) {
      String yaml =
          "- name: p\n  logicalType: " + type + "\n  logicalTypeOptions: {" + options + "}\n";
      assertThat(check(withProperties(V31, yaml)))
          .extracting(ContractProblem::path, ContractProblem::rule)
          .containsExactly(
              tuple("schema[0].properties[0].logicalTypeOptions." + reported, "bounds-order"));
    }

    @Test
    void patternsAndDateFormatsMustCompile() {
      String yaml =
          """
          - name: code
            logicalType: string
            logicalTypeOptions: {pattern: '[A-Z'}
          - name: day
            logicalType: date
            logicalTypeOptions: {format: 'yyyy-MM-ddTHH:mm'}
          """;
      assertThat(check(withProperties(V31, yaml)))
          .extracting(ContractProblem::path, ContractProblem::rule)
          .containsExactly(
              tuple("schema[0].properties[0].logicalTypeOptions.pattern", "invalid-pattern"),
              tuple("schema[0].properties[1].logicalTypeOptions.format", "invalid-date-format"));
    }

    @Test
    void requiredNamesOfAnObjectAreAmongItsProperties() {
      String yaml =
          """
          - name: address
            logicalType: object
            logicalTypeOptions:
              required: [street, zip]
            properties:
              - name: street
          """;
      assertThat(check(withProperties(V31, yaml)))
          .extracting(ContractProblem::path, ContractProblem::rule)
          .containsExactly(
              tuple(
                  "schema[0].properties[0].logicalTypeOptions.required[1]",
                  "required-property-unknown"));
    }

    @Test
    void arrayWithoutItemsIsReportedOnlyByTheStrictCheck() {
      JsonValue.Obj doc = read(withProperties(V31, "- name: tags\n  logicalType: array\n"));

      assertThat(OdcsChecker.check(doc)).isEmpty();
      assertThat(OdcsChecker.checkStrict(doc))
          .extracting(ContractProblem::path, ContractProblem::rule)
          .containsExactly(tuple("schema[0].properties[0].items", "array-items-required"));
    }
  }

  @Nested
  class Quality {
    @Test
    void libraryRuleNeedsAMetricAndExactlyOneOperator() {
      assertThat(check(withQuality(V31, "- type: library\n  mustBe: 0\n")))
          .extracting(ContractProblem::path, ContractProblem::rule)
          .containsExactly(tuple("schema[0].properties[0].quality[0].metric", "required"));
      assertThat(check(withQuality(V31, "- metric: nullValues\n")))
          .extracting(ContractProblem::path, ContractProblem::rule)
          .containsExactly(tuple("schema[0].properties[0].quality[0]", "quality-operator"));
      List<ContractProblem> two =
          check(withQuality(V31, "- metric: nullValues\n  mustBe: 0\n  mustNotBe: 1\n"));
      assertThat(two)
          .extracting(ContractProblem::path, ContractProblem::rule)
          .containsExactly(tuple("schema[0].properties[0].quality[0]", "quality-operator"));
      assertThat(two.get(0).message()).endsWith("but has 2: mustBe, mustNotBe.");
    }

    @Test
    void deprecatedRuleIsAllowedBesideAMetric() {
      assertThat(check(withQuality(V31, "- metric: nullValues\n  rule: nullCheck\n  mustBe: 0\n")))
          .isEmpty();
    }

    @Test
    void sqlRuleNeedsAQueryAndCustomRuleAnEngineAndImplementation() {
      assertThat(
              check(withQuality(V31, "- type: sql\n  mustBe: 0\n- type: custom\n  engine: soda\n")))
          .extracting(ContractProblem::path, ContractProblem::rule)
          .containsExactly(
              tuple("schema[0].properties[0].quality[0].query", "required"),
              tuple("schema[0].properties[0].quality[1].implementation", "required"));
    }

    @Test
    void textAndCustomRulesTakeNoOperatorAndOnlyTheirOwnFields() {
      String yaml =
          """
          - type: text
            description: Amounts are positive.
            mustBe: 0
          - type: custom
            engine: soda
            implementation: {checks: []}
            query: select 1
          """;
      assertThat(check(withQuality(V31, yaml)))
          .extracting(ContractProblem::path, ContractProblem::rule)
          .containsExactly(
              tuple("schema[0].properties[0].quality[0].mustBe", "unknown-field"),
              tuple("schema[0].properties[0].quality[1].query", "unknown-field"));
    }

    @Test
    void operatorValuesHaveTheirTypes() {
      String yaml =
          """
          - metric: nullValues
            mustBeLessThan: ten
          - metric: invalidValues
            mustBe: [any, value]
          """;
      assertThat(check(withQuality(V31, yaml)))
          .extracting(ContractProblem::path, ContractProblem::rule)
          .containsExactly(tuple("schema[0].properties[0].quality[0].mustBeLessThan", "type"));
    }

    @ParameterizedTest
    @CsvSource({
      "'[100]', mustBeBetween, min-items",
      "'[1, 2, 3]', mustBeBetween, max-items",
      "'[5, 5]', 'mustBeBetween[1]', unique-items",
      "'[9, 1]', mustBeBetween, between-order",
      "'[1, x]', 'mustBeBetween[1]', type",
    })
    void betweenTakesTwoDifferentNumbersLowFirst(String bounds, String path, String rule) {
      assertThat(check(withQuality(V31, "- metric: nullValues\n  mustBeBetween: " + bounds + "\n")))
          .extracting(ContractProblem::path, ContractProblem::rule)
          .containsExactly(tuple("schema[0].properties[0].quality[0]." + path, rule));
    }

    @Test
    void enumsOfQualityAreChecked() {
      String yaml = "- type: check\n- metric: nullValues\n  mustBe: 0\n  dimension: validity\n";
      assertThat(check(withQuality(V31, yaml)))
          .extracting(ContractProblem::path, ContractProblem::rule)
          .containsExactly(
              tuple("schema[0].properties[0].quality[0].type", "enum"),
              tuple("schema[0].properties[0].quality[1].dimension", "enum"));
    }

    @Test
    void metricsBelongToTheirLevel() {
      String yaml =
          V31
              + """
              schema:
                - name: orders
                  quality:
                    - metric: nullValues
                      mustBe: 0
                  properties:
                    - name: id
                      quality:
                        - metric: rowCount
                          mustBeGreaterThan: 0
              """;
      assertThat(check(yaml))
          .extracting(ContractProblem::path, ContractProblem::rule)
          .containsExactly(
              tuple("schema[0].quality[0].metric", "quality-metric-level"),
              tuple("schema[0].properties[0].quality[0].metric", "quality-metric-level"));
    }
  }

  @Nested
  class Relationships {
    @Test
    void propertyLevelRelationshipNeedsToAndRefusesFrom() {
      String yaml =
          """
          - name: customer_id
            relationships:
              - from: orders.customer_id
                to: customers.id
              - type: foreignKey
          """;
      assertThat(check(withProperties(V31, yaml)))
          .extracting(ContractProblem::path, ContractProblem::rule)
          .containsExactly(
              tuple(
                  "schema[0].properties[0].relationships[0].from", "relationship-from-not-allowed"),
              tuple("schema[0].properties[0].relationships[1].to", "required"));
    }

    @Test
    void schemaLevelRelationshipNeedsFromAndToOfTheSameShapeAndLength() {
      String yaml =
          V31
              + """
              schema:
                - name: orders
                  relationships:
                    - type: foreignKey
                    - from: orders.a
                      to: [customers.a]
                    - from: [orders.a, orders.b]
                      to: [customers.a]
                    - from: orders.a
                      to: schema/customers/properties/a
              """;
      assertThat(check(yaml))
          .extracting(ContractProblem::path, ContractProblem::rule)
          .containsExactly(
              tuple("schema[0].relationships[0].from", "required"),
              tuple("schema[0].relationships[0].to", "required"),
              tuple("schema[0].relationships[1]", "relationship-shape"),
              tuple("schema[0].relationships[2]", "relationship-arity"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"customers", "customers..id", "1table.id", "x.y z"})
    void referencesAreShorthandOrFullyQualified(String to) {
      String yaml = "- name: c\n  relationships:\n    - to: '" + to + "'\n";
      assertThat(check(withProperties(V31, yaml)))
          .extracting(ContractProblem::path, ContractProblem::rule)
          .containsExactly(tuple("schema[0].properties[0].relationships[0].to", "pattern"));
    }

    @Test
    void dottedShorthandWithMoreThanTwoPartsIsAV32Addition() {
      String yaml = "- name: c\n  relationships:\n    - to: addresses.location.street\n";
      assertThat(check(withProperties(V32, yaml))).isEmpty();
      assertThat(check(withProperties(V31, yaml)))
          .extracting(ContractProblem::path, ContractProblem::rule)
          .containsExactly(tuple("schema[0].properties[0].relationships[0].to", "pattern"));
    }

    @Test
    void fullyQualifiedReferencesMayPointIntoAnotherContract() {
      String yaml =
          "- name: c\n  relationships:\n    - to: 'https://example.com/customers.yaml#/schema/customers/properties/id'\n";
      assertThat(check(withProperties(V31, yaml))).isEmpty();
    }
  }

  @Nested
  class OfficialFiles {
    /** Each official negative test, with the path and rule of the problem it is about. */
    private static final Map<String, List<String>> NEGATIVE_TESTS =
        Map.ofEntries(
            Map.entry("additional-unknown-property", List.of("unknownRootField", "unknown-field")),
            Map.entry(
                "enum-duplicate-values",
                List.of("schema[0].properties[0].enum[1]", "unique-items")),
            Map.entry("enum-empty", List.of("schema[0].properties[0].enum", "min-items")),
            Map.entry(
                "enum-missing-value", List.of("schema[0].properties[0].enum[0].value", "required")),
            Map.entry("invalid-api-version", List.of("apiVersion", "enum")),
            Map.entry("invalid-kind", List.of("kind", "enum")),
            Map.entry(
                "invalid-quality-dimension",
                List.of("schema[0].properties[0].quality[0].dimension", "enum")),
            Map.entry(
                "invalid-quality-metric",
                List.of("schema[0].properties[0].quality[0].metric", "enum")),
            Map.entry(
                "invalid-quality-type", List.of("schema[0].properties[0].quality[0].type", "enum")),
            Map.entry("map-missing-block", List.of("schema[0].properties[0].map", "required")),
            Map.entry("map-missing-key", List.of("schema[0].properties[0].map.key", "required")),
            Map.entry(
                "map-missing-value", List.of("schema[0].properties[0].map.value", "required")),
            Map.entry("missing-required-fields", List.of("id", "required")),
            Map.entry(
                "quality-custom-missing-implementation",
                List.of("schema[0].properties[0].quality[0].implementation", "required")),
            Map.entry(
                "quality-element-field",
                List.of("schema[0].properties[0].quality[0].element", "unknown-field")),
            Map.entry(
                "quality-library-missing-metric",
                List.of("schema[0].properties[0].quality[0].metric", "required")),
            Map.entry(
                "quality-multiple-operators",
                List.of("schema[0].properties[0].quality[0]", "quality-operator")),
            Map.entry(
                "quality-mustbebetween-wrong-size",
                List.of("schema[0].quality[0].mustBeBetween", "min-items")),
            Map.entry(
                "quality-sql-missing-query",
                List.of("schema[0].properties[0].quality[0].query", "required")),
            Map.entry(
                "relationship-property-level-with-from",
                List.of(
                    "schema[0].properties[0].relationships[0].from",
                    "relationship-from-not-allowed")),
            Map.entry(
                "relationship-schema-level-missing-from-to",
                List.of("schema[0].relationships[0].from", "required")),
            Map.entry(
                "schema-property-invalid-logicaltype",
                List.of("schema[0].properties[0].logicalType", "enum")),
            Map.entry(
                "schema-property-missing-name",
                List.of("schema[0].properties[0].name", "required")),
            Map.entry("server-invalid-type", List.of("servers[0].type", "enum")),
            Map.entry(
                "server-missing-conditional-fields", List.of("servers[0].schema", "required")),
            Map.entry("server-missing-required-fields", List.of("servers[0].type", "required")),
            Map.entry("sla-missing-required-value", List.of("slaProperties[0].value", "required")),
            Map.entry(
                "synonym-missing-term",
                List.of("schema[0].properties[0].synonyms[0].synonym", "required")));

    static Stream<Arguments> examples() {
      return files("odcs/examples", "odcs/dev-v3.2.0-draft/examples");
    }

    static Stream<Arguments> negativeTests() {
      return files("odcs/dev-v3.2.0-draft/negative-tests");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyOfficialExampleHasNoProblems(Path file) {
      SharedStandards.require();
      assertThat(OdcsChecker.check(readFile(file))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("negativeTests")
    void everyOfficialNegativeTestIsRefusedAtTheOffendingPlace(Path file) {
      SharedStandards.require();
      String name = file.getFileName().toString().replace(".odcs.yaml", "");
      List<String> expected = NEGATIVE_TESTS.get(name);
      assertThat(expected).as("the expected problem of negative test %s", name).isNotNull();

      assertThat(OdcsChecker.check(readFile(file)))
          .extracting(ContractProblem::path, ContractProblem::rule)
          .contains(tuple(expected.get(0), expected.get(1)));
    }

    /** One case per file; when ../shared is missing, one case that is skipped. */
    private static Stream<Arguments> files(String... folders) {
      if (!SharedStandards.available()) {
        return Stream.of(Arguments.of(Named.of("../shared is missing", Path.of("missing"))));
      }
      return Stream.of(folders)
          .flatMap(f -> SharedStandards.yamlFiles(f).stream())
          .map(p -> Arguments.of(Named.of(SharedStandards.name(p), p)));
    }
  }

  // ---------------------------------------------------------------- helpers for official files

  private static JsonValue.Obj readFile(Path file) {
    try {
      return (JsonValue.Obj)
          Nodes.toJsonValue(TreeReader.read(Files.readString(file), file.toString()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonValue.Obj obj(JsonValue.Obj parent, String key) {
    return (JsonValue.Obj) parent.get(key).orElseThrow();
  }

  private static List<JsonValue> arr(JsonValue.Obj parent, String key) {
    return ((JsonValue.Arr) parent.get(key).orElseThrow()).values();
  }

  private static String str(JsonValue.Obj parent, String key) {
    return parent.get(key).flatMap(JsonValue::asString).orElse("");
  }
}
