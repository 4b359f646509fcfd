package dev.meshsdk.core.annotation;

import dev.meshsdk.core.ProductStatus;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares that a class describes a data product. An empty string means "not set".
 *
 * <pre>{@code
 * @DataProduct(id = "orders", domain = "sales", version = "1.2.0", owner = "checkout-team",
 *     status = ProductStatus.ACTIVE,
 *     support = @Support(channel = "#orders", url = "https://chat.example.com/orders"))
 * @OutputPort(name = "orders", recordType = Order.class, location = "kafka://broker:9092/orders",
 *     format = "json")
 * final class OrdersProduct {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface DataProduct {
  /**
   * The product's id.
   *
   * @return the id
   */
  String id();

  /**
   * The owning domain.
   *
   * @return the domain, or empty
   */
  String domain() default "";

  /**
   * The name for humans.
   *
   * @return the name, or empty
   */
  String name() default "";

  /**
   * The version.
   *
   * @return the version, or empty
   */
  String version() default "";

  /**
   * The owning team's name.
   *
   * @return the team name, or empty
   */
  String owner() default "";

  /**
   * The purpose of the data (the ODPS {@code description.purpose}).
   *
   * @return the purpose, or empty
   */
  String description() default "";

  /**
   * The recommended usage.
   *
   * @return the usage, or empty
   */
  String usage() default "";

  /**
   * The limitations of use.
   *
   * @return the limitations, or empty
   */
  String limitations() default "";

  /**
   * The lifecycle status.
   *
   * @return the status
   */
  ProductStatus status() default ProductStatus.DRAFT;

  /**
   * The tags.
   *
   * @return the tags
   */
  String[] tags() default {};

  /**
   * The support channels.
   *
   * @return the channels
   */
  Support[] support() default {};

  /**
   * The terms of use.
   *
   * @return the terms, or empty
   */
  String termsOfUse() default "";
}
