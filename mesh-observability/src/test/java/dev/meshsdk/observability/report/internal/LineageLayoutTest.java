package dev.meshsdk.observability.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshsdk.observability.report.internal.LineageLayout.Edge;
import dev.meshsdk.observability.report.internal.LineageLayout.NodeBox;
import dev.meshsdk.observability.report.internal.LineageLayout.Point;
import dev.meshsdk.observability.report.internal.LineageLayout.Result;
import dev.meshsdk.observability.report.internal.LineageLayout.Route;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineageLayoutTest {
  private static final List<String> NODES =
      List.of("customers", "orders", "revenue", "invoices", "segments", "shipments", "returns");
  private static final List<Edge> EDGES =
      List.of(
          new Edge("orders", "shipments"),
          new Edge("shipments", "returns"),
          new Edge("orders", "returns"),
          new Edge("orders", "revenue"),
          new Edge("customers", "revenue"),
          new Edge("orders", "invoices"),
          new Edge("revenue", "invoices"),
          new Edge("customers", "segments"),
          new Edge("revenue", "segments"));

  @Test
  void layersAreLongestPathsFromTheSources() {
    Result r = LineageLayout.layout(NODES, EDGES);

    assertThat(layer(r, "orders")).isZero();
    assertThat(layer(r, "customers")).isZero();
    assertThat(layer(r, "shipments")).isEqualTo(1);
    assertThat(layer(r, "revenue")).isEqualTo(1);
    // returns reads orders (layer 0) and shipments (layer 1): the longest path decides.
    assertThat(layer(r, "returns")).isEqualTo(2);
    assertThat(layer(r, "invoices")).isEqualTo(2);
    assertThat(r.layers()).isEqualTo(3);
  }

  @Test
  void everyEdgeOfAnAcyclicMeshGoesFromALowerToAHigherLayer() {
    Result r = LineageLayout.layout(NODES, EDGES);

    assertThat(r.routes()).hasSize(EDGES.size());
    for (Route route : r.routes()) {
      assertThat(route.reversed()).as("%s -> %s reversed", route.from(), route.to()).isFalse();
      assertThat(layer(r, route.from()))
          .as("%s -> %s", route.from(), route.to())
          .isLessThan(layer(r, route.to()));
    }
  }

  @Test
  void noTwoNodesOverlapAndEdgesSkippingALayerPassBesideTheNodes() {
    Result r = LineageLayout.layout(NODES, EDGES);

    for (NodeBox a : r.nodes()) {
      assertThat(a.x() + a.width()).isLessThanOrEqualTo(r.width());
      assertThat(a.y() + a.height()).isLessThanOrEqualTo(r.height());
      for (NodeBox b : r.nodes()) {
        if (a != b) {
          assertThat(a.overlaps(b)).as("%s overlaps %s", a, b).isFalse();
        }
      }
    }
    Route longEdge =
        r.routes().stream()
            .filter(e -> e.from().equals("orders") && e.to().equals("invoices"))
            .findFirst()
            .orElseThrow();
    // Start, two points through layer 1, end.
    assertThat(longEdge.points()).hasSize(4);
    for (Point p : longEdge.points().subList(1, 3)) {
      for (NodeBox b : r.nodes()) {
        boolean inside =
            p.x() >= b.x()
                && p.x() <= b.x() + b.width()
                && p.y() > b.y()
                && p.y() < b.y() + b.height();
        assertThat(inside).as("%s inside %s", p, b.id()).isFalse();
      }
    }
  }

  @Test
  void barycentricOrderingRemovesACrossingTheInputOrderWouldHave() {
    // Input order puts x above y, but a feeds y and b feeds x: the first order crosses.
    List<String> nodes = List.of("a", "b", "x", "y");
    List<Edge> edges = List.of(new Edge("a", "y"), new Edge("b", "x"));

    Result r = LineageLayout.layout(nodes, edges);

    assertThat(r.crossings()).isZero();
    assertThat(order(r, "a") < order(r, "b")).isEqualTo(order(r, "y") < order(r, "x"));
  }

  @Test
  void aCycleIsLaidOutWithOneEdgeDrawnBackwards() {
    List<String> nodes = List.of("a", "b", "c", "d");
    List<Edge> edges =
        List.of(
            new Edge("a", "b"),
            new Edge("b", "c"),
            new Edge("c", "a"),
            new Edge("c", "d"),
            new Edge("d", "d"));

    Result r = LineageLayout.layout(nodes, edges);

    assertThat(r.nodes()).extracting(NodeBox::id).containsExactly("a", "b", "c", "d");
    assertThat(r.routes()).hasSize(5);
    List<Route> back = r.routes().stream().filter(Route::reversed).toList();
    assertThat(back).singleElement().satisfies(e -> assertThat(e.from() + e.to()).isEqualTo("ca"));
    assertThat(r.routes().stream().filter(Route::selfLoop).map(e -> e.from() + e.to()))
        .containsExactly("dd");
    for (Route e : r.routes()) {
      if (e.selfLoop()) {
        continue;
      }
      if (e.reversed()) {
        assertThat(layer(r, e.from())).isGreaterThan(layer(r, e.to()));
      } else {
        assertThat(layer(r, e.from())).isLessThan(layer(r, e.to()));
      }
    }
  }

  @Test
  void twoProductsReadingEachOtherGetTwoSeparateArrows() {
    Result r =
        LineageLayout.layout(List.of("a", "b"), List.of(new Edge("a", "b"), new Edge("b", "a")));

    assertThat(r.routes()).hasSize(2);
    assertThat(r.routes().get(0).points()).isNotEqualTo(reversed(r.routes().get(1).points()));
  }

  @Test
  void sameGraphGivesSameLayoutWhateverTheEdgeOrder() {
    List<Edge> shuffled = new ArrayList<>(EDGES);
    Collections.reverse(shuffled);
    shuffled.add(EDGES.get(0)); // a repeated edge is drawn once

    assertThat(LineageLayout.layout(NODES, shuffled)).isEqualTo(LineageLayout.layout(NODES, EDGES));
  }

  @Test
  void edgesToUnknownNodesAreLeftOut() {
    Result r = LineageLayout.layout(List.of("a"), List.of(new Edge("elsewhere", "a")));

    assertThat(r.routes()).isEmpty();
    assertThat(r.nodes()).singleElement().satisfies(n -> assertThat(n.layer()).isZero());
  }

  @Test
  void anEmptyGraphHasNoSize() {
    Result r = LineageLayout.layout(List.of(), List.of());

    assertThat(r.nodes()).isEmpty();
    assertThat(r.width()).isZero();
    assertThat(r.height()).isZero();
    assertThat(r.layers()).isZero();
  }

  private static List<Point> reversed(List<Point> points) {
    List<Point> copy = new ArrayList<>(points);
    Collections.reverse(copy);
    return copy;
  }

  private static int layer(Result r, String id) {
    return r.node(id).orElseThrow().layer();
  }

  private static int order(Result r, String id) {
    return r.node(id).orElseThrow().order();
  }
}
