package dev.meshsdk.observability.report.internal;

import static dev.meshsdk.observability.report.internal.Html.esc;

import dev.meshsdk.contracts.DataContract;
import dev.meshsdk.contracts.SchemaObject;
import dev.meshsdk.observability.report.FreshnessStatus;
import dev.meshsdk.observability.report.PublishRun;
import dev.meshsdk.observability.report.QualityState;
import dev.meshsdk.observability.report.ReportConsumer;
import dev.meshsdk.observability.report.ReportOutputPort;
import dev.meshsdk.observability.report.ReportProduct;
import dev.meshsdk.observability.report.RunOutcome;
import dev.meshsdk.observability.report.SlaTarget;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The HTML of the catalog page and the product pages. Pure functions of the view. Not API. */
public final class ReportPages {
  private static final String STYLE_HASH = Html.cspHash(Assets.CSS);
  private static final String SCRIPT_HASH = Html.cspHash(Assets.FILTER_JS);

  private ReportPages() {}

  /**
   * The catalog page, {@code index.html}.
   *
   * @param view the mesh
   * @return the page
   */
  public static String index(MeshView view) {
    List<ReportProduct> products = view.products();
    StringBuilder s = new StringBuilder(16_384);
    String title = view.model.title();
    s.append(head(title, true));
    s.append("<body>\n<a class=\"skip\" href=\"#catalog\">Skip to the product catalog</a>\n");
    s.append("<header class=\"page\"><div class=\"wrap\">\n");
    s.append("<p class=\"eyebrow\">meshsdk \u00b7 mesh report</p>\n");
    s.append("<h1>").append(esc(title)).append("</h1>\n");
    s.append("<p class=\"meta\">Generated ")
        .append(Html.time(view.model.generatedAt()))
        .append("</p>\n</div></header>\n");
    s.append("<main class=\"wrap\">\n");

    long fresh =
        products.stream().filter(p -> p.freshness().status() == FreshnessStatus.OK).count();
    long overdue =
        products.stream()
            .filter(
                p ->
                    p.freshness().status() == FreshnessStatus.LATE
                        || p.freshness().status() == FreshnessStatus.STALE)
            .count();
    long failing = products.stream().filter(p -> p.quality() == QualityState.FAILED).count();
    s.append("<section aria-label=\"Summary\">\n<ul class=\"stats\">\n");
    stat(s, products.size(), products.size() == 1 ? "data product" : "data products");
    stat(s, view.domains.size(), view.domains.size() == 1 ? "domain" : "domains");
    stat(s, view.layout().routes().size(), "dependencies");
    stat(s, fresh, "fresh");
    stat(s, overdue, "late or stale");
    stat(s, failing, "failing quality");
    s.append("</ul>\n</section>\n");

    s.append("<section id=\"lineage\" aria-labelledby=\"lineage-h\">\n");
    s.append("<h2 id=\"lineage-h\">Lineage</h2>\n");
    if (products.isEmpty()) {
      s.append(
          "<p class=\"empty\">No products in this mesh yet, so there is no lineage to draw.</p>\n");
    } else {
      s.append("<ul class=\"legend\" aria-label=\"Domains\">\n");
      for (String d : view.domains) {
        s.append("<li><span class=\"swatch sw-")
            .append(view.colour(d))
            .append("\" aria-hidden=\"true\"></span>")
            .append(esc(d))
            .append("</li>\n");
      }
      s.append("</ul>\n<p class=\"sub\">The dot on each box is the worse of freshness and quality:")
          .append(
              " green fresh and passed, amber late or warning, red stale or failed, grey not known.")
          .append(" Select a box to open the product.</p>\n");
      s.append("<figure class=\"graph\">\n");
      s.append(LineageSvg.render(view, "products/"));
      s.append("\n<figcaption class=\"sr-only\">Lineage graph; every product is also listed in the")
          .append(" catalog table below.</figcaption>\n</figure>\n");
    }
    s.append("</section>\n");

    s.append("<section id=\"catalog\" aria-labelledby=\"catalog-h\">\n");
    s.append("<h2 id=\"catalog-h\">Products</h2>\n");
    if (products.isEmpty()) {
      s.append("<p class=\"empty\" id=\"no-products\">No products in this mesh yet.</p>\n");
    } else {
      s.append("<div class=\"filter\" id=\"filter-wrap\" hidden>\n")
          .append("<label for=\"filter\">Filter</label>\n")
          .append("<input type=\"search\" id=\"filter\" aria-controls=\"catalog-table\"")
          .append(" placeholder=\"name, id, domain, owner, tag\u2026\" autocomplete=\"off\"")
          .append(" spellcheck=\"false\">\n")
          .append("<output id=\"filter-count\" for=\"filter\" aria-live=\"polite\"></output>\n")
          .append("</div>\n");
      s.append("<div class=\"table-wrap\">\n<table id=\"catalog-table\">\n");
      s.append(
          "<caption class=\"sr-only\">Data products with owner, SLA, freshness and quality</caption>\n");
      s.append("<thead><tr><th scope=\"col\">Product</th><th scope=\"col\">Domain</th>")
          .append("<th scope=\"col\">Owner</th><th scope=\"col\">Version</th>")
          .append("<th scope=\"col\">Status</th><th scope=\"col\">SLA</th>")
          .append(
              "<th scope=\"col\">Freshness</th><th scope=\"col\">Quality</th></tr></thead>\n<tbody>\n");
      for (ReportProduct p : products) {
        catalogRow(s, view, p);
      }
      s.append("</tbody>\n</table>\n</div>\n");
      s.append("<p class=\"empty\" id=\"no-match\" hidden>No product matches the filter.</p>\n");
    }
    s.append("</section>\n</main>\n");
    footer(s, view);
    s.append("<script>").append(Assets.FILTER_JS).append("</script>\n");
    s.append("</body>\n</html>\n");
    return s.toString();
  }

