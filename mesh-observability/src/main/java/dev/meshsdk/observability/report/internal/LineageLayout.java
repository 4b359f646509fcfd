package dev.meshsdk.observability.report.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * A deterministic layered (Sugiyama-style) layout of the lineage graph, drawn left to right.
 *
 * <ol>
 *   <li>Cycles are broken by reversing the back edges of a depth-first search that visits nodes and
 *       neighbours in input order; reversed edges are drawn back to front.
 *   <li>Longest-path layering: a source is in layer 0, every other node one layer after its
 *       furthest predecessor, so every (unreversed) edge goes from a lower to a higher layer.
 *   <li>Edges that span several layers pass through a dummy point in every layer between, so they
 *       never cross a node.
 *   <li>Barycentric ordering: alternating down and up sweeps sort each layer by the mean position
 *       of its neighbours in the layer before (or after); the ordering with the fewest crossings
 *       wins. Ties keep the previous order, which starts as the input order (grouped by domain).
 *   <li>Coordinates: layers are columns, items are stacked in their column and the column is
 *       centred vertically, so boxes never overlap.
 * </ol>
 *
 * <p>The same input always gives the same layout: there is no randomness and no hash order.
 */
public final class LineageLayout {
  /** Width of a product box. */
  public static final int NODE_WIDTH = 208;

  /** Height of a product box. */
  public static final int NODE_HEIGHT = 56;

  /** Horizontal gap between layers. */
  public static final int LAYER_GAP = 88;

  /** Vertical gap between items of a layer. */
  public static final int ROW_GAP = 24;

  /** Height reserved for an edge passing through a layer. */
  public static final int DUMMY_HEIGHT = 8;

  /** Space around the drawing (room for self-loops and arrow heads). */
  public static final int MARGIN = 40;

  private static final int MAX_SWEEPS = 12;
  private static final int BACK_EDGE_SHIFT = 10;

  private LineageLayout() {}

  /**
   * A dependency: {@code to} reads an output port of {@code from}.
   *
   * @param from the upstream node id
   * @param to the downstream node id
   */
  public record Edge(String from, String to) {}

  /**
   * A point of the drawing.
   *
   * @param x x, growing to the right
   * @param y y, growing downwards
   */
  public record Point(int x, int y) {}

  /**
   * A placed product box.
   *
   * @param id the node id
   * @param layer the layer (column), 0 for sources
   * @param order the position in the layer, counting dummies, from the top
   * @param x left
   * @param y top
   * @param width width
   * @param height height
   */
  public record NodeBox(String id, int layer, int order, int x, int y, int width, int height) {

    /**
     * Whether the two boxes share any area.
     *
     * @param o the other box
     * @return whether they overlap
     */
    public boolean overlaps(NodeBox o) {
      return x < o.x + o.width && o.x < x + width && y < o.y + o.height && o.y < y + height;
    }
  }

  /**
   * How an edge is drawn.
   *
   * @param from the upstream node id
   * @param to the downstream node id
   * @param reversed whether the edge closes a cycle and is drawn against the layer order
   * @param selfLoop whether the node depends on itself
   * @param points the polyline from {@code from} to {@code to}; the renderer smooths it
   */
  public record Route(
      String from, String to, boolean reversed, boolean selfLoop, List<Point> points) {

    /**
     * Copies the points.
     *
     * @param from the upstream node id
     * @param to the downstream node id
     * @param reversed whether the edge closes a cycle
     * @param selfLoop whether the node depends on itself
     * @param points the polyline
     */
    public Route {
      points = List.copyOf(points);
    }
  }

