package dev.meshsdk.observability.report.internal;

import static dev.meshsdk.observability.report.internal.Html.esc;

import dev.meshsdk.observability.report.ReportProduct;
import java.util.List;
import java.util.Map;

/** Draws the lineage layout as inline SVG. Not API. */
final class LineageSvg {
  private LineageSvg() {}

  static String render(MeshView view, String hrefPrefix) {
    LineageLayout.Result layout = view.layout();
    StringBuilder s = new StringBuilder();
    int w = layout.width();
    int h = layout.height();
    s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"lineage-graph\" class=\"lineage\"")
        .append(" width=\"")
        .append(w)
        .append("\" height=\"")
        .append(h)
        .append("\" viewBox=\"0 0 ")
        .append(w)
        .append(' ')
        .append(h)
        .append(
            "\" role=\"group\" aria-labelledby=\"lineage-title\" aria-describedby=\"lineage-desc\">\n");
    s.append("<title id=\"lineage-title\">Lineage of ")
        .append(layout.nodes().size())
        .append(layout.nodes().size() == 1 ? " data product" : " data products")
        .append("</title>\n");
    s.append(
        "<desc id=\"lineage-desc\">Each box is a data product, coloured by domain and linking to"
            + " its page. An arrow points from an upstream product to the product that reads it;"
            + " dashed arrows close a cycle.</desc>\n");
    s.append(
        "<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\""
            + " markerWidth=\"7\" markerHeight=\"7\" markerUnits=\"strokeWidth\" orient=\"auto\">"
            + "<path class=\"arrow-head\" d=\"M0,0L10,5L0,10z\"/></marker></defs>\n");
    s.append("<g class=\"edges\">\n");
    for (LineageLayout.Route r : layout.routes()) {
      ReportProduct to = view.byId.get(r.to());
      List<String> ports = MeshView.portsByUpstream(to).getOrDefault(r.from(), List.of());
      s.append("<path class=\"edge")
          .append(r.reversed() ? " back" : "")
          .append(r.selfLoop() ? " loop" : "")
          .append("\" data-from=\"")
          .append(esc(r.from()))
          .append("\" data-to=\"")
          .append(esc(r.to()))
          .append("\" d=\"")
          .append(path(r))
          .append("\" marker-end=\"url(#arrow)\"><title>")
          .append(esc(view.byId.get(r.from()).name()))
          .append(" \u2192 ")
          .append(esc(to.name()))
          .append(" (")
          .append(esc(String.join(", ", ports)))
          .append(")</title></path>\n");
    }
    s.append("</g>\n<g class=\"nodes\">\n");
    Map<String, ReportProduct> byId = view.byId;
    for (LineageLayout.NodeBox b : layout.nodes()) {
      ReportProduct p = byId.get(b.id());
      String health = MeshView.health(p);
      s.append("<a class=\"node dom-")
          .append(view.colour(p.domain()))
          .append("\" href=\"")
          .append(esc(hrefPrefix + view.pageFile(p.id())))
          .append("\" data-product-id=\"")
          .append(esc(p.id()))
          .append("\" data-layer=\"")
          .append(b.layer())
          .append("\">");
      s.append("<title>")
          .append(esc(p.name()))
          .append(" \u2014 domain ")
          .append(esc(p.domain()))
          .append(", version ")
          .append(esc(p.version()))
          .append(", freshness ")
          .append(esc(p.freshness().status().label()))
          .append(", quality ")
          .append(esc(p.quality().label()))
          .append("</title>");
      rect(s, "node-box", b.x(), b.y(), b.width(), b.height(), 8);
      rect(s, "node-band", b.x() + 1, b.y() + 1, 6, b.height() - 2, 3);
      s.append("<circle class=\"h-")
          .append(health)
          .append("\" cx=\"")
          .append(b.x() + b.width() - 14)
          .append("\" cy=\"")
          .append(b.y() + 15)
          .append("\" r=\"5\"/>");
      s.append("<text class=\"node-name\" x=\"")
          .append(b.x() + 18)
          .append("\" y=\"")
          .append(b.y() + 23)
          .append("\">")
          .append(esc(Html.truncate(p.name(), 19)))
          .append("</text>");
      s.append("<text class=\"node-meta\" x=\"")
          .append(b.x() + 18)
          .append("\" y=\"")
          .append(b.y() + 42)
          .append("\">")
          .append(esc(Html.truncate(p.domain() + " \u00b7 v" + p.version(), 27)))
          .append("</text>");
      s.append("</a>\n");
    }
    s.append("</g>\n</svg>");
    return s.toString();
  }

  private static void rect(StringBuilder s, String cls, int x, int y, int w, int h, int rx) {
    s.append("<rect class=\"")
        .append(cls)
        .append("\" x=\"")
        .append(x)
        .append("\" y=\"")
        .append(y)
        .append("\" width=\"")
        .append(w)
        .append("\" height=\"")
        .append(h)
        .append("\" rx=\"")
        .append(rx)
        .append("\"/>");
  }

  /** Smooth cubic segments between the route's points; horizontal tangents at each point. */
  static String path(LineageLayout.Route r) {
    List<LineageLayout.Point> pts = r.points();
    LineageLayout.Point a = pts.get(0);
    StringBuilder d = new StringBuilder("M").append(a.x()).append(',').append(a.y());
    if (r.selfLoop()) {
      LineageLayout.Point b = pts.get(1);
      return d.append("C")
          .append(a.x())
          .append(',')
          .append(a.y() - 30)
          .append(' ')
          .append(b.x() + 34)
          .append(',')
          .append(b.y())
          .append(' ')
          .append(b.x())
          .append(',')
          .append(b.y())
          .toString();
    }
    for (int i = 1; i < pts.size(); i++) {
      LineageLayout.Point p = pts.get(i - 1);
      LineageLayout.Point q = pts.get(i);
      if (p.y() == q.y()) {
        d.append("L").append(q.x()).append(',').append(q.y());
      } else {
        int half = (q.x() - p.x()) / 2;
        d.append("C")
            .append(p.x() + half)
            .append(',')
            .append(p.y())
            .append(' ')
            .append(q.x() - half)
            .append(',')
            .append(q.y())
            .append(' ')
            .append(q.x())
            .append(',')
            .append(q.y());
      }
    }
    return d.toString();
  }
}
