package dev.meshsdk.testkit.internal;

import dev.meshsdk.contracts.EnumValue;
import dev.meshsdk.contracts.JsonValue;
import dev.meshsdk.contracts.LogicalType;
import dev.meshsdk.contracts.LogicalTypeOptions;
import dev.meshsdk.contracts.QualityRule;
import dev.meshsdk.contracts.SchemaObject;
import dev.meshsdk.contracts.SchemaProperty;
import dev.meshsdk.contracts.internal.validate.PropertyConstraints;
import dev.meshsdk.testkit.Expectations;
import dev.meshsdk.testkit.FieldExpectation;
import dev.meshsdk.testkit.Mismatch;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Whether a contract guarantees at least what a consumer relies on, field by field: the field
 * exists, its type is compatible, and its guarantees are at least as strong (required, bounds,
 * allowed values, lengths, the same pattern).
 */
public final class ContractMatcher {
  private ContractMatcher() {}

  /**
   * Every field expectation the schema object does not guarantee.
   *
   * @param e the expectations
   * @param object the provider's schema object
   * @return the mismatches, in field order
   */
  public static List<Mismatch> mismatches(Expectations e, SchemaObject object) {
    List<Mismatch> out = new ArrayList<>();
    for (FieldExpectation f : e.fields()) {
      for (String reason : reasons(f, object)) {
        out.add(new Mismatch(e.consumerId(), f.path(), f.describe(), reason));
      }
    }
    return out;
  }

  /**
   * Why the schema object does not guarantee a field expectation.
   *
   * @param f the expectation
   * @param object the schema object
   * @return the reasons, empty when it does
   */
  public static List<String> reasons(FieldExpectation f, SchemaObject object) {
    Optional<ContractFields.Found> found = ContractFields.find(object, f.path());
    if (found.isEmpty()) {
      return List.of("the contract has no field '" + f.path() + "' in '" + object.name() + "'");
    }
    SchemaProperty p = found.get().property();
    List<String> out = new ArrayList<>();
    f.type()
        .ifPresent(
            want -> {
              Optional<LogicalType> have = p.logicalType();
              if (have.isEmpty()) {
                out.add("the contract states no logical type");
              } else if (!compatible(want, have.get())) {
                out.add("the contract's type is " + have.get().value());
              }
            });
    if (f.required()) {
      if (!p.isRequired()) {
        out.add("the contract does not make it required (it may be missing or null)");
      } else {
        for (SchemaProperty a : found.get().ancestors()) {
          if (a.logicalType().orElse(LogicalType.OBJECT) != LogicalType.ARRAY
              && a.name().isPresent()
              && !a.isRequired()) {
            out.add(
                "its parent '" + a.name().get() + "' is not required, so the field may be missing");
          }
        }
      }
    }
    LogicalTypeOptions o = p.logicalTypeOptions().orElse(LogicalTypeOptions.builder().build());
    List<BigDecimal> enumNumbers = enumNumbers(p);
    f.minimum()
        .ifPresent(
            want -> {
              Optional<BigDecimal> floor = lowerBound(o);
              boolean ok =
                  floor.filter(b -> b.compareTo(want) >= 0).isPresent()
                      || (!enumNumbers.isEmpty()
                          && enumNumbers.stream().allMatch(n -> n.compareTo(want) >= 0));
              if (!ok) {
                out.add(
                    floor
                        .map(b -> "the contract allows values down to " + b.toPlainString())
                        .orElse("the contract sets no lower bound"));
              }
            });
    f.maximum()
        .ifPresent(
            want -> {
              Optional<BigDecimal> ceiling = upperBound(o);
              boolean ok =
                  ceiling.filter(b -> b.compareTo(want) <= 0).isPresent()
                      || (!enumNumbers.isEmpty()
                          && enumNumbers.stream().allMatch(n -> n.compareTo(want) <= 0));
              if (!ok) {
                out.add(
                    ceiling
                        .map(b -> "the contract allows values up to " + b.toPlainString())
                        .orElse("the contract sets no upper bound"));
              }
            });
    if (!f.allowedValues().isEmpty()) {
      List<JsonValue> have = enumValues(p);
      if (have.isEmpty()) {
        out.add("the contract does not restrict the values (no enum)");
      } else {
        List<JsonValue> extra =
            have.stream()
                .filter(v -> f.allowedValues().stream().noneMatch(a -> RecordPaths.sameJson(a, v)))
                .toList();
        if (!extra.isEmpty()) {
          out.add(
              "the contract also allows "
                  + extra.stream().map(RecordPaths::show).collect(Collectors.joining(", ")));
        }
      }
    }
    List<String> enumTexts = enumTexts(p);
    f.maxLength()
        .ifPresent(
            want -> {
              boolean ok =
                  o.maxLength().filter(l -> l <= want).isPresent()
                      || (!enumTexts.isEmpty()
                          && enumTexts.stream().allMatch(t -> t.length() <= want));
              if (!ok) {
                out.add(
                    o.maxLength()
                        .map(l -> "the contract allows up to " + l + " characters")
                        .orElse("the contract sets no maxLength"));
              }
            });
    f.minLength()
        .ifPresent(
            want -> {
              boolean ok =
                  o.minLength().filter(l -> l >= want).isPresent()
                      || (!enumTexts.isEmpty()
                          && enumTexts.stream().allMatch(t -> t.length() >= want));
              if (!ok) {
                out.add(
                    o.minLength()
                        .map(l -> "the contract allows text as short as " + l + " characters")
                        .orElse("the contract sets no minLength"));
              }
            });
    f.pattern()
        .ifPresent(
            want -> {
              if (o.pattern().isEmpty()) {
                out.add("the contract sets no pattern");
              } else if (!o.pattern().get().equals(want)) {
                out.add("the contract's pattern is /" + o.pattern().get() + "/");
              }
            });
    return out;
  }

