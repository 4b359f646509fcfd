package dev.meshsdk.contracts.internal.odcs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meshsdk.contracts.ContractFormatException;
import dev.meshsdk.contracts.CustomProperty;
import dev.meshsdk.contracts.EnumValue;
import dev.meshsdk.contracts.JsonValue;
import dev.meshsdk.contracts.LogicalType;
import dev.meshsdk.contracts.LogicalTypeOptions;
import dev.meshsdk.contracts.MapType;
import dev.meshsdk.contracts.QualityDimension;
import dev.meshsdk.contracts.QualityMetric;
import dev.meshsdk.contracts.QualityOperator;
import dev.meshsdk.contracts.QualityRule;
import dev.meshsdk.contracts.QualityType;
import dev.meshsdk.contracts.Relationship;
import dev.meshsdk.contracts.RelationshipType;
import dev.meshsdk.contracts.SchemaObject;
import dev.meshsdk.contracts.SchemaProperty;
import dev.meshsdk.contracts.SemanticType;
import dev.meshsdk.contracts.Synonym;
import dev.meshsdk.contracts.internal.tree.Node;
import dev.meshsdk.contracts.internal.tree.Nodes;
import dev.meshsdk.contracts.internal.tree.TreeReader;
import dev.meshsdk.contracts.internal.tree.TreeWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class SchemaMappingTest {

  // ---------------------------------------------------------------- helpers

  /** The node of {@code schema[0]} in a document whose {@code schema:} list is given. */
  private static Node firstSchemaNode(String yaml) {
    Node root = TreeReader.read(yaml, "schema.yaml");
    Node.Sequence schema = (Node.Sequence) ((Node.Mapping) root).get("schema").orElseThrow();
    return schema.items().get(0);
  }

  private static SchemaObject read(String yaml) {
    return SchemaMapping.schemaObject(firstSchemaNode(yaml), "schema[0]");
  }

  /**
   * Writes the schema object, renders it as YAML, reads it back and asserts the model is unchanged.
   *
   * @return what the writer produced
   */
  private static JsonValue.Obj roundTrip(SchemaObject o) {
    JsonValue.Obj written = SchemaMapping.schemaObject(o);
    String yaml = TreeWriter.toYaml(new JsonValue.Obj(Map.of("schema", arr(written))));
    assertThat(read(yaml)).isEqualTo(o);
    return written;
  }

  /**
   * Reads, writes and reads again: the model is unchanged and the written JSON equals the input.
   */
  private static SchemaObject assertLossless(String yaml) {
    Node node = firstSchemaNode(yaml);
    SchemaObject o = SchemaMapping.schemaObject(node, "schema[0]");
    JsonValue.Obj written = roundTrip(o);
    assertThat(written).isEqualTo(Nodes.toJsonValue(node));
    return o;
  }

  private static JsonValue arr(JsonValue... values) {
    return new JsonValue.Arr(List.of(values));
  }

  private static JsonValue num(String n) {
    return new JsonValue.Num(new BigDecimal(n));
  }

  private static List<String> keys(JsonValue v) {
    return List.copyOf(((JsonValue.Obj) v).members().keySet());
  }

  private static JsonValue.Obj member(JsonValue v, String key) {
    return (JsonValue.Obj) ((JsonValue.Obj) v).get(key).orElseThrow();
  }

  private static JsonValue.Obj element(JsonValue v, String key, int i) {
    return (JsonValue.Obj)
        ((JsonValue.Arr) ((JsonValue.Obj) v).get(key).orElseThrow()).values().get(i);
  }

  private static void assertFormatError(String yaml, String path, String problem) {
    assertThatThrownBy(() -> read(yaml))
        .isInstanceOfSatisfying(
            ContractFormatException.class,
            e -> {
              assertThat(e.path()).isEqualTo(path);
              assertThat(e.problem()).contains(problem);
              assertThat(e.getMessage()).startsWith("schema.yaml:").contains(path);
              assertThat(e.line()).isPresent();
            });
  }

  // ---------------------------------------------------------------- round trips

  private static final String FULL =
      """
      schema:
        - id: tbl_obj
          name: tbl
          physicalName: tbl_1
          physicalType: table
          logicalType: object
          businessName: Core Payment Metrics
          description: Provides core payment metrics
          dataGranularityDescription: Aggregation on columns txn_ref_dt, pmt_txn_id
          tags: [finance, payments]
          synonyms:
            - synonym: Payments
            - id: paiements
              synonym: Paiements
              description: French name
              locale: fr-FR
              source: glossary
              status: active
              customProperties:
                - property: origin
                  value: legacy
          authoritativeDefinitions:
            - url: https://catalog.example.com/tbl
              type: businessDefinition
          customProperties:
            - property: business-key
              value: [txn_ref_dt, rcvr_id]
          context:
            instructions: Use for payment questions only.
          relationships:
            - type: foreignKey
              from: [tbl.rcvr_id, tbl.rcvr_cntry_code]
              to: [receivers.id, receivers.country_code]
              customProperties:
                - property: cardinality
                  value: many-to-one
          properties:
            - id: txn_ref_dt_prop
              name: transaction_reference_date
              physicalName: txn_ref_dt
              businessName: transaction reference date
              logicalType: date
              logicalTypeOptions:
                format: yyyy-MM-dd
                minimum: "2020-01-01"
                exclusiveMaximum: "2030-01-01"
              physicalType: date
              description: Reference date for transaction
              required: false
              unique: false
              primaryKey: false
              primaryKeyPosition: -1
              partitioned: true
              partitionKeyPosition: 1
              classification: public
              criticalDataElement: false
              encryptedName: txn_ref_dt_enc
              transformSourceObjects: [table_name_1, table_name_2]
              transformLogic: sel t1.txn_dt as txn_ref_dt from table_name_1 as t1
              transformDescription: defines the logic in business terms
              examples: ["2022-10-03", 2020-01-28, 12, true, null, {a: 1}, [1, 2]]
              tags: [uid]
              authoritativeDefinitions:
                - url: https://github.com/myorg/myrepo
                  type: transformationImplementation
              customProperties:
                - property: anonymizationStrategy
                  value: none
              quality:
                - metric: nullValues
                  mustBe: 0
            - id: rcvr_cntry_code_prop
              name: rcvr_cntry_code
              logicalType: string
              logicalTypeOptions:
                minLength: 2
                maxLength: 2
                pattern: '^[A-Z]{2}$'
                format: iso-3166
              semanticType: dimension
              required: true
              enum:
                - value: US
                  label: United States
                  description: ISO 3166-1 alpha-2 code
                  tags: [north-america]
                - id: ca
                  value: CA
                  authoritativeDefinitions:
                    - url: https://www.iso.org/obp/ui/#iso:code:3166:CA
                      type: canonicalUrl
                  customProperties:
                    - property: languageFr
                      value: Canada
                - value: 3
                - value: false
              synonyms:
                - synonym: country
              relationships:
                - to: countries.code
            - name: total_turnover
              semanticType: measure
              logicalType: number
              logicalTypeOptions:
                minimum: 0
                exclusiveMaximum: 1.5E+9
                multipleOf: 0.01
                format: f64
              transformLogic: SUM(turnover)
          quality:
            - id: orders_row_count
              name: Row count
              type: library
              metric: rowCount
              mustBeBetween: [100, 120]
              unit: rows
              description: Ensure row count is within expected volume range
              dimension: completeness
              method: reconciliation
              severity: error
              businessImpact: operational
              schedule: 0 20 * * *
              scheduler: cron
              tags: [volume]
              authoritativeDefinitions:
                - url: https://wiki.example.com/row-count
                  type: implementation
              customProperties:
                - property: owner
                  value: data-team
      """;

  @Test
  void readsEveryFieldOfASchemaObjectAndWritesItBackUnchanged() {
    SchemaObject o = assertLossless(FULL);

    assertThat(o.id()).contains("tbl_obj");
    assertThat(o.name()).isEqualTo("tbl");
    assertThat(o.physicalName()).contains("tbl_1");
    assertThat(o.physicalType()).contains("table");
    assertThat(o.logicalType()).contains(LogicalType.OBJECT);
    assertThat(o.businessName()).contains("Core Payment Metrics");
    assertThat(o.description()).contains("Provides core payment metrics");
    assertThat(o.dataGranularityDescription())
        .hasValueSatisfying(s -> assertThat(s).startsWith("Aggregation"));
    assertThat(o.tags()).containsExactly("finance", "payments");
    assertThat(o.synonyms())
        .containsExactly(
            Synonym.of("Payments"),
            Synonym.builder()
                .id("paiements")
                .synonym("Paiements")
                .description("French name")
                .locale("fr-FR")
                .source("glossary")
                .status("active")
                .customProperty(CustomProperty.of("origin", JsonValue.of("legacy")))
                .build());
    assertThat(o.authoritativeDefinitions()).hasSize(1);
    assertThat(o.customProperties().get(0).value())
        .isEqualTo(arr(JsonValue.of("txn_ref_dt"), JsonValue.of("rcvr_id")));
    assertThat(o.context().orElseThrow().instructions())
        .contains("Use for payment questions only.");
    assertThat(o.relationships().get(0).isComposite()).isTrue();
    assertThat(o.properties()).hasSize(3);
    assertThat(o.quality()).hasSize(1);
    assertThat(o.extensions()).isEmpty();
  }

  @Test
  void readsEveryFieldOfAProperty() {
    SchemaObject o = read(FULL);
    SchemaProperty date = o.property("transaction_reference_date").orElseThrow();

    assertThat(date.id()).contains("txn_ref_dt_prop");
    assertThat(date.physicalName()).contains("txn_ref_dt");
    assertThat(date.businessName()).contains("transaction reference date");
    assertThat(date.logicalType()).contains(LogicalType.DATE);
    assertThat(date.physicalType()).contains("date");
    assertThat(date.description()).contains("Reference date for transaction");
    assertThat(date.required()).contains(false);
    assertThat(date.isRequired()).isFalse();
    assertThat(date.unique()).contains(false);
    assertThat(date.primaryKey()).contains(false);
    assertThat(date.primaryKeyPosition()).contains(-1);
    assertThat(date.partitioned()).contains(true);
    assertThat(date.isPartitioned()).isTrue();
    assertThat(date.partitionKeyPosition()).contains(1);
    assertThat(date.classification()).contains("public");
    assertThat(date.criticalDataElement()).contains(false);
    assertThat(date.encryptedName()).contains("txn_ref_dt_enc");
    assertThat(date.transformSourceObjects()).containsExactly("table_name_1", "table_name_2");
    assertThat(date.transformLogic())
        .hasValueSatisfying(s -> assertThat(s).startsWith("sel t1.txn_dt"));
    assertThat(date.transformDescription()).contains("defines the logic in business terms");
    // YAML 1.2: an unquoted date stays a string.
    assertThat(date.examples())
        .containsExactly(
            JsonValue.of("2022-10-03"),
            JsonValue.of("2020-01-28"),
            JsonValue.of(12),
            JsonValue.of(true),
            JsonValue.Null.INSTANCE,
            new JsonValue.Obj(Map.of("a", JsonValue.of(1))),
            arr(JsonValue.of(1), JsonValue.of(2)));
    assertThat(date.tags()).containsExactly("uid");
    assertThat(date.authoritativeDefinitions()).hasSize(1);
    assertThat(date.customProperties()).hasSize(1);
    assertThat(date.quality().get(0).metric()).contains(QualityMetric.NULL_VALUES);

    LogicalTypeOptions dateOptions = date.logicalTypeOptions().orElseThrow();
    assertThat(dateOptions.format()).contains("yyyy-MM-dd");
    assertThat(dateOptions.minimumText()).contains("2020-01-01");
    assertThat(dateOptions.minimumNumber()).isEmpty();
    assertThat(dateOptions.exclusiveMaximumText()).contains("2030-01-01");

    SchemaProperty country = o.property("rcvr_cntry_code").orElseThrow();
    assertThat(country.semanticType()).contains(SemanticType.DIMENSION);
    assertThat(country.isRequired()).isTrue();
    assertThat(country.logicalTypeOptions().orElseThrow())
        .isEqualTo(
            LogicalTypeOptions.builder()
                .minLength(2)
                .maxLength(2)
                .pattern("^[A-Z]{2}$")
                .format("iso-3166")
                .build());
    assertThat(country.enumValues())
        .extracting(EnumValue::value)
        .containsExactly(
            Optional.of(JsonValue.of("US")),
            Optional.of(JsonValue.of("CA")),
            Optional.of(JsonValue.of(3)),
            Optional.of(JsonValue.of(false)));
    assertThat(country.enumValues().get(0).label()).contains("United States");
    assertThat(country.enumValues().get(1).id()).contains("ca");
    assertThat(country.synonyms()).containsExactly(Synonym.of("country"));
    assertThat(country.relationships()).containsExactly(Relationship.foreignKey("countries.code"));

    SchemaProperty turnover = o.property("total_turnover").orElseThrow();
    LogicalTypeOptions numberOptions = turnover.logicalTypeOptions().orElseThrow();
    assertThat(turnover.semanticType()).contains(SemanticType.MEASURE);
    assertThat(numberOptions.minimumNumber()).contains(BigDecimal.ZERO);
    assertThat(numberOptions.exclusiveMaximumNumber()).contains(new BigDecimal("1.5E+9"));
    assertThat(numberOptions.multipleOf()).contains(new BigDecimal("0.01"));
    assertThat(numberOptions.format()).contains("f64");
  }

  @Test
  void writesFieldsInTheStandardsOrderWithExtensionsLast() {
    SchemaObject o =
        read(
            """
            schema:
              - quality: [{mustBe: 1, x-q: 1, metric: rowCount, id: q1}]
                x-vendor: 1
                properties:
                  - quality: [{type: text}]
                    items: {logicalType: string}
                    x-p: 1
                    logicalType: array
                    required: true
                    name: lines
                    id: p1
                relationships: [{to: a.b, from: c.d}]
                description: d
                name: orders
                id: o1
            """);
    JsonValue.Obj written = SchemaMapping.schemaObject(o);

    assertThat(keys(written))
        .containsExactly(
            "id", "name", "description", "relationships", "properties", "quality", "x-vendor");
    assertThat(keys(element(written, "properties", 0)))
        .containsExactly("id", "name", "logicalType", "required", "items", "quality", "x-p");
    assertThat(keys(element(written, "quality", 0)))
        .containsExactly("id", "metric", "mustBe", "x-q");
    assertThat(keys(element(written, "relationships", 0))).containsExactly("from", "to");
  }

  @Test
  void keepsUnknownFieldsAtEveryLevel() {
    SchemaObject o =
        assertLossless(
            """
            schema:
              - name: orders
                x-owner: {team: sales}
                properties:
                  - name: status
                    x-pii: false
                    logicalType: string
                    logicalTypeOptions: {maxLength: 10, x-collation: de_DE}
                    enum: [{value: open, x-color: green}]
                    synonyms: [{synonym: state, x-weight: 2}]
                    relationships: [{to: statuses.code, id: rel1}]
                    quality: [{metric: invalidValues, mustBe: 0, element: orders.status}]
                  - name: attributes
                    logicalType: map
                    map:
                      key: {logicalType: string, x-k: 1}
                      value: {logicalType: string}
                      x-sorted: true
            """);
    SchemaProperty status = o.property("status").orElseThrow();
    SchemaProperty attributes = o.property("attributes").orElseThrow();

    assertThat(o.extensions()).containsOnlyKeys("x-owner");
    assertThat(status.extensions()).containsEntry("x-pii", JsonValue.of(false));
    assertThat(status.logicalTypeOptions().orElseThrow().extensions())
        .containsEntry("x-collation", JsonValue.of("de_DE"));
    assertThat(status.enumValues().get(0).extensions()).containsOnlyKeys("x-color");
    assertThat(status.synonyms().get(0).extensions()).containsOnlyKeys("x-weight");
    // A field of the final v3.2.0 that this draft model does not know.
    assertThat(status.relationships().get(0).extensions()).containsOnlyKeys("id");
    // The legacy 'element' of a quality rule is kept for the checks to report.
    assertThat(status.quality().get(0).extensions())
        .containsEntry("element", JsonValue.of("orders.status"));
    MapType map = attributes.map().orElseThrow();
    assertThat(map.extensions()).containsOnlyKeys("x-sorted");
    assertThat(map.key().orElseThrow().extensions()).containsOnlyKeys("x-k");
  }

  @Test
  void readsNestedObjectArrayAndMapPropertiesAtDepth() {
    SchemaObject o =
        assertLossless(
            """
            schema:
              - name: customers
                properties:
                  - name: addresses
                    logicalType: array
                    logicalTypeOptions: {minItems: 1, maxItems: 5, uniqueItems: true}
                    items:
                      logicalType: object
                      logicalTypeOptions: {required: [street], minProperties: 1}
                      properties:
                        - name: street
                          logicalType: string
                        - name: geo
                          logicalType: map
                          map:
                            key:
                              logicalType: string
                            value:
                              logicalType: array
                              items:
                                logicalType: object
                                properties:
                                  - name: lat
                                    logicalType: number
                                    quality:
                                      - metric: nullValues
                                        mustBe: 0
            """);

    SchemaProperty addresses = o.property("addresses").orElseThrow();
    assertThat(addresses.logicalTypeOptions().orElseThrow().isUniqueItems()).isTrue();
    SchemaProperty address = addresses.items().orElseThrow();
    assertThat(address.name()).isEmpty();
    assertThat(address.logicalTypeOptions().orElseThrow().required()).containsExactly("street");
    SchemaProperty geo = address.property("geo").orElseThrow();
    assertThat(geo.logicalType()).contains(LogicalType.MAP);
    MapType map = geo.map().orElseThrow();
    assertThat(map.key().orElseThrow().logicalType()).contains(LogicalType.STRING);
    SchemaProperty lat =
        map.value().orElseThrow().items().orElseThrow().property("lat").orElseThrow();
    assertThat(lat.logicalType()).contains(LogicalType.NUMBER);
    assertThat(lat.quality().get(0).operator())
        .contains(Map.entry(QualityOperator.MUST_BE, JsonValue.of(0)));
  }

  @Test
  void namesTheFullPathOfAnErrorDeepInsideNestedProperties() {
    assertFormatError(
        """
        schema:
          - name: customers
            properties:
              - name: addresses
                logicalType: array
                items:
                  logicalType: object
                  properties:
                    - name: geo
                      logicalType: map
                      map:
                        key: {logicalType: string}
                        value:
                          logicalType: array
                          items: {logicalType: decimal}
        """,
        "schema[0].properties[0].items.properties[0].map.value.items.logicalType",
        "'decimal' is not one of [string, date, timestamp, time, number, integer, object, array,"
            + " boolean, map]");
  }

  // ---------------------------------------------------------------- strict JSON types

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          properties: [{name: a}, {name: b, logicalType: text}] | schema[0].properties[1].logicalType | 'text' is not one of [string, date
          properties: [{name: a, required: 'yes'}]              | schema[0].properties[0].required    | expected a boolean (true or false) but found string (yes)
          properties: [{name: a, primaryKeyPosition: first}]    | schema[0].properties[0].primaryKeyPosition | expected an integer but found string
          properties: [{name: a, semanticType: metric}]        | schema[0].properties[0].semanticType | 'metric' is not one of [column, measure, dimension]
          properties: [{name: 7}]                               | schema[0].properties[0].name        | expected a string but found number (7); quote it to make it a string
          properties: {a: 1}                                    | schema[0].properties                | expected an array but found object
          properties: [{name: a, items: [x]}]                   | schema[0].properties[0].items       | expected an object but found array
          properties: [{name: a, examples: x}]                  | schema[0].properties[0].examples    | expected an array but found string
          properties: [{name: a, enum: [{value: [x]}]}]         | schema[0].properties[0].enum[0].value | expected a string, a number or a boolean but found array
          properties: [{name: a, logicalTypeOptions: {maxLength: 1.5}}] | schema[0].properties[0].logicalTypeOptions.maxLength | expected an integer
          properties: [{name: a, logicalTypeOptions: {minimum: [1]}}]   | schema[0].properties[0].logicalTypeOptions.minimum | expected a number or a string but found array
          properties: [{name: a, logicalTypeOptions: {maximum: true}}]  | schema[0].properties[0].logicalTypeOptions.maximum | expected a number or a string but found boolean
          properties: [{name: a, logicalTypeOptions: {exclusiveMinimum: {}}}] | schema[0].properties[0].logicalTypeOptions.exclusiveMinimum | expected a number, a string or a boolean
          properties: [{name: a, logicalTypeOptions: {required: [1]}}]  | schema[0].properties[0].logicalTypeOptions.required[0] | expected a string
          properties: [{name: a, map: {key: x}}]                | schema[0].properties[0].map.key     | expected an object but found string
          logicalType: table                                    | schema[0].logicalType               | 'table' is not one of
          tags: finance                                         | schema[0].tags                      | expected an array but found string
          synonyms: [{synonym: 1}]                              | schema[0].synonyms[0].synonym       | expected a string but found number
          relationships: [{from: a.b, to: 5}]                   | schema[0].relationships[0].to       | expected a string but found number
          relationships: [{from: [a.b, 5], to: [c.d, e.f]}]     | schema[0].relationships[0].from[1]  | expected a string but found number
          relationships: [{type: primaryKey, to: a.b}]          | schema[0].relationships[0].type     | 'primaryKey' is not one of [foreignKey]
          quality: [{type: manual}]                             | schema[0].quality[0].type           | 'manual' is not one of [text, library, sql, custom]
          quality: [{metric: nullCount, mustBe: 0}]             | schema[0].quality[0].metric         | 'nullCount' is not one of [nullValues, missingValues
          quality: [{metric: rowCount, dimension: cp}]          | schema[0].quality[0].dimension      | 'cp' is not one of [accuracy, completeness
          quality: [{metric: rowCount, mustBeGreaterThan: '5'}] | schema[0].quality[0].mustBeGreaterThan | expected a number but found string
          quality: [{metric: rowCount, mustBeBetween: 5}]       | schema[0].quality[0].mustBeBetween  | expected an array of two numbers but found number
          quality: [{metric: rowCount, mustBeBetween: [1, x]}]  | schema[0].quality[0].mustBeBetween[1] | expected a number but found string
          quality: [{type: custom, engine: soda, implementation: [a]}] | schema[0].quality[0].implementation | expected a string or an object but found array
          quality: [{metric: invalidValues, arguments: [a]}]    | schema[0].quality[0].arguments      | expected an object but found array
          quality: [{rule: validValues, validValues: pounds}]   | schema[0].quality[0].validValues    | expected an array but found string
          quality: [x]                                          | schema[0].quality[0]                | expected an object but found string
          """)
  void rejectsAWrongJsonTypeOrAnUnknownSpellingNamingThePath(
      String field, String path, String problem) {
    assertFormatError("schema:\n  - name: orders\n    " + field + "\n", path, problem);
  }

  @Test
  void requiresTheNameOfASchemaObjectOnly() {
    assertFormatError(
        "schema:\n  - physicalName: t\n", "schema[0].name", "required field 'name' is missing");

    // Everything else the standard requires is for the checks to report.
    SchemaObject o =
        read(
            """
            schema:
              - name: orders
                properties:
                  - logicalType: map
                    map: {}
                    enum: [{label: no value}]
                    synonyms: [{locale: en}]
                    relationships: [{}]
                quality:
                  - type: sql
                  - type: custom
                  - {}
            """);
    SchemaProperty p = o.properties().get(0);
    assertThat(p.name()).isEmpty();
    assertThat(p.map()).contains(new MapType(Optional.empty(), Optional.empty(), Map.of()));
    assertThat(p.enumValues().get(0).value()).isEmpty();
    assertThat(p.synonyms().get(0).synonym()).isEmpty();
    assertThat(p.relationships().get(0)).isEqualTo(Relationship.builder().build());
    assertThat(o.quality())
        .extracting(QualityRule::effectiveType)
        .containsExactly(QualityType.SQL, QualityType.CUSTOM, QualityType.LIBRARY);
    roundTrip(o);
  }

  @Test
  void keepsAnEmptyEnumOrRequiredListSoThatTheChecksSeeIt() {
    SchemaObject o =
        assertLossless(
            """
            schema:
              - name: orders
                properties:
                  - name: status
                    logicalType: object
                    logicalTypeOptions: {required: []}
                    enum: []
            """);
    SchemaProperty status = o.property("status").orElseThrow();

    assertThat(status.enumValues()).isEmpty();
    assertThat(status.extensions()).containsExactly(Map.entry("enum", arr()));
    assertThat(status.logicalTypeOptions().orElseThrow().extensions())
        .containsExactly(Map.entry("required", arr()));
  }

  // ---------------------------------------------------------------- relationships

  @Test
  void keepsAOneElementArrayAndAPlainStringApart() {
    SchemaObject o =
        assertLossless(
            """
            schema:
              - name: orders
                relationships:
                  - from: orders.customer_id
                    to: customers.id
                  - from: [orders.customer_id]
                    to: [customers.id]
                  - from: [orders.tenant, orders.customer_id]
                    to: customers.id
                  - from: []
                    to: customers.id
            """);
    Relationship plain = o.relationships().get(0);
    Relationship array = o.relationships().get(1);

    assertThat(plain.from()).isEqualTo(array.from()).containsExactly("orders.customer_id");
    assertThat(plain.fromArray()).isFalse();
    assertThat(plain.toArray()).isFalse();
    assertThat(array.fromArray()).isTrue();
    assertThat(array.toArray()).isTrue();
    assertThat(plain)
        .isNotEqualTo(array)
        .isEqualTo(Relationship.foreignKey("orders.customer_id", "customers.id"));
    assertThat(plain.effectiveType()).isEqualTo(RelationshipType.FOREIGN_KEY);
    assertThat(o.relationships().get(2).isComposite()).isTrue();
    assertThat(o.relationships().get(3).from()).isEmpty();
    assertThat(o.relationships().get(3).fromArray()).isTrue();
  }

  @Test
  void buildsRelationshipsInTheFormOfTheSetterUsed() {
    Relationship single = Relationship.builder().from("a.x").to("b.y").build();
    Relationship list =
        Relationship.builder()
            .type(RelationshipType.FOREIGN_KEY)
            .from(List.of("a.x"))
            .to(List.of("b.y"))
            .build();

    assertThat(SchemaMapping.relationship(single))
        .isEqualTo(
            new JsonValue.Obj(Map.of("from", JsonValue.of("a.x"), "to", JsonValue.of("b.y"))));
    assertThat(SchemaMapping.relationship(list).get("from")).contains(arr(JsonValue.of("a.x")));
    assertThat(list.toBuilder().clearFrom().build().from()).isEmpty();
    // More than one reference is always an array, whatever the flag says.
    assertThat(
            new Relationship(
                    Optional.empty(),
                    List.of("a.x", "a.y"),
                    false,
                    List.of(),
                    false,
                    List.of(),
                    Map.of())
                .fromArray())
        .isTrue();
  }

  // ---------------------------------------------------------------- quality

  @Test
  void readsEveryKindOfQualityRule() {
    SchemaObject o =
        assertLossless(
            """
            schema:
              - name: orders
                quality:
                  - id: email_verified_text
                    type: text
                    description: The email address was verified by the system.
                  - metric: missingValues
                    arguments:
                      missingValues: [null, '', N/A]
                    mustBeLessThan: 100
                    unit: percent
                  - type: sql
                    query: |
                      SELECT COUNT(*) FROM {object} WHERE {property} IS NOT NULL
                    mustNotBeBetween: [0, 10]
                  - type: custom
                    engine: greatExpectations
                    implementation:
                      type: expect_table_row_count_to_be_between
                      kwargs: {minValue: 10000, maxValue: 50000}
                  - type: custom
                    engine: soda
                    implementation: |
                      type: duplicate_percent
                  - rule: validValues
                    validValues: [pounds, kg]
                    mustBe: null
            """);
    List<QualityRule> q = o.quality();

    assertThat(q.get(0).type()).contains(QualityType.TEXT);
    assertThat(q.get(0).operators()).isEmpty();
    assertThat(q.get(0).operator()).isEmpty();
    assertThat(q.get(1).effectiveType()).isEqualTo(QualityType.LIBRARY);
    assertThat(q.get(1).metric()).contains(QualityMetric.MISSING_VALUES);
    assertThat(q.get(1).arguments().get("missingValues"))
        .isEqualTo(arr(JsonValue.Null.INSTANCE, JsonValue.of(""), JsonValue.of("N/A")));
    assertThat(q.get(1).operator())
        .contains(Map.entry(QualityOperator.MUST_BE_LESS_THAN, JsonValue.of(100)));
    assertThat(q.get(1).unit()).contains("percent");
    assertThat(q.get(2).query())
        .hasValueSatisfying(s -> assertThat(s).startsWith("SELECT COUNT(*)"));
    assertThat(q.get(2).operator())
        .contains(
            Map.entry(QualityOperator.MUST_NOT_BE_BETWEEN, arr(JsonValue.of(0), JsonValue.of(10))));
    assertThat(q.get(3).engine()).contains("greatExpectations");
    assertThat(q.get(3).implementation())
        .hasValueSatisfying(v -> assertThat(v).isInstanceOf(JsonValue.Obj.class));
    assertThat(q.get(4).implementation()).contains(JsonValue.of("type: duplicate_percent\n"));
    // v3.0: a rule name and the valid values directly on the rule; a null mustBe is a value.
    assertThat(q.get(5).rule()).contains("validValues");
    assertThat(q.get(5).validValues()).containsExactly(JsonValue.of("pounds"), JsonValue.of("kg"));
    assertThat(q.get(5).operator())
        .contains(Map.entry(QualityOperator.MUST_BE, JsonValue.Null.INSTANCE));
  }

  @Test
  void keepsSeveralOperatorsInDocumentOrderForTheChecksToReport() {
    SchemaObject o =
        assertLossless(
            """
            schema:
              - name: orders
                quality:
                  - type: sql
                    query: SELECT COUNT(*) FROM {object}
                    mustBeLessThan: 100
                    mustBeGreaterThan: 0
                  - metric: rowCount
                    mustBeBetween: [100]
            """);
    QualityRule two = o.quality().get(0);

    assertThat(two.operators().keySet())
        .containsExactly(QualityOperator.MUST_BE_LESS_THAN, QualityOperator.MUST_BE_GREATER_THAN);
    assertThat(two.operator()).isEmpty();
    assertThat(keys(element(SchemaMapping.schemaObject(o), "quality", 0)))
        .containsExactly("type", "query", "mustBeLessThan", "mustBeGreaterThan");
    // A one-element range is read; its length is the checks' business.
    assertThat(o.quality().get(1).operator())
        .contains(Map.entry(QualityOperator.MUST_BE_BETWEEN, arr(JsonValue.of(100))));
  }

  @ParameterizedTest
  @EnumSource(QualityOperator.class)
  void writesEveryOperatorUnderItsStandardName(QualityOperator op) {
    JsonValue value =
        op.takesRange()
            ? arr(num("1.5"), num("2"))
            : op.takesNumber() ? num("3.25") : JsonValue.of("x");
    QualityRule rule = QualityRule.builder().operator(op, value).build();

    JsonValue.Obj written = SchemaMapping.qualityRule(rule);
    assertThat(written.members()).containsExactly(Map.entry(op.value(), value));
    assertThat(QualityOperator.fromValue(op.value())).contains(op);
    SchemaObject o = SchemaObject.builder().name("t").qualityRule(rule).build();
    roundTrip(o);
  }

  // ---------------------------------------------------------------- logical type options

  @Test
  void readsThePreV31BooleanExclusiveBounds() {
    SchemaObject o =
        assertLossless(
            """
            schema:
              - name: t
                properties:
                  - name: n
                    logicalType: integer
                    logicalTypeOptions:
                      minimum: 0
                      exclusiveMinimum: true
                      maximum: 10
                      exclusiveMaximum: false
                      format: i64
                  - name: ts
                    logicalType: timestamp
                    logicalTypeOptions:
                      format: "yyyy-MM-dd'T'HH:mm:ssX"
                      timezone: true
                      defaultTimezone: Europe/Berlin
                  - name: o
                    logicalType: object
                    logicalTypeOptions: {}
            """);
    LogicalTypeOptions n = o.property("n").orElseThrow().logicalTypeOptions().orElseThrow();
    LogicalTypeOptions ts = o.property("ts").orElseThrow().logicalTypeOptions().orElseThrow();

    assertThat(n.exclusiveMinimumFlag()).contains(true);
    assertThat(n.exclusiveMaximumFlag()).contains(false);
    assertThat(n.exclusiveMinimumNumber()).isEmpty();
    assertThat(n.maximumNumber()).contains(BigDecimal.TEN);
    assertThat(ts.timezone()).contains(true);
    assertThat(ts.defaultTimezone()).contains("Europe/Berlin");
    // An empty options object is kept as such.
    assertThat(o.property("o").orElseThrow().logicalTypeOptions())
        .hasValueSatisfying(opts -> assertThat(opts.isEmpty()).isTrue());
  }

  // ---------------------------------------------------------------- builders

  @Test
  void buildsAModelThatWritesAndReadsBack() {
    SchemaObject o =
        SchemaObject.builder()
            .id("orders_obj")
            .name("orders")
            .physicalType("table")
            .logicalType(LogicalType.OBJECT)
            .property(
                SchemaProperty.builder()
                    .name("order_id")
                    .logicalType(LogicalType.STRING)
                    .logicalTypeOptions(LogicalTypeOptions.builder().pattern("^O-[0-9]+$").build())
                    .required(true)
                    .primaryKey(true)
                    .primaryKeyPosition(1)
                    .example(JsonValue.of("O-1"))
                    .build())
            .property(
                SchemaProperty.builder()
                    .name("amount")
                    .logicalType(LogicalType.NUMBER)
                    .logicalTypeOptions(
                        LogicalTypeOptions.builder()
                            .minimum(0)
                            .exclusiveMaximum(new BigDecimal("1E+6"))
                            .build())
                    .build())
            .property(
                SchemaProperty.builder()
                    .name("lines")
                    .logicalType(LogicalType.ARRAY)
                    .items(
                        SchemaProperty.builder()
                            .logicalType(LogicalType.OBJECT)
                            .property(SchemaProperty.of("sku", LogicalType.STRING))
                            .build())
                    .build())
            .property(
                SchemaProperty.builder()
                    .name("attributes")
                    .logicalType(LogicalType.MAP)
                    .map(
                        MapType.of(
                            SchemaProperty.builder().logicalType(LogicalType.STRING).build(),
                            SchemaProperty.builder().logicalType(LogicalType.INTEGER).build()))
                    .enumValue(EnumValue.of("x"))
                    .build())
            .relationship(
                Relationship.builder()
                    .from(List.of("orders.customer_id"))
                    .to(List.of("customers.id"))
                    .build())
            .qualityRule(
                QualityRule.builder()
                    .metric(QualityMetric.ROW_COUNT)
                    .operator(QualityOperator.MUST_BE_GREATER_THAN, 0)
                    .dimension(QualityDimension.COMPLETENESS)
                    .argument("x", JsonValue.of(1))
                    .build())
            .extensions(Map.of("x-vendor", JsonValue.of(true)))
            .build();

    JsonValue.Obj written = roundTrip(o);
    assertThat(member(element(written, "properties", 1), "logicalTypeOptions").members())
        .containsExactly(
            Map.entry("minimum", JsonValue.of(0)), Map.entry("exclusiveMaximum", num("1E+6")));
    assertThat(o.toBuilder().build()).isEqualTo(o);
    assertThat(
            o.property("order_id").orElseThrow().toBuilder()
                .required(Optional.empty())
                .build()
                .required())
        .isEmpty();
  }

  @Test
  void buildersFailFastNamingTheField() {
    assertThatThrownBy(() -> SchemaObject.builder().id("x").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("SchemaObject.name is required but was not set");
    assertThatThrownBy(
            () ->
                QualityRule.builder()
                    .operator(QualityOperator.MUST_BE_LESS_THAN, JsonValue.of("5")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("QualityRule.mustBeLessThan must be a number, got string 5");
    assertThatThrownBy(
            () ->
                QualityRule.builder()
                    .operators(
                        Map.of(
                            QualityOperator.MUST_BE_BETWEEN,
                            arr(JsonValue.of(1), JsonValue.of("x")))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "QualityRule.mustBeBetween must be an array of numbers [low, high], got array");
    assertThatThrownBy(() -> QualityRule.builder().implementation(arr(JsonValue.of("a"))).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("QualityRule.implementation must be a string or an object, got array");
    assertThatThrownBy(() -> LogicalTypeOptions.builder().minimum(JsonValue.of(true)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("LogicalTypeOptions.minimum must be a number or a string, got boolean true");
    assertThatThrownBy(() -> LogicalTypeOptions.builder().exclusiveMaximum(arr()).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "LogicalTypeOptions.exclusiveMaximum must be a number or a string (or a boolean, before"
                + " v3.1.0), got array");
    assertThatThrownBy(() -> EnumValue.of(JsonValue.Null.INSTANCE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("EnumValue.value must be a string, a number or a boolean, got null");
    assertThatThrownBy(() -> SchemaProperty.builder().tags(java.util.Arrays.asList("a", null)))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> SchemaProperty.builder().name((String) null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Relationship.builder().from((String) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("from");
  }

  @Test
  void spellsEnumsAsTheStandard() {
    assertThat(LogicalType.fromValue("map")).contains(LogicalType.MAP);
    assertThat(LogicalType.fromValue("Map")).isEmpty();
    assertThat(LogicalType.TIMESTAMP.isTemporal()).isTrue();
    assertThat(LogicalType.INTEGER.isNumeric()).isTrue();
    assertThat(QualityOperator.MUST_BE_GREATER_OR_EQUAL_TO.value())
        .isEqualTo("mustBeGreaterOrEqualTo");
    assertThat(QualityMetric.fromValue("duplicateValues")).contains(QualityMetric.DUPLICATE_VALUES);
    assertThat(QualityDimension.fromValue("uniqueness")).contains(QualityDimension.UNIQUENESS);
    assertThat(SemanticType.fromValue("column")).contains(SemanticType.COLUMN);
    assertThat(RelationshipType.FOREIGN_KEY.value()).isEqualTo("foreignKey");
  }
}
