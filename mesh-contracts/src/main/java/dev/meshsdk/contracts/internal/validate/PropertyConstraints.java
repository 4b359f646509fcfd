package dev.meshsdk.contracts.internal.validate;

import dev.meshsdk.contracts.EnumValue;
import dev.meshsdk.contracts.JsonValue;
import dev.meshsdk.contracts.LogicalType;
import dev.meshsdk.contracts.LogicalTypeOptions;
import dev.meshsdk.contracts.QualityMetric;
import dev.meshsdk.contracts.QualityOperator;
import dev.meshsdk.contracts.QualityRule;
import dev.meshsdk.contracts.SchemaProperty;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The effective constraints of a property as the record validator enforces them, read once for
 * everything that must agree with the validator: the validator itself, the exporters (JSON Schema,
 * Avro) and mesh-testkit's record generator and contract matcher. Runs at compile time only, never
 * per record. Not API.
 */
public final class PropertyConstraints {
  private PropertyConstraints() {}

  /**
   * The logical type the validator applies: the declared one, or the one implied by {@code
   * properties} (object), {@code items} (array) or {@code map} (map).
   *
   * @param p the property
   * @return the type, or null when nothing says it
   */
  public static @Nullable LogicalType logicalType(SchemaProperty p) {
    if (p.logicalType().isPresent()) {
      return p.logicalType().get();
    }
    if (!p.properties().isEmpty()) {
      return LogicalType.OBJECT;
    }
    if (p.items().isPresent()) {
      return LogicalType.ARRAY;
    }
    if (p.map().isPresent()) {
      return LogicalType.MAP;
    }
    return null;
  }

  /**
   * A numeric bound from the contract's {@code logicalTypeOptions}.
   *
   * @param value the bound
   * @param lower whether it is a lower bound (else an upper one)
   * @param exclusive whether the bound itself is excluded
   * @param keyword the ODCS keyword a violation names: {@code minimum}, {@code maximum}, {@code
   *     exclusiveMinimum} or {@code exclusiveMaximum}
   */
  public record Bound(BigDecimal value, boolean lower, boolean exclusive, String keyword) {}

  /**
   * The numeric bounds of a property, in this order: {@code minimum}, {@code maximum} (each made
   * exclusive by a pre-v3.1 boolean {@code exclusiveMinimum}/{@code exclusiveMaximum}), then
   * numeric {@code exclusiveMinimum} and {@code exclusiveMaximum}. Options that are not numbers are
   * left out; the validator reports them as definition errors itself.
   *
   * @param o the options
   * @return the bounds, possibly several on one side
   */
  public static List<Bound> bounds(LogicalTypeOptions o) {
    boolean exclusiveMinFlag = o.exclusiveMinimumFlag().orElse(false);
    boolean exclusiveMaxFlag = o.exclusiveMaximumFlag().orElse(false);
    List<Bound> bounds = new ArrayList<>(4);
    o.minimumNumber()
        .ifPresent(
            v ->
                bounds.add(
                    new Bound(
                        v,
                        true,
                        exclusiveMinFlag,
                        exclusiveMinFlag ? "exclusiveMinimum" : "minimum")));
    o.maximumNumber()
        .ifPresent(
            v ->
                bounds.add(
                    new Bound(
                        v,
                        false,
                        exclusiveMaxFlag,
                        exclusiveMaxFlag ? "exclusiveMaximum" : "maximum")));
    o.exclusiveMinimumNumber()
        .ifPresent(v -> bounds.add(new Bound(v, true, true, "exclusiveMinimum")));
    o.exclusiveMaximumNumber()
        .ifPresent(v -> bounds.add(new Bound(v, false, true, "exclusiveMaximum")));
    return bounds;
  }

  /**
   * The {@code validValues} of a rule that every record must meet: an {@code invalidValues} rule
   * whose only operator is {@code mustBe: 0}.
   *
   * @param q the rule
   * @return the valid values, or null when the rule is not of that kind
   */
  public static @Nullable List<JsonValue> everyRecordValidValues(QualityRule q) {
    if (q.metric().orElse(null) != QualityMetric.INVALID_VALUES) {
      return null;
    }
    JsonValue mustBe = q.operators().get(QualityOperator.MUST_BE);
    boolean everyRecord =
        q.operators().size() == 1 && mustBe instanceof JsonValue.Num n && n.value().signum() == 0;
    JsonValue valid = q.arguments().get("validValues");
    return everyRecord && valid instanceof JsonValue.Arr arr ? arr.values() : null;
  }

  /**
   * The values every record's property must take, as text (a string's value, any other value's JSON
   * text): enum values (v3.2) and the valid values of {@link #everyRecordValidValues every-record
   * invalidValues rules} (v3.1), intersected, in declaration order.
   *
   * @param p the property
   * @return a new mutable set, or null when the values are not restricted
   */
  public static @Nullable Set<String> allowedTexts(SchemaProperty p) {
    Set<String> allowed = null;
    if (!p.enumValues().isEmpty()) {
      allowed = new LinkedHashSet<>();
      for (EnumValue e : p.enumValues()) {
        JsonValue v = e.value().orElse(null);
        if (v != null) {
          allowed.add(text(v));
        }
      }
    }
    for (QualityRule q : p.quality()) {
      List<JsonValue> valid = everyRecordValidValues(q);
      if (valid == null) {
        continue;
      }
      Set<String> values = new LinkedHashSet<>();
      for (JsonValue v : valid) {
        values.add(text(v));
      }
      if (allowed == null) {
        allowed = values;
      } else {
        allowed.retainAll(values);
      }
    }
    return allowed;
  }

  private static String text(JsonValue v) {
    return v instanceof JsonValue.Str s ? s.value() : v.toString();
  }
}
