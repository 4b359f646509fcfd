package dev.meshsdk.testkit.internal;

import dev.meshsdk.contracts.LogicalType;
import dev.meshsdk.contracts.internal.regex.Regex;
import dev.meshsdk.testkit.FieldExpectation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Whether a record's values meet a field expectation: used on the provider's sample records and on
 * a consumer's own example records. Reasons never hold values.
 */
public final class FieldValues {
  private FieldValues() {}

  /**
   * The first way a record's values at the expectation's path break it.
   *
   * @param f the expectation
   * @param record the record
   * @return the reason, or empty if every value meets it
   */
  public static Optional<String> breaks(FieldExpectation f, Map<String, ?> record) {
    Regex pattern = f.pattern().map(p -> Regex.compile(p, Regex.Mode.SEARCH)).orElse(null);
    for (Object v : RecordPaths.values(record, f.path())) {
      Optional<String> r = breaks(f, v, pattern);
      if (r.isPresent()) {
        return r;
      }
    }
    return Optional.empty();
  }

  private static Optional<String> breaks(
      FieldExpectation f, @Nullable Object v, @Nullable Regex pattern) {
    if (v == null) {
      return f.required() ? Optional.of("the value is missing or null") : Optional.empty();
    }
    if (f.type().isPresent() && !hasType(v, f.type().get())) {
      return Optional.of("the value is not of type " + f.type().get().value());
    }
    Optional<BigDecimal> n = RecordPaths.number(v);
    if (f.minimum().isPresent() && n.filter(x -> x.compareTo(f.minimum().get()) < 0).isPresent()) {
      return Optional.of("the value is below " + f.minimum().get().toPlainString());
    }
    if (f.maximum().isPresent() && n.filter(x -> x.compareTo(f.maximum().get()) > 0).isPresent()) {
      return Optional.of("the value is above " + f.maximum().get().toPlainString());
    }
    if (!f.allowedValues().isEmpty()
        && f.allowedValues().stream().noneMatch(a -> RecordPaths.sameValue(v, a))) {
      return Optional.of("the value is not one of the allowed values");
    }
    if (v instanceof CharSequence s) {
      if (f.maxLength().filter(l -> s.length() > l).isPresent()) {
        return Optional.of("the text is longer than " + f.maxLength().get() + " characters");
      }
      if (f.minLength().filter(l -> s.length() < l).isPresent()) {
        return Optional.of("the text is shorter than " + f.minLength().get() + " characters");
      }
      if (pattern != null && !pattern.matches(s)) {
        return Optional.of("the text does not match /" + f.pattern().orElse("") + "/");
      }
    }
    return Optional.empty();
  }

  private static boolean hasType(Object v, LogicalType t) {
    return switch (t) {
      case STRING, DATE, TIMESTAMP, TIME ->
          v instanceof CharSequence || v instanceof java.time.temporal.TemporalAccessor;
      case NUMBER -> RecordPaths.number(v).isPresent();
      case INTEGER ->
          RecordPaths.number(v)
              .filter(d -> d.signum() == 0 || d.stripTrailingZeros().scale() <= 0)
              .isPresent();
      case BOOLEAN -> v instanceof Boolean;
      case OBJECT, MAP -> v instanceof Map;
      case ARRAY -> v instanceof List;
    };
  }
}
