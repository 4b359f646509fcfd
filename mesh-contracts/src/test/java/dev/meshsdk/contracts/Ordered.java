package dev.meshsdk.contracts;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A class-level constraint: a range's {@code from} is not after its {@code to}. */
@Constraint(validatedBy = Ordered.Validator.class)
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Ordered {
  /**
   * The message.
   *
   * @return the message
   */
  String message() default "from must not be after to";

  /**
   * The groups.
   *
   * @return the groups
   */
  Class<?>[] groups() default {};

  /**
   * The payload.
   *
   * @return the payload
   */
  Class<? extends Payload>[] payload() default {};

  /** A range of two integers. */
  interface Range {
    /**
     * The start.
     *
     * @return the start
     */
    int from();

    /**
     * The end.
     *
     * @return the end
     */
    int to();
  }

  /** Checks the order. */
  final class Validator implements ConstraintValidator<Ordered, Range> {
    /** Creates the validator. */
    public Validator() {}

    @Override
    public boolean isValid(Range value, ConstraintValidatorContext context) {
      return value == null || value.from() <= value.to();
    }
  }
}
