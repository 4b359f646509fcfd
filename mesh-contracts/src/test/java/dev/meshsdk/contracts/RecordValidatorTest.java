package dev.meshsdk.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Map-record validator: every rule, every violation, paths, classification, bad input. */
class RecordValidatorTest {
  static final String ORDERS =
      """
      apiVersion: v3.1.0
      kind: DataContract
      id: orders
      version: 1.0.0
      status: active
      schema:
        - name: orders
          properties:
            - name: order_id
              logicalType: string
              required: true
              logicalTypeOptions: {pattern: '^ORD-[0-9]{8}$'}
            - name: email
              logicalType: string
              classification: pii
              logicalTypeOptions: {format: email, maxLength: 40}
            - name: amount
              logicalType: number
              required: true
              logicalTypeOptions: {minimum: 0, multipleOf: 0.01}
            - name: quantity
              logicalType: integer
              logicalTypeOptions: {minimum: 1, maximum: 1000, format: i16}
            - name: status
              logicalType: string
              quality:
                - metric: invalidValues
                  arguments: {validValues: [PLACED, PAID]}
                  mustBe: 0
            - name: created_at
              logicalType: timestamp
              logicalTypeOptions: {timezone: true, minimum: '2020-01-01T00:00:00Z'}
            - name: ship_on
              logicalType: date
              logicalTypeOptions: {format: dd.MM.yyyy}
            - name: paid
              logicalType: boolean
            - name: destination
              logicalType: object
              properties:
                - name: country
                  logicalType: string
                  required: true
                  logicalTypeOptions: {pattern: '[A-Z]{2}', maxLength: 2}
            - name: lines
              logicalType: array
              required: true
              logicalTypeOptions: {minItems: 1, maxItems: 3}
              items:
                logicalType: object
                properties:
                  - name: sku
                    logicalType: string
                    required: true
                    logicalTypeOptions: {minLength: 1}
                  - name: qty
                    logicalType: integer
                    logicalTypeOptions: {exclusiveMinimum: 0}
            - name: tags
              logicalType: array
              logicalTypeOptions: {uniqueItems: true}
              items: {logicalType: string}
            - name: nickname
              logicalType: string
              logicalTypeOptions: {maxLength: 3}
            - name: extra
      """;

  static final DataContract CONTRACT = DataContracts.parse(ORDERS);
  static final RecordValidator<Map<String, ?>> VALIDATOR = RecordValidator.of(CONTRACT, "orders");

  static Map<String, Object> validOrder() {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("sku", "SKU-1");
    line.put("qty", 2);
    Map<String, Object> order = new LinkedHashMap<>();
    order.put("order_id", "ORD-00000042");
    order.put("email", "ada@example.com");
    order.put("amount", new BigDecimal("12.50"));
    order.put("quantity", 3);
    order.put("status", "PAID");
    order.put("created_at", "2026-11-25T10:15:30.123+01:00");
    order.put("ship_on", "24.12.2026");
    order.put("paid", true);
    order.put("destination", Map.of("country", "DE"));
    order.put("lines", List.of(line));
    order.put("tags", List.of("gift", "express"));
    order.put("extra", Map.of("anything", List.of(1, "two", true)));
    return order;
  }

  static Map<String, Object> with(String key, Object value) {
    Map<String, Object> order = validOrder();
    order.put(key, value);
    return order;
  }

  static Violation only(Map<String, ?> record) {
    ValidationResult r = VALIDATOR.validate(record);
    assertThat(r.violations()).as(r.toString()).hasSize(1);
    assertThat(VALIDATOR.isValid(record)).isFalse();
    return r.violations().get(0);
  }

  @Test
  void aValidRecordIsValidAndSharesTheOneValidResult() {
    assertThat(VALIDATOR.validate(validOrder())).isSameAs(ValidationResult.valid());
    assertThat(VALIDATOR.isValid(validOrder())).isTrue();
  }

