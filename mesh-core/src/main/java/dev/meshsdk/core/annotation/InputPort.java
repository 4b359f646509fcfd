package dev.meshsdk.core.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Declares an input port of the {@link DataProduct} on the same class. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Repeatable(InputPorts.class)
public @interface InputPort {
  /**
   * The port's name.
   *
   * @return the name
   */
  String name();

  /**
   * The id of the product whose output port this port reads.
   *
   * @return the product id, or empty when unknown
   */
  String product() default "";

  /**
   * The id of the contract consumed.
   *
   * @return the contract id
   */
  String contractId();

  /**
   * The version of the contract consumed.
   *
   * @return the contract version
   */
  String contractVersion();
}
