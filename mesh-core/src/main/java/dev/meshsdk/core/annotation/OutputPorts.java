package dev.meshsdk.core.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The container of repeated {@link OutputPort} annotations; write the ports one by one instead. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface OutputPorts {
  /**
   * The ports.
   *
   * @return the ports
   */
  OutputPort[] value();
}
