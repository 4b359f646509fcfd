package dev.meshsdk.contracts;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A custom constraint (upper-case text) whose validator quotes the value in its message, as a
 * careless custom validator would: meshsdk must not let that text out for a classified property.
 */
@Constraint(validatedBy = Shouted.Validator.class)
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
public @interface Shouted {
  /**
   * The message.
   *
   * @return the message
   */
  String message() default "must be upper case";

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

  /** Checks the text; its message quotes the value. */
  final class Validator implements ConstraintValidator<Shouted, String> {
    /** Creates the validator. */
    public Validator() {}

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      if (value == null || value.equals(value.toUpperCase(java.util.Locale.ROOT))) {
        return true;
      }
      context.disableDefaultConstraintViolation();
      context
          .buildConstraintViolationWithTemplate("'" + value + "' must be upper case")
          .addConstraintViolation();
      return false;
    }
  }
}
