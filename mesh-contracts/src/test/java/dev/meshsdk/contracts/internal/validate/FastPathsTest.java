package dev.meshsdk.contracts.internal.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.meshsdk.contracts.DataContract;
import dev.meshsdk.contracts.DataContracts;
import dev.meshsdk.contracts.RecordValidator;
import dev.meshsdk.contracts.ValidationOptions;
import dev.meshsdk.contracts.ValidationResult;
import dev.meshsdk.contracts.Violation;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The generated fast path: it is generated for every shape of record, and it answers exactly what
 * the check tree answers (which every other test also asserts, through the validator's assertion).
 */
class FastPathsTest {
  static final DataContract CONTRACT =
      DataContracts.parse(
          """
          apiVersion: v3.1.0
          kind: DataContract
          id: shipments
          version: 1.0.0
          status: active
          schema:
            - name: shipments
              properties:
                - name: id
                  logicalType: string
                  required: true
                  logicalTypeOptions: {pattern: '^SHP-[0-9]{4}$'}
                - name: email
                  logicalType: string
                  classification: pii
                  logicalTypeOptions: {format: email}
                - name: quantity
                  logicalType: integer
                  logicalTypeOptions: {minimum: 1, maximum: 1000}
                - name: weight
                  logicalType: integer
                  logicalTypeOptions: {minimum: 0, multipleOf: 2}
                - name: ratio
                  logicalType: number
                  logicalTypeOptions: {maximum: 1}
                - name: score
                  logicalType: number
                - name: level
                  logicalType: integer
                  logicalTypeOptions: {maximum: 10}
                - name: grade
                  logicalType: string
                - name: fragile
                  logicalType: boolean
                - name: amount
                  logicalType: number
                  logicalTypeOptions: {minimum: 0, multipleOf: 0.01}
                - name: status
                  logicalType: string
                  required: true
                  quality:
                    - metric: invalidValues
                      arguments: {validValues: [PLACED, PAID]}
                      mustBe: 0
                - name: createdAt
                  logicalType: timestamp
                  logicalTypeOptions: {maximum: '2100-01-01T00:00:00Z'}
                - name: lines
                  logicalType: array
                  logicalTypeOptions: {minItems: 1, maxItems: 3}
                  items:
                    logicalType: object
                    properties:
                      - name: sku
                        logicalType: string
                        required: true
                        logicalTypeOptions: {minLength: 2, maxLength: 8}
                      - name: qty
                        logicalType: integer
                        logicalTypeOptions: {exclusiveMinimum: 0}
                - name: address
                  logicalType: object
                  properties:
                    - name: country
                      logicalType: string
                      required: true
                      logicalTypeOptions: {pattern: '^[A-Z]{2}$'}
                    - name: zip
                      logicalType: string
                - name: tags
                  logicalType: array
                  logicalTypeOptions: {uniqueItems: true}
                  items: {logicalType: string, required: true, logicalTypeOptions: {maxLength: 5}}
                - name: attrs
                  logicalType: map
                  map:
                    key: {logicalType: string, logicalTypeOptions: {minLength: 2}}
                    value: {logicalType: integer, logicalTypeOptions: {minimum: 0}}
          """);

  enum Status {
    PLACED,
    PAID,
    LOST
  }

  record Line(String sku, int qty) {}

  record Address(String country, Optional<String> zip) {}

  /** Private, nested, with every kind of accessor the compiler reads. */
  private record Shipment(
      String id,
      Optional<String> email,
      int quantity,
      long weight,
      double ratio,
      float score,
      short level,
      char grade,
      boolean fragile,
      BigDecimal amount,
      Status status,
      Instant createdAt,
      List<Line> lines,
      Address address,
      List<String> tags,
      Map<String, Integer> attrs) {}

  static Shipment valid() {
    return new Shipment(
        "SHP-0001",
        Optional.of("ada@example.com"),
        3,
        12L,
        0.5,
        1.5f,
        (short) 2,
        'A',
        true,
        new BigDecimal("19.99"),
        Status.PAID,
        Instant.parse("2026-11-25T10:00:00Z"),
        List.of(new Line("AB", 1), new Line("CD", 2)),
        new Address("DE", Optional.empty()),
        List.of("a", "b"),
        Map.of("xy", 1));
  }

  /** One change per rule; each breaks exactly the named path. */
  static final Map<String, UnaryOperator<Shipment>> BREAKS = new LinkedHashMap<>();

  static {
    BREAKS.put("id", s -> with(s, 0, "SHP-1"));
    BREAKS.put("email", s -> with(s, 1, Optional.of("not an email")));
    BREAKS.put("quantity", s -> with(s, 2, 0));
    BREAKS.put("weight", s -> with(s, 3, 13L));
    BREAKS.put("ratio", s -> with(s, 4, 1.5));
    BREAKS.put("level", s -> with(s, 6, (short) 11));
    BREAKS.put("amount", s -> with(s, 9, new BigDecimal("1.001")));
    BREAKS.put("status", s -> with(s, 10, Status.LOST));
    BREAKS.put("createdAt", s -> with(s, 11, Instant.parse("2200-01-01T00:00:00Z")));
    BREAKS.put("lines", s -> with(s, 12, List.of()));
    BREAKS.put("lines[1].sku", s -> with(s, 12, List.of(new Line("AB", 1), new Line("X", 1))));
    BREAKS.put("lines[0].qty", s -> with(s, 12, List.of(new Line("AB", 0))));
    BREAKS.put("address.country", s -> with(s, 13, new Address("de", Optional.of("1"))));
    BREAKS.put("tags", s -> with(s, 14, List.of("a", "a")));
    BREAKS.put("tags[0]", s -> with(s, 14, List.of("toolong")));
    BREAKS.put("attrs.xy", s -> with(s, 15, Map.of("xy", -1)));
  }

  private static Shipment with(Shipment s, int index, Object value) {
    Object[] v = {
      s.id(), s.email(), s.quantity(), s.weight(), s.ratio(), s.score(), s.level(), s.grade(),
      s.fragile(), s.amount(), s.status(), s.createdAt(), s.lines(), s.address(), s.tags(),
          s.attrs()
    };
    v[index] = value;
    return new Shipment(
        (String) v[0],
        cast(v[1]),
        (Integer) v[2],
        (Long) v[3],
        (Double) v[4],
        (Float) v[5],
        (Short) v[6],
        (Character) v[7],
        (Boolean) v[8],
        (BigDecimal) v[9],
        (Status) v[10],
        (Instant) v[11],
        cast(v[12]),
        (Address) v[13],
        cast(v[14]),
        cast(v[15]));
  }

  @SuppressWarnings("unchecked")
  private static <T> T cast(Object o) {
    return (T) o;
  }

  private static <T> CompiledValidator<T> typed(Class<T> type) {
    return (CompiledValidator<T>) RecordValidator.of(CONTRACT, "shipments", type);
  }

  private static CompiledValidator<Map<String, ?>> maps(ValidationOptions options) {
    return (CompiledValidator<Map<String, ?>>) RecordValidator.of(CONTRACT, "shipments", options);
  }

  @Test
  void privateRecordWithEveryAccessorKindGetsGeneratedCode() {
    CompiledValidator<Shipment> v = typed(Shipment.class);

    assertThat(v.generated()).isTrue();
    assertThat(v.fastTest(valid())).isTrue();
    assertThat(v.validate(valid()).isValid()).isTrue();
  }

  @Test
  void generatedCodeFailsEachBrokenRuleAndTheReportNamesIt() {
    CompiledValidator<Shipment> v = typed(Shipment.class);
    BREAKS.forEach(
        (path, change) -> {
          Shipment broken = change.apply(valid());
          assertThat(v.fastTest(broken)).as(path).isFalse();
          assertThat(v.treeTest(broken)).as(path).isFalse();
          assertThat(v.validate(broken).violations())
              .as(path)
              .extracting(Violation::path)
              .containsExactly(path);
        });
  }

  @Test
  void requiredNullAndAbsentOptionalAreTold() {
    CompiledValidator<Shipment> v = typed(Shipment.class);
    Shipment noId = with(valid(), 0, null);
    Shipment noEmail = with(valid(), 1, Optional.empty());
    Shipment noLines = with(valid(), 12, null);

    assertThat(v.fastTest(noId)).isFalse();
    assertThat(v.validate(noId).violations())
        .extracting(Violation::rule)
        .containsExactly("required");
    assertThat(v.fastTest(noEmail)).isTrue();
    assertThat(v.fastTest(noLines)).isTrue();
  }

  @Test
  void otherCollectionsThanRandomAccessListsAreCheckedToo() {
    CompiledValidator<Shipment> v = typed(Shipment.class);
    Shipment linked = with(valid(), 12, new LinkedList<>(List.of(new Line("AB", 1))));
    Shipment linkedBad = with(valid(), 12, new LinkedList<>(List.of(new Line("AB", -1))));

    assertThat(v.fastTest(linked)).isTrue();
    assertThat(v.fastTest(linkedBad)).isFalse();
    assertThat(v.validate(linkedBad).violations())
        .extracting(Violation::path)
        .containsExactly("lines[0].qty");
  }

  /** A bean read through getters. */
  public static final class Tag {
    private final String id;
    private final String status;

    Tag(String id, String status) {
      this.id = id;
      this.status = status;
    }

    public String getId() {
      return id;
    }

    public String getStatus() {
      return status;
    }
  }

  @Test
  void beansGetGeneratedCode() {
    DataContract contract =
        DataContracts.parse(
            """
            apiVersion: v3.1.0
            kind: DataContract
            id: tags
            version: 1.0.0
            status: active
            schema:
              - name: tags
                properties:
                  - {name: id, logicalType: string, required: true, logicalTypeOptions: {minLength: 3}}
                  - {name: status, logicalType: string}
            """);
    CompiledValidator<Tag> v =
        (CompiledValidator<Tag>) RecordValidator.of(contract, "tags", Tag.class);

    assertThat(v.generated()).isTrue();
    assertThat(v.fastTest(new Tag("abc", "x"))).isTrue();
    assertThat(v.fastTest(new Tag("ab", "x"))).isFalse();
    assertThat(v.fastTest("not a tag")).isFalse();
  }

  static Map<String, Object> validMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", "SHP-0001");
    m.put("email", "ada@example.com");
    m.put("quantity", 3);
    m.put("status", "PLACED");
    m.put("createdAt", "2026-11-25T10:00:00Z");
    m.put("lines", new ArrayList<>(List.of(Map.of("sku", "AB", "qty", 2))));
    m.put("address", Map.of("country", "DE"));
    m.put("attrs", Map.of("xy", 1));
    return m;
  }

  @Test
  void mapRecordsGetGeneratedCodeThatCountsNullValuedAndUndeclaredKeys() {
    CompiledValidator<Map<String, ?>> v = maps(ValidationOptions.defaults());
    Map<String, Object> nullValued = validMap();
    nullValued.put("note", null);
    Map<String, Object> declaredNull = validMap();
    declaredNull.put("email", null);
    Map<String, Object> undeclared = validMap();
    undeclared.put("extra", 1);

    assertThat(v.generated()).isTrue();
    assertThat(v.fastTest(validMap())).isTrue();
    assertThat(v.fastTest(declaredNull)).isTrue();
    assertThat(v.fastTest(nullValued)).isFalse();
    assertThat(v.validate(nullValued).violations())
        .extracting(Violation::path, Violation::rule)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("note", "undeclared"));
    assertThat(v.fastTest(undeclared)).isFalse();
    assertThat(
            maps(ValidationOptions.defaults().withAllowUndeclaredFields(true)).fastTest(undeclared))
        .isTrue();
  }

  @Test
  void turnedOffByTheSystemPropertyTheTreeRunsAlone() {
    String before = System.getProperty(FastPaths.PROPERTY);
    System.setProperty(FastPaths.PROPERTY, "false");
    try {
      CompiledValidator<Shipment> v = typed(Shipment.class);
      assertThat(v.generated()).isFalse();
      assertThat(v.validate(valid()).isValid()).isTrue();
      assertThat(v.validate(BREAKS.get("id").apply(valid())).isValid()).isFalse();
    } finally {
      if (before == null) {
        System.clearProperty(FastPaths.PROPERTY);
      } else {
        System.setProperty(FastPaths.PROPERTY, before);
      }
    }
  }

  /**
   * Values for one map field, the valid one first: invalid, of another type, null, and absent (the
   * marker).
   */
  static final Object ABSENT = new Object();

  static final Map<String, List<Object>> VALUES = new LinkedHashMap<>();

  static {
    VALUES.put("id", Arrays.asList("SHP-0001", "SHP-01", 7, null, ABSENT));
    VALUES.put("email", Arrays.asList("a@b.org", "a@", 1, null, ABSENT));
    VALUES.put("quantity", Arrays.asList(1, 1000, 0, 1001, 2.5, "3", null, ABSENT));
    VALUES.put("ratio", Arrays.asList(1, 0.99, 1.01, new BigDecimal("1.000"), "x", ABSENT));
    VALUES.put("amount", Arrays.asList(new BigDecimal("0.01"), 0.001, -1, 5L, ABSENT));
    VALUES.put("status", Arrays.asList("PLACED", "LOST", Status.PAID, Status.LOST, 3, ABSENT));
    VALUES.put(
        "createdAt",
        Arrays.asList(
            "2026-11-25T10:00:00Z", "2026-13-25T10:00:00Z", "2200-01-01T00:00:00Z", ABSENT));
    VALUES.put(
        "lines",
        Arrays.asList(
            List.of(Map.of("sku", "AB")),
            List.of(),
            List.of(Map.of("sku", "A")),
            List.of(Map.of("qty", 1)),
            List.of(Map.of("sku", "AB", "qty", 0)),
            new LinkedList<>(List.of(Map.of("sku", "ABC"))),
            new Object[] {Map.of("sku", "ABC")},
            "lines",
            ABSENT));
    VALUES.put(
        "address",
        Arrays.asList(
            Map.of("country", "DE"), Map.of("country", "de"), Map.of("zip", "1"), ABSENT));
    VALUES.put(
        "tags",
        Arrays.asList(
            List.of("a", "b"),
            List.of("a", "a"),
            Arrays.asList("a", null),
            List.of("abcdef"),
            ABSENT));
    VALUES.put("attrs", Arrays.asList(Map.of("xy", 1), Map.of("x", 1), Map.of("xy", -1), ABSENT));
    VALUES.put("undeclared", Arrays.asList(ABSENT, 1, null));
  }

  static Gen<Map<String, Object>> records() {
    Gen<Map<String, Object>> gen = Generate.constant(Map.of()).map(m -> new HashMap<>());
    for (Map.Entry<String, List<Object>> e : VALUES.entrySet()) {
      // mostly the valid value (listed first), so that most records break one or two rules
      Gen<Object> values =
          Generate.constant(e.getValue().get(0)).mix(Generate.pick(e.getValue()), 25);
      gen =
          gen.zip(
              values,
              (m, value) -> {
                Map<String, Object> next = new HashMap<>(m);
                if (value != ABSENT) {
                  next.put(e.getKey(), value);
                }
                return next;
              });
    }
    return gen;
  }

  @Test
  void patternsCompiledToCharacterComparisonsAnswerWhatTheAutomatonAnswers() {
    List<String> patterns =
        List.of("^SHP-[0-9]{4}$", "^[A-Z]{2}$", "^ab?$", "^ORD-", "^[a-cx-z_.-]$", "^a+$");
    List<String> texts =
        List.of(
            "SHP-0001",
            "SHP-001",
            "SHP-00012",
            "SHP-000A",
            "SHP-",
            "DE",
            "D",
            "DEU",
            "de",
            "a",
            "ab",
            "abc",
            "aa",
            "ORD-1",
            "ORD",
            "x",
            "_",
            ".",
            "-",
            "d",
            "",
            "é");
    for (String pattern : patterns) {
      DataContract contract =
          DataContracts.parse(
              """
              apiVersion: v3.1.0
              kind: DataContract
              id: codes
              version: 1.0.0
              status: active
              schema:
                - name: codes
                  properties:
                    - {name: code, logicalType: string, logicalTypeOptions: {pattern: '%s'}}
              """
                  .formatted(pattern));
      CompiledValidator<Map<String, ?>> v =
          (CompiledValidator<Map<String, ?>>) RecordValidator.of(contract, "codes");
      assertThat(v.generated()).isTrue();
      for (String text : texts) {
        Map<String, Object> record = Map.of("code", text);
        assertThat(v.fastTest(record))
            .as("%s on '%s'", pattern, text)
            .isEqualTo(v.treeTest(record));
      }
    }
  }

  @Test
  void objectsSplitIntoPartsAnswerWhatTheTreeAnswers() {
    CompiledValidator<Shipment> typed = typed(Shipment.class);
    FastTest split = typed.generate(3);
    assertThat(FastPaths.isGenerated(split)).isTrue();
    assertThat(split.test(valid())).isTrue();
    BREAKS.forEach(
        (path, change) -> assertThat(split.test(change.apply(valid()))).as(path).isFalse());

    CompiledValidator<Map<String, ?>> strict = maps(ValidationOptions.defaults());
    CompiledValidator<Map<String, ?>> lenient =
        maps(ValidationOptions.defaults().withAllowUndeclaredFields(true));
    FastTest strictSplit = strict.generate(3);
    FastTest lenientSplit = lenient.generate(3);
    qt().withExamples(2_000)
        .forAll(records())
        .checkAssert(
            record -> {
              assertThat(strictSplit.test(record)).isEqualTo(strict.treeTest(record));
              assertThat(lenientSplit.test(record)).isEqualTo(lenient.treeTest(record));
            });
  }

  @Test
  void aWideObjectGetsGeneratedCodeInParts() {
    int width = FastPaths.FIELDS_PER_METHOD * 2 + 50;
    StringBuilder yaml =
        new StringBuilder(
            """
            apiVersion: v3.1.0
            kind: DataContract
            id: wide
            version: 1.0.0
            status: active
            schema:
              - name: wide
                properties:
            """);
    for (int i = 0; i < width; i++) {
      yaml.append("      - {name: c")
          .append(i)
          .append(", logicalType: string, required: ")
          .append(i % 100 == 7)
          .append(", logicalTypeOptions: {maxLength: 5}}\n");
    }
    CompiledValidator<Map<String, ?>> v =
        (CompiledValidator<Map<String, ?>>)
            RecordValidator.of(DataContracts.parse(yaml.toString()), "wide");
    Map<String, Object> record = new HashMap<>();
    for (int i = 0; i < width; i++) {
      record.put("c" + i, "v" + (i % 10));
    }
    Map<String, Object> missingLate = new HashMap<>(record);
    missingLate.remove("c407");
    Map<String, Object> tooLongInPartTwo = new HashMap<>(record);
    tooLongInPartTwo.put("c250", "toolong");
    Map<String, Object> undeclared = new HashMap<>(record);
    undeclared.put("extra", "x");
    Map<String, Object> optionalAbsent = new HashMap<>(record);
    optionalAbsent.remove("c449");

    assertThat(v.generated()).isTrue();
    assertThat(v.fastTest(record)).isTrue();
    assertThat(v.fastTest(optionalAbsent)).isTrue();
    assertThat(v.fastTest(missingLate)).isFalse();
    assertThat(v.fastTest(tooLongInPartTwo)).isFalse();
    assertThat(v.fastTest(undeclared)).isFalse();
    assertThat(v.validate(tooLongInPartTwo).violations())
        .extracting(Violation::path)
        .containsExactly("c250");
  }

  @Test
  void generatedMapCodeAnswersWhatTheTreeAnswers() {
    CompiledValidator<Map<String, ?>> strict = maps(ValidationOptions.defaults());
    CompiledValidator<Map<String, ?>> lenient =
        maps(ValidationOptions.defaults().withAllowUndeclaredFields(true));
    assertThat(strict.generated()).isTrue();
    assertThat(lenient.generated()).isTrue();
    qt().withExamples(5_000)
        .forAll(records())
        .checkAssert(
            record -> {
              assertThat(strict.fastTest(record)).isEqualTo(strict.treeTest(record));
              assertThat(lenient.fastTest(record)).isEqualTo(lenient.treeTest(record));
              ValidationResult r = strict.validate(record);
              assertThat(r.isValid()).isEqualTo(strict.fastTest(record));
            });
  }
}