  /**
   * A finished layout.
   *
   * @param nodes the boxes, in input order
   * @param routes the edges, sorted by (from, to) input position, each distinct edge once
   * @param width the drawing's width
   * @param height the drawing's height
   * @param layers how many layers
   * @param crossings how many pairs of edge segments cross between adjacent layers
   */
  public record Result(
      List<NodeBox> nodes, List<Route> routes, int width, int height, int layers, int crossings) {

    /**
     * Copies the lists.
     *
     * @param nodes the boxes
     * @param routes the edges
     * @param width the width
     * @param height the height
     * @param layers how many layers
     * @param crossings how many crossings
     */
    public Result {
      nodes = List.copyOf(nodes);
      routes = List.copyOf(routes);
    }

    /**
     * The box of a node.
     *
     * @param id the node id
     * @return the box, or empty
     */
    public Optional<NodeBox> node(String id) {
      return nodes.stream().filter(n -> n.id().equals(id)).findFirst();
    }
  }

  /**
   * Lays out a graph.
   *
   * @param nodeIds the node ids in their preferred initial order (duplicates are ignored)
   * @param edges the edges; repeated edges and edges naming unknown nodes are ignored
   * @return the layout
   */
  public static Result layout(List<String> nodeIds, List<Edge> edges) {
    List<String> ids = new ArrayList<>(new LinkedHashSet<>(nodeIds));
    int n = ids.size();
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < n; i++) {
      index.put(ids.get(i), i);
    }
    // Distinct edges between known nodes, sorted by input position.
    Set<Long> seen = new HashSet<>();
    List<int[]> all = new ArrayList<>();
    for (Edge e : edges) {
      Integer u = index.get(e.from());
      Integer v = index.get(e.to());
      if (u != null && v != null && seen.add(key(u, v))) {
        all.add(new int[] {u, v});
      }
    }
    all.sort(Comparator.<int[]>comparingInt(a -> a[0]).thenComparingInt(a -> a[1]));

