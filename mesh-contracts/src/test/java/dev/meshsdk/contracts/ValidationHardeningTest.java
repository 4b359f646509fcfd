package dev.meshsdk.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.LocalTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Values chosen to break a validator: exponents that would need a billion digits, negative zero,
 * items that contain themselves or share one list a billion ways, impossible dates, backtracking
 * patterns out of budget, maps that compare keys by identity. Each gets a clear answer, fast.
 */
class ValidationHardeningTest {
  /** A guard against hangs, not a speed target: each case answers in microseconds. */
  private static final Duration HANG = Duration.ofSeconds(20);

  private static DataContract contract(String properties) {
    return DataContracts.parse(
        """
        apiVersion: v3.1.0
        kind: DataContract
        id: hardening
        version: 1.0.0
        status: active
        schema:
          - name: records
            properties:
        """
            + properties.indent(6));
  }

  private static RecordValidator<Map<String, ?>> validator(String properties) {
    return RecordValidator.of(contract(properties), "records");
  }

  private static Map<String, Object> record(Object... keysAndValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      m.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return m;
  }

  private static <T> T quickly(Supplier<T> s) {
    return assertTimeoutPreemptively(HANG, s::get);
  }

  @Test
  void hugeExponentsAreCheckedForMultipleOfWithoutExpandingThem() {
    RecordValidator<Map<String, ?>> v =
        validator(
            """
            - name: amount
              logicalType: number
              logicalTypeOptions: {multipleOf: 0.01}
            """);

    assertThat(quickly(() -> v.validate(record("amount", new BigDecimal("1E+1000000000")))))
        .satisfies(r -> assertThat(r.isValid()).isTrue());
    assertThat(quickly(() -> v.validate(record("amount", new BigDecimal("1E-1000000000")))).rules())
        .containsExactly("multipleOf");
    assertThat(
            quickly(() -> v.validate(record("amount", new BigDecimal("3E+999999999")))).isValid())
        .isTrue();
  }

  @Test
  void aTinyMultipleOfInTheContractDividesEveryShorterDecimal() {
    RecordValidator<Map<String, ?>> v =
        validator(
            """
            - name: amount
              logicalType: number
              logicalTypeOptions: {multipleOf: 1E-300}
            - name: count
              logicalType: integer
              logicalTypeOptions: {multipleOf: 1E-300}
            """);

    assertThat(
            quickly(() -> v.validate(record("amount", new BigDecimal("12.345"), "count", 7L)))
                .isValid())
        .isTrue();
  }

  @Test
  void negativeZeroIsZero() {
    RecordValidator<Map<String, ?>> atLeastZero =
        validator(
            """
            - name: x
              logicalType: number
              logicalTypeOptions: {minimum: 0}
            """);
    RecordValidator<Map<String, ?>> belowZero =
        validator(
            """
            - name: x
              logicalType: number
              logicalTypeOptions: {exclusiveMaximum: 0}
            """);

    for (Object negativeZero : List.of(-0.0d, -0.0f)) {
      Map<String, Object> r = record("x", negativeZero);
      assertThat(atLeastZero.isValid(r)).isTrue();
      assertThat(atLeastZero.validate(r).isValid()).isTrue();
      assertThat(belowZero.isValid(r)).isFalse();
      assertThat(belowZero.validate(r).rules()).containsExactly("exclusiveMaximum");
    }
  }

