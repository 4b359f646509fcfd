package dev.meshsdk.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Examples for each diff rule, nested at depth, in both perspectives. */
class ContractDiffTest {
  static final String BASE =
      """
      apiVersion: v3.2.0
      kind: DataContract
      id: shipments-contract
      version: 1.0.0
      status: active
      schema:
        - name: shipments
          physicalName: shipments_v1
          properties:
            - name: shipment_id
              logicalType: string
              required: true
              unique: true
              primaryKey: true
              logicalTypeOptions:
                pattern: '^S[0-9]+$'
                minLength: 2
                maxLength: 12
            - name: weight
              logicalType: integer
              logicalTypeOptions:
                minimum: 0
                maximum: 1000
                multipleOf: 10
            - name: status
              logicalType: string
              classification: public
              enum:
                - value: NEW
                - value: SHIPPED
            - name: shipped_at
              logicalType: timestamp
              logicalTypeOptions:
                format: yyyy-MM-dd'T'HH:mm:ssXXX
                timezone: true
            - name: lines
              logicalType: array
              logicalTypeOptions:
                minItems: 1
                maxItems: 50
                uniqueItems: true
              items:
                logicalType: object
                properties:
                  - name: sku
                    logicalType: string
                    required: true
                    logicalTypeOptions:
                      maxLength: 10
                      pattern: '^[A-Z]+$'
                  - name: qty
                    logicalType: integer
                    logicalTypeOptions:
                      minimum: 1
                    quality:
                      - id: qty_nulls
                        metric: nullValues
                        mustBeLessThan: 5
          quality:
            - id: rows
              metric: rowCount
              mustBeGreaterThan: 100
            - metric: duplicateValues
              mustBe: 0
              arguments:
                properties: [shipment_id]
            - name: valid_status
              metric: invalidValues
              mustBe: 0
              arguments:
                validValues: [NEW, SHIPPED]
      servers:
        - server: production
          type: postgres
          host: db.example.com
          port: 5432
          database: logistics
          schema: public
      roles:
        - role: shipments_reader
          access: read
      slaProperties:
        - property: latency
          value: 4
          unit: d
        - property: retention
          value: 3
          unit: y
        - property: availability
          value: 99.9
          unit: percent
        - property: endOfSupport
          value: '2030-01-01'
      """;

  static DataContract base() {
    return DataContracts.parse(BASE);
  }

  /** The base contract with one piece of text replaced (the text must occur exactly once). */
  static DataContract variant(String... replacements) {
    String yaml = BASE;
    for (int i = 0; i < replacements.length; i += 2) {
      String from = replacements[i];
      assertThat(yaml.indexOf(from))
          .as("'%s' occurs once in the base contract", from)
          .isNotNegative()
          .isEqualTo(yaml.lastIndexOf(from));
      yaml = yaml.replace(from, replacements[i + 1]);
    }
    return DataContracts.parse(yaml);
  }

  /**
   * The base contract without the lines from the one containing {@code from} to the one containing
   * {@code through}.
   */
  static DataContract cut(String from, String through) {
    int start = BASE.indexOf(from);
    assertThat(start)
        .as("'%s' occurs once", from)
        .isNotNegative()
        .isEqualTo(BASE.lastIndexOf(from));
    start = BASE.lastIndexOf('\n', start) + 1;
    int end = BASE.indexOf('\n', BASE.indexOf(through, start)) + 1;
    return DataContracts.parse(BASE.substring(0, start) + BASE.substring(end));
  }

  static ContractDiff diff(DataContract newer) {
    return ContractDiff.between(base(), newer, DiffOptions.builder().semverCheck(false).build());
  }

  static ContractDiff diff(DataContract newer, Perspective perspective) {
    return ContractDiff.between(
        base(), newer, DiffOptions.builder().perspective(perspective).semverCheck(false).build());
  }

  static Change only(ContractDiff diff) {
    assertThat(diff.changes()).as(diff.changes().toString()).hasSize(1);
    return diff.changes().get(0);
  }