  private static void stat(StringBuilder s, long n, String label) {
    s.append("<li><span class=\"n\">")
        .append(Html.count(n))
        .append("</span><span class=\"l\">")
        .append(esc(label))
        .append("</span></li>\n");
  }

  private static void catalogRow(StringBuilder s, MeshView view, ReportProduct p) {
    List<String> words = new ArrayList<>(List.of(p.id(), p.name(), p.domain(), p.owner()));
    words.add(p.version());
    words.add(p.status());
    words.add(p.description());
    words.addAll(p.tags());
    words.add(p.freshness().status().label());
    words.add(p.quality().label());
    String search = String.join(" ", words).toLowerCase(Locale.ROOT);
    s.append("<tr data-product-id=\"")
        .append(esc(p.id()))
        .append("\" data-search=\"")
        .append(esc(search))
        .append("\">");
    s.append("<th scope=\"row\"><a href=\"products/")
        .append(esc(view.pageFile(p.id())))
        .append("\">")
        .append(esc(p.name()))
        .append("</a><div class=\"sub mono\">")
        .append(esc(p.id()))
        .append("</div>");
    if (!p.tags().isEmpty()) {
      s.append("<div>");
      for (String t : p.tags()) {
        s.append("<span class=\"tag\">").append(esc(t)).append("</span>");
      }
      s.append("</div>");
    }
    s.append("</th>");
    s.append("<td class=\"nowrap\"><span class=\"swatch sw-")
        .append(view.colour(p.domain()))
        .append("\" aria-hidden=\"true\"></span>")
        .append(esc(p.domain()))
        .append("</td>");
    s.append("<td>").append(esc(p.owner())).append("</td>");
    s.append("<td class=\"mono\">").append(esc(p.version())).append("</td>");
    s.append("<td>").append(badge(p.status(), "none")).append("</td>");
    s.append("<td>").append(sla(p.sla())).append("</td>");
    s.append("<td>").append(freshness(view, p)).append("</td>");
    s.append("<td>").append(badge(p.quality().label(), MeshView.tone(p.quality()))).append("</td>");
    s.append("</tr>\n");
  }

