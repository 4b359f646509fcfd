package dev.meshsdk.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meshsdk.testsupport.SharedStandards;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Batch quality: ODCS {@code quality} rules measured over a batch of records. */
class BatchQualityTest {

  private static final String HEAD =
      """
      apiVersion: v3.1.0
      kind: DataContract
      id: quality-test
      version: 1.0.0
      status: active
      """;

  // ------------------------------------------------------------------ helpers

  private static DataContract contract(String schema) {
    return DataContracts.parse(HEAD + "schema:\n" + schema.stripTrailing() + "\n");
  }

  private static BatchQuality quality(String schema) {
    return BatchQuality.of(contract(schema), "orders");
  }

  /** A record from alternating names and values; values may be null. */
  private static Map<String, Object> row(Object... namesAndValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      m.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return m;
  }

  /** Ten records, {@code status} null in two (one null, one absent), {@code ''} in one. */
  private static List<Map<String, Object>> tenOrders() {
    List<Map<String, Object>> rows = new ArrayList<>();
    String[] statuses = {"open", "open", "shipped", "shipped", "N/A", "lost", "", "open"};
    for (int i = 0; i < statuses.length; i++) {
      rows.add(row("id", i, "status", statuses[i]));
    }
    rows.add(row("id", 8, "status", null));
    rows.add(row("id", 9));
    return rows;
  }

  private static String propertyRule(String rule) {
    return """
          - name: orders
            properties:
              - name: id
                logicalType: integer
              - name: status
                logicalType: string
                quality:
        """
        + rule.stripIndent().indent(10);
  }

  private static QualityResult only(QualityReport report) {
    assertThat(report.results()).hasSize(1);
    return report.results().get(0);
  }

  // ------------------------------------------------------------------ finding the object

  @Test
  void anUnknownSchemaObjectIsADefinitionErrorNamingTheObjectsThatExist() {
    DataContract c =
        contract(
            """
              - name: orders
              - name: customers
            """);

    assertThatThrownBy(() -> BatchQuality.of(c, "ordrs"))
        .isInstanceOf(ContractDefinitionException.class)
        .hasMessageContaining("'ordrs'")
        .hasMessageContaining("'orders', 'customers'");
  }

  // ------------------------------------------------------------------ operators and units