  @Test
  void identicalContractsHaveNoChanges() {
    ContractDiff d = ContractDiff.between(base(), base());
    assertThat(d.changes()).isEmpty();
    assertThat(d.isBreaking()).isFalse();
  }

  @Nested
  class StructureChanges {
    @Test
    void removingANestedPropertyInsideArrayItemsIsBreakingWithATransparentPath() {
      DataContract newer = cut("- name: qty", "mustBeLessThan: 5");
      ContractDiff d = diff(newer);
      Change c = only(d);
      assertThat(c.path()).isEqualTo("shipments.lines.qty");
      assertThat(c.field()).isEmpty();
      assertThat(c.rule()).isEqualTo("property-removed");
      assertThat(c.kind()).isEqualTo(ChangeKind.REMOVED);
      assertThat(c.severity()).isEqualTo(ChangeSeverity.BREAKING);
      assertThat(c.message()).isEqualTo("property shipments.lines.qty was removed");
      assertThat(d.isBreaking()).isTrue();
      assertThat(diff(newer, Perspective.PRODUCER).isBreaking()).isFalse();
    }

    @Test
    void removingASchemaObjectIsBreaking() {
      DataContract newer = base().toBuilder().schema(List.of()).build();
      Change c = only(diff(newer));
      assertThat(c.rule()).isEqualTo("schema-object-removed");
      assertThat(c.path()).isEqualTo("shipments");
      assertThat(c.isBreaking()).isTrue();
    }

    @Test
    void renamingASchemaObjectWithTheSameIdIsBreakingForBoth() {
      DataContract older = variant("  - name: shipments\n", "  - name: shipments\n    id: shp\n");
      DataContract newer = variant("  - name: shipments\n", "  - name: deliveries\n    id: shp\n");
      for (Perspective p : Perspective.values()) {
        ContractDiff d =
            ContractDiff.between(
                older, newer, DiffOptions.builder().perspective(p).semverCheck(false).build());
        Change c = only(d);
        assertThat(c.rule()).isEqualTo("schema-object-renamed");
        assertThat(c.message()).isEqualTo("schema object shipments was renamed to deliveries");
        assertThat(c.severity()).isEqualTo(ChangeSeverity.BREAKING);
      }
    }

    @Test
    void renamingAPropertyWithoutIdIsARemovalAndAnAddition() {
      ContractDiff d = diff(variant("- name: weight", "- name: weight_kg"));
      assertThat(d.changes())
          .extracting(Change::rule, Change::path)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("property-removed", "shipments.weight"),
              org.assertj.core.groups.Tuple.tuple("property-added", "shipments.weight_kg"));
      assertThat(d.isBreaking()).isTrue();
    }

    @Test
    void addingAnOptionalPropertyBreaksNobody() {
      DataContract newer =
          variant(
              "      - name: weight\n",
              "      - name: note\n        logicalType: string\n      - name: weight\n");
      for (Perspective p : Perspective.values()) {
        Change c = only(diff(newer, p));
        assertThat(c.rule()).isEqualTo("property-added");
        assertThat(c.severity()).isEqualTo(ChangeSeverity.INFO);
      }
    }

    @Test
    void addingARequiredPropertyBreaksProducersOnly() {
      DataContract newer =
          variant(
              "      - name: weight\n",
              "      - name: note\n        logicalType: string\n        required: true\n"
                  + "      - name: weight\n");
      assertThat(only(diff(newer, Perspective.CONSUMER)).severity()).isEqualTo(ChangeSeverity.INFO);
      Change c = only(diff(newer, Perspective.PRODUCER));
      assertThat(c.rule()).isEqualTo("required-property-added");
      assertThat(c.severity()).isEqualTo(ChangeSeverity.BREAKING);
      assertThat(c.message()).isEqualTo("required property shipments.note was added");
    }

