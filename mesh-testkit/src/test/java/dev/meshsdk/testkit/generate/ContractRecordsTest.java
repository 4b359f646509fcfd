package dev.meshsdk.testkit.generate;

import static dev.meshsdk.testkit.generate.RecordGeneratorPropertyTest.resource;
import static org.assertj.core.api.Assertions.assertThat;

import dev.meshsdk.contracts.RecordValidator;
import dev.meshsdk.contracts.ValidationResult;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;

class ContractRecordsTest {
  private static final RecordValidator<Map<String, ?>> VALIDATOR =
      RecordValidator.of(resource("contracts/orders.odcs.yaml"), "orders");

  @ParameterizedTest
  @ContractRecords(contract = "contracts/orders.odcs.yaml", object = "orders", count = 25, seed = 5)
  void everyGeneratedOrderIsValid(Map<String, Object> order) {
    assertThat(VALIDATOR.validate(order).violations()).isEmpty();
    assertThat((String) order.get("order_id")).startsWith("ORD-");
  }

  @ParameterizedTest
  @ContractRecords(contract = "contracts/orders.odcs.yaml", object = "orders", valid = false)
  void everyInvalidOrderBreaksExactlyItsRule(InvalidRecord order) {
    ValidationResult r = VALIDATOR.validate(order.record());
    assertThat(r.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.rule()).isEqualTo(order.rule());
              assertThat(v.path()).isEqualTo(order.path());
            });
  }

  @ParameterizedTest
  @ContractRecords(
      contract = "contracts/orders.odcs.yaml",
      object = "orders",
      count = 10,
      type = RecordGeneratorTest.Order.class)
  void buildsTypedOrders(RecordGeneratorTest.Order order) {
    assertThat(order.order_id()).matches("ORD-[0-9]{8}");
    assertThat(order.total().signum()).isNotNegative();
  }
}
