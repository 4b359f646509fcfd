package dev.meshsdk.contracts.internal.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshsdk.contracts.DataContract;
import dev.meshsdk.contracts.DataContracts;
import dev.meshsdk.contracts.RecordValidator;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Edge values on which generated code and the check tree must give one answer, and {@code validate}
 * the same answer as {@code isValid}: code points beyond the BMP, characters at the top of the BMP
 * in character comparisons, negative small integers against unsigned formats, {@code
 * Long.MIN_VALUE} and multipleOf, collections that are not lists, and email corner cases.
 */
class FastPathsEdgeTest {
  private static CompiledValidator<Map<String, ?>> validator(String properties) {
    DataContract c =
        DataContracts.parse(
            """
            apiVersion: v3.1.0
            kind: DataContract
            id: edges
            version: 1.0.0
            status: active
            schema:
              - name: edges
                properties:
            """
                + properties.indent(6));
    CompiledValidator<Map<String, ?>> v =
        (CompiledValidator<Map<String, ?>>) RecordValidator.of(c, "edges");
    assertThat(v.generated()).isTrue();
    return v;
  }

  /** Asserts one answer from the three ways of asking, and returns it. */
  private static boolean answer(CompiledValidator<Map<String, ?>> v, Map<String, ?> record) {
    boolean fast = v.fastTest(record);
    assertThat(fast).as("generated vs tree on %s", record).isEqualTo(v.treeTest(record));
    assertThat(v.validate(record).isValid()).as("validate on %s", record).isEqualTo(fast);
    return fast;
  }

  @Test
  void lengthsCountCodePoints() {
    CompiledValidator<Map<String, ?>> v =
        validator(
            """
            - name: s
              logicalType: string
              logicalTypeOptions: {minLength: 2, maxLength: 2}
            """);

    assertThat(answer(v, Map.of("s", "😀😀"))).isTrue();
    assertThat(answer(v, Map.of("s", "😀"))).isFalse();
    assertThat(answer(v, Map.of("s", "😀😀😀"))).isFalse();
    assertThat(answer(v, Map.of("s", new StringBuilder("ab")))).isTrue();
  }

  @Test
  void characterComparisonsCoverTheWholeBmp() {
    CompiledValidator<Map<String, ?>> any =
        validator(
            """
            - name: s
              logicalType: string
              logicalTypeOptions: {pattern: '^..$'}
            """);
    CompiledValidator<Map<String, ?>> notA =
        validator(
            """
            - name: s
              logicalType: string
              logicalTypeOptions: {pattern: '^[^a]$'}
            """);

    for (String s : List.of("😀", "\uFFFF\uFFFF", "\u8000a", "ab", "a", "\uFFFF", "\u8000", "a")) {
      answer(any, Map.of("s", s));
      answer(notA, Map.of("s", s));
    }
    assertThat(answer(notA, Map.of("s", "\uFFFF"))).isTrue();
    assertThat(answer(notA, Map.of("s", "a"))).isFalse();
  }

  @Test
  void integersAtTheEdgesOfTheirTypes() {
    CompiledValidator<Map<String, ?>> v =
        validator(
            """
            - name: u8
              logicalType: integer
              logicalTypeOptions: {format: u8}
            - name: m3
              logicalType: integer
              logicalTypeOptions: {multipleOf: 3}
            - name: m1
              logicalType: integer
              logicalTypeOptions: {multipleOf: -1}
            - name: half
              logicalType: integer
              logicalTypeOptions: {minimum: 0.5, maximum: 1e19}
            """);

    assertThat(answer(v, Map.of("u8", (byte) -1))).isFalse();
    assertThat(answer(v, Map.of("u8", (short) 255))).isTrue();
    assertThat(answer(v, Map.of("u8", 256))).isFalse();
    assertThat(answer(v, Map.of("m3", Long.MIN_VALUE))).isFalse();
    assertThat(answer(v, Map.of("m3", Long.MIN_VALUE + 2))).isTrue();
    assertThat(answer(v, Map.of("m1", Long.MIN_VALUE))).isTrue();
    assertThat(answer(v, Map.of("half", 0))).isFalse();
    assertThat(answer(v, Map.of("half", Long.MAX_VALUE))).isTrue();
    assertThat(answer(v, Map.of("half", new BigInteger("10000000000000000001")))).isFalse();
    assertThat(answer(v, Map.of("half", new BigDecimal("1.0")))).isTrue();
  }

  @Test
  void uniqueItemsOverEveryKindOfArray() {
    CompiledValidator<Map<String, ?>> v =
        validator(
            """
            - name: a
              logicalType: array
              logicalTypeOptions: {uniqueItems: true}
            """);

    assertThat(answer(v, Map.of("a", new ArrayDeque<>(List.of(1, 1L))))).isFalse();
    assertThat(answer(v, Map.of("a", new LinkedHashSet<>(List.of(1, 2))))).isTrue();
    assertThat(answer(v, Map.of("a", new Object[] {1.0, new BigDecimal("1.00")}))).isFalse();
    assertThat(answer(v, Map.of("a", new int[] {1, 2, 3}))).isTrue();
    assertThat(answer(v, Map.of("a", new int[] {1, 2, 1}))).isFalse();
  }

  @Test
  void emailCornerCases() {
    CompiledValidator<Map<String, ?>> v =
        validator(
            """
            - name: e
              logicalType: string
              logicalTypeOptions: {format: email}
            """);

    for (String e :
        List.of(
            "a@b@c.com",
            "\"a@b\"@example.com",
            "a.\"b@c\"@example.com",
            "x".repeat(64) + "@example.com",
            "x".repeat(65) + "@example.com",
            "u@ü.de",
            "u@[IPv6:::1]",
            "u@exa_mple.com",
            "first.last@example.com",
            ".first@example.com",
            "first..last@example.com")) {
      answer(v, Map.of("e", e));
    }
    assertThat(answer(v, Map.of("e", "first.last@example.com"))).isTrue();
    assertThat(answer(v, Map.of("e", "x".repeat(65) + "@example.com"))).isFalse();
    assertThat(answer(v, Map.of("e", "first..last@example.com"))).isFalse();
  }
}
