package dev.meshsdk.testkit.assertions;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meshsdk.contracts.RecordValidator;
import dev.meshsdk.contracts.ValidationResult;
import dev.meshsdk.core.publish.InMemorySink;
import dev.meshsdk.observability.lineage.EventType;
import dev.meshsdk.testkit.ShopMesh;
import dev.meshsdk.testkit.TestMesh;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MeshAssertionsTest {
  final RecordValidator<Map<String, ?>> validator = RecordValidator.of(ShopMesh.CONTRACT, "orders");

  @Test
  void validResultPassesIsValidAndFailsHasViolation() {
    ValidationResult ok = validator.validate(ShopMesh.order("o-1"));

    assertThatCode(() -> MeshAssertions.assertThat(ok).isValid()).doesNotThrowAnyException();
    assertThatThrownBy(() -> MeshAssertions.assertThat(ok).hasViolation("required", "order_id"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Expected a violation of rule 'required' at 'order_id', but the record is valid");
    assertThatThrownBy(() -> MeshAssertions.assertThat(ok).isInvalid())
        .hasMessage("Expected the record to be invalid, but it has no violation");
  }

  @Test
  void invalidResultListsRulesAndPathsButNoClassifiedValue() {
    Map<String, Object> bad = ShopMesh.negative();
    bad.remove("order_id");
    ValidationResult result = validator.validate(bad);

    assertThatCode(
            () ->
                MeshAssertions.assertThat(result)
                    .isInvalid()
                    .hasViolation("minimum", "amount")
                    .hasViolation("required", "order_id"))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> MeshAssertions.assertThat(result).isValid())
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("Expected the record to be valid, but it has 2 violation(s):")
        .hasMessageContaining("- minimum at 'amount'")
        .hasMessageContaining("- required at 'order_id'")
        .hasMessageNotContaining(ShopMesh.SECRET);
  }

  @Test
  void hasWrittenNamesBothCounts() {
    InMemorySink<Object> sink = new InMemorySink<>();
    sink.write(List.of(ShopMesh.order("o-1")));

    assertThatCode(() -> MeshAssertions.assertThat(sink).hasWritten(1)).doesNotThrowAnyException();
    assertThatThrownBy(() -> MeshAssertions.assertThat(sink).hasWritten(3))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expected 3 record(s) written, but the sink holds 1 (in 1 batch(es))");
  }

  @Test
  void deadLetterAndLineageAssertionsOverATestMesh() {
    try (TestMesh mesh = TestMesh.create()) {
      mesh.register(ShopMesh.ORDERS);
      mesh.publisher(ShopMesh.ORDERS, "orders").publish(ShopMesh.negative());

      assertThatCode(
              () ->
                  MeshAssertions.assertThat(mesh.deadLetters(ShopMesh.ORDERS, "orders"))
                      .hasDeadLetters(1)
                      .hasDeadLetter("minimum", "amount"))
          .doesNotThrowAnyException();
      assertThatThrownBy(
              () ->
                  MeshAssertions.assertThat(mesh.deadLetters(ShopMesh.ORDERS, "orders")).isEmpty())
          .isInstanceOf(AssertionError.class)
          .hasMessage(
              "Expected 0 dead letter(s), but found 1:\n  - #1 INVALID: minimum at 'amount'");
      assertThatCode(
              () ->
                  MeshAssertions.assertThatLineage(mesh.lineageEvents())
                      .hasRunEvent(EventType.COMPLETE, "sales.orders.orders"))
          .doesNotThrowAnyException();
      assertThatThrownBy(
              () ->
                  MeshAssertions.assertThatLineage(mesh.lineageEvents())
                      .hasRunEvent(EventType.FAIL, "sales.orders.orders"))
          .isInstanceOf(AssertionError.class)
          .hasMessage(
              "Expected a FAIL run event for job 'sales.orders.orders', but found:\n"
                  + "  - START meshsdk/sales.orders.orders\n"
                  + "  - COMPLETE meshsdk/sales.orders.orders");
    }
  }
}
