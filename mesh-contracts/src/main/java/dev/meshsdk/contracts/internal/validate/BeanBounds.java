package dev.meshsdk.contracts.internal.validate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NegativeOrZero;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.lang.annotation.Annotation;
import org.jspecify.annotations.Nullable;

/**
 * The one reading of the Bean Validation bounds: what a numeric constraint (Min, Max, DecimalMin,
 * DecimalMax, Positive, PositiveOrZero, Negative, NegativeOrZero) or a temporal one (Past,
 * PastOrPresent, Future, FutureOrPresent) says. The record validator turns it into checks, contract
 * derivation into ODCS options; each parses the number its own way. Compile time only. Not API.
 */
public final class BeanBounds {
  private BeanBounds() {}

  /**
   * A numeric bound.
   *
   * @param value the bound as the annotation gives it (a decimal text; {@code 0} for the sign
   *     constraints)
   * @param lower whether it is a lower bound (else an upper one)
   * @param exclusive whether the bound itself is excluded
   */
  public record Numeric(String value, boolean lower, boolean exclusive) {
    /**
     * The ODCS keyword of this bound.
     *
     * @return {@code minimum}, {@code maximum}, {@code exclusiveMinimum} or {@code
     *     exclusiveMaximum}
     */
    public String keyword() {
      if (lower) {
        return exclusive ? "exclusiveMinimum" : "minimum";
      }
      return exclusive ? "exclusiveMaximum" : "maximum";
    }
  }

  /**
   * A bound relative to now.
   *
   * @param rule the rule name: {@code past}, {@code pastOrPresent}, {@code future} or {@code
   *     futureOrPresent}
   * @param future whether values must lie after now (else before)
   * @param exclusive whether now itself is excluded
   */
  public record Temporal(String rule, boolean future, boolean exclusive) {}

  /**
   * The numeric bound an annotation sets.
   *
   * @param a the annotation
   * @return the bound, or null if the annotation is not a numeric bound constraint
   */
  public static @Nullable Numeric numeric(Annotation a) {
    if (a instanceof Min m) {
      return new Numeric(Long.toString(m.value()), true, false);
    } else if (a instanceof Max m) {
      return new Numeric(Long.toString(m.value()), false, false);
    } else if (a instanceof DecimalMin m) {
      return new Numeric(m.value(), true, !m.inclusive());
    } else if (a instanceof DecimalMax m) {
      return new Numeric(m.value(), false, !m.inclusive());
    } else if (a instanceof Positive) {
      return new Numeric("0", true, true);
    } else if (a instanceof PositiveOrZero) {
      return new Numeric("0", true, false);
    } else if (a instanceof Negative) {
      return new Numeric("0", false, true);
    } else if (a instanceof NegativeOrZero) {
      return new Numeric("0", false, false);
    }
    return null;
  }

  /**
   * The bound relative to now an annotation sets.
   *
   * @param a the annotation
   * @return the bound, or null if the annotation is not a temporal constraint
   */
  public static @Nullable Temporal temporal(Annotation a) {
    if (a instanceof Past) {
      return new Temporal("past", false, true);
    } else if (a instanceof PastOrPresent) {
      return new Temporal("pastOrPresent", false, false);
    } else if (a instanceof Future) {
      return new Temporal("future", true, true);
    } else if (a instanceof FutureOrPresent) {
      return new Temporal("futureOrPresent", true, false);
    }
    return null;
  }
}
