package dev.meshsdk.contracts.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The contract a Java record or bean describes, for {@link
 * dev.meshsdk.contracts.DataContracts#derive(Class)}. Everything is optional; defaults are derived
 * from the type's name.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ContractSchema {
  /**
   * The contract id; empty for {@code urn:meshsdk:<fully qualified type name>}.
   *
   * @return the id
   */
  String id() default "";

  /**
   * The contract's name; empty for the type's simple name.
   *
   * @return the name
   */
  String name() default "";

  /**
   * The contract's version.
   *
   * @return the version
   */
  String version() default "1.0.0";

  /**
   * The owning domain; empty for none.
   *
   * @return the domain
   */
  String domain() default "";

  /**
   * The schema object's name; empty for the type's simple name in snake_case.
   *
   * @return the schema object name
   */
  String object() default "";

  /**
   * What the data is.
   *
   * @return the description, empty for none
   */
  String description() default "";
}