  @Test
  void integerFormatsHoldTheirExactRanges() {
    RecordValidator<Map<String, ?>> v =
        validator(
            """
            - name: u64
              logicalType: integer
              logicalTypeOptions: {format: u64}
            - name: i8
              logicalType: integer
              logicalTypeOptions: {format: i8}
            """);
    BigInteger twoTo64 = BigInteger.TWO.pow(64);

    assertThat(v.validate(record("u64", twoTo64.subtract(BigInteger.ONE), "i8", -128)).isValid())
        .isTrue();
    assertThat(v.validate(record("u64", twoTo64)).violations())
        .extracting(Violation::path, Violation::rule)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("u64", "format"));
    assertThat(v.validate(record("u64", -1L, "i8", 128)).violations())
        .extracting(Violation::path)
        .containsExactly("u64", "i8");
  }

  @Test
  void uniqueItemsComparesJsonValuesAtAnyDepth() {
    RecordValidator<Map<String, ?>> v =
        validator(
            """
            - name: points
              logicalType: array
              logicalTypeOptions: {uniqueItems: true}
            """);

    assertThat(v.validate(record("points", List.of(Map.of("a", 1), Map.of("a", 1.0)))).rules())
        .containsExactly("uniqueItems");
    assertThat(
            v.validate(
                    record("points", List.of(List.of(1, new BigDecimal("2.00")), List.of(1, 2L))))
                .rules())
        .containsExactly("uniqueItems");
    assertThat(v.validate(record("points", List.of(Map.of("a", 1), Map.of("a", 2)))).isValid())
        .isTrue();
  }

  @Test
  void anItemThatContainsItselfIsAViolationNotAStackOverflow() {
    RecordValidator<Map<String, ?>> v =
        validator(
            """
            - name: points
              logicalType: array
              logicalTypeOptions: {uniqueItems: true}
            """);
    List<Object> loop = new ArrayList<>();
    loop.add(loop);

    assertThat(quickly(() -> v.isValid(record("points", List.of(loop))))).isFalse();
    ValidationResult r = quickly(() -> v.validate(record("points", List.of(loop))));
    assertThat(r.violations())
        .extracting(Violation::path, Violation::rule)
        .contains(org.assertj.core.groups.Tuple.tuple("points", "uniqueItems"));
    assertThat(r.violations())
        .filteredOn(x -> x.rule().equals("uniqueItems"))
        .singleElement()
        .satisfies(x -> assertThat(x.message()).contains("cannot be checked for duplicates"));
  }

  /** A list holding the same list twice, {@code levels} deep: 2^levels paths through it. */
  private static List<Object> shared(int levels) {
    List<Object> l = List.of("leaf");
    for (int i = 0; i < levels; i++) {
      l = List.of(l, l);
    }
    return l;
  }

  @Test
  void aValueSharingOneListABillionWaysIsRefusedQuickly() {
    RecordValidator<Map<String, ?>> untyped =
        validator(
            """
            - name: blob
            """);
    RecordValidator<Map<String, ?>> unique =
        validator(
            """
            - name: blob
              logicalType: array
              logicalTypeOptions: {uniqueItems: true}
            """);
    Map<String, Object> r = record("blob", List.of(shared(30)));

    assertThat(quickly(() -> untyped.isValid(r))).isFalse();
    assertThat(quickly(() -> untyped.validate(r)).violations())
        .extracting(Violation::path, Violation::rule)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("blob", "size"));
    assertThat(quickly(() -> unique.validate(r)).rules()).contains("uniqueItems");
  }

  @Test
  void anArrayWithoutAnItemSchemaStillHoldsOnlyJsonLikeValues() {
    RecordValidator<Map<String, ?>> v =
        validator(
            """
            - name: things
              logicalType: array
            """);

    ValidationResult r = v.validate(record("things", List.of("ok", new Thread())));

    assertThat(r.violations())
        .extracting(Violation::path, Violation::rule)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("things[1]", "type"));
    assertThat(r.violations().get(0).message()).contains("java.lang.Thread");
    assertThat(v.validate(record("things", List.of("ok", 1, List.of(true)))).isValid()).isTrue();
  }

  @Test
  void impossibleDatesInACustomFormatAreRefused() {
    RecordValidator<Map<String, ?>> v =
        validator(
            """
            - name: day
              logicalType: date
              logicalTypeOptions: {format: dd.MM.yyyy}
            """);

    assertThat(v.validate(record("day", "31.02.2026")).rules()).containsExactly("format");
    assertThat(v.validate(record("day", "29.02.2025")).rules()).containsExactly("format");
    assertThat(v.validate(record("day", "29.02.2024")).isValid()).isTrue();
    assertThat(v.validate(record("day", "28.02.2026")).isValid()).isTrue();
  }

  @Test
  void aTimeWithTimezoneMustCarryAnOffset() {
    RecordValidator<Map<String, ?>> v =
        validator(
            """
            - name: opens
              logicalType: time
              logicalTypeOptions: {timezone: true, maximum: '12:00:00'}
            """);

    assertThat(v.validate(record("opens", "09:30:00+02:00")).isValid()).isTrue();
    assertThat(v.validate(record("opens", "09:30:00Z")).isValid()).isTrue();
    assertThat(v.validate(record("opens", OffsetTime.of(9, 30, 0, 0, ZoneOffset.UTC))).isValid())
        .isTrue();
    assertThat(v.validate(record("opens", "09:30:00")).violations())
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.rule()).isEqualTo("format");
              assertThat(x.message()).contains("with a time-zone offset");
            });
    assertThat(v.validate(record("opens", LocalTime.of(9, 30))).rules()).containsExactly("type");
    assertThat(v.validate(record("opens", "13:00:00+02:00")).rules()).containsExactly("maximum");
  }

  @Test
  void aTimestampWithoutOffsetIsReadInTheDefaultTimezone() {
    RecordValidator<Map<String, ?>> v =
        validator(
            """
            - name: at
              logicalType: timestamp
              logicalTypeOptions:
                defaultTimezone: Europe/Berlin
                minimum: '2026-01-01T00:00:00Z'
            """);

    // 00:30 in Berlin is 23:30 UTC the day before: below the minimum.
    assertThat(v.validate(record("at", "2026-01-01T00:30:00")).rules()).containsExactly("minimum");
    assertThat(v.validate(record("at", "2026-01-01T01:30:00")).isValid()).isTrue();
    assertThat(v.validate(record("at", "2026-01-01T00:30:00Z")).isValid()).isTrue();
  }

  @Test
  void badTemporalDefinitionsAreRefusedWhenTheValidatorIsBuilt() {
    DataContract zone =
        contract(
            """
            - name: at
              logicalType: timestamp
              logicalTypeOptions: {defaultTimezone: Mars/Olympus_Mons}
            """);
    DataContract format =
        contract(
            """
            - name: at
              logicalType: date
              logicalTypeOptions: {format: 'yyyy-MM-dd{{'}
            """);

    assertThatThrownBy(() -> RecordValidator.of(zone, "records"))
        .isInstanceOf(ContractDefinitionException.class)
        .hasMessageContaining("at")
        .hasMessageContaining("defaultTimezone 'Mars/Olympus_Mons' is not a time zone");
    assertThatThrownBy(() -> RecordValidator.of(format, "records"))
        .isInstanceOf(ContractDefinitionException.class)
        .hasMessageContaining("format 'yyyy-MM-dd{{' is not a date-time pattern");
  }

  @Test
  void aBacktrackingPatternOutOfBudgetSaysSoAndRejects() {
    RecordValidator<Map<String, ?>> v =
        validator(
            """
            - name: code
              logicalType: string
              logicalTypeOptions: {pattern: '^(a+)+(?=b)'}
            """);
    String unlucky = "a".repeat(5_000) + "c";

    ValidationResult r = quickly(() -> v.validate(record("code", unlucky)));

    assertThat(r.violations())
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.rule()).isEqualTo("pattern");
              assertThat(x.message()).contains("within its step budget").doesNotContain("aaaa");
            });
    assertThat(v.validate(record("code", "aab")).isValid()).isTrue();
    assertThat(v.validate(record("code", "aac")).violations().get(0).message())
        .contains("must match the pattern");
  }

  @Test
  void aMapThatComparesKeysByIdentityGetsOneAnswer() {
    RecordValidator<Map<String, ?>> v =
        validator(
            """
            - name: id
              logicalType: string
              required: true
            """);
    Map<String, Object> byIdentity = new IdentityHashMap<>();
    byIdentity.put(new String("id"), "x");

    // With assertions on, a disagreement between generated code and the tree would throw here.
    boolean fast = v.isValid(byIdentity);
    assertThat(v.validate(byIdentity).isValid()).isEqualTo(fast);
  }

  @Test
  void numberFormatsHoldTheirRanges() {
    RecordValidator<Map<String, ?>> v =
        validator(
            """
            - name: f64
              logicalType: number
              logicalTypeOptions: {format: f64}
            - name: f32
              logicalType: number
              logicalTypeOptions: {format: f32}
            """);

    assertThat(v.validate(record("f64", new BigDecimal("1E+308"), "f32", 3.0e38)).isValid())
        .isTrue();
    assertThat(v.validate(record("f64", new BigDecimal("1E+309"), "f32", 3.5e38)).violations())
        .extracting(Violation::path, Violation::rule)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("f64", "format"),
            org.assertj.core.groups.Tuple.tuple("f32", "format"));
  }

  @Test
  void anUnknownIntegerFormatIsRefusedWhenTheValidatorIsBuilt() {
    DataContract c =
        contract(
            """
            - name: n
              logicalType: integer
              logicalTypeOptions: {format: i7}
            """);

    assertThatThrownBy(() -> RecordValidator.of(c, "records"))
        .isInstanceOf(ContractDefinitionException.class)
        .hasMessageContaining("integer format 'i7' is not one of i8..i128, u8..u128");
  }

  /** A typed record whose component the contract gives no logical type. */
  record Loose(Object payload, Map<String, Object> attributes) {}

  @Test
  void aTypedPropertyWithoutLogicalTypeStillHoldsJsonLikeValues() {
    RecordValidator<Loose> v =
        RecordValidator.of(
            contract(
                """
                - name: payload
                - name: attributes
                """),
            "records",
            Loose.class);
    Map<String, Object> loop = new LinkedHashMap<>();
    loop.put("self", loop);

    assertThat(v.validate(new Loose(List.of(1, "a"), Map.of("k", true))).isValid()).isTrue();
    assertThat(quickly(() -> v.validate(new Loose(new Thread(), loop))).violations())
        .extracting(Violation::path, Violation::rule)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("payload", "type"),
            org.assertj.core.groups.Tuple.tuple("attributes", "depth"));
  }

  @Test
  void instantsAtTheEndsOfTimeCompareAsTheLatestAndEarliest() {
    RecordValidator<Map<String, ?>> v =
        validator(
            """
            - name: at
              logicalType: timestamp
              logicalTypeOptions: {minimum: '2000-01-01T00:00:00Z', maximum: '2100-01-01T00:00:00Z'}
            """);

    assertThat(v.validate(record("at", java.time.Instant.MAX)).rules()).containsExactly("maximum");
    assertThat(v.validate(record("at", java.time.Instant.MIN)).rules()).containsExactly("minimum");
    assertThat(v.validate(record("at", new java.util.Date(Long.MAX_VALUE))).rules())
        .containsExactly("maximum");
    assertThat(v.validate(record("at", java.time.Instant.parse("2050-06-01T12:00:00Z"))).isValid())
        .isTrue();
  }

  @Test
  void scalesAtTheEndOfTheIntRangeGetAnAnswerNotAnArithmeticException() {
    RecordValidator<Map<String, ?>> v =
        validator(
            """
            - name: amount
              logicalType: number
              logicalTypeOptions: {multipleOf: 0.01}
            - name: points
              logicalType: array
              logicalTypeOptions: {uniqueItems: true}
            """);
    BigDecimal extreme = new BigDecimal("100E+2147483647");

    assertThat(v.validate(record("amount", extreme)).isValid()).isTrue();
    assertThat(v.validate(record("points", List.of(extreme, 1))).rules())
        .containsExactly("uniqueItems");
  }

  @Test
  void untypedItemsShareOneBudget() {
    RecordValidator<Map<String, ?>> v =
        validator(
            """
            - name: things
              logicalType: array
            """);
    List<Object> dag = shared(12); // 8,191 values, fine alone
    List<Object> many = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      many.add(dag);
    }

    assertThat(v.validate(record("things", List.of(dag, dag))).isValid()).isTrue();
    assertThat(quickly(() -> v.isValid(record("things", many)))).isFalse();
    assertThat(quickly(() -> v.validate(record("things", many))).violations())
        .extracting(Violation::path, Violation::rule)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("things", "size"));
  }

  @Test
  void theLargestFloatIsAFloat() {
    RecordValidator<Map<String, ?>> v =
        validator(
            """
            - name: x
              logicalType: number
              logicalTypeOptions: {format: f32, maximum: 100}
            """);

    assertThat(v.validate(record("x", Float.MAX_VALUE)).rules()).containsExactly("maximum");
    assertThat(v.validate(record("x", (double) Float.MAX_VALUE)).rules())
        .containsExactly("maximum");
  }

  record Shift(java.time.LocalTime opens) {}

  @Test
  void aZonedTimeOnAJavaTypeWithoutOffsetIsRefusedWhenTheValidatorIsBuilt() {
    DataContract c =
        contract(
            """
            - name: opens
              logicalType: time
              logicalTypeOptions: {timezone: true}
            """);

    assertThatThrownBy(() -> RecordValidator.of(c, "records", Shift.class))
        .isInstanceOf(ContractDefinitionException.class)
        .hasMessageContaining("opens")
        .hasMessageContaining(
            "timezone: true but the Java type java.time.LocalTime holds no offset");
  }

  /** Untyped properties whose Java types say no more than JSON does, nested. */
  record Nested(List<Map<String, Object>> rows, Map<String, List<Double>> series) {}

  @Test
  void nestedLooseJavaTypesAreCheckedAsJsonLike() {
    RecordValidator<Nested> v =
        RecordValidator.of(
            contract(
                """
                - name: rows
                - name: series
                """),
            "records",
            Nested.class);
    Map<String, Object> loop = new LinkedHashMap<>();
    loop.put("self", loop);

    assertThat(v.validate(new Nested(List.of(Map.of("a", 1)), Map.of("s", List.of(1.5)))).isValid())
        .isTrue();
    assertThat(v.validate(new Nested(List.of(loop), Map.of("s", List.of(Double.NaN)))).violations())
        .extracting(Violation::path, Violation::rule)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("rows", "depth"),
            org.assertj.core.groups.Tuple.tuple("series", "type"));
  }

  @Test
  void aDoubleHalfwayPastTheFloatRangeGetsOneAnswer() {
    RecordValidator<Map<String, ?>> v =
        validator(
            """
            - name: x
              logicalType: number
              logicalTypeOptions: {format: f32}
            """);
    double tie = Math.scalb(1.0, 128) - Math.scalb(1.0, 103);
    Map<String, Object> r = record("x", tie);

    assertThat(v.isValid(r)).isFalse();
    assertThat(v.validate(r).rules()).containsExactly("format");
  }
}