    @Test
    void relaxingRequiredAtDepthBreaksConsumersAndTighteningBreaksProducers() {
      DataContract relaxed =
          variant(
              "- name: sku\n              logicalType: string\n              required: true",
              "- name: sku\n              logicalType: string\n              required: false");
      Change c = only(diff(relaxed));
      assertThat(c.path()).isEqualTo("shipments.lines.sku");
      assertThat(c.field()).isEqualTo("required");
      assertThat(c.rule()).isEqualTo("required-relaxed");
      assertThat(c.kind()).isEqualTo(ChangeKind.LOOSENED);
      assertThat(c.severity()).isEqualTo(ChangeSeverity.BREAKING);
      assertThat(c.message()).isEqualTo("shipments.lines.sku is no longer required");
      assertThat(only(diff(relaxed, Perspective.PRODUCER)).severity())
          .isEqualTo(ChangeSeverity.INFO);

      ContractDiff back = ContractDiff.between(relaxed, base(), noSemver(Perspective.CONSUMER));
      assertThat(only(back).rule()).isEqualTo("required-added");
      assertThat(only(back).severity()).isEqualTo(ChangeSeverity.INFO);
      ContractDiff backProducer =
          ContractDiff.between(relaxed, base(), noSemver(Perspective.PRODUCER));
      assertThat(only(backProducer).severity()).isEqualTo(ChangeSeverity.BREAKING);
    }