  /**
   * A product's page, {@code products/<file>}.
   *
   * @param view the mesh
   * @param p the product
   * @return the page
   */
  public static String product(MeshView view, ReportProduct p) {
    StringBuilder s = new StringBuilder(16_384);
    s.append(head(p.name() + " \u2014 " + view.model.title(), false));
    s.append("<body>\n<a class=\"skip\" href=\"#main\">Skip to the content</a>\n");
    s.append("<header class=\"page\"><div class=\"wrap\">\n");
    s.append("<nav class=\"crumbs\" aria-label=\"Breadcrumb\"><a href=\"../index.html\">\u2190 ")
        .append(esc(view.model.title()))
        .append("</a></nav>\n");
    s.append("<p class=\"eyebrow\"><span class=\"swatch sw-")
        .append(view.colour(p.domain()))
        .append("\" aria-hidden=\"true\"></span>")
        .append(esc(p.domain()))
        .append("</p>\n");
    s.append("<h1>").append(esc(p.name())).append("</h1>\n");
    s.append("<p class=\"sub mono\">")
        .append(esc(p.id()))
        .append(" \u00b7 v")
        .append(esc(p.version()))
        .append("</p>\n");
    s.append("<div class=\"badges\">")
        .append(badge(p.status(), "none"))
        .append(
            badge(
                "freshness: " + p.freshness().status().label(),
                MeshView.tone(p.freshness().status())))
        .append(badge("quality: " + p.quality().label(), MeshView.tone(p.quality())))
        .append("</div>\n</div></header>\n");
    s.append("<main class=\"wrap\" id=\"main\">\n");

    s.append(
        "<section aria-labelledby=\"about-h\" class=\"card\">\n<h2 id=\"about-h\">About</h2>\n");
    if (!p.description().isBlank()) {
      s.append("<p class=\"description\" id=\"description\">")
          .append(esc(p.description()))
          .append("</p>\n");
    }
    s.append("<dl class=\"facts\">\n");
    fact(s, "Owner", esc(p.owner()));
    fact(s, "Domain", esc(p.domain()));
    fact(s, "Version", "<span class=\"mono\">" + esc(p.version()) + "</span>");
    fact(s, "Status", esc(p.status()));
    if (!p.tags().isEmpty()) {
      StringBuilder t = new StringBuilder();
      for (String tag : p.tags()) {
        t.append("<span class=\"tag\">").append(esc(tag)).append("</span>");
      }
      fact(s, "Tags", t.toString());
    }
    fact(s, "SLA", sla(p.sla()));
    fact(s, "Freshness", freshness(view, p));
    fact(s, "Quality", badge(p.quality().label(), MeshView.tone(p.quality())));
    s.append("</dl>\n</section>\n");

    outputPorts(s, p);
    inputPorts(s, view, p);
    downstream(s, view, p);
    consumers(s, p);
    runs(s, p);
    s.append("</main>\n");
    footer(s, view);
    s.append("</body>\n</html>\n");
    return s.toString();
  }