  private static boolean compatible(LogicalType want, LogicalType have) {
    return want == have || (want == LogicalType.NUMBER && have == LogicalType.INTEGER);
  }

  private static Optional<BigDecimal> lowerBound(LogicalTypeOptions o) {
    Optional<BigDecimal> best = o.minimumNumber();
    Optional<BigDecimal> exclusive = o.exclusiveMinimumNumber();
    if (exclusive.isPresent() && (best.isEmpty() || exclusive.get().compareTo(best.get()) >= 0)) {
      best = exclusive;
    }
    return best;
  }

  private static Optional<BigDecimal> upperBound(LogicalTypeOptions o) {
    Optional<BigDecimal> best = o.maximumNumber();
    Optional<BigDecimal> exclusive = o.exclusiveMaximumNumber();
    if (exclusive.isPresent() && (best.isEmpty() || exclusive.get().compareTo(best.get()) <= 0)) {
      best = exclusive;
    }
    return best;
  }

  /**
   * The values every record's property must take, as the record validator enforces them: enum
   * values (v3.2) and the {@code validValues} of {@code invalidValues} rules with {@code mustBe: 0}
   * (v3.1), intersected; empty when the values are not restricted.
   *
   * @param p the property
   * @return the allowed values
   */
  public static List<JsonValue> enumValues(SchemaProperty p) {
    @Nullable List<JsonValue> allowed = null;
    if (!p.enumValues().isEmpty()) {
      allowed =
          new ArrayList<>(
              p.enumValues().stream().map(EnumValue::value).flatMap(Optional::stream).toList());
    }
    for (QualityRule q : p.quality()) {
      List<JsonValue> valid = PropertyConstraints.everyRecordValidValues(q);
      if (valid != null) {
        if (allowed == null) {
          allowed = new ArrayList<>(valid);
        } else {
          allowed.removeIf(v -> valid.stream().noneMatch(a -> RecordPaths.sameJson(a, v)));
        }
      }
    }
    return allowed == null ? List.of() : List.copyOf(allowed);
  }

  private static List<BigDecimal> enumNumbers(SchemaProperty p) {
    List<JsonValue> values = enumValues(p);
    List<BigDecimal> out =
        values.stream().map(JsonValue::asNumber).flatMap(Optional::stream).toList();
    return out.size() == values.size() ? out : List.of();
  }

  private static List<String> enumTexts(SchemaProperty p) {
    List<JsonValue> values = enumValues(p);
    List<String> out = values.stream().map(JsonValue::asString).flatMap(Optional::stream).toList();
    return out.size() == values.size() ? out : List.of();
  }
}
