package dev.meshsdk.testkit.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method that returns the provider's sample records for a provider state, the analogue of
 * Pact's provider states: a consumer that names the state ({@code given("paid orders")}) has its
 * checks run on these records; a consumer that names none on every state's records. The method
 * returns a {@code Collection} or {@code Stream} of {@code Map<String, ?>} records; static or
 * instance, parameters resolved by JUnit.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ProviderSamples {
  /**
   * The provider state's name.
   *
   * @return the name, such as {@code "paid orders"}
   */
  String value();
}