  private static void outputPorts(StringBuilder s, ReportProduct p) {
    s.append(
        "<section id=\"output-ports\" aria-labelledby=\"out-h\">\n<h2 id=\"out-h\">Output ports</h2>\n");
    if (p.outputPorts().isEmpty()) {
      s.append("<p class=\"empty\">This product has no output ports.</p>\n");
    }
    int i = 0;
    for (ReportOutputPort port : p.outputPorts()) {
      i++;
      DataContract c = port.contract();
      SchemaObject o = port.schema();
      String hid = "port-" + i;
      s.append("<article class=\"port\" aria-labelledby=\"")
          .append(hid)
          .append("\">\n<h3 id=\"")
          .append(hid)
          .append("\">")
          .append(esc(port.name()))
          .append("</h3>\n");
      s.append("<p>Contract <code>")
          .append(esc(c.id()))
          .append("</code> version <code>")
          .append(esc(c.version()))
          .append("</code>");
      c.name().ifPresent(n -> s.append(" (").append(esc(n)).append(")"));
      c.status().ifPresent(st -> s.append(", status ").append(esc(st)));
      s.append(", schema object <code>").append(esc(o.name())).append("</code>");
      o.description().ifPresent(d -> s.append(": ").append(esc(d)));
      s.append("</p>\n");
      List<SchemaRows.Row> rows = SchemaRows.of(o);
      if (rows.isEmpty()) {
        s.append("<p class=\"empty\">The schema object declares no properties.</p>\n</article>\n");
        continue;
      }
      s.append(
              "<div class=\"table-wrap\">\n<table class=\"schema\">\n<caption class=\"sr-only\">Schema of ")
          .append(esc(o.name()))
          .append(
              "</caption>\n<thead><tr><th scope=\"col\">Property</th><th scope=\"col\">Type</th>")
          .append("<th scope=\"col\">Required</th><th scope=\"col\">Constraints</th>")
          .append(
              "<th scope=\"col\">Classification</th><th scope=\"col\">Description</th></tr></thead>\n<tbody>\n");
      for (SchemaRows.Row r : rows) {
        s.append("<tr><th scope=\"row\" class=\"path mono depth-")
            .append(Math.min(r.depth(), 4))
            .append("\">")
            .append(esc(r.path()))
            .append("</th><td>")
            .append(esc(r.logicalType().isEmpty() ? "\u2014" : r.logicalType()));
        if (!r.physicalType().isEmpty()) {
          s.append("<div class=\"sub mono\">").append(esc(r.physicalType())).append("</div>");
        }
        s.append("</td><td>").append(r.required() ? "yes" : "no").append("</td><td>");
        if (r.constraints().isEmpty()) {
          s.append("\u2014");
        } else {
          s.append("<ul class=\"plain\">");
          for (String c2 : r.constraints()) {
            s.append("<li><code>").append(esc(c2)).append("</code></li>");
          }
          s.append("</ul>");
        }
        s.append("</td><td>");
        String cl = r.classification();
        if (cl.isEmpty()) {
          s.append("\u2014");
        } else if (cl.equalsIgnoreCase("public")) {
          s.append(esc(cl));
        } else {
          s.append("<span class=\"classified\">").append(esc(cl)).append("</span>");
        }
        s.append("</td><td>").append(esc(r.description())).append("</td></tr>\n");
      }
      s.append("</tbody>\n</table>\n</div>\n</article>\n");
    }
    s.append("</section>\n");
  }

  private static void inputPorts(StringBuilder s, MeshView view, ReportProduct p) {
    s.append(
        "<section id=\"input-ports\" aria-labelledby=\"in-h\">\n<h2 id=\"in-h\">Upstream (input ports)</h2>\n");
    if (p.inputPorts().isEmpty()) {
      s.append(
          "<p class=\"empty\">This product reads no other product of the mesh.</p>\n</section>\n");
      return;
    }
    s.append(
            "<div class=\"table-wrap\">\n<table>\n<thead><tr><th scope=\"col\">Upstream product</th>")
        .append("<th scope=\"col\">Output port</th></tr></thead>\n<tbody>\n");
    for (Map.Entry<String, List<String>> e : MeshView.portsByUpstream(p).entrySet()) {
      ReportProduct up = view.byId.get(e.getKey());
      s.append("<tr><th scope=\"row\">");
      if (up == null) {
        s.append("<span class=\"mono\">")
            .append(esc(e.getKey()))
            .append("</span> <span class=\"badge b-warn\">not in this mesh</span>");
      } else {
        s.append("<a href=\"")
            .append(esc(view.pageFile(up.id())))
            .append("\">")
            .append(esc(up.name()))
            .append("</a> <span class=\"sub\">")
            .append(esc(up.domain()))
            .append("</span>");
      }
      s.append("</th><td class=\"mono\">")
          .append(esc(String.join(", ", e.getValue())))
          .append("</td></tr>\n");
    }
    s.append("</tbody>\n</table>\n</div>\n</section>\n");
  }