    @Test
    void requiredListedOnTheParentObjectCountsAsRequired() {
      DataContract older =
          variant(
              "        items:\n          logicalType: object\n",
              "        items:\n          logicalType: object\n"
                  + "          logicalTypeOptions:\n            required: [qty]\n");
      Change c = only(ContractDiff.between(older, base(), noSemver(Perspective.CONSUMER)));
      assertThat(c.rule()).isEqualTo("required-relaxed");
      assertThat(c.path()).isEqualTo("shipments.lines.qty");
    }
  }

  static DiffOptions noSemver(Perspective p) {
    return DiffOptions.builder().perspective(p).semverCheck(false).build();
  }

  @Nested
  class TypeAndOptionChanges {
    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
      "maxLength: 10, maxLength: 20, max-length-increased, LOOSENED, BREAKING, INFO",
      "maxLength: 10, maxLength: 5, max-length-decreased, TIGHTENED, INFO, BREAKING",
      "'maxLength: 10\n', '', max-length-increased, LOOSENED, BREAKING, INFO",
      "pattern: '^[A-Z]+$', pattern: '^[A-Z0-9]+$', pattern-changed, CHANGED, BREAKING, BREAKING",
    })
    void skuOptionsInsideArrayItems(
        String from,
        String to,
        String rule,
        ChangeKind kind,
        ChangeSeverity consumer,
        ChangeSeverity producer) {
      String anchor = "                ";
      DataContract newer = variant(anchor + from, anchor + to);
      Change c = only(diff(newer));
      assertThat(c.path()).isEqualTo("shipments.lines.sku");
      assertThat(c.rule()).isEqualTo(rule);
      assertThat(c.kind()).isEqualTo(kind);
      assertThat(c.severity()).isEqualTo(consumer);
      assertThat(only(diff(newer, Perspective.PRODUCER)).severity()).isEqualTo(producer);
      assertThat(only(diff(newer, Perspective.BOTH)).severity())
          .isEqualTo(
              consumer == ChangeSeverity.BREAKING || producer == ChangeSeverity.BREAKING
                  ? ChangeSeverity.BREAKING
                  : ChangeSeverity.INFO);
    }

    @Test
    void removingThePatternOfANestedPropertyIsBreakingForConsumersOnly() {
      DataContract newer = cut("pattern: '^[A-Z]+$'", "pattern: '^[A-Z]+$'");
      Change c = only(diff(newer));
      assertThat(c.rule()).isEqualTo("pattern-removed");
      assertThat(c.path()).isEqualTo("shipments.lines.sku");
      assertThat(c.before()).contains(new JsonValue.Str("^[A-Z]+$"));
      assertThat(c.after()).isEmpty();
      assertThat(c.isBreaking()).isTrue();
      assertThat(only(diff(newer, Perspective.PRODUCER)).isBreaking()).isFalse();
    }

    @Test
    void maxLengthChangeCarriesBeforeAndAfterAndAFieldPath() {
      Change c = only(diff(variant("maxLength: 10", "maxLength: 20")));
      assertThat(c.field()).isEqualTo("logicalTypeOptions.maxLength");
      assertThat(c.location()).isEqualTo("shipments.lines.sku.logicalTypeOptions.maxLength");
      assertThat(c.before()).contains(new JsonValue.Num(BigDecimal.TEN));
      assertThat(c.after()).contains(new JsonValue.Num(BigDecimal.valueOf(20)));
      assertThat(c.message()).isEqualTo("maxLength of shipments.lines.sku loosened (10 -> 20)");
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
      "'logicalType: integer\n        logicalTypeOptions:\n          minimum: 0',"
          + " 'logicalType: number\n        logicalTypeOptions:\n          minimum: 0',"
          + " type-widened, BREAKING, INFO",
      "'minimum: 0\n', 'minimum: -5\n', minimum-decreased, BREAKING, INFO",
      "'minimum: 0\n', 'exclusiveMinimum: 0\n', minimum-increased, INFO, BREAKING",
      "'maximum: 1000', 'maximum: 2000', maximum-increased, BREAKING, INFO",
      "'maximum: 1000', 'exclusiveMaximum: 1000', maximum-decreased, INFO, BREAKING",
      "'multipleOf: 10', 'multipleOf: 5', multiple-of-relaxed, BREAKING, INFO",
      "'multipleOf: 10', 'multipleOf: 20', multiple-of-tightened, INFO, BREAKING",
      "'multipleOf: 10', 'multipleOf: 3', multiple-of-changed, BREAKING, BREAKING",
    })
    void weightBounds(
        String from, String to, String rule, ChangeSeverity consumer, ChangeSeverity producer) {
      DataContract newer = variant(from.replace("\n  ", "\n  "), to);
      Change c = only(diff(newer));
      assertThat(c.path()).isEqualTo("shipments.weight");
      assertThat(c.rule()).isEqualTo(rule);
      assertThat(c.severity()).isEqualTo(consumer);
      assertThat(only(diff(newer, Perspective.PRODUCER)).severity()).isEqualTo(producer);
    }

    @Test
    void typeChangedToSomethingUnrelatedBreaksBoth() {
      DataContract newer =
          variant(
              "- name: weight\n        logicalType: integer",
              "- name: weight\n        logicalType: string");
      assertThat(only(diff(newer, Perspective.CONSUMER)).rule()).isEqualTo("type-changed");
      assertThat(only(diff(newer, Perspective.PRODUCER)).isBreaking()).isTrue();
    }

    @Test
    void itemCountsAndUniquenessOfTheArray() {
      assertThat(only(diff(variant("maxItems: 50", "maxItems: 100"))).rule())
          .isEqualTo("max-items-increased");
      assertThat(only(diff(variant("minItems: 1", "minItems: 0"))).rule())
          .isEqualTo("min-items-decreased");
      Change unique = only(diff(variant("uniqueItems: true", "uniqueItems: false")));
      assertThat(unique.rule()).isEqualTo("unique-items-removed");
      assertThat(unique.path()).isEqualTo("shipments.lines");
      assertThat(unique.field()).isEqualTo("logicalTypeOptions.uniqueItems");
      assertThat(unique.isBreaking()).isTrue();
    }

    @Test
    void itemsTypeChangeIsReportedOnTheArrayWithAnItemsField() {
      Change c =
          only(
              diff(
                  variant(
                      "items:\n          logicalType: object",
                      "items:\n          logicalType: string")));
      assertThat(c.path()).isEqualTo("shipments.lines");
      assertThat(c.field()).isEqualTo("items.logicalType");
      assertThat(c.rule()).isEqualTo("type-changed");
    }

    @Test
    void formatAndTimezone() {
      Change format = only(diff(cut("format: yyyy-MM-dd", "format: yyyy-MM-dd")));
      assertThat(format.rule()).isEqualTo("format-removed");
      assertThat(format.isBreaking()).isTrue();
      Change tz = only(diff(variant("timezone: true", "timezone: false")));
      assertThat(tz.rule()).isEqualTo("timezone-changed");
      assertThat(tz.isBreaking()).isTrue();
    }

    @Test
    void uniqueAndPrimaryKeyRemoval() {
      Change c = only(diff(cut("unique: true", "unique: true")));
      assertThat(c.rule()).isEqualTo("unique-removed");
      assertThat(c.path()).isEqualTo("shipments.shipment_id");
      assertThat(c.isBreaking()).isTrue();
      assertThat(only(diff(cut("primaryKey: true", "primaryKey: true"))).rule())
          .isEqualTo("primary-key-removed");
    }

    @Test
    void enumValueAddedIsBreakingForConsumersAndRemovedForProducers() {
      DataContract added =
          variant(
              "          - value: SHIPPED\n",
              "          - value: SHIPPED\n          - value: LOST\n");
      Change c = only(diff(added));
      assertThat(c.rule()).isEqualTo("enum-value-added");
      assertThat(c.after()).contains(new JsonValue.Str("LOST"));
      assertThat(c.path()).isEqualTo("shipments.status");
      assertThat(c.isBreaking()).isTrue();
      assertThat(only(diff(added, Perspective.PRODUCER)).isBreaking()).isFalse();

      DataContract removed = cut("- value: SHIPPED", "- value: SHIPPED");
      assertThat(only(diff(removed)).rule()).isEqualTo("enum-value-removed");
      assertThat(only(diff(removed)).isBreaking()).isFalse();
      assertThat(only(diff(removed, Perspective.PRODUCER)).isBreaking()).isTrue();
    }

    @Test
    void classificationAndPhysicalNameAreWarnings() {
      Change c = only(diff(variant("classification: public", "classification: restricted")));
      assertThat(c.rule()).isEqualTo("classification-changed");
      assertThat(c.severity()).isEqualTo(ChangeSeverity.WARNING);
      Change p = only(diff(variant("physicalName: shipments_v1", "physicalName: shipments_v2")));
      assertThat(p.rule()).isEqualTo("physical-name-changed");
      assertThat(p.path()).isEqualTo("shipments");
      assertThat(p.field()).isEqualTo("physicalName");
    }
  }

  @Nested
  class QualityAndSla {
    @Test
    void looserNullThresholdOnANestedPropertyIsBreaking() {
      Change c = only(diff(variant("mustBeLessThan: 5", "mustBeLessThan: 10")));
      assertThat(c.rule()).isEqualTo("quality-threshold-loosened");
      assertThat(c.path()).isEqualTo("shipments.lines.qty");
      assertThat(c.field()).isEqualTo("quality[qty_nulls].mustBeLessThan");
      assertThat(c.kind()).isEqualTo(ChangeKind.LOOSENED);
      assertThat(c.isBreaking()).isTrue();
      assertThat(only(diff(variant("mustBeLessThan: 5", "mustBeLessThan: 3"))).rule())
          .isEqualTo("quality-threshold-tightened");
    }

    @Test
    void lowerRowCountMinimumIsLooserAndOperatorChangesAreComparedBySets() {
      assertThat(only(diff(variant("mustBeGreaterThan: 100", "mustBeGreaterThan: 50"))).rule())
          .isEqualTo("quality-threshold-loosened");
      assertThat(
              only(diff(variant("mustBeGreaterThan: 100", "mustBeGreaterOrEqualTo: 100"))).rule())
          .isEqualTo("quality-threshold-loosened");
      assertThat(only(diff(variant("mustBeGreaterThan: 100", "mustBeBetween: [200, 300]"))).rule())
          .isEqualTo("quality-threshold-tightened");
      assertThat(only(diff(variant("mustBeGreaterThan: 100", "mustBeLessThan: 100"))).isBreaking())
          .isTrue();
    }

    @Test
    void rulesWithoutIdOrNameAreMatchedByMetricAndPosition() {
      Change c =
          only(
              diff(
                  variant(
                      "mustBe: 0\n        arguments:\n          properties",
                      "mustBeLessThan: 3\n        arguments:\n          properties")));
      assertThat(c.field()).isEqualTo("quality[duplicateValues#1]");
      assertThat(c.rule()).isEqualTo("quality-threshold-loosened");
    }

    @Test
    void removingAQualityRuleBreaksConsumersAndAddingOneBreaksProducers() {
      DataContract removed =
          variant(
              "      - id: rows\n        metric: rowCount\n        mustBeGreaterThan: 100\n", "");
      Change c = only(diff(removed));
      assertThat(c.rule()).isEqualTo("quality-rule-removed");
      assertThat(c.path()).isEqualTo("shipments");
      assertThat(c.field()).isEqualTo("quality[rows]");
      assertThat(c.isBreaking()).isTrue();
      ContractDiff added = ContractDiff.between(removed, base(), noSemver(Perspective.PRODUCER));
      assertThat(only(added).rule()).isEqualTo("quality-rule-added");
      assertThat(only(added).isBreaking()).isTrue();
    }

    @Test
    void validValuesAddedIsBreaking() {
      Change c =
          only(diff(variant("validValues: [NEW, SHIPPED]", "validValues: [NEW, SHIPPED, LOST]")));
      assertThat(c.rule()).isEqualTo("valid-value-added");
      assertThat(c.field()).isEqualTo("quality[valid_status].validValues");
      assertThat(c.after()).contains(new JsonValue.Str("LOST"));
      assertThat(c.isBreaking()).isTrue();
    }

    @Test
    void longerLatencyIsBreakingWithUnitsNormalised() {
      Change c = only(diff(variant("value: 4\n    unit: d", "value: 5\n    unit: days")));
      assertThat(c.rule()).isEqualTo("sla-latency-increased");
      assertThat(c.path()).isEmpty();
      assertThat(c.field()).isEqualTo("slaProperties[latency].value");
      assertThat(c.before()).contains(new JsonValue.Str("4 d"));
      assertThat(c.after()).contains(new JsonValue.Str("5 days"));
      assertThat(c.isBreaking()).isTrue();
      Change same = only(diff(variant("value: 4\n    unit: d", "value: 96\n    unit: h")));
      assertThat(same.rule()).isEqualTo("metadata-changed");
      assertThat(same.isBreaking()).isFalse();
      Change shorter = only(diff(variant("value: 4\n    unit: d", "value: 48\n    unit: h")));
      assertThat(shorter.rule()).isEqualTo("sla-latency-decreased");
      assertThat(shorter.isBreaking()).isFalse();
      assertThat(
              only(diff(
                      variant("value: 4\n    unit: d", "value: 48\n    unit: h"),
                      Perspective.PRODUCER))
                  .isBreaking())
          .isTrue();
    }

    @Test
    void shorterRetentionLowerAvailabilityAndEarlierEndOfSupportAreBreaking() {
      assertThat(only(diff(variant("value: 3\n    unit: y", "value: 18\n    unit: months"))).rule())
          .isEqualTo("sla-retention-decreased");
      Change a = only(diff(variant("value: 99.9", "value: 99.5")));
      assertThat(a.rule()).isEqualTo("sla-availability-decreased");
      assertThat(a.isBreaking()).isTrue();
      Change eos = only(diff(variant("value: '2030-01-01'", "value: '2029-06-30'")));
      assertThat(eos.rule()).isEqualTo("sla-end-of-support-earlier");
      assertThat(eos.isBreaking()).isTrue();
    }

    @Test
    void slaPropertiesMatchIgnoringCase() {
      assertThat(diff(variant("property: latency", "property: Latency")).changes()).isEmpty();
      assertThat(
              only(diff(
                      variant(
                          "property: latency", "property: LATENCY", "value: 4\n", "value: 6\n")))
                  .rule())
          .isEqualTo("sla-latency-increased");
    }

    @Test
    void removingAnSlaPropertyIsBreaking() {
      Change c = only(diff(cut("- property: retention", "unit: y")));
      assertThat(c.rule()).isEqualTo("sla-property-removed");
      assertThat(c.isBreaking()).isTrue();
    }
  }

  @Nested
  class OutsideTheSchema {
    @Test
    void removingAServerIsBreakingAndChangingItsHostToo() {
      assertThat(only(diff(base().toBuilder().servers(List.of()).build())).rule())
          .isEqualTo("server-removed");
      Change host = only(diff(variant("host: db.example.com", "host: db2.example.com")));
      assertThat(host.rule()).isEqualTo("server-changed");
      assertThat(host.field()).isEqualTo("servers[production].attributes.host");
      assertThat(host.isBreaking()).isTrue();
    }

    @Test
    void rolesStatusAndDescriptionsAreNotBreaking() {
      assertThat(only(diff(variant("access: read", "access: write"))).rule())
          .isEqualTo("metadata-changed");
      Change status = only(diff(variant("status: active", "status: deprecated")));
      assertThat(status.rule()).isEqualTo("status-changed");
      assertThat(status.severity()).isEqualTo(ChangeSeverity.WARNING);
      DataContract described =
          base().toBuilder()
              .description(ContractDescription.builder().purpose("Track shipments").build())
              .build();
      Change d = only(diff(described));
      assertThat(d.field()).isEqualTo("description");
      assertThat(d.kind()).isEqualTo(ChangeKind.ADDED);
      assertThat(d.severity()).isEqualTo(ChangeSeverity.INFO);
    }
  }

  @Nested
  class SemanticVersions {
    @Test
    void breakingChangeWithoutNewMajorAddsAFinding() {
      DataContract newer =
          variant("maxLength: 10", "maxLength: 20", "version: 1.0.0", "version: 1.1.0");
      ContractDiff d = ContractDiff.between(base(), newer);
      Change semver = d.find("semver-major-required").orElseThrow();
      assertThat(semver.severity()).isEqualTo(ChangeSeverity.BREAKING);
      assertThat(semver.field()).isEqualTo("version");
      assertThat(semver.message())
          .isEqualTo(
              "breaking changes need a new major version (2.0.0), but the version goes from 1.0.0"
                  + " to 1.1.0");
    }

    @Test
    void newMajorVersionSatisfiesTheCheck() {
      DataContract newer =
          variant("maxLength: 10", "maxLength: 20", "version: 1.0.0", "version: 2.0.0");
      ContractDiff d = ContractDiff.between(base(), newer);
      assertThat(d.find("semver-major-required")).isEmpty();
      assertThat(d.find("version-changed")).isPresent();
      assertThat(d.isBreaking()).isTrue();
    }

    @Test
    void zeroMajorNeedsANewMinor() {
      DataContract older = variant("version: 1.0.0", "version: 0.3.1");
      DataContract patch =
          variant("maxLength: 10", "maxLength: 20", "version: 1.0.0", "version: 0.3.2");
      DataContract minor =
          variant("maxLength: 10", "maxLength: 20", "version: 1.0.0", "version: 0.4.0");
      assertThat(ContractDiff.between(older, patch).find("semver-major-required")).isPresent();
      assertThat(ContractDiff.between(older, minor).find("semver-major-required")).isEmpty();
    }

    @Test
    void nonSemanticVersionsCannotBeChecked() {
      DataContract newer =
          variant("maxLength: 10", "maxLength: 20", "version: 1.0.0", "version: '2024-06'");
      Change c = ContractDiff.between(base(), newer).find("semver-unchecked").orElseThrow();
      assertThat(c.severity()).isEqualTo(ChangeSeverity.WARNING);
      assertThat(c.message()).contains("'2024-06' is not a semantic version");
    }

    @Test
    void nonBreakingChangesNeedNoVersionCheck() {
      DataContract newer = variant("maxLength: 10", "maxLength: 5");
      ContractDiff d = ContractDiff.between(base(), newer);
      assertThat(d.find("semver-major-required")).isEmpty();
      assertThat(d.isBreaking()).isFalse();
    }
  }

  @Nested
  class Options {
    @Test
    void severityOverrideAndIgnoredRulesAndPaths() {
      DataContract newer =
          variant("maxLength: 10", "maxLength: 20", "status: active", "status: retired");
      DiffOptions demote =
          DiffOptions.builder()
              .severity("max-length-increased", ChangeSeverity.WARNING)
              .semverCheck(false)
              .build();
      ContractDiff d = ContractDiff.between(base(), newer, demote);
      assertThat(d.isBreaking()).isFalse();
      assertThat(d.find("max-length-increased").orElseThrow().severity())
          .isEqualTo(ChangeSeverity.WARNING);

      ContractDiff ignored =
          ContractDiff.between(
              base(), newer, demote.toBuilder().ignoreRule("status-changed").build());
      assertThat(ignored.changes())
          .extracting(Change::rule)
          .containsExactly("max-length-increased");

      ContractDiff byPath =
          ContractDiff.between(
              base(), newer, DiffOptions.builder().ignorePath("shipments.lines.**").build());
      assertThat(byPath.changes()).extracting(Change::rule).containsExactly("status-changed");
      ContractDiff oneSegment =
          ContractDiff.between(
              base(), newer, DiffOptions.builder().ignorePath("shipments.*").build());
      assertThat(oneSegment.find("max-length-increased")).isPresent();
    }

    @Test
    void ignoringTheSemverRuleKeepsTheBreakingChange() {
      DataContract newer = variant("maxLength: 10", "maxLength: 20");
      ContractDiff d =
          ContractDiff.between(
              base(), newer, DiffOptions.builder().ignoreRule("semver-major-required").build());
      assertThat(d.changes()).extracting(Change::rule).containsExactly("max-length-increased");
      assertThat(ContractDiff.between(base(), newer).changes())
          .extracting(Change::rule)
          .containsExactly("max-length-increased", "semver-major-required");
    }

    @Test
    void buildersFailFastNamingTheParameterAndValue() {
      assertThatThrownBy(
              () -> DiffOptions.builder().severity("max-lenght-increased", ChangeSeverity.INFO))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "DiffOptions.severityOverrides: unknown rule id 'max-lenght-increased' (see"
                  + " ContractDiff.ruleIds() for the known ids)");
      assertThatThrownBy(() -> DiffOptions.builder().ignorePath(" "))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("DiffOptions.ignorePath: a glob must not be blank, got ' '");
      assertThatThrownBy(() -> Change.builder().rule("x").build())
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("Change.builder(): kind is required but not set");
      assertThat(DiffOptions.defaults().toBuilder().build()).isEqualTo(DiffOptions.defaults());
      assertThat(DiffOptions.defaults().perspective()).isEqualTo(Perspective.CONSUMER);
    }

    @Test
    void everyRuleIdHasADefaultSeverityInEachPerspective() {
      assertThat(ContractDiff.ruleIds())
          .contains("property-removed", "sla-latency-increased", "semver-major-required")
          .doesNotHaveDuplicates();
      assertThat(ContractDiff.defaultSeverity("property-removed", Perspective.CONSUMER))
          .isEqualTo(ChangeSeverity.BREAKING);
      assertThat(ContractDiff.defaultSeverity("property-removed", Perspective.PRODUCER))
          .isEqualTo(ChangeSeverity.INFO);
    }
  }
}
