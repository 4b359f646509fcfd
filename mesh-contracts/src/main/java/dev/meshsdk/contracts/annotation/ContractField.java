package dev.meshsdk.contracts.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a record component, field or getter means in its contract, beyond its Java type and Bean
 * Validation constraints.
 *
 * <pre>{@code
 * record Order(
 *     @ContractField(name = "order_id", primaryKey = true, description = "The order's id")
 *         String orderId,
 *     @ContractField(classification = "pii") String email) {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD})
public @interface ContractField {
  /**
   * The property's name in the contract when it differs from the Java name; empty for the Java
   * name.
   *
   * @return the contract name
   */
  String name() default "";

  /**
   * What the property means.
   *
   * @return the description, empty for none
   */
  String description() default "";

  /**
   * The property's classification: {@code public}, {@code internal}, {@code restricted}, {@code
   * confidential}, {@code pii}, {@code sensitive}... Values of any property classified as other
   * than public never appear in messages.
   *
   * @return the classification, empty for none
   */
  String classification() default "";

  /**
   * Whether the property is (part of) the primary key.
   *
   * @return true for a key property
   */
  boolean primaryKey() default false;

  /**
   * The 1-based position in a composite primary key; 0 for the order of declaration.
   *
   * @return the position
   */
  int primaryKeyPosition() default 0;

  /**
   * Example values, as text.
   *
   * @return the examples
   */
  String[] examples() default {};
}
