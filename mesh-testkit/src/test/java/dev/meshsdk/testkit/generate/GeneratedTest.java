package dev.meshsdk.testkit.generate;

import static dev.meshsdk.testkit.generate.RecordGeneratorPropertyTest.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.meshsdk.contracts.DataContract;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GeneratedTest {
  private static final DataContract ORDERS = resource("contracts/orders.odcs.yaml");

  private static RecordGenerator<Map<String, Object>> orders(long seed) {
    return RecordGenerator.of(
        ORDERS, "orders", GeneratorOptions.builder().seed(seed).maxArraySize(20).build());
  }

  @Test
  void passesWhenThePropertyHoldsForEveryRecord() {
    assertThatCode(
            () ->
                Generated.forAll(
                    orders(1), 100, r -> assertThat((List<?>) r.get("lines")).hasSizeLessThan(21)))
        .doesNotThrowAnyException();
  }

  @Test
  void shrinksALongArrayToTheMinimalFailingOne() {
    AssertionError e =
        catchThrowableOfType(
            AssertionError.class,
            () ->
                Generated.forAll(
                    orders(7), 200, r -> assertThat((List<?>) r.get("lines")).hasSizeLessThan(5)));

    String shrunk = e.getMessage().substring(e.getMessage().indexOf("shrunk ("));
    assertThat(e.getMessage()).contains("with seed 7").contains("original: {");
    // exactly five lines, each shrunk to its smallest valid form
    assertThat(shrunk.split("\"sku\"", -1)).hasSize(6);
    assertThat(shrunk).contains("\"quantity\": 1}").doesNotContain("\"shipping\"");
    assertThat(e.getCause()).isInstanceOf(AssertionError.class);
  }

  @Test
  void hidesClassifiedValuesInTheFailureMessage() {
    AssertionError e =
        catchThrowableOfType(
            AssertionError.class,
            () ->
                Generated.forAll(
                    orders(3), 200, r -> assertThat(r).doesNotContainKey("customer_email")));

    assertThat(e.getMessage())
        .contains("\"customer_email\": (classified value hidden)")
        .doesNotContain("@");
  }

  @Test
  void shrinksNumbersTowardsTheirBound() {
    AssertionError e =
        catchThrowableOfType(
            AssertionError.class,
            () ->
                Generated.forAll(
                    orders(11),
                    200,
                    r -> assertThat(((java.math.BigDecimal) r.get("total")).signum()).isZero()));

    String shrunk = e.getMessage().substring(e.getMessage().indexOf("shrunk ("));
    assertThat(shrunk).contains("\"total\": 0.01");
  }
}