  private static void downstream(StringBuilder s, MeshView view, ReportProduct p) {
    s.append(
        "<section id=\"downstream\" aria-labelledby=\"down-h\">\n<h2 id=\"down-h\">Downstream products</h2>\n");
    List<ReportProduct> down = new ArrayList<>(view.downstream.getOrDefault(p.id(), List.of()));
    down.sort(
        Comparator.comparing(ReportProduct::domain)
            .thenComparing(ReportProduct::name)
            .thenComparing(ReportProduct::id));
    if (down.isEmpty()) {
      s.append("<p class=\"empty\">No product of the mesh reads this product.</p>\n</section>\n");
      return;
    }
    s.append("<ul>\n");
    for (ReportProduct d : down) {
      s.append("<li><a href=\"")
          .append(esc(view.pageFile(d.id())))
          .append("\">")
          .append(esc(d.name()))
          .append("</a> <span class=\"sub\">")
          .append(esc(d.domain()))
          .append("</span></li>\n");
    }
    s.append("</ul>\n</section>\n");
  }

  private static void consumers(StringBuilder s, ReportProduct p) {
    s.append(
        "<section id=\"consumers\" aria-labelledby=\"cons-h\">\n<h2 id=\"cons-h\">Registered consumers</h2>\n");
    if (p.consumers().isEmpty()) {
      s.append("<p class=\"empty\">No consumers are registered.</p>\n</section>\n");
      return;
    }
    s.append("<div class=\"table-wrap\">\n<table>\n<thead><tr><th scope=\"col\">Consumer</th>")
        .append(
            "<th scope=\"col\">Domain</th><th scope=\"col\">Purpose</th></tr></thead>\n<tbody>\n");
    for (ReportConsumer c : p.consumers()) {
      s.append("<tr><th scope=\"row\" class=\"mono\">")
          .append(esc(c.id()))
          .append("</th><td>")
          .append(esc(c.domain()))
          .append("</td><td>")
          .append(esc(c.purpose()))
          .append("</td></tr>\n");
    }
    s.append("</tbody>\n</table>\n</div>\n</section>\n");
  }

  private static void runs(StringBuilder s, ReportProduct p) {
    s.append(
        "<section id=\"runs\" aria-labelledby=\"runs-h\">\n<h2 id=\"runs-h\">Recent publish runs</h2>\n");
    if (p.recentRuns().isEmpty()) {
      s.append("<p class=\"empty\">No publish runs recorded.</p>\n</section>\n");
      return;
    }
    List<PublishRun> runs = new ArrayList<>(p.recentRuns());
    runs.sort(
        Comparator.comparing(PublishRun::startedAt).reversed().thenComparing(PublishRun::runId));
    s.append("<div class=\"table-wrap\">\n<table>\n<thead><tr><th scope=\"col\">Run</th>")
        .append("<th scope=\"col\">Started</th><th scope=\"col\" class=\"num\">Duration</th>")
        .append(
            "<th scope=\"col\" class=\"num\">Offered</th><th scope=\"col\" class=\"num\">Written</th>")
        .append(
            "<th scope=\"col\" class=\"num\">Rejected</th><th scope=\"col\">Rejected by rule</th>")
        .append("<th scope=\"col\">Outcome</th></tr></thead>\n<tbody>\n");
    for (PublishRun r : runs) {
      s.append("<tr><th scope=\"row\" class=\"mono\">")
          .append(esc(r.runId()))
          .append("</th><td>")
          .append(Html.time(r.startedAt()))
          .append("</td><td class=\"num\">")
          .append(esc(Html.duration(r.duration())))
          .append("</td><td class=\"num\">")
          .append(Html.count(r.offered()))
          .append("</td><td class=\"num\">")
          .append(Html.count(r.written()))
          .append("</td><td class=\"num\">")
          .append(Html.count(r.rejected()))
          .append("</td><td>");
      if (r.rejectedByRule().isEmpty()) {
        s.append("\u2014");
      } else {
        s.append("<ul class=\"plain\">");
        for (Map.Entry<String, Long> e : r.rejectedByRule().entrySet()) {
          s.append("<li><code>")
              .append(esc(e.getKey()))
              .append("</code> ")
              .append(Html.count(e.getValue()))
              .append("</li>");
        }
        s.append("</ul>");
      }
      s.append("</td><td>")
          .append(badge(r.outcome().label(), tone(r.outcome())))
          .append("</td></tr>\n");
    }
    s.append("</tbody>\n</table>\n</div>\n</section>\n");
  }