    List<List<Integer>> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(new ArrayList<>());
    }
    for (int[] e : all) {
      if (e[0] != e[1]) {
        out.get(e[0]).add(e[1]);
      }
    }
    Set<Long> back = backEdges(n, out);

    // The acyclic graph the layers are built on: back edges reversed.
    List<int[]> dag = new ArrayList<>();
    for (int[] e : all) {
      if (e[0] != e[1]) {
        boolean rev = back.contains(key(e[0], e[1]));
        dag.add(rev ? new int[] {e[1], e[0]} : e);
      }
    }
    int[] layerOfReal = longestPathLayers(n, dag);
    int layerCount = n == 0 ? 0 : Arrays.stream(layerOfReal).max().orElse(0) + 1;

    // Vertices: real nodes 0..n-1, then dummies; segments join adjacent layers only.
    List<Integer> layerOf = new ArrayList<>();
    for (int l : layerOfReal) {
      layerOf.add(l);
    }
    List<List<Integer>> preds = new ArrayList<>();
    List<List<Integer>> succs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      preds.add(new ArrayList<>());
      succs.add(new ArrayList<>());
    }
    List<List<Integer>> chains = new ArrayList<>();
    for (int[] e : dag) {
      List<Integer> chain = new ArrayList<>();
      chain.add(e[0]);
      for (int l = layerOfReal[e[0]] + 1; l < layerOfReal[e[1]]; l++) {
        int d = layerOf.size();
        layerOf.add(l);
        preds.add(new ArrayList<>());
        succs.add(new ArrayList<>());
        chain.add(d);
      }
      chain.add(e[1]);
      for (int i = 0; i + 1 < chain.size(); i++) {
        succs.get(chain.get(i)).add(chain.get(i + 1));
        preds.get(chain.get(i + 1)).add(chain.get(i));
      }
      chains.add(chain);
    }
    int total = layerOf.size();

    List<List<Integer>> layers = new ArrayList<>();
    for (int l = 0; l < layerCount; l++) {
      layers.add(new ArrayList<>());
    }
    for (int v = 0; v < total; v++) {
      layers.get(layerOf.get(v)).add(v);
    }
    int[] pos = new int[total];
    positions(layers, pos);
    int bestCrossings = crossings(layers, succs, pos);
    List<List<Integer>> best = copy(layers);
    for (int sweep = 0; sweep < MAX_SWEEPS && bestCrossings > 0; sweep++) {
      boolean down = sweep % 2 == 0;
      if (down) {
        for (int l = 1; l < layerCount; l++) {
          reorder(layers.get(l), preds, pos);
        }
      } else {
        for (int l = layerCount - 2; l >= 0; l--) {
          reorder(layers.get(l), succs, pos);
        }
      }
      int c = crossings(layers, succs, pos);
      if (c < bestCrossings) {
        bestCrossings = c;
        best = copy(layers);
      }
    }
    layers = best;
    positions(layers, pos);

    // Coordinates.
    int[] yTop = new int[total];
    int[] heights = new int[layerCount];
    int maxHeight = 0;
    for (int l = 0; l < layerCount; l++) {
      int h = 0;
      for (int v : layers.get(l)) {
        h += (v < n ? NODE_HEIGHT : DUMMY_HEIGHT);
      }
      h += ROW_GAP * Math.max(0, layers.get(l).size() - 1);
      heights[l] = h;
      maxHeight = Math.max(maxHeight, h);
    }
    for (int l = 0; l < layerCount; l++) {
      int y = MARGIN + (maxHeight - heights[l]) / 2;
      for (int v : layers.get(l)) {
        yTop[v] = y;
        y += (v < n ? NODE_HEIGHT : DUMMY_HEIGHT) + ROW_GAP;
      }
    }
    List<NodeBox> boxes = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int l = layerOfReal[i];
      boxes.add(new NodeBox(ids.get(i), l, pos[i], x(l), yTop[i], NODE_WIDTH, NODE_HEIGHT));
    }

    List<Route> routes = new ArrayList<>();
    int chainIndex = 0;
    for (int[] e : all) {
      String from = ids.get(e[0]);
      String to = ids.get(e[1]);
      if (e[0] == e[1]) {
        int x = x(layerOfReal[e[0]]) + NODE_WIDTH;
        int y = yTop[e[0]];
        routes.add(
            new Route(
                from,
                to,
                false,
                true,
                List.of(new Point(x - 28, y), new Point(x, y + NODE_HEIGHT / 2))));
        continue;
      }
      List<Integer> chain = chains.get(chainIndex++);
      List<Point> points = new ArrayList<>();
      for (int i = 0; i < chain.size(); i++) {
        int v = chain.get(i);
        int x = x(layerOf.get(v));
        if (i == 0) {
          points.add(new Point(x + NODE_WIDTH, yTop[v] + NODE_HEIGHT / 2));
        } else if (i == chain.size() - 1) {
          points.add(new Point(x, yTop[v] + NODE_HEIGHT / 2));
        } else {
          int y = yTop[v] + DUMMY_HEIGHT / 2;
          points.add(new Point(x, y));
          points.add(new Point(x + NODE_WIDTH, y));
        }
      }
      boolean reversed = back.contains(key(e[0], e[1]));
      if (reversed) {
        // Shift the ends so a back edge never hides a forward edge between the same two nodes.
        int last = points.size() - 1;
        points.set(0, new Point(points.get(0).x(), points.get(0).y() + BACK_EDGE_SHIFT));
        points.set(last, new Point(points.get(last).x(), points.get(last).y() + BACK_EDGE_SHIFT));
        Collections.reverse(points);
      }
      routes.add(new Route(from, to, reversed, false, points));
    }

    int width = layerCount == 0 ? 0 : x(layerCount - 1) + NODE_WIDTH + MARGIN;
    int height = layerCount == 0 ? 0 : maxHeight + 2 * MARGIN;
    return new Result(boxes, routes, width, height, layerCount, bestCrossings);
  }

  private static int x(int layer) {
    return MARGIN + layer * (NODE_WIDTH + LAYER_GAP);
  }

  private static long key(int u, int v) {
    return ((long) u << 32) | (v & 0xffffffffL);
  }

  /** Iterative DFS in input order; an edge into a node still on the stack closes a cycle. */
  private static Set<Long> backEdges(int n, List<List<Integer>> out) {
    Set<Long> back = new HashSet<>();
    int[] state = new int[n];
    int[] next = new int[n];
    ArrayDeque<Integer> stack = new ArrayDeque<>();
    for (int s = 0; s < n; s++) {
      if (state[s] != 0) {
        continue;
      }
      state[s] = 1;
      stack.push(s);
      while (!stack.isEmpty()) {
        int u = stack.peek();
        List<Integer> adj = out.get(u);
        if (next[u] < adj.size()) {
          int v = adj.get(next[u]++);
          if (state[v] == 1) {
            back.add(key(u, v));
          } else if (state[v] == 0) {
            state[v] = 1;
            stack.push(v);
          }
        } else {
          state[u] = 2;
          stack.pop();
        }
      }
    }
    return back;
  }

  /** Longest path from the sources, in topological order (smallest index first). */
  private static int[] longestPathLayers(int n, List<int[]> dag) {
    int[] indegree = new int[n];
    List<List<Integer>> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(new ArrayList<>());
    }
    for (int[] e : dag) {
      out.get(e[0]).add(e[1]);
      indegree[e[1]]++;
    }
    int[] layer = new int[n];
    PriorityQueue<Integer> ready = new PriorityQueue<>();
    for (int i = 0; i < n; i++) {
      if (indegree[i] == 0) {
        ready.add(i);
      }
    }
    int done = 0;
    while (!ready.isEmpty()) {
      int u = ready.poll();
      done++;
      for (int v : out.get(u)) {
        layer[v] = Math.max(layer[v], layer[u] + 1);
        if (--indegree[v] == 0) {
          ready.add(v);
        }
      }
    }
    if (done != n) {
      throw new IllegalStateException("cycle left after reversing back edges; this is a bug");
    }
    return layer;
  }

  private static void reorder(List<Integer> layer, List<List<Integer>> neighbours, int[] pos) {
    Map<Integer, Double> bary = new HashMap<>();
    for (int v : layer) {
      List<Integer> ns = neighbours.get(v);
      if (ns.isEmpty()) {
        bary.put(v, (double) pos[v]);
      } else {
        double sum = 0;
        for (int w : ns) {
          sum += pos[w];
        }
        bary.put(v, sum / ns.size());
      }
    }
    // List.sort is stable: equal barycentres keep their current order.
    layer.sort(Comparator.comparingDouble(bary::get));
    for (int i = 0; i < layer.size(); i++) {
      pos[layer.get(i)] = i;
    }
  }

  private static void positions(List<List<Integer>> layers, int[] pos) {
    for (List<Integer> layer : layers) {
      for (int i = 0; i < layer.size(); i++) {
        pos[layer.get(i)] = i;
      }
    }
  }

  private static List<List<Integer>> copy(List<List<Integer>> layers) {
    List<List<Integer>> c = new ArrayList<>();
    for (List<Integer> l : layers) {
      c.add(new ArrayList<>(l));
    }
    return c;
  }

  /** Crossings between each pair of adjacent layers, counted as inversions with a Fenwick tree. */
  static int crossings(List<List<Integer>> layers, List<List<Integer>> succs, int[] pos) {
    long total = 0;
    for (int l = 0; l + 1 < layers.size(); l++) {
      List<int[]> segs = new ArrayList<>();
      for (int v : layers.get(l)) {
        for (int w : succs.get(v)) {
          segs.add(new int[] {pos[v], pos[w]});
        }
      }
      segs.sort(Comparator.<int[]>comparingInt(s -> s[0]).thenComparingInt(s -> s[1]));
      int size = layers.get(l + 1).size();
      int[] tree = new int[size + 1];
      int inserted = 0;
      for (int[] s : segs) {
        // Earlier segments (smaller or equal upper end) whose lower end is strictly greater.
        int notGreater = 0;
        for (int i = s[1] + 1; i > 0; i -= i & -i) {
          notGreater += tree[i];
        }
        total += inserted - notGreater;
        for (int i = s[1] + 1; i <= size; i += i & -i) {
          tree[i]++;
        }
        inserted++;
      }
    }
    return (int) Math.min(Integer.MAX_VALUE, total);
  }
}
