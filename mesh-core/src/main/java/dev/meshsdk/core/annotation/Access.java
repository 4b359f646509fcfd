package dev.meshsdk.core.annotation;

import dev.meshsdk.core.AccessLevel;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The access policy of an {@link OutputPort}: the level, and for {@link AccessLevel#RESTRICTED} the
 * domains, consumers and purposes allowed.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({})
public @interface Access {
  /**
   * The level.
   *
   * @return the level
   */
  AccessLevel level();

  /**
   * The domains whose consumers may read (restricted only).
   *
   * @return the domains
   */
  String[] domains() default {};

  /**
   * The consumer ids that may read (restricted only).
   *
   * @return the consumer ids
   */
  String[] consumers() default {};

  /**
   * The purposes reading is allowed for (restricted only); empty means any purpose.
   *
   * @return the purposes
   */
  String[] purposes() default {};
}
