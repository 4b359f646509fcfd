package dev.meshsdk.contracts;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A custom Bean Validation constraint meshsdk cannot compile: Hibernate Validator runs it. */
@Constraint(validatedBy = Even.Validator.class)
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface Even {
  /**
   * The message.
   *
   * @return the message
   */
  String message() default "must be even";

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

  /** Checks evenness. */
  final class Validator implements ConstraintValidator<Even, Integer> {
    /** Creates the validator. */
    public Validator() {}

    @Override
    public boolean isValid(Integer value, ConstraintValidatorContext context) {
      return value == null || value % 2 == 0;
    }
  }
}