  private static String tone(RunOutcome o) {
    return switch (o) {
      case SUCCEEDED -> "ok";
      case PARTIAL -> "warn";
      case FAILED -> "bad";
    };
  }

  private static void fact(StringBuilder s, String term, String html) {
    s.append("<dt>").append(esc(term)).append("</dt><dd>").append(html).append("</dd>\n");
  }

  private static String badge(String label, String tone) {
    return "<span class=\"badge b-" + tone + "\">" + esc(label) + "</span>";
  }

  private static String sla(List<SlaTarget> sla) {
    if (sla.isEmpty()) {
      return "<span class=\"sub\">none declared</span>";
    }
    StringBuilder s = new StringBuilder("<ul class=\"plain\">");
    for (SlaTarget t : sla) {
      s.append("<li>")
          .append(esc(t.name()))
          .append(": <strong>")
          .append(esc(t.value()))
          .append("</strong></li>");
    }
    return s.append("</ul>").toString();
  }

  private static String freshness(MeshView view, ReportProduct p) {
    StringBuilder s =
        new StringBuilder(
            badge(p.freshness().status().label(), MeshView.tone(p.freshness().status())));
    s.append("<div class=\"sub\">");
    if (p.freshness().lastPublished().isPresent()) {
      Instant last = p.freshness().lastPublished().get();
      Duration age = Duration.between(last, view.model.generatedAt());
      s.append("last publish ").append(Html.time(last));
      if (!age.isNegative()) {
        s.append(" (").append(esc(Html.duration(age))).append(" ago)");
      }
    } else {
      s.append("never published");
    }
    return s.append("</div>").toString();
  }

  private static void footer(StringBuilder s, MeshView view) {
    s.append("<footer class=\"wrap\"><p>Generated by meshsdk from the mesh as of ")
        .append(Html.time(view.model.generatedAt()))
        .append(
            ". A static page: it needs no server and loads nothing from the network.</p></footer>\n");
  }

  private static String head(String title, boolean script) {
    String csp =
        "default-src 'none'; style-src "
            + STYLE_HASH
            + "; script-src "
            + (script ? SCRIPT_HASH : "'none'")
            + "; img-src data:; base-uri 'none'; form-action 'none'";
    return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta http-equiv=\"Content-Security-Policy\" content=\""
        + esc(csp)
        + "\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<meta name=\"color-scheme\" content=\"light dark\">\n"
        + "<meta name=\"referrer\" content=\"no-referrer\">\n"
        + "<meta name=\"generator\" content=\"meshsdk\">\n"
        + "<title>"
        + esc(title)
        + "</title>\n<link rel=\"icon\" href=\"data:,\">\n<style>"
        + Assets.CSS
        + "</style>\n</head>\n";
  }
}
