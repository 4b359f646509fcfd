package dev.meshsdk.core.annotation;

import dev.meshsdk.core.AccessLevel;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares an output port of the {@link DataProduct} on the same class. The port's contract is read
 * from a classpath ODCS resource ({@link #contract()}) or derived from a record type ({@link
 * #recordType()}, with {@code DataContracts.derive}); exactly one of the two is set. An empty
 * string means "not set".
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Repeatable(OutputPorts.class)
public @interface OutputPort {
  /**
   * The port's name.
   *
   * @return the name
   */
  String name();

  /**
   * The port's version; defaults to the contract's version.
   *
   * @return the version, or empty
   */
  String version() default "";

  /**
   * The record type the contract is derived from.
   *
   * @return the type, or {@code void.class} when the contract is a resource
   */
  Class<?> recordType() default void.class;

  /**
   * The classpath resource of the ODCS contract, such as {@code contracts/orders.odcs.yaml}.
   *
   * @return the resource, or empty when the contract is derived from {@link #recordType()}
   */
  String contract() default "";

  /**
   * The contract's schema object the port publishes.
   *
   * @return the schema object's name, or empty
   */
  String schemaObject() default "";

  /**
   * The server's name.
   *
   * @return the server, or empty
   */
  String server() default "";

  /**
   * Where the data is, as an absolute URI such as {@code kafka://broker:9092/orders}.
   *
   * @return the location, or empty
   */
  String location() default "";

  /**
   * The data format, such as {@code json}, {@code jsonl}, {@code avro} or {@code parquet}.
   *
   * @return the format, or empty
   */
  String format() default "";

  /**
   * A short description.
   *
   * @return the description, or empty
   */
  String description() default "";

  /**
   * Who may read the port; internal unless set.
   *
   * @return the access policy
   */
  Access access() default @Access(level = AccessLevel.INTERNAL);
}