  @ParameterizedTest(name = "{0} {1} {2} -> {3}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        // nullValues of tenOrders(): 2 rows, 20 percent
        "mustBe                 | 2       | rows    | PASSED",
        "mustBe                 | 3       | rows    | FAILED",
        "mustBe                 | 20      | percent | PASSED",
        "mustBe                 | 2       | percent | FAILED",
        "mustNotBe              | 2       | rows    | FAILED",
        "mustNotBe              | 0       | rows    | PASSED",
        "mustNotBe              | 20      | percent | FAILED",
        "mustNotBe              | 2       | percent | PASSED",
        "mustBeGreaterThan      | 1       | rows    | PASSED",
        "mustBeGreaterThan      | 2       | rows    | FAILED",
        "mustBeGreaterThan      | 19.9    | percent | PASSED",
        "mustBeGreaterThan      | 20      | percent | FAILED",
        "mustBeGreaterOrEqualTo | 2       | rows    | PASSED",
        "mustBeGreaterOrEqualTo | 3       | rows    | FAILED",
        "mustBeGreaterOrEqualTo | 20      | percent | PASSED",
        "mustBeGreaterOrEqualTo | 20.01   | percent | FAILED",
        "mustBeLessThan         | 3       | rows    | PASSED",
        "mustBeLessThan         | 2       | rows    | FAILED",
        "mustBeLessThan         | 20.5    | percent | PASSED",
        "mustBeLessThan         | 20      | percent | FAILED",
        "mustBeLessOrEqualTo    | 2       | rows    | PASSED",
        "mustBeLessOrEqualTo    | 1       | rows    | FAILED",
        "mustBeLessOrEqualTo    | 20      | percent | PASSED",
        "mustBeLessOrEqualTo    | 19      | percent | FAILED",
        "mustBeBetween          | [2, 5]  | rows    | PASSED",
        "mustBeBetween          | [0, 2]  | rows    | PASSED",
        "mustBeBetween          | [3, 5]  | rows    | FAILED",
        "mustBeBetween          | [0, 1]  | rows    | FAILED",
        "mustBeBetween          | [20, 30]| percent | PASSED",
        "mustBeBetween          | [10, 20]| percent | PASSED",
        "mustBeBetween          | [21, 30]| percent | FAILED",
        "mustNotBeBetween       | [2, 5]  | rows    | FAILED",
        "mustNotBeBetween       | [0, 2]  | rows    | FAILED",
        "mustNotBeBetween       | [3, 5]  | rows    | PASSED",
        "mustNotBeBetween       | [0, 1]  | rows    | PASSED",
        "mustNotBeBetween       | [20, 30]| percent | FAILED",
        "mustNotBeBetween       | [0, 19] | percent | PASSED",
      })
  void everyOperatorComparesWithBothUnitsAndTheBetweensIncludeTheirBounds(
      String operator, String value, String unit, QualityStatus expected) {
    BatchQuality q =
        quality(
            propertyRule(
                """
                - metric: nullValues
                  %s: %s
                  unit: %s
                """
                    .formatted(operator, value, unit)));

    QualityResult r = only(q.evaluate(tenOrders()));

    assertThat(r.status()).as(r.message()).isEqualTo(expected);
    assertThat(r.unit()).isEqualTo(unit);
    assertThat(r.measured())
        .hasValueSatisfying(
            m -> assertThat(m).isEqualByComparingTo(unit.equals("rows") ? "2" : "20"));
    assertThat(r.threshold()).map(QualityThreshold::text).contains(operator + " " + value);
    assertThat(r.path()).isEqualTo("orders.status");
    assertThat(r.metric()).contains(QualityMetric.NULL_VALUES);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        // metric and arguments                                | rows | percent
        "nullValues                                             | 2    | 20",
        "missingValues                                          | 3    | 30",
        "missingValues, arguments: {missingValues: [null, '', 'N/A']} | 4 | 40",
        "missingValues, arguments: {missingValues: ['N/A']}     | 3    | 30",
        "invalidValues, arguments: {validValues: [open, shipped]} | 3  | 30",
        "invalidValues, arguments: {pattern: '^[a-z]+$'}        | 2    | 20",
        "invalidValues, arguments: {pattern: 'o'}               | 4    | 40",
        "invalidValues, arguments: {validValues: [open, shipped, lost], pattern: '^o'} | 5 | 50",
        "duplicateValues                                        | 3    | 30",
      })
  void everyPropertyMetricCountsRowsAndPercentOfTheValuesExamined(
      String metricAndArguments, long rows, long percent) {
    for (String unit : List.of("rows", "percent")) {
      String rule =
          "- {metric: " + metricAndArguments + ", mustBeGreaterOrEqualTo: 0, unit: " + unit + "}\n";
      QualityResult r = only(quality(propertyRule(rule)).evaluate(tenOrders()));

      assertThat(r.measured())
          .as(unit + ": " + r.message())
          .hasValueSatisfying(
              m ->
                  assertThat(m)
                      .isEqualByComparingTo(unit.equals("rows") ? "" + rows : "" + percent));
      assertThat(r.status()).isEqualTo(QualityStatus.PASSED);
    }
  }

  @Test
  void percentIsOfTheValuesExaminedAndNeedNotBeWhole() {
    List<Map<String, Object>> rows =
        List.of(row("status", null), row("status", "a"), row("status", "b"));

    QualityResult r =
        only(
            quality(propertyRule("- {metric: nullValues, mustBeLessThan: 34, unit: percent}"))
                .evaluate(rows));

    assertThat(r.measured().orElseThrow())
        .isBetween(new BigDecimal("33.33"), new BigDecimal("33.34"));
    assertThat(r.status()).isEqualTo(QualityStatus.PASSED);
  }

  @Test
  void numbersEqualByValueAndAStringNeverEqualsANumber() {
    BatchQuality q =
        quality(
            propertyRule(
                """
                - {metric: duplicateValues, mustBe: 0}
                - {metric: invalidValues, arguments: {validValues: [1, 2]}, mustBe: 0}
                """));
    List<Map<String, Object>> rows =
        List.of(
            row("status", 1),
            row("status", new BigDecimal("1.0")),
            row("status", 2L),
            row("status", "2"));

    QualityReport report = q.evaluate(rows);

    assertThat(report.results().get(0).measured()).contains(BigDecimal.ONE);
    assertThat(report.results().get(0).message()).contains("for example 1");
    assertThat(report.results().get(1).measured()).contains(BigDecimal.ONE);
    assertThat(report.results().get(1).message()).contains("for example '2'");
  }

  @Test
  void aRuleWithoutOperatorIsMeasuredButNotEvaluated() {
    QualityResult r = only(quality(propertyRule("- metric: nullValues")).evaluate(tenOrders()));

    assertThat(r.status()).isEqualTo(QualityStatus.NOT_EVALUATED);
    assertThat(r.measured()).contains(BigDecimal.valueOf(2));
    assertThat(r.threshold()).isEmpty();
    assertThat(r.message()).contains("no operator");
  }

  @Test
  void aRuleWithTwoOperatorsOrABackwardsRangeIsNotEvaluated() {
    QualityReport report =
        quality(
                propertyRule(
                    """
                    - {metric: nullValues, mustBeGreaterThan: 0, mustBeLessThan: 5}
                    - {metric: nullValues, mustBeBetween: [5, 1]}
                    - {metric: nullValues, mustBe: 'two'}
                    """))
            .evaluate(tenOrders());

    assertThat(report.results())
        .extracting(QualityResult::status)
        .containsOnly(QualityStatus.NOT_EVALUATED);
    assertThat(report.results().get(0).message())
        .contains("2 operators (mustBeGreaterThan, mustBeLessThan)");
    assertThat(report.results().get(1).message()).contains("low bound must come first");
    assertThat(report.results().get(2).message()).contains("is not a number");
  }

  @Test
  void anUnknownUnitIsNotEvaluated() {
    QualityResult r =
        only(
            quality(propertyRule("- {metric: nullValues, mustBe: 0, unit: bytes}"))
                .evaluate(tenOrders()));

    assertThat(r.status()).isEqualTo(QualityStatus.NOT_EVALUATED);
    assertThat(r.message()).contains("unit 'bytes' is neither rows nor percent");
  }

  @Test
  void invalidValuesNeedsValidValuesOrAPatternAndABadPatternIsADefinitionError() {
    QualityResult r =
        only(quality(propertyRule("- {metric: invalidValues, mustBe: 0}")).evaluate(tenOrders()));
    assertThat(r.status()).isEqualTo(QualityStatus.NOT_EVALUATED);
    assertThat(r.message()).contains("arguments.validValues or arguments.pattern");

    DataContract bad =
        contract(propertyRule("- {metric: invalidValues, arguments: {pattern: '[a-'}, mustBe: 0}"));
    assertThatThrownBy(() -> BatchQuality.of(bad, "orders"))
        .isInstanceOf(ContractDefinitionException.class)
        .hasMessageContaining("\"[a-\"")
        .hasMessageContaining("orders.status");
  }

  @Test
  void aPatternThatGivesUpOnAValueLeavesTheRuleNotEvaluated() {
    QualityResult r =
        only(
            quality(
                    propertyRule(
                        "- {metric: invalidValues, arguments: {pattern: '^(a+)+\\1b$'},"
                            + " mustBe: 0}"))
                .evaluate(List.of(row("status", "a".repeat(40)), row("status", "ab"))));

    assertThat(r.status()).isEqualTo(QualityStatus.NOT_EVALUATED);
    assertThat(r.message()).contains("gave up on 1 value");
  }

  @Test
  void nullsAreNeitherInvalidNorDuplicates() {
    List<Map<String, Object>> rows =
        List.of(row("status", null), row("status", null), row(), row("status", "open"));

    QualityReport report =
        quality(
                propertyRule(
                    """
                    - {metric: invalidValues, arguments: {validValues: [open]}, mustBe: 0}
                    - {metric: invalidValues, arguments: {pattern: '^o'}, mustBe: 0}
                    - {metric: duplicateValues, mustBe: 0}
                    """))
            .evaluate(rows);

    assertThat(report.results())
        .extracting(QualityResult::status)
        .containsOnly(QualityStatus.PASSED);
  }

  // ------------------------------------------------------------------ schema level

  @Test
  void rowCountComparesTheRecordsOfTheBatch() {
    String schema =
        """
          - name: orders
            quality:
              - {metric: rowCount, mustBeBetween: [10, 12]}
              - {metric: rowCount, mustBeGreaterThan: 10}
              - {metric: rowCount, mustBe: 10, unit: percent}
        """;

    QualityReport report = quality(schema).evaluate(tenOrders());

    assertThat(report.rowCount()).isEqualTo(10);
    assertThat(report.results())
        .extracting(QualityResult::status)
        .containsExactly(QualityStatus.PASSED, QualityStatus.FAILED, QualityStatus.NOT_EVALUATED);
    assertThat(report.results().get(0).path()).isEqualTo("orders");
    assertThat(report.results().get(0).measured()).contains(BigDecimal.TEN);
    assertThat(report.results().get(2).message()).contains("unit percent does not apply");
  }

  @Test
  void compoundDuplicateKeysCountRecordsRepeatingAnEarlierKeyAndSkipKeysWithANullPart() {
    String schema =
        """
          - name: orders
            properties:
              - name: tenant_id
              - name: order_id
            quality:
              - metric: duplicateValues
                arguments:
                  properties: [tenant_id, order_id]
                mustBe: 0
              - metric: duplicateValues
                arguments: {properties: [tenant_id, order_id]}
                mustBeLessOrEqualTo: 40
                unit: percent
        """;
    List<Map<String, Object>> rows =
        List.of(
            row("tenant_id", "t1", "order_id", 1),
            row("tenant_id", "t1", "order_id", 2),
            row("tenant_id", "t2", "order_id", 1),
            row("tenant_id", "t1", "order_id", 1.0),
            row("tenant_id", "t1", "order_id", 2),
            row("tenant_id", "t1"),
            row("tenant_id", "t1", "order_id", null),
            row("order_id", 1),
            row("tenant_id", "t2", "order_id", "1"),
            row("tenant_id", "t3", "order_id", 1));

    QualityReport report = quality(schema).evaluate(rows);

    QualityResult rowsResult = report.results().get(0);
    assertThat(rowsResult.path()).isEqualTo("orders");
    assertThat(rowsResult.metric()).contains(QualityMetric.DUPLICATE_VALUES);
    assertThat(rowsResult.measured()).contains(BigDecimal.valueOf(2));
    assertThat(rowsResult.status()).isEqualTo(QualityStatus.FAILED);
    assertThat(rowsResult.message()).contains("('t1', 1)").contains("(tenant_id, order_id)");
    assertThat(report.results().get(1).measured())
        .hasValueSatisfying(m -> assertThat(m).isEqualByComparingTo("20"));
    assertThat(report.results().get(1).status()).isEqualTo(QualityStatus.PASSED);
  }

  @Test
  void aCompoundKeyNamingAnUnknownPropertyIsNotEvaluated() {
    String schema =
        """
          - name: orders
            properties:
              - name: tenant_id
            quality:
              - {metric: duplicateValues, arguments: {properties: [tenant_id, order_idd]}, mustBe: 0}
              - {metric: duplicateValues, mustBe: 0}
              - {metric: nullValues, mustBe: 0}
        """;

    QualityReport report = quality(schema).evaluate(tenOrders());

    assertThat(report.results())
        .extracting(QualityResult::status)
        .containsOnly(QualityStatus.NOT_EVALUATED);
    assertThat(report.results().get(0).message()).contains("'order_idd'");
    assertThat(report.results().get(1).message()).contains("needs arguments.properties");
    assertThat(report.results().get(2).message()).contains("applies to properties");
  }

  // ------------------------------------------------------------------ nested paths

  @Test
  void nestedPropertiesAreReachedByNameAndArrayItemsAreTransparent() {
    String schema =
        """
          - name: orders
            properties:
              - name: destination
                logicalType: object
                properties:
                  - name: country
                    quality:
                      - {metric: nullValues, mustBe: 0}
              - name: lines
                logicalType: array
                items:
                  logicalType: object
                  properties:
                    - name: sku
                      quality:
                        - {metric: invalidValues, arguments: {pattern: '^SKU-[0-9]+$'}, mustBe: 0}
                        - {metric: duplicateValues, mustBeLessThan: 50, unit: percent}
              - name: tags
                logicalType: array
                items:
                  logicalType: string
                  quality:
                    - {metric: missingValues, mustBe: 0}
        """;
    List<Map<String, Object>> rows =
        List.of(
            row(
                "destination", Map.of("country", "NL"),
                "lines", List.of(Map.of("sku", "SKU-1"), Map.of("sku", "SKU-2")),
                "tags", List.of("a", "")),
            row(
                "destination", null,
                "lines", List.of(Map.of("sku", "sku-3"), Map.of("sku", "SKU-1")),
                "tags", List.of()),
            row("lines", null));

    QualityReport report = quality(schema).evaluate(rows);

    assertThat(report.results())
        .extracting(QualityResult::path)
        .containsExactly(
            "orders.destination.country", "orders.lines.sku", "orders.lines.sku", "orders.tags[]");
    QualityResult country = report.results().get(0);
    assertThat(country.measured()).contains(BigDecimal.valueOf(2));
    assertThat(country.message()).contains("2 of 3");
    QualityResult invalidSku = report.results().get(1);
    assertThat(invalidSku.measured()).contains(BigDecimal.ONE);
    assertThat(invalidSku.message()).contains("1 of 4").contains("'sku-3'");
    QualityResult duplicateSku = report.results().get(2);
    assertThat(duplicateSku.measured()).contains(BigDecimal.valueOf(25));
    assertThat(duplicateSku.status()).isEqualTo(QualityStatus.PASSED);
    QualityResult tags = report.results().get(3);
    assertThat(tags.measured()).contains(BigDecimal.ONE);
    assertThat(tags.message()).contains("1 of 2");
  }

  // ------------------------------------------------------------------ unique and primary keys

  @Test
  void uniqueAndPrimaryKeyPropertiesGetSynthesisedChecksThatSaySo() {
    String schema =
        """
          - name: orders
            properties:
              - name: order_id
                primaryKey: true
                primaryKeyPosition: 2
              - name: tenant_id
                primaryKey: true
                primaryKeyPosition: 1
              - name: email
                unique: true
        """;
    List<Map<String, Object>> rows =
        List.of(
            row("tenant_id", "t1", "order_id", 1, "email", "a@x"),
            row("tenant_id", "t1", "order_id", 1, "email", "b@x"),
            row("tenant_id", null, "order_id", 2, "email", "a@x"));

    QualityReport report = quality(schema).evaluate(rows);

    assertThat(report.results())
        .extracting(QualityResult::path, QualityResult::metricName, QualityResult::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "orders.order_id", "nullValues", QualityStatus.PASSED),
            org.assertj.core.groups.Tuple.tuple(
                "orders.tenant_id", "nullValues", QualityStatus.FAILED),
            org.assertj.core.groups.Tuple.tuple(
                "orders.email", "duplicateValues", QualityStatus.FAILED),
            org.assertj.core.groups.Tuple.tuple("orders", "duplicateValues", QualityStatus.FAILED));
    assertThat(report.results().get(0).message()).startsWith("rule synthesised from primaryKey");
    assertThat(report.results().get(2).message()).startsWith("rule synthesised from unique: true");
    QualityResult key = report.results().get(3);
    assertThat(key.rule().arguments().get("properties"))
        .isEqualTo(new JsonValue.Arr(List.of(JsonValue.of("tenant_id"), JsonValue.of("order_id"))));
    assertThat(key.threshold()).map(QualityThreshold::text).contains("mustBe 0");
    assertThat(key.message()).contains("compound key tenant_id, order_id").contains("('t1', 1)");
    assertThat(report.passed()).isFalse();
  }

  @Test
  void aSinglePrimaryKeyThatIsAlsoUniqueIsCheckedForDuplicatesOnce() {
    String schema =
        """
          - name: orders
            properties:
              - name: id
                primaryKey: true
                unique: true
        """;

    QualityReport report = quality(schema).evaluate(List.of(row("id", 1), row("id", 1)));

    assertThat(report.results())
        .extracting(QualityResult::metricName)
        .containsExactly("nullValues", "duplicateValues");
    assertThat(report.results().get(1).message())
        .contains("primaryKey: true and unique: true")
        .contains("1 of 2");
  }

  // ------------------------------------------------------------------ deprecated aliases

  @Test
  void theDeprecatedRuleNamesMapToLibraryMetricsWhereUnambiguous() {
    String v30 =
        """
        apiVersion: v3.0.2
        kind: DataContract
        id: old
        version: 1.0.0
        status: active
        schema:
          - name: orders
            quality:
              - {rule: rowCount, mustBeGreaterThan: 5}
            properties:
              - name: status
                quality:
                  - {rule: nullCheck, mustBe: 0}
                  - {rule: validValues, validValues: [open, shipped, lost, N/A, ''], mustBe: 0}
                  - {rule: duplicateCount, mustBeLessThan: 10}
                  - {rule: freshness, mustBe: 0}
        """;

    QualityReport report =
        BatchQuality.of(DataContracts.parse(v30), "orders").evaluate(tenOrders());

    assertThat(report.results())
        .extracting(QualityResult::metricName, QualityResult::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("nullValues", QualityStatus.FAILED),
            org.assertj.core.groups.Tuple.tuple("invalidValues", QualityStatus.PASSED),
            org.assertj.core.groups.Tuple.tuple("duplicateValues", QualityStatus.PASSED),
            org.assertj.core.groups.Tuple.tuple("freshness", QualityStatus.NOT_EVALUATED),
            org.assertj.core.groups.Tuple.tuple("rowCount", QualityStatus.PASSED));
    assertThat(report.results().get(3).message()).contains("'freshness' names no library metric");
  }

  @Test
  void aLibraryRuleWithoutMetricSaysWhatItNeeds() {
    QualityReport report =
        quality(
                propertyRule(
                    """
                    - {mustBe: 0}
                    - {query: 'SELECT 1', mustBe: 1}
                    """))
            .evaluate(tenOrders());

    assertThat(report.results().get(0).message()).contains("needs a metric");
    assertThat(report.results().get(1).message()).contains("needs type: sql");
  }

  // ------------------------------------------------------------------ text, sql and custom

  private static final String ENGINE_RULES =
      """
        - name: orders
          properties:
            - name: status
              quality:
                - type: text
                  description: Statuses come from the order system.
                - type: sql
                  query: SELECT COUNT(*) FROM {object} WHERE {property} IS NULL
                  mustBeLessThan: 3
                - type: custom
                  engine: soda
                  implementation: |
                    type: duplicate_percent
                - {metric: nullValues, mustBe: 2}
      """;

  /** Counts the records whose property is null, as the SQL above would. */
  private static final class SqlEngine implements QualityEngine {
    final AtomicInteger calls = new AtomicInteger();

    @Override
    public boolean supports(QualityRule rule) {
      return rule.effectiveType() == QualityType.SQL;
    }

    @Override
    public Outcome evaluate(QualityRule rule, Batch batch) {
      calls.incrementAndGet();
      String property = batch.property().flatMap(SchemaProperty::name).orElseThrow();
      long nulls = batch.records().stream().filter(r -> r.get(property) == null).count();
      return Outcome.measured(BigDecimal.valueOf(nulls), "query over " + batch.path());
    }
  }

  /** Says every soda rule passed. */
  private static final class SodaEngine implements QualityEngine {
    @Override
    public String name() {
      return "soda-test";
    }

    @Override
    public boolean supports(QualityRule rule) {
      return rule.effectiveType() == QualityType.CUSTOM
          && rule.engine().equals(Optional.of("soda"));
    }

    @Override
    public Outcome evaluate(QualityRule rule, Batch batch) {
      return Outcome.passed("duplicate_percent 0.0 over " + batch.records().size() + " rows");
    }
  }

  @Test
  void withoutEnginesTextIsDocumentationAndSqlAndCustomNameTheEngineTheyNeed() {
    QualityReport report = quality(ENGINE_RULES).evaluate(tenOrders());

    assertThat(report.results())
        .extracting(QualityResult::metricName, QualityResult::status, QualityResult::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "text", QualityStatus.NOT_EVALUATED, "documentation only"),
            org.assertj.core.groups.Tuple.tuple(
                "sql", QualityStatus.NOT_EVALUATED, "sql rule: no QualityEngine registered"),
            org.assertj.core.groups.Tuple.tuple(
                "custom",
                QualityStatus.NOT_EVALUATED,
                "custom rule for engine 'soda': no QualityEngine registered"),
            org.assertj.core.groups.Tuple.tuple(
                "nullValues",
                QualityStatus.PASSED,
                "nullValues is 2 rows (2 of 10 values null or absent), which satisfies mustBe 2"));
    assertThat(report.results().get(1).threshold())
        .map(QualityThreshold::text)
        .contains("mustBeLessThan 3");
    assertThat(report.passed()).isTrue();
  }

  @Test
  void sqlAndCustomRulesGoToTheFirstEngineThatSupportsThem() {
    SqlEngine sql = new SqlEngine();
    BatchQuality base = quality(ENGINE_RULES);
    BatchQuality withEngines = base.withEngine(sql).withEngine(new SodaEngine());

    QualityReport report = withEngines.evaluate(tenOrders());

    QualityResult sqlResult = report.results().get(1);
    assertThat(sqlResult.status()).isEqualTo(QualityStatus.PASSED);
    assertThat(sqlResult.measured()).contains(BigDecimal.valueOf(2));
    assertThat(sqlResult.message())
        .isEqualTo(
            "SqlEngine measured 2, which satisfies mustBeLessThan 3; query over orders.status");
    QualityResult custom = report.results().get(2);
    assertThat(custom.status()).isEqualTo(QualityStatus.PASSED);
    assertThat(custom.message()).isEqualTo("soda-test: duplicate_percent 0.0 over 10 rows");
    assertThat(sql.calls).hasValue(1);
    assertThat(base.evaluate(tenOrders()).results().get(1).status())
        .as("withEngine returns a new instance")
        .isEqualTo(QualityStatus.NOT_EVALUATED);
  }

  @Test
  void aRuleNoRegisteredEngineSupportsNamesTheEnginesThatDeclined() {
    QualityReport report = quality(ENGINE_RULES).withEngine(new SqlEngine()).evaluate(tenOrders());

    assertThat(report.results().get(2).message())
        .isEqualTo(
            "custom rule for engine 'soda': none of the registered QualityEngines ('SqlEngine')"
                + " supports it");
  }

  @Test
  void anEngineThatThrowsLeavesItsRuleNotEvaluatedAndTheEvaluationGoesOn() {
    QualityEngine broken =
        new QualityEngine() {
          @Override
          public String name() {
            return "broken";
          }

          @Override
          public boolean supports(QualityRule rule) {
            return true;
          }

          @Override
          public Outcome evaluate(QualityRule rule, Batch batch) {
            throw new IllegalStateException("connection refused");
          }
        };

    QualityReport report = quality(ENGINE_RULES).withEngine(broken).evaluate(tenOrders());

    assertThat(report.results().get(1).status()).isEqualTo(QualityStatus.NOT_EVALUATED);
    assertThat(report.results().get(1).message())
        .isEqualTo(
            "QualityEngine 'broken' threw java.lang.IllegalStateException: connection refused");
    assertThat(report.results().get(2).status()).isEqualTo(QualityStatus.NOT_EVALUATED);
    assertThat(report.results().get(3).status()).isEqualTo(QualityStatus.PASSED);
  }

  @Test
  void aMeasuredValueForACustomRuleWithoutOperatorIsNotEvaluated() {
    QualityEngine counting =
        new QualityEngine() {
          @Override
          public boolean supports(QualityRule rule) {
            return rule.effectiveType() == QualityType.CUSTOM;
          }

          @Override
          public Outcome evaluate(QualityRule rule, Batch batch) {
            return Outcome.measured(BigDecimal.ONE);
          }
        };

    QualityResult r =
        quality(ENGINE_RULES).withEngine(counting).evaluate(tenOrders()).results().get(2);

    assertThat(r.status()).isEqualTo(QualityStatus.NOT_EVALUATED);
    assertThat(r.measured()).contains(BigDecimal.ONE);
    assertThat(r.message()).contains("no operator");
  }

  // ------------------------------------------------------------------ severity

  @Test
  void onlyBlockingSeveritiesFailTheBatch() {
    String rules =
        """
        - {metric: nullValues, mustBe: 0, severity: warning}
        - {metric: nullValues, mustBe: 0, severity: Info}
        - {metric: nullValues, mustBe: 0, severity: trivial}
        """;

    QualityReport lenient = quality(propertyRule(rules)).evaluate(tenOrders());
    QualityReport strict =
        quality(propertyRule(rules + "- {metric: nullValues, mustBe: 0, severity: error}\n"))
            .evaluate(tenOrders());
    QualityReport noSeverity =
        quality(propertyRule("- {metric: nullValues, mustBe: 0}")).evaluate(tenOrders());

    assertThat(lenient.failures()).hasSize(3);
    assertThat(lenient.passed()).isTrue();
    assertThat(strict.passed()).isFalse();
    assertThat(strict.failures()).hasSize(4);
    assertThat(noSeverity.passed()).isFalse();
    assertThat(lenient.results().get(0).severity()).contains("warning");
    assertThat(lenient.results().get(0).isBlocking()).isFalse();
  }

  // ------------------------------------------------------------------ classification

  @Test
  void valuesOfClassifiedPropertiesNeverAppearInMessages() {
    String schema =
        """
          - name: orders
            properties:
              - name: email
                classification: confidential
                unique: true
                quality:
                  - {metric: invalidValues, arguments: {pattern: '@example\\.com$'}, mustBe: 0}
                  - {metric: missingValues, arguments: {missingValues: ['n/a']}, mustBe: 0}
              - name: customer
                classification: restricted
                properties:
                  - name: name
                    quality:
                      - {metric: invalidValues, arguments: {validValues: [x]}, mustBe: 0}
              - name: code
                classification: Public
                quality:
                  - {metric: invalidValues, arguments: {validValues: [A]}, mustBe: 0}
            quality:
              - {metric: duplicateValues, arguments: {properties: [code, email]}, mustBe: 0}
        """;
    List<Map<String, Object>> rows =
        List.of(
            row(
                "email",
                "alice@secret.org",
                "customer",
                Map.of("name", "Alice Secret"),
                "code",
                "B"),
            row(
                "email",
                "alice@secret.org",
                "customer",
                Map.of("name", "Alice Secret"),
                "code",
                "B"),
            row("email", "n/a", "code", "A"));

    QualityReport report = quality(schema).evaluate(rows);

    assertThat(report.failures()).hasSize(6);
    for (QualityResult r : report.results()) {
      assertThat(r.message()).doesNotContainIgnoringCase("secret").doesNotContain("alice");
    }
    assertThat(report.results())
        .filteredOn(r -> r.path().startsWith("orders.email"))
        .allSatisfy(
            r ->
                assertThat(r.message())
                    .contains("values not shown: classification 'confidential'"));
    assertThat(report.results())
        .filteredOn(r -> r.path().equals("orders.customer.name"))
        .singleElement()
        .satisfies(r -> assertThat(r.message()).contains("classification 'restricted'"));
    assertThat(report.results())
        .filteredOn(r -> r.path().equals("orders.code"))
        .singleElement()
        .satisfies(r -> assertThat(r.message()).contains("for example 'B'"));
    assertThat(report.results())
        .filteredOn(r -> r.path().equals("orders"))
        .singleElement()
        .satisfies(r -> assertThat(r.message()).contains("classification 'confidential'"));
  }

  // ------------------------------------------------------------------ empty batch

  @Test
  void anEmptyBatchCountsNothingAndItsPercentagesAreZero() {
    String schema =
        """
          - name: orders
            quality:
              - {metric: rowCount, mustBeGreaterThan: 0}
            properties:
              - name: status
                quality:
                  - {metric: nullValues, mustBe: 0, unit: percent}
                  - {metric: duplicateValues, mustBe: 0, unit: percent}
                  - {metric: invalidValues, arguments: {validValues: [a]}, mustBe: 0, unit: percent}
                  - {metric: missingValues, mustBe: 0}
        """;

    QualityReport report = quality(schema).evaluate(List.of());

    assertThat(report.rowCount()).isZero();
    assertThat(report.results())
        .extracting(QualityResult::status)
        .containsExactly(
            QualityStatus.PASSED,
            QualityStatus.PASSED,
            QualityStatus.PASSED,
            QualityStatus.PASSED,
            QualityStatus.FAILED);
    assertThat(report.results())
        .allSatisfy(r -> assertThat(r.measured()).contains(BigDecimal.ZERO));
    assertThat(report.passed()).isFalse();
  }

  @Test
  void aNullRecordIsRefusedWithItsIndex() {
    List<Map<String, Object>> rows = new ArrayList<>();
    rows.add(row());
    rows.add(null);

    assertThatThrownBy(
            () -> quality(propertyRule("- {metric: nullValues, mustBe: 0}")).evaluate(rows))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("records[1] is null");
  }

  // ------------------------------------------------------------------ official examples

  @Test
  void theOfficialQualityExamplesEvaluateOverASmallBatch() {
    Path folder = SharedStandards.odcs().resolve("examples").resolve("quality");
    List<Map<String, Object>> batch =
        List.of(
            row("UniqueID", 1, "DataValue", 12.5, "air_quality_status", "good"),
            row("UniqueID", 2, "DataValue", 600, "air_quality_status", ""),
            row("UniqueID", null, "DataValue", 3, "air_quality_status", "n/a"),
            row("UniqueID", 2, "DataValue", 8, "air_quality_status", null));
    Map<String, List<String>> outcomes = new HashMap<>();

    for (Path file : SharedStandards.yamlFiles("odcs/examples/quality")) {
      DataContract contract = DataContracts.read(file);
      QualityReport report = BatchQuality.of(contract, "Air_Quality").evaluate(batch);
      outcomes.put(
          file.getFileName().toString(),
          report.results().stream()
              .map(r -> r.status() + " " + r.path() + " " + r.metricName())
              .toList());
      assertThat(report.rowCount()).isEqualTo(4);
    }

    assertThat(outcomes)
        .as("examples in " + folder)
        .containsEntry(
            "column-accuracy.odcs.yaml", List.of("NOT_EVALUATED Air_Quality.DataValue sql"))
        .containsEntry(
            "column-completeness.odcs.yaml",
            List.of(
                "FAILED Air_Quality.UniqueID nullValues",
                "FAILED Air_Quality.UniqueID duplicateValues",
                "FAILED Air_Quality.UniqueID nullValues"))
        .containsEntry(
            "column-custom.odcs.yaml",
            List.of(
                "FAILED Air_Quality.UniqueID nullValues",
                "FAILED Air_Quality.UniqueID duplicateValues",
                "NOT_EVALUATED Air_Quality.UniqueID custom",
                "NOT_EVALUATED Air_Quality.UniqueID custom"))
        .containsEntry(
            "column-validity.odcs.yaml",
            List.of(
                "FAILED Air_Quality.air_quality_status nullValues",
                "PASSED Air_Quality.air_quality_status duplicateValues",
                "FAILED Air_Quality.air_quality_status invalidValues"));
  }

  @Test
  void theOfficialValidityExampleMeasuresInvalidValuesInPercent() {
    Path file = SharedStandards.odcs().resolve("examples/quality/column-validity.odcs.yaml");
    DataContract contract = DataContracts.read(file);

    QualityReport report =
        BatchQuality.of(contract, "Air_Quality")
            .evaluate(
                List.of(
                    row("air_quality_status", ""),
                    row("air_quality_status", "n/a"),
                    row("air_quality_status", null),
                    row("air_quality_status", "good")));

    QualityResult invalid = report.results().get(2);
    assertThat(invalid.measured())
        .hasValueSatisfying(m -> assertThat(m).isEqualByComparingTo("25"));
    assertThat(invalid.threshold()).map(QualityThreshold::text).contains("mustBeLessOrEqualTo 5");
    assertThat(invalid.unit()).isEqualTo("percent");
    assertThat(invalid.dimension()).contains(QualityDimension.CONFORMITY);
    assertThat(invalid.severity()).contains("error");
    assertThat(invalid.message()).contains("not one of ['', null, 'n/a']");
  }
}
