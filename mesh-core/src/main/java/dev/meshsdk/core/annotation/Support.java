package dev.meshsdk.core.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A support channel of a {@link DataProduct}. An empty string means "not set". */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({})
public @interface Support {
  /**
   * The channel's name, such as {@code #orders-help}.
   *
   * @return the name
   */
  String channel();

  /**
   * The channel's URL (ODPS requires one).
   *
   * @return the URL
   */
  String url();

  /**
   * The tool, such as {@code slack}, {@code email} or {@code ticket}.
   *
   * @return the tool, or empty
   */
  String tool() default "";

  /**
   * The scope: {@code interactive}, {@code announcements} or {@code issues}.
   *
   * @return the scope, or empty
   */
  String scope() default "";

  /**
   * A description.
   *
   * @return the description, or empty
   */
  String description() default "";
}
