package dev.meshsdk.contracts.internal.export;

import dev.meshsdk.contracts.DataContract;
import dev.meshsdk.contracts.JsonValue;
import dev.meshsdk.contracts.LogicalType;
import dev.meshsdk.contracts.OdcsVersion;
import dev.meshsdk.contracts.QualityMetric;
import dev.meshsdk.contracts.QualityOperator;
import dev.meshsdk.contracts.QualityRule;
import dev.meshsdk.contracts.RecordValidator;
import dev.meshsdk.contracts.SchemaObject;
import dev.meshsdk.contracts.SchemaProperty;
import dev.meshsdk.contracts.internal.validate.PropertyConstraints;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What the exporters share: the effective type and allowed values of a property, as validated. */
final class Shapes {
  private Shapes() {}

  /**
   * The schema object, after checking that the contract compiles into a record validator: what
   * cannot be validated is not exported either, and fails with the same message.
   */
  static SchemaObject compiled(DataContract contract, String objectName) {
    RecordValidator.of(contract, objectName);
    return contract.schemaObject(objectName).orElseThrow();
  }

  /** The logical type the validator applies: declared, or implied by properties, items or map. */
  static Optional<LogicalType> type(SchemaProperty p) {
    return Optional.ofNullable(PropertyConstraints.logicalType(p));
  }

  /** Values every string must take (enum values and invalidValues rules with mustBe 0), or null. */
  static Optional<List<String>> allowedValues(SchemaProperty p) {
    Set<String> allowed = PropertyConstraints.allowedTexts(p);
    return allowed == null ? Optional.empty() : Optional.of(new ArrayList<>(allowed));
  }

  /**
   * The ODCS v3.1 way to say a string takes one of some values: an {@code invalidValues} rule with
   * {@code validValues} that every record must meet ({@code mustBe: 0}); {@code enumValues} only
   * arrive with v3.2.
   */
  static QualityRule allowed(List<String> values) {
    List<JsonValue> valid = new ArrayList<>();
    values.forEach(v -> valid.add(JsonValue.of(v)));
    return QualityRule.builder()
        .metric(QualityMetric.INVALID_VALUES)
        .arguments(Map.of("validValues", new JsonValue.Arr(valid)))
        .operator(QualityOperator.MUST_BE, 0)
        .build();
  }

  /**
   * The ODCS version an imported object needs: v3.1.0, or the v3.2.0 draft when it has a map (maps
   * arrive with v3.2).
   */
  static OdcsVersion versionFor(SchemaObject o) {
    return hasMap(o.properties()) ? OdcsVersion.V3_2_0 : OdcsVersion.V3_1_0;
  }

  private static boolean hasMap(List<SchemaProperty> props) {
    for (SchemaProperty p : props) {
      if (p.map().isPresent()
          || p.logicalType().filter(t -> t == LogicalType.MAP).isPresent()
          || hasMap(p.properties())
          || p.items().map(i -> hasMap(List.of(i))).orElse(false)) {
        return true;
      }
    }
    return false;
  }

  /** The inclusive range of an integer format i8..i128, u8..u128, or empty. */
  static Optional<BigDecimal[]> integerRange(String format) {
    if (!format.matches("[iu](8|16|32|64|128)")) {
      return Optional.empty();
    }
    int bits = Integer.parseInt(format.substring(1));
    if (format.startsWith("u")) {
      return Optional.of(
          new BigDecimal[] {
            BigDecimal.ZERO, new BigDecimal(BigInteger.TWO.pow(bits).subtract(BigInteger.ONE))
          });
    }
    return Optional.of(
        new BigDecimal[] {
          new BigDecimal(BigInteger.TWO.pow(bits - 1).negate()),
          new BigDecimal(BigInteger.TWO.pow(bits - 1).subtract(BigInteger.ONE))
        });
  }

  /** The range the f32 format allows, as the validator checks it. */
  static BigDecimal[] float32Range() {
    BigDecimal max = BigDecimal.valueOf(Float.MAX_VALUE);
    return new BigDecimal[] {max.negate(), max};
  }
}