  @Test
  void everyViolationIsReportedWithItsPathRuleAndMessage() {
    Map<String, Object> order = validOrder();
    order.put("order_id", "ORD-1");
    order.put("amount", new BigDecimal("-1"));
    order.put("destination", Map.of("country", "GERMANY"));
    order.put("lines", List.of(Map.of("sku", "A", "qty", 1), Map.of("sku", "", "qty", 0)));

    ValidationResult r = VALIDATOR.validate(order);

    assertThat(r.isValid()).isFalse();
    assertThat(r.violations())
        .extracting(Violation::path, Violation::rule)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("order_id", "pattern"),
            org.assertj.core.groups.Tuple.tuple("amount", "minimum"),
            org.assertj.core.groups.Tuple.tuple("destination.country", "maxLength"),
            org.assertj.core.groups.Tuple.tuple("lines[1].sku", "minLength"),
            org.assertj.core.groups.Tuple.tuple("lines[1].qty", "exclusiveMinimum"));
    assertThat(r.violations().get(0).message())
        .isEqualTo("must match the pattern ^ORD-[0-9]{8}$ but was 'ORD-1'");
    assertThat(r.violations().get(1).message()).isEqualTo("must be at least 0 but was -1");
  }

  @Test
  void requiredMeansPresentAndNotNull() {
    Map<String, Object> missing = validOrder();
    missing.remove("order_id");
    Map<String, Object> nulled = validOrder();
    nulled.put("order_id", null);

    assertThat(only(missing))
        .isEqualTo(new Violation("order_id", "required", "is required but missing"));
    assertThat(only(nulled)).isEqualTo(new Violation("order_id", "required", "must not be null"));
  }

  @Test
  void optionalPropertiesMayBeAbsentOrNull() {
    Map<String, Object> order = validOrder();
    order.remove("email");
    order.put("quantity", null);

    assertThat(VALIDATOR.validate(order).isValid()).isTrue();
  }

  @Test
  void logicalTypesAreChecked() {
    assertThat(only(with("amount", "12.50")).rule()).isEqualTo("type");
    assertThat(only(with("quantity", 2.5)).message()).isEqualTo("must be an integer but was 2.5");
    assertThat(VALIDATOR.isValid(with("quantity", 3.0))).isTrue();
    assertThat(VALIDATOR.isValid(with("quantity", new BigDecimal("3.00")))).isTrue();
    assertThat(only(with("paid", "yes")).message()).isEqualTo("must be a boolean but was string");
    assertThat(only(with("destination", List.of())).message())
        .isEqualTo("must be an object but was array");
    assertThat(only(with("lines", Map.of())).message())
        .isEqualTo("must be an array but was object");
    assertThat(only(with("amount", Double.NaN)).message())
        .isEqualTo("must be a finite number but was NaN");
  }

  @Test
  void integerFormatRangesAreChecked() {
    ValidationResult r = VALIDATOR.validate(with("quantity", 40_000));

    assertThat(r.rules()).containsExactly("format", "maximum");
    assertThat(r.violations().get(0).message())
        .isEqualTo("must fit the i16 format (-32768 to 32767) but was 40000");
  }

  @Test
  void numericBoundsAndMultipleOfAreExactForDecimals() {
    assertThat(VALIDATOR.isValid(with("amount", new BigDecimal("0")))).isTrue();
    assertThat(VALIDATOR.isValid(with("amount", new BigDecimal("10.05")))).isTrue();
    assertThat(VALIDATOR.isValid(with("amount", 10.05))).isTrue();
    assertThat(only(with("amount", new BigDecimal("10.055"))).rule()).isEqualTo("multipleOf");
    assertThat(only(with("quantity", 0)).rule()).isEqualTo("minimum");
    assertThat(only(with("quantity", 1001L)).rule()).isEqualTo("maximum");
  }

  @Test
  void stringLengthsCountCodePoints() {
    String smile = "\uD83D\uDE00";

    assertThat(VALIDATOR.isValid(with("nickname", smile.repeat(3)))).isTrue();
    assertThat(only(with("nickname", smile.repeat(4))).message())
        .isEqualTo("must be at most 3 characters long but has 4");
  }

  @Test
  void patternsSearchUnlessAnchored() {
    // '[A-Z]{2}' is unanchored (ECMA-262 search, as ODCS and JSON Schema say): 'xDE' matches.
    assertThat(VALIDATOR.validate(with("destination", Map.of("country", "DE"))).isValid()).isTrue();
    assertThat(only(with("destination", Map.of("country", "de"))).rule()).isEqualTo("pattern");
  }

  @Test
  void formatsAreChecked() {
    assertThat(only(with("email", "not-an-email")).rule()).isEqualTo("format");
  }

  @Test
  void classifiedValuesNeverAppearInMessagesOrToString() {
    Violation v = only(with("email", "secret.person@@example.com"));

    assertThat(v.message()).doesNotContain("secret").contains("classified value hidden");
    assertThat(v.toString()).doesNotContain("secret");
    assertThat(VALIDATOR.validate(with("email", "secret.person@@example.com")).toString())
        .doesNotContain("secret");
  }

  @Test
  void allowedValuesFromAnInvalidValuesRuleApplyToEveryRecord() {
    Violation v = only(with("status", "LOST"));

    assertThat(v.rule()).isEqualTo("validValues");
    assertThat(v.message())
        .isEqualTo("must be one of the allowed values [PLACED, PAID] but was 'LOST'");
  }

  @Test
  void timestampsParseIsoAndRespectTimezoneAndBounds() {
    assertThat(VALIDATOR.isValid(with("created_at", "2026-11-25T10:15:30Z"))).isTrue();
    assertThat(VALIDATOR.isValid(with("created_at", Instant.parse("2026-11-25T10:15:30Z"))))
        .isTrue();
    assertThat(only(with("created_at", "2026-11-25T10:15:30")).message())
        .contains("with a time-zone offset");
    assertThat(only(with("created_at", "2026-02-30T10:15:30Z")).rule()).isEqualTo("format");
    assertThat(only(with("created_at", "2019-12-31T23:59:59Z")).message())
        .isEqualTo("must be at or after 2020-01-01T00:00:00Z but was '2019-12-31T23:59:59Z'");
  }

  @Test
  void datesUseTheContractsFormat() {
    assertThat(VALIDATOR.isValid(with("ship_on", LocalDate.of(2026, 12, 24)))).isTrue();
    assertThat(only(with("ship_on", "2026-12-24")).message())
        .isEqualTo("must be a date in the format dd.MM.yyyy but was '2026-12-24'");
  }

  @Test
  void arraysCheckCountsUniquenessAndItems() {
    assertThat(only(with("lines", List.of())).rule()).isEqualTo("minItems");
    Map<String, Object> line = Map.of("sku", "A");
    assertThat(only(with("lines", List.of(line, line, line, line))).rule()).isEqualTo("maxItems");
    assertThat(only(with("tags", List.of("a", "b", "a"))).rule()).isEqualTo("uniqueItems");
    assertThat(only(with("lines", List.of(Map.of("qty", 1)))))
        .isEqualTo(new Violation("lines[0].sku", "required", "is required but missing"));
    assertThat(VALIDATOR.isValid(with("lines", new Object[] {line}))).isTrue();
  }

  @Test
  void undeclaredFieldsAreViolationsUnlessAllowed() {
    Map<String, Object> order = with("secret_note", "leak");
    Map<String, Object> nested = with("destination", Map.of("country", "DE", "city", "Berlin"));

    assertThat(only(order))
        .isEqualTo(new Violation("secret_note", "undeclared", "is not declared in the contract"));
    assertThat(only(nested).path()).isEqualTo("destination.city");
    RecordValidator<Map<String, ?>> lenient =
        RecordValidator.of(
            CONTRACT, "orders", ValidationOptions.defaults().withAllowUndeclaredFields(true));
    assertThat(lenient.validate(order).isValid()).isTrue();
    assertThat(lenient.validate(nested).isValid()).isTrue();
  }

  @Test
  void valuesThatAreNotJsonLikeAreViolationsNotExceptions() {
    Map<String, Object> selfContaining = new HashMap<>();
    selfContaining.put("me", selfContaining);

    assertThat(only(with("extra", Thread.currentThread())).message())
        .startsWith("must be a JSON-like value");
    assertThat(only(with("extra", selfContaining)).rule()).isEqualTo("depth");
    assertThat(only(with("order_id", Thread.currentThread())).message())
        .isEqualTo("must be a string but was java.lang.Thread");
  }

  @Test
  void hugeStringsAndDeepRecordsDoNotHang() {
    String huge = "x".repeat(5_000_000);
    List<Object> deep = new ArrayList<>();
    List<Object> cursor = deep;
    for (int i = 0; i < 100_000; i++) {
      List<Object> next = new ArrayList<>();
      cursor.add(next);
      cursor = next;
    }

    assertTimeoutPreemptively(
        Duration.ofSeconds(2),
        () -> {
          assertThat(only(with("order_id", huge)).rule()).isEqualTo("pattern");
          assertThat(only(with("extra", deep)).rule()).isEqualTo("depth");
        });
  }

  @Test
  void violationsStopAtTheConfiguredLimit() {
    RecordValidator<Map<String, ?>> two =
        RecordValidator.of(CONTRACT, "orders", ValidationOptions.defaults().withMaxViolations(2));
    Map<String, Object> bad = new HashMap<>();
    for (int i = 0; i < 10; i++) {
      bad.put("junk" + i, i);
    }

    assertThat(two.validate(bad).violations()).hasSize(2);
  }

  @Test
  void unknownSchemaObjectIsADefinitionError() {
    assertThatThrownBy(() -> RecordValidator.of(CONTRACT, "shipments"))
        .isInstanceOf(ContractDefinitionException.class)
        .hasMessage("contract orders has no schema object 'shipments'; it has ['orders']");
  }

  @Test
  void invalidPatternIsADefinitionErrorNamingTheProperty() {
    DataContract bad = DataContracts.parse(ORDERS.replace("'^ORD-[0-9]{8}$'", "'^ORD-[0-9{8}$'"));

    assertThatThrownBy(() -> RecordValidator.of(bad, "orders"))
        .isInstanceOf(ContractDefinitionException.class)
        .hasMessageStartingWith("schema object 'orders', property order_id: ");
  }

  @Test
  void catastrophicPatternsRunInLinearTime() {
    DataContract evil = DataContracts.parse(ORDERS.replace("'^ORD-[0-9]{8}$'", "'^(a+)+$'"));
    RecordValidator<Map<String, ?>> v = RecordValidator.of(evil, "orders");
    String attack = "a".repeat(50_000) + "!";

    assertTimeoutPreemptively(
        Duration.ofSeconds(2),
        () -> assertThat(v.validate(with("order_id", attack)).rules()).containsExactly("pattern"));
  }
}
