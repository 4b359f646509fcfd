package dev.meshsdk.observability.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meshsdk.contracts.ContractDefinitionException;
import dev.meshsdk.observability.report.internal.FileNames;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeshReportTest {
  @TempDir Path dir;

  @Test
  void writesTheCatalogAndOnePagePerProduct() throws Exception {
    Path index = MeshReport.write(SampleMesh.model(), dir);

    assertThat(index).isEqualTo(dir.toAbsolutePath().resolve("index.html"));
    try (Stream<Path> files = Files.list(dir.resolve("products"))) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder(
              "audit-log.html",
              "customers.html",
              "invoices.html",
              "orders.html",
              "returns.html",
              "revenue.html",
              "segments.html",
              "shipments.html");
    }
    String html = Files.readString(index);
    assertThat(html)
        .startsWith("<!DOCTYPE html>\n<html lang=\"en\">")
        .contains("<title>Acme data mesh</title>")
        .contains("href=\"products/orders.html\"")
        .contains("<td>team-sales</td>")
        .contains("latency: <strong>\u2264 15 min</strong>")
        .contains("<span class=\"badge b-bad\">stale</span>")
        .contains("<span class=\"badge b-warn\">warning</span>")
        .contains(
            "last publish <time datetime=\"2026-11-25T11:35:00Z\">2026-11-25 11:35 UTC</time>")
        .contains("(25 min ago)");
    assertThat(count(html, "<tr data-product-id=")).isEqualTo(8);
    assertThat(count(html, "<a class=\"node ")).isEqualTo(8);
    assertThat(count(html, "<path class=\"edge")).isEqualTo(SampleMesh.EDGES.size());
    for (List<String> e : SampleMesh.EDGES) {
      assertThat(html).contains("data-from=\"" + e.get(0) + "\" data-to=\"" + e.get(1) + "\"");
    }
  }

  @Test
  void productPageShowsTheContractSchemaConsumersAndRunsNewestFirst() throws Exception {
    MeshReport.write(SampleMesh.model(), dir);

    String html = Files.readString(dir.resolve("products/orders.html"));
    assertThat(html)
        .contains("<a href=\"../index.html\">")
        .contains("Contract <code>orders-contract</code> version <code>2.1.0</code> (Orders)")
        .contains("schema object <code>orders</code>: One row per placed order.")
        .contains(">order_id</th>")
        .contains(">lines[].sku</th>")
        .contains("<code>maxLength 18</code>")
        .contains("<code>pattern ^ORD-[0-9]{8}$</code>")
        .contains("<code>primary key</code>")
        .contains("<code>\u2265 0</code>")
        .contains("<div class=\"sub mono\">DECIMAL(9,2)</div>")
        .contains("<span class=\"classified\">pii</span>")
        .contains(
            "<th scope=\"row\" class=\"mono\">finance-bi</th><td>finance</td><td>Revenue reporting</td>")
        .contains("<code>orders.amount.minimum</code> 3")
        .contains("<span class=\"badge b-warn\">partial</span>");
    assertThat(html.indexOf("run-0002")).isLessThan(html.indexOf("run-0001"));
    // Downstream products are derived from the other products' input ports.
    assertThat(html).contains("<a href=\"shipments.html\">Shipments</a>");
    String returns = Files.readString(dir.resolve("products/returns.html"));
    assertThat(returns)
        .contains("<a href=\"orders.html\">Orders</a>")
        .contains("<td class=\"mono\">orders</td>");
  }

  @Test
  void escapesEveryTextSoMarkupInTheModelIsShownNotRun() throws Exception {
    MeshReportModel model =
        SampleMesh.model().toBuilder()
            .title("Mesh <b>bold</b>")
            .product(
                SampleMesh.product("x\"><script>alert(1)</script>", "d<i>")
                    .name("<script>alert('name')</script>")
                    .owner("o'wner & co")
                    .tag("<t>")
                    .slaTarget("<k>", "<v>")
                    .consumer(ReportConsumer.of("<c>", "<d>", "<p onclick=x>"))
                    .inputPort("<up>", "<port>")
                    .build())
            .build();

    Map<String, String> pages = MeshReport.render(model);

    for (Map.Entry<String, String> page : pages.entrySet()) {
      String html = page.getValue();
      assertThat(html)
          .as(page.getKey())
          .doesNotContain("<script>alert", "<script>window", "<b>bold", "<img");
      assertThat(html)
          .as(page.getKey())
          .doesNotContain("<t>", "<k>", "<v>", "<c>", "<up>", "<i>", "onclick=x>");
      assertThat(count(html, "<script"))
          .as(page.getKey())
          .isEqualTo(page.getKey().equals("index.html") ? 1 : 0);
    }
    String index = pages.get("index.html");
    assertThat(index)
        .contains("<title>Mesh &lt;b&gt;bold&lt;/b&gt;</title>")
        .contains("&lt;script&gt;alert(&#39;name&#39;)&lt;/script&gt;")
        .contains("o&#39;wner &amp; co")
        .contains("data-product-id=\"x&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\"");
    String audit = pages.get("products/audit-log.html");
    assertThat(audit)
        .contains(
            "&lt;script&gt;window.__pwned = true&lt;/script&gt;&lt;img src=x"
                + " onerror=&quot;window.__pwned = 1&quot;&gt; &amp; &#39;quotes&#39;");
    String odd = pages.get("products/" + FileNames.productPage("x\"><script>alert(1)</script>"));
    assertThat(odd)
        .contains("&lt;up&gt;</span> <span class=\"badge b-warn\">not in this mesh</span>")
        .contains("&lt;p onclick=x&gt;");
  }

  @Test
  void theSameModelGivesByteIdenticalPagesWhateverTheProductOrder() {
    MeshReportModel model = SampleMesh.model();
    List<ReportProduct> shuffled = new ArrayList<>(model.products());
    Collections.reverse(shuffled);

    Map<String, String> first = MeshReport.render(model);

    assertThat(MeshReport.render(model)).isEqualTo(first);
    assertThat(MeshReport.render(model.toBuilder().products(shuffled).build())).isEqualTo(first);
  }

  @Test
  void writingTwiceGivesTheSameFiles() throws Exception {
    Path a = dir.resolve("a");
    Path b = dir.resolve("b");
    MeshReport.write(SampleMesh.model(), a);
    MeshReport.write(SampleMesh.model(), b);

    for (String page : MeshReport.render(SampleMesh.model()).keySet()) {
      assertThat(Files.readAllBytes(b.resolve(page)))
          .as(page)
          .isEqualTo(Files.readAllBytes(a.resolve(page)));
    }
  }

  @Test
  void pagesLoadNothingAndTheirPolicyAllowsExactlyTheirInlineStyleAndScript() throws Exception {
    for (Map.Entry<String, String> page : MeshReport.render(SampleMesh.model()).entrySet()) {
      String html = page.getValue();
      String withoutSvgNamespace = html.replace("xmlns=\"http://www.w3.org/2000/svg\"", "");
      assertThat(withoutSvgNamespace)
          .as(page.getKey())
          .doesNotContainPattern("(?i)(https?:)?//[a-z0-9]");
      assertThat(html)
          .as(page.getKey())
          .doesNotContainPattern("(?i)<(link rel=\"stylesheet\"|img|iframe|object|embed)");
      assertThat(html).as(page.getKey()).doesNotContainPattern("(?i)@import|url\\((?!#)");

      Matcher csp =
          Pattern.compile("http-equiv=\"Content-Security-Policy\" content=\"([^\"]+)\"")
              .matcher(html);
      assertThat(csp.find()).isTrue();
      String policy = csp.group(1).replace("&#39;", "'");
      assertThat(policy).startsWith("default-src 'none'; style-src 'sha256-");
      assertThat(policy).contains("'sha256-" + sha256(between(html, "<style>", "</style>")) + "'");
      if (html.contains("<script>")) {
        assertThat(policy)
            .contains("script-src 'sha256-" + sha256(between(html, "<script>", "</script>")) + "'");
      } else {
        assertThat(policy).contains("script-src 'none'");
      }
    }
  }

  @Test
  void aProductWithoutPortsSaysSoAndHasNoEdges() throws Exception {
    MeshReport.write(SampleMesh.model(), dir);

    String html = Files.readString(dir.resolve("products/audit-log.html"));
    assertThat(html)
        .contains("This product has no output ports.")
        .contains("This product reads no other product of the mesh.")
        .contains("No product of the mesh reads this product.")
        .contains("No consumers are registered.")
        .contains("No publish runs recorded.")
        .contains("never published")
        .doesNotContain("<table");
    String index = Files.readString(dir.resolve("index.html"));
    assertThat(index)
        .doesNotContain("data-from=\"audit-log\"")
        .doesNotContain("data-to=\"audit-log\"");
  }

  @Test
  void anEmptyMeshGivesACatalogThatSaysSo() throws Exception {
    MeshReportModel empty = MeshReportModel.builder().generatedAt(SampleMesh.GENERATED).build();

    Path index = MeshReport.write(empty, dir);

    String html = Files.readString(index);
    assertThat(html)
        .contains("<title>Data mesh report</title>")
        .contains("No products in this mesh yet.")
        .doesNotContain("<svg")
        .doesNotContain("<table");
    assertThat(MeshReport.render(empty)).containsOnlyKeys("index.html");
  }

  @Test
  void oddProductIdsGetDistinctSafeFileNames() {
    assertThat(FileNames.productPage("orders")).isEqualTo("orders.html");
    assertThat(FileNames.productPage("sales.orders-v2")).isEqualTo("sales.orders-v2.html");
    String upper = FileNames.productPage("Orders");
    String traversal = FileNames.productPage("../../etc/passwd");
    String urn = FileNames.productPage("urn:dp:sales:orders");
    assertThat(upper).matches("orders-[0-9a-f]{12}\\.html").isNotEqualTo("orders.html");
    assertThat(traversal).matches("etc-passwd-[0-9a-f]{12}\\.html");
    assertThat(urn).matches("urn-dp-sales-orders-[0-9a-f]{12}\\.html");
    assertThat(FileNames.productPage("x".repeat(300)).length()).isLessThan(80);
  }

  @Test
  void writingIntoAFileFailsWithAMessageNamingThePage() throws Exception {
    Path file = Files.writeString(dir.resolve("not-a-folder"), "x");

    assertThatThrownBy(() -> MeshReport.write(SampleMesh.model(), file))
        .isInstanceOf(MeshReportException.class)
        .hasMessageStartingWith("Cannot write mesh report page '" + file.toAbsolutePath());
  }

  @Test
  void modelRejectsRepeatedProductIds() {
    ReportProduct p = SampleMesh.product("orders", "sales").build();

    assertThatThrownBy(
            () ->
                MeshReportModel.builder().generatedAt(Instant.EPOCH).product(p).product(p).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("MeshReportModel.products: product ids must be unique, 'orders' repeats");
  }

  @Test
  void outputPortRejectsASchemaObjectTheContractDoesNotHave() {
    assertThatThrownBy(() -> ReportOutputPort.of("orders", SampleMesh.ORDERS_CONTRACT, "order"))
        .isInstanceOf(ContractDefinitionException.class)
        .hasMessage(
            "Output port 'orders': contract 'orders-contract' has no schema object 'order' (it has [orders])");
  }

  @Test
  void publishRunRejectsCountsThatDoNotAddUp() {
    PublishRun.Builder run =
        PublishRun.builder()
            .runId("r1")
            .startedAt(Instant.EPOCH)
            .outcome(RunOutcome.PARTIAL)
            .offered(5);

    assertThatThrownBy(() -> run.written(4).rejected(2).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("PublishRun 'r1': written + rejected must not exceed offered, got 4 + 2 > 5");
    assertThatThrownBy(() -> run.written(3).rejected(2).rejectedByRule("rule", 3).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "PublishRun 'r1': rejectedByRule['rule'] must be between 0 and rejected (2), got 3");
    assertThatThrownBy(() -> PublishRun.builder().runId("r2").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("PublishRun.startedAt is required but was not set");
  }

  @Test
  void productBuilderNamesTheMissingOrBlankField() {
    assertThatThrownBy(() -> ReportProduct.builder().id("p").domain("d").version("1").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("ReportProduct.owner is required but was not set");
    assertThatThrownBy(() -> ReportProduct.builder().domain(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ReportProduct.domain must not be blank, got ' '");
    assertThatThrownBy(() -> new Freshness(FreshnessStatus.OK, java.util.Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Freshness.lastPublished is required when the status is ok");
  }

  private static int count(String s, String needle) {
    int n = 0;
    for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }

  private static String between(String s, String open, String close) {
    int start = s.indexOf(open) + open.length();
    return s.substring(start, s.indexOf(close, start));
  }

  private static String sha256(String s) throws Exception {
    return Base64.getEncoder()
        .encodeToString(
            MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
  }
}
