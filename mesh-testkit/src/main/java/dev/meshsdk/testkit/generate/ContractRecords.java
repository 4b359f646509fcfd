package dev.meshsdk.testkit.generate;

import dev.meshsdk.testkit.generate.internal.ContractRecordsProvider;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * A source of generated records for a JUnit 5 {@code @ParameterizedTest}: each invocation gets one
 * record of a contract's schema object.
 *
 * <pre>{@code
 * @ParameterizedTest
 * @ContractRecords(contract = "contracts/orders.odcs.yaml", object = "orders", count = 50)
 * void publishesEveryValidOrder(Map<String, Object> order) { ... }
 *
 * @ParameterizedTest
 * @ContractRecords(contract = "contracts/orders.odcs.yaml", object = "orders", valid = false)
 * void rejectsEveryInvalidOrder(InvalidRecord order) { ... }
 * }</pre>
 *
 * <p>With {@code valid = true} (the default) the argument is a valid record: a {@code Map} or, with
 * {@link #type()}, a Java record or bean. With {@code valid = false} it is an {@link InvalidRecord}
 * (one per rule and place that can be broken alone, at most {@link #count()}), whose {@code
 * toString} names the rule and path but no values.
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ArgumentsSource(ContractRecordsProvider.class)
public @interface ContractRecords {
  /**
   * The contract: a classpath resource (such as {@code contracts/orders.odcs.yaml}) or, when no
   * resource has that name, a file path.
   *
   * @return the location
   */
  String contract();

  /**
   * The schema object's name.
   *
   * @return the name
   */
  String object();

  /**
   * How many records, at most for invalid ones.
   *
   * @return the count
   */
  int count() default 20;

  /**
   * The seed; the default 0 keeps runs reproducible.
   *
   * @return the seed
   */
  long seed() default 0L;

  /**
   * Whether the records are valid ({@code true}) or {@link InvalidRecord}s ({@code false}).
   *
   * @return the choice
   */
  boolean valid() default true;

  /**
   * The type of valid records: {@code Map.class} for JSON-like maps, or a Java record or bean.
   *
   * @return the type
   */
  Class<?> type() default Map.class;
}
