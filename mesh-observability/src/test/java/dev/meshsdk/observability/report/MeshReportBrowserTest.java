package dev.meshsdk.observability.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;

/**
 * Opens the report in a real headless Chromium (Debian's {@code chromium}; skipped when it is not
 * installed) and checks what a reader sees: every product listed, the lineage graph drawn, the
 * filter working, schema tables rendered, no script errors, nothing loaded from the network, and
 * light and dark schemes. Screenshots go to {@code target/report-screenshots/}.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class MeshReportBrowserTest {
  private static final Path TARGET = Path.of(System.getProperty("basedir", ".")).resolve("target");
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  private static HeadlessChromium browser;
  private static Path site;
  private final List<HeadlessChromium.PageSession> opened = new ArrayList<>();

  @BeforeAll
  static void startBrowser() throws Exception {
    Optional<Path> chromium = HeadlessChromium.executable();
    assumeTrue(
        chromium.isPresent(),
        "Chromium not found at /usr/bin/chromium (or -Dmeshsdk.chromium): the in-browser report"
            + " test is skipped; install it with 'apt-get install chromium'");
    site = TARGET.resolve("mesh-report-sample").toAbsolutePath();
    MeshReport.write(SampleMesh.model(), site);
    browser = HeadlessChromium.start(chromium.get());
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @AfterEach
  void closePages() {
    for (HeadlessChromium.PageSession p : opened) {
      p.close();
    }
  }

  private HeadlessChromium.PageSession open(String page) {
    HeadlessChromium.PageSession p = browser.open();
    opened.add(p);
    p.navigate(site.resolve(page).toUri().toString());
    return p;
  }

  private static void assertCleanAndOffline(HeadlessChromium.PageSession page) {
    assertThat(page.errors()).as("console errors, exceptions and error log entries").isEmpty();
    assertThat(page.requests())
        .as("every request stays on the local disk")
        .isNotEmpty()
        .allSatisfy(url -> assertThat(url).matches("^(file|data):.*"));
  }

  @Test
  void catalogListsEveryProductAndDrawsOneNodePerProductAndOneArrowPerDependency() {
    HeadlessChromium.PageSession page = open("index.html");

    List<String> ids = SampleMesh.model().products().stream().map(ReportProduct::id).toList();
    assertThat(
            strings(
                page.evaluate(
                    "[...document.querySelectorAll('#catalog-table tbody tr')].map(r => r.dataset.productId)")))
        .containsExactlyInAnyOrderElementsOf(ids);
    assertThat(
            strings(
                page.evaluate(
                    "[...document.querySelectorAll('#lineage-graph .node')].map(n => n.dataset.productId)")))
        .containsExactlyInAnyOrderElementsOf(ids);
    assertThat(
            strings(
                page.evaluate(
                    "[...document.querySelectorAll('#lineage-graph .edge')]"
                        + ".map(e => e.dataset.from + '>' + e.dataset.to)")))
        .containsExactlyInAnyOrderElementsOf(
            SampleMesh.EDGES.stream().map(e -> e.get(0) + ">" + e.get(1)).toList());

    JsonNode box =
        page.evaluate(
            "(() => { const g = document.getElementById('lineage-graph');"
                + " const b = g.getBBox(); const r = g.getBoundingClientRect();"
                + " return {w: b.width, h: b.height, cw: r.width, ch: r.height}; })()");
    assertThat(box.path("w").asDouble()).isPositive();
    assertThat(box.path("h").asDouble()).isPositive();
    assertThat(box.path("cw").asDouble()).isPositive();
    assertThat(box.path("ch").asDouble()).isPositive();

    // As drawn by the browser: no two product boxes overlap, and every arrow has a length.
    assertThat(
            page.evaluate(
                    "(() => { const r = [...document.querySelectorAll('#lineage-graph .node-box')]"
                        + ".map(n => n.getBoundingClientRect());"
                        + " let overlaps = 0; for (let i = 0; i < r.length; i++) for (let j = i + 1; j < r.length; j++)"
                        + " if (r[i].left < r[j].right && r[j].left < r[i].right && r[i].top < r[j].bottom"
                        + " && r[j].top < r[i].bottom) overlaps++; return overlaps; })()")
                .asInt())
        .isZero();
    assertThat(
            page.evaluate(
                    "[...document.querySelectorAll('#lineage-graph .edge')].every(e => e.getTotalLength() > 40)")
                .asBoolean())
        .isTrue();
    assertThat(
            page.evaluate(
                    "new URL(document.querySelector('#lineage-graph .node[data-product-id=\"orders\"]')"
                        + ".getAttribute('href'), document.baseURI).href")
                .asString())
        .endsWith("/products/orders.html");
    assertThat(page.evaluate("document.documentElement.lang").asString()).isEqualTo("en");
    assertThat(page.evaluate("document.title").asString()).isEqualTo("Acme data mesh");
    assertCleanAndOffline(page);
  }

  @Test
  void filterBoxHidesRowsAndDimsNodesThatDoNotMatch() {
    HeadlessChromium.PageSession page = open("index.html");
    String type =
        "((text) => { const box = document.getElementById('filter'); box.value = text;"
            + " box.dispatchEvent(new Event('input', {bubbles: true}));"
            + " return {"
            + " shown: [...document.querySelectorAll('#catalog-table tbody tr')]"
            + ".filter(r => !r.hidden && r.offsetParent !== null).map(r => r.dataset.productId),"
            + " dimmed: document.querySelectorAll('#lineage-graph .node.dim').length,"
            + " count: document.getElementById('filter-count').textContent,"
            + " noMatch: !document.getElementById('no-match').hidden }; })";

    assertThat(page.evaluate("document.getElementById('filter-wrap').hidden").asBoolean())
        .as("the script shows the filter box")
        .isFalse();

    JsonNode logistics = page.evaluate(type + "('logistics')");
    assertThat(strings(logistics.path("shown"))).containsExactly("returns", "shipments");
    assertThat(logistics.path("dimmed").asInt()).isEqualTo(6);
    assertThat(logistics.path("count").asString()).isEqualTo("2 of 8 products shown");
    assertThat(logistics.path("noMatch").asBoolean()).isFalse();

    JsonNode twoTerms = page.evaluate(type + "('SALES gold')");
    assertThat(strings(twoTerms.path("shown"))).containsExactly("orders");

    JsonNode nothing = page.evaluate(type + "('no-such-product')");
    assertThat(strings(nothing.path("shown"))).isEmpty();
    assertThat(nothing.path("noMatch").asBoolean()).isTrue();

    JsonNode cleared = page.evaluate(type + "('')");
    assertThat(strings(cleared.path("shown"))).hasSize(8);
    assertThat(cleared.path("dimmed").asInt()).isZero();
    assertCleanAndOffline(page);
  }

  @Test
  void productPageRendersItsSchemaTableAndLinksBack() {
    HeadlessChromium.PageSession page = open("products/orders.html");

    assertThat(page.evaluate("document.querySelector('h1').textContent").asString())
        .isEqualTo("Orders");
    assertThat(
            strings(
                page.evaluate(
                    "[...document.querySelectorAll('table.schema tbody th')].map(t => t.textContent)")))
        .containsExactly(
            "order_id",
            "email",
            "amount",
            "placed_at",
            "lines",
            "lines[]",
            "lines[].sku",
            "lines[].qty");
    assertThat(
            page.evaluate(
                    "document.querySelector('table.schema').getBoundingClientRect().height > 100")
                .asBoolean())
        .isTrue();
    assertThat(page.evaluate("document.querySelector('nav.crumbs a').href").asString())
        .endsWith("/mesh-report-sample/index.html");
    assertThat(
            strings(
                page.evaluate(
                    "[...document.querySelectorAll('#runs tbody th')].map(t => t.textContent)")))
        .containsExactly("run-0002", "run-0001");
    assertCleanAndOffline(page);
  }

  @Test
  void markupInADescriptionIsShownAsTextAndNeverRuns() {
    HeadlessChromium.PageSession page = open("products/audit-log.html");

    assertThat(page.evaluate("typeof window.__pwned").asString()).isEqualTo("undefined");
    assertThat(page.evaluate("document.getElementById('description').textContent").asString())
        .isEqualTo(SampleMesh.HOSTILE);
    assertThat(page.evaluate("document.querySelectorAll('script, img').length").asInt()).isZero();
    assertCleanAndOffline(page);
  }

  @Test
  void screenshotsInLightAndDarkSchemesShowDifferentBackgrounds() throws Exception {
    HeadlessChromium.PageSession page = browser.open();
    opened.add(page);
    page.call(
        "Emulation.setDeviceMetricsOverride",
        HeadlessChromium.obj()
            .put("width", 1280)
            .put("height", 900)
            .put("deviceScaleFactor", 1)
            .put("mobile", false));
    page.navigate(site.resolve("index.html").toUri().toString());
    String light = page.evaluate("getComputedStyle(document.body).backgroundColor").asString();
    Path shots = Files.createDirectories(TARGET.resolve("report-screenshots"));
    Path index = Files.write(shots.resolve("index.png"), page.screenshot());

    page.call(
        "Emulation.setEmulatedMedia",
        HeadlessChromium.obj()
            .set(
                "features",
                HeadlessChromium.obj()
                    .arrayNode()
                    .add(
                        HeadlessChromium.obj()
                            .put("name", "prefers-color-scheme")
                            .put("value", "dark"))));
    String dark = page.evaluate("getComputedStyle(document.body).backgroundColor").asString();
    Path indexDark = Files.write(shots.resolve("index-dark.png"), page.screenshot());
    page.navigate(site.resolve("products/orders.html").toUri().toString());
    Path product = Files.write(shots.resolve("product-orders-dark.png"), page.screenshot());

    assertThat(light).isEqualTo("rgb(246, 248, 250)");
    assertThat(dark).isEqualTo("rgb(13, 17, 23)");
    for (Path png : List.of(index, indexDark, product)) {
      byte[] bytes = Files.readAllBytes(png);
      assertThat(bytes).as(png.toString()).startsWith(PNG);
      assertThat(bytes.length).as(png + " size").isGreaterThan(20_000);
    }
    assertCleanAndOffline(page);
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    for (JsonNode n : array) {
      out.add(n.asString());
    }
    return out;
  }
}
