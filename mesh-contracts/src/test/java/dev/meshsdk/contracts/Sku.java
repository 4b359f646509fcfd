package dev.meshsdk.contracts;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A composed constraint: three capitals, a dash and digits, said by a {@code @Pattern} it is made
 * of (no validator of its own). meshsdk does not compile it; Hibernate Validator reports the
 * composing {@code @Pattern}.
 */
@Pattern(regexp = "[A-Z]{3}-[0-9]+")
@Constraint(validatedBy = {})
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
public @interface Sku {
  /**
   * The message.
   *
   * @return the message
   */
  String message() default "must be a SKU";

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
}
