package dev.meshsdk.observability.report.internal;

import dev.meshsdk.observability.report.FreshnessStatus;
import dev.meshsdk.observability.report.MeshReportModel;
import dev.meshsdk.observability.report.QualityState;
import dev.meshsdk.observability.report.ReportInputPort;
import dev.meshsdk.observability.report.ReportProduct;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What the pages need from a model, computed once: products in display order, domains and their
 * colours, page file names, downstream products and the graph layout. Not API.
 */
public final class MeshView {
  /** How many domain colours the style sheet defines. */
  static final int PALETTE = 8;

  final MeshReportModel model;
  final List<ReportProduct> products;
  final Map<String, ReportProduct> byId = new HashMap<>();
  final List<String> domains;
  final Map<String, Integer> domainColour = new HashMap<>();
  final Map<String, String> pageFile = new HashMap<>();
  final Map<String, List<ReportProduct>> downstream = new HashMap<>();
  final LineageLayout.Result layout;

  /**
   * Computes the view.
   *
   * @param model the model
   */
  public MeshView(MeshReportModel model) {
    this.model = model;
    List<ReportProduct> sorted = new ArrayList<>(model.products());
    sorted.sort(
        Comparator.comparing(ReportProduct::domain)
            .thenComparing(ReportProduct::name)
            .thenComparing(ReportProduct::id));
    this.products = List.copyOf(sorted);
    TreeSet<String> ds = new TreeSet<>();
    for (ReportProduct p : products) {
      byId.put(p.id(), p);
      ds.add(p.domain());
      pageFile.put(p.id(), FileNames.productPage(p.id()));
      downstream.put(p.id(), new ArrayList<>());
    }
    this.domains = List.copyOf(ds);
    for (int i = 0; i < domains.size(); i++) {
      domainColour.put(domains.get(i), i % PALETTE);
    }
    List<String> ids = new ArrayList<>();
    List<LineageLayout.Edge> edges = new ArrayList<>();
    for (ReportProduct p : products) {
      ids.add(p.id());
      for (ReportInputPort in : p.inputPorts()) {
        List<ReportProduct> down = downstream.get(in.upstreamProductId());
        if (down != null && !down.contains(p)) {
          down.add(p);
        }
        edges.add(new LineageLayout.Edge(in.upstreamProductId(), p.id()));
      }
    }
    this.layout = LineageLayout.layout(ids, edges);
  }

  /**
   * The file name of a product's page.
   *
   * @param productId the product id
   * @return the file name, such as {@code orders.html}
   */
  public String pageFile(String productId) {
    String f = pageFile.get(productId);
    if (f == null) {
      throw new IllegalArgumentException("no product '" + productId + "' in the mesh");
    }
    return f;
  }

  /**
   * The products, in display order (domain, name, id).
   *
   * @return the products
   */
  public List<ReportProduct> products() {
    return products;
  }

  /**
   * The lineage graph's layout.
   *
   * @return the layout
   */
  public LineageLayout.Result layout() {
    return layout;
  }

  int colour(String domain) {
    return domainColour.getOrDefault(domain, 0);
  }

  /** Input ports grouped by upstream product, in first-seen order. */
  static Map<String, List<String>> portsByUpstream(ReportProduct p) {
    Map<String, List<String>> m = new LinkedHashMap<>();
    for (ReportInputPort in : p.inputPorts()) {
      m.computeIfAbsent(in.upstreamProductId(), k -> new ArrayList<>()).add(in.upstreamPort());
    }
    return m;
  }

  /** The worse of freshness and quality, as a CSS suffix: ok, warn, bad or none. */
  static String health(ReportProduct p) {
    FreshnessStatus f = p.freshness().status();
    QualityState q = p.quality();
    if (f == FreshnessStatus.STALE || q == QualityState.FAILED) {
      return "bad";
    }
    if (f == FreshnessStatus.LATE || q == QualityState.WARNING) {
      return "warn";
    }
    if (f == FreshnessStatus.OK && q == QualityState.PASSED) {
      return "ok";
    }
    return "none";
  }

  static String tone(FreshnessStatus f) {
    return switch (f) {
      case OK -> "ok";
      case LATE -> "warn";
      case STALE -> "bad";
      case UNKNOWN -> "none";
    };
  }

  static String tone(QualityState q) {
    return switch (q) {
      case PASSED -> "ok";
      case WARNING -> "warn";
      case FAILED -> "bad";
      case NOT_EVALUATED -> "none";
    };
  }
}
