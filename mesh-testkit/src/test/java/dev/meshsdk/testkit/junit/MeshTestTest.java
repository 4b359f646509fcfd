package dev.meshsdk.testkit.junit;

import static dev.meshsdk.testkit.assertions.MeshAssertions.assertThat;
import static dev.meshsdk.testkit.assertions.MeshAssertions.assertThatLineage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.meshsdk.core.event.ProductRegistered;
import dev.meshsdk.observability.lineage.EventType;
import dev.meshsdk.testkit.ShopMesh;
import dev.meshsdk.testkit.TestMesh;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/** {@link MeshTest}, run inside a test with EngineTestKit; works on JUnit 5.10 and 6. */
class MeshTestTest {
  static final List<TestMesh> SEEN = new ArrayList<>();

  @MeshTest
  static class PublishingTests {
    TestMesh fromBeforeEach;

    @BeforeEach
    void register(TestMesh mesh) {
      fromBeforeEach = mesh;
      mesh.register(ShopMesh.ORDERS);
    }

    @Test
    void publishesAndDeadLetters(TestMesh mesh) {
      SEEN.add(mesh);
      assertThat(mesh).isSameAs(fromBeforeEach);
      mesh.publisher(ShopMesh.ORDERS, "orders")
          .publish(List.of(ShopMesh.order("o-1"), ShopMesh.order("o-2"), ShopMesh.negative()));

      assertThat(mesh.written(ShopMesh.ORDERS, "orders")).hasWritten(2);
      assertThat(mesh.deadLetters(ShopMesh.ORDERS, "orders")).hasDeadLetter("minimum", "amount");
      assertThatLineage(mesh.lineageEvents())
          .hasRunEvent(EventType.START, "sales.orders.orders")
          .hasRunEvent(EventType.COMPLETE, "sales.orders.orders");
      assertThat(mesh.events()).first().isInstanceOf(ProductRegistered.class);
      assertThat(mesh.runs().runs("orders", "orders")).hasSize(1);
    }

    @Test
    void startsEachTestWithAFreshMesh(TestMesh mesh) {
      SEEN.add(mesh);
      assertThat(mesh.written(ShopMesh.ORDERS, "orders")).hasWritten(0);
      assertThat(mesh.mesh().catalog().versions("orders")).containsExactly("1.0.0");
    }

    @Test
    void failsWithAMessageNamingTheRuleAndPathButNoValue(TestMesh mesh) {
      mesh.publisher(ShopMesh.ORDERS, "orders").publish(ShopMesh.negative());
      assertThat(mesh.deadLetters(ShopMesh.ORDERS, "orders")).hasDeadLetter("required", "order_id");
    }
  }

  @Test
  void injectsAFreshTestMeshPerTestAndClosesIt() {
    SEEN.clear();
    EngineExecutionResults results =
        EngineTestKit.engine("junit-jupiter")
            .selectors(selectClass(PublishingTests.class))
            .execute();

    results.testEvents().assertStatistics(s -> s.started(3).succeeded(2).failed(1));
    assertThat(SEEN).hasSize(2);
    assertThat(SEEN.get(0)).isNotSameAs(SEEN.get(1));
    Event failed = results.testEvents().failed().list().get(0);
    String message = message(failed);
    assertThat(message)
        .contains("Expected a dead letter breaking rule 'required' at 'order_id'")
        .contains("INVALID: minimum at 'amount'")
        .doesNotContain(ShopMesh.SECRET)
        .doesNotContain("-1");
  }

  private static String message(Event e) {
    return e.getPayload(TestExecutionResult.class)
        .flatMap(TestExecutionResult::getThrowable)
        .map(Throwable::getMessage)
        .orElse("");
  }
}
