package dev.meshsdk.testkit.junit;

import dev.meshsdk.testkit.internal.ConsumerExpectationsExtension;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Makes a provider test method run once per consumer expectations file: each run verifies one
 * consumer's expectations against the provider's current contract ({@link ProviderContract}), its
 * sample records ({@link ProviderSamples}) and its port's access ({@link ProviderAccess}), and
 * fails naming the consumer, the field, the expectation and why.
 *
 * <pre>{@code
 * class OrdersProviderTest {
 *   @ProviderContract
 *   DataContract contract() { return DataContracts.read(Path.of("orders.odcs.yaml")); }
 *
 *   @ProviderSamples("paid orders")
 *   List<Map<String, Object>> paidOrders() { return List.of(Map.of(...)); }
 *
 *   @VerifyConsumerExpectations(from = "src/test/resources/expectations", provider = "orders-product")
 *   void consumer(Expectations expectations) {}
 * }
 * }</pre>
 *
 * <p>The method body runs after the expectations are verified (most are empty); it may take the
 * {@link dev.meshsdk.testkit.Expectations} being verified as a parameter. Sources are file or
 * folder paths (folders are read recursively for {@code *.json}), {@code classpath:folder}, or
 * {@code http(s)://} URLs of single files. Finding no expectations for the provider is a failure.
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@TestTemplate
@ExtendWith(ConsumerExpectationsExtension.class)
public @interface VerifyConsumerExpectations {
  /**
   * Where the expectations files are: paths, {@code classpath:} folders or URLs.
   *
   * @return the sources
   */
  String[] from();

  /**
   * The provider's data product id; expectations of other products are ignored.
   *
   * @return the product id
   */
  String provider();

  /**
   * The output port; empty (the default) for every port of the provider.
   *
   * @return the port
   */
  String port() default "";
}
