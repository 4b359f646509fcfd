package dev.meshsdk.testkit.assertions;

import dev.meshsdk.contracts.ValidationResult;
import dev.meshsdk.core.publish.InMemoryDeadLetterSink;
import dev.meshsdk.core.publish.InMemorySink;
import dev.meshsdk.observability.lineage.LineageEvent;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Entry points of the mesh assertions. Import statically next to (or instead of) AssertJ's:
 *
 * <pre>{@code
 * import static dev.meshsdk.testkit.assertions.MeshAssertions.assertThat;
 * import static dev.meshsdk.testkit.assertions.MeshAssertions.assertThatLineage;
 *
 * assertThat(validator.validate(order)).hasViolation("required", "order_id");
 * assertThat(mesh.written(orders, "orders")).hasWritten(2);
 * assertThat(mesh.deadLetters(orders, "orders")).hasDeadLetter("minimum", "amount");
 * assertThatLineage(mesh.lineageEvents()).hasRunEvent(EventType.COMPLETE, "sales.orders.orders");
 * }</pre>
 */
public final class MeshAssertions {
  private MeshAssertions() {}

  /**
   * Assertions on a validation result.
   *
   * @param actual the result
   * @return the assertions
   */
  public static ValidationResultAssert assertThat(ValidationResult actual) {
    return new ValidationResultAssert(Objects.requireNonNull(actual, "actual"));
  }

  /**
   * Assertions on the records a port's in-memory sink holds.
   *
   * @param actual the sink
   * @return the assertions
   */
  public static WrittenAssert assertThat(InMemorySink<?> actual) {
    return new WrittenAssert(Objects.requireNonNull(actual, "actual"));
  }

  /**
   * Assertions on the dead letters of a port.
   *
   * @param actual the dead-letter sink
   * @return the assertions
   */
  public static DeadLettersAssert assertThat(InMemoryDeadLetterSink<?> actual) {
    return new DeadLettersAssert(Objects.requireNonNull(actual, "actual"));
  }

  /**
   * Assertions on lineage events, such as {@code TestMesh.lineageEvents()} or {@code
   * InMemoryTransport.events()}.
   *
   * @param actual the events
   * @return the assertions
   */
  public static LineageAssert assertThatLineage(Collection<? extends LineageEvent> actual) {
    return new LineageAssert(List.copyOf(Objects.requireNonNull(actual, "actual")));
  }
}
