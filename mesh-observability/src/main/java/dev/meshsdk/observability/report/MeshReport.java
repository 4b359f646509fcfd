package dev.meshsdk.observability.report;

import dev.meshsdk.observability.report.internal.MeshView;
import dev.meshsdk.observability.report.internal.ReportPages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Writes the mesh report: a static HTML site with a catalog page ({@code index.html}: every product
 * with its owner, domain, version, status, SLA, freshness and quality, a filter box and the lineage
 * graph of the mesh) and one page per product ({@code products/<id>.html}: contract schemas,
 * upstream and downstream products, consumers and recent publish runs).
 *
 * <p>The site works offline and fetches nothing: styles and the one small script are inline, the
 * graph is inline SVG, there are no web fonts or images, and every page carries a
 * Content-Security-Policy that only allows its own inline style and script (by hash). All text from
 * the model is HTML-escaped. The output is a pure function of the model: the same model gives
 * byte-identical files.
 *
 * <pre>{@code
 * MeshReportModel model = MeshReportModel.builder()
 *     .title("Acme data mesh")
 *     .generatedAt(Instant.now())
 *     .product(ReportProduct.builder()
 *         .id("orders").name("Orders").domain("sales").version("1.2.0").owner("team-sales")
 *         .outputPort(ReportOutputPort.of("orders", contract, "orders"))
 *         .build())
 *     .build();
 * Path index = MeshReport.write(model, Path.of("target/mesh-report"));
 * }</pre>
 */
public final class MeshReport {
  /** The catalog page's file name. */
  public static final String INDEX = "index.html";

  /** The folder, next to the catalog page, that holds the product pages. */
  public static final String PRODUCTS_FOLDER = "products";

  private MeshReport() {}

  /**
   * Renders every page in memory.
   *
   * @param model what to show
   * @return the pages by path relative to the report's folder ({@code index.html}, {@code
   *     products/orders.html}, ...), sorted by path
   */
  public static Map<String, String> render(MeshReportModel model) {
    Objects.requireNonNull(model, "model");
    MeshView view = new MeshView(model);
    TreeMap<String, String> pages = new TreeMap<>();
    pages.put(INDEX, ReportPages.index(view));
    for (ReportProduct p : view.products()) {
      pages.put(PRODUCTS_FOLDER + "/" + view.pageFile(p.id()), ReportPages.product(view, p));
    }
    return Collections.unmodifiableMap(pages);
  }

  /**
   * Writes the report into a folder, creating it if needed and replacing pages of an earlier run
   * (other files in the folder are left alone).
   *
   * @param model what to show
   * @param outputDir the folder to write into
   * @return the catalog page, {@code outputDir/index.html} as an absolute path
   * @throws MeshReportException if a folder or page cannot be written
   */
  public static Path write(MeshReportModel model, Path outputDir) {
    Objects.requireNonNull(outputDir, "outputDir");
    Path dir = outputDir.toAbsolutePath();
    Map<String, String> pages = render(model);
    for (Map.Entry<String, String> page : pages.entrySet()) {
      Path file = dir.resolve(page.getKey());
      try {
        Files.createDirectories(file.getParent());
        Files.writeString(file, page.getValue(), StandardCharsets.UTF_8);
      } catch (IOException | RuntimeException e) {
        throw new MeshReportException(
            "Cannot write mesh report page '" + file + "': " + e.getMessage(), e);
      }
    }
    return dir.resolve(INDEX);
  }
}
