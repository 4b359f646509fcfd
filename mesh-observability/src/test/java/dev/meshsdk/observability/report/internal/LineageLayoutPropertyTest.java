package dev.meshsdk.observability.report.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.meshsdk.observability.report.internal.LineageLayout.Edge;
import dev.meshsdk.observability.report.internal.LineageLayout.NodeBox;
import dev.meshsdk.observability.report.internal.LineageLayout.Result;
import dev.meshsdk.observability.report.internal.LineageLayout.Route;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The layout's guarantees hold for random graphs, acyclic or not. */
class LineageLayoutPropertyTest {
  private static final int CASES = 300;

  @Test
  void acyclicGraphsHaveForwardEdgesOnlyAndNoOverlaps() {
    qt().withExamples(CASES)
        .forAll(
            integers().between(1, 30), lists().of(integers().between(0, 899)).ofSizeBetween(0, 60))
        .checkAssert(
            (n, codes) -> {
              List<Edge> edges = new ArrayList<>();
              for (int code : codes) {
                int a = code % n;
                int b = (code / n) % n;
                if (a != b) {
                  // Lower index to higher index: acyclic by construction.
                  edges.add(new Edge(id(Math.min(a, b)), id(Math.max(a, b))));
                }
              }
              Result r = LineageLayout.layout(ids(n), edges);
              assertLaidOut(r, n, edges);
              for (Route e : r.routes()) {
                assertThat(e.reversed()).isFalse();
                assertThat(layer(r, e.from())).isLessThan(layer(r, e.to()));
              }
            });
  }

  @Test
  void anyGraphIsLaidOutWithEdgesAgainstTheLayersOnlyWhereTheyCloseACycle() {
    qt().withExamples(CASES)
        .forAll(
            integers().between(1, 25), lists().of(integers().between(0, 624)).ofSizeBetween(0, 70))
        .checkAssert(
            (n, codes) -> {
              List<Edge> edges = new ArrayList<>();
              for (int code : codes) {
                edges.add(new Edge(id(code % n), id((code / n) % n)));
              }
              Result r = LineageLayout.layout(ids(n), edges);
              assertLaidOut(r, n, edges);
              for (Route e : r.routes()) {
                if (e.selfLoop()) {
                  assertThat(e.from()).isEqualTo(e.to());
                } else if (e.reversed()) {
                  assertThat(layer(r, e.from())).isGreaterThan(layer(r, e.to()));
                } else {
                  assertThat(layer(r, e.from())).isLessThan(layer(r, e.to()));
                }
              }
              assertThat(LineageLayout.layout(ids(n), edges)).isEqualTo(r);
            });
  }

  private static void assertLaidOut(Result r, int n, List<Edge> edges) {
    assertThat(r.nodes()).hasSize(n);
    Set<Edge> distinct = new HashSet<>(edges);
    assertThat(r.routes()).hasSize(distinct.size());
    Map<Integer, Set<Integer>> orders = new HashMap<>();
    for (NodeBox a : r.nodes()) {
      assertThat(orders.computeIfAbsent(a.layer(), k -> new HashSet<>()).add(a.order())).isTrue();
      assertThat(a.x()).isGreaterThanOrEqualTo(0);
      assertThat(a.y()).isGreaterThanOrEqualTo(0);
      assertThat(a.x() + a.width()).isLessThanOrEqualTo(r.width());
      assertThat(a.y() + a.height()).isLessThanOrEqualTo(r.height());
      for (NodeBox b : r.nodes()) {
        if (a != b) {
          assertThat(a.overlaps(b)).as("%s overlaps %s", a, b).isFalse();
        }
      }
    }
  }

  private static List<String> ids(int n) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ids.add(id(i));
    }
    return ids;
  }

  private static String id(int i) {
    return "p" + i;
  }

  private static int layer(Result r, String id) {
    return r.node(id).orElseThrow().layer();
  }
}
