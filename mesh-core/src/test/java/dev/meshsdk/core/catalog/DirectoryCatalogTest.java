package dev.meshsdk.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meshsdk.core.ConsumerIdentity;
import dev.meshsdk.core.DataProduct;
import dev.meshsdk.core.DataProducts;
import dev.meshsdk.core.Fixtures;
import dev.meshsdk.core.ProductFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryCatalogTest extends CatalogContractTest {
  @TempDir Path dir;
  private int count;
  private Path root;

  @Override
  protected Catalog newCatalog() {
    root = dir.resolve("catalog-" + count++);
    return DirectoryCatalog.open(root);
  }

  @Override
  protected Catalog sameCatalog() {
    return DirectoryCatalog.open(root);
  }

  @Test
  void writesTheGitLayoutOfOdpsAndOdcsFiles() throws IOException {
    DirectoryCatalog c = (DirectoryCatalog) newCatalog();
    DataProduct p = Fixtures.fullProduct();
    c.register(p);
    c.registerConsumer(
        "customer-360", "customers", ConsumerIdentity.of("marketing-app", "crm", "marketing"));
    Path version = c.root().resolve("crm/customer-360/2.1.0");
    assertThat(version.resolve("product.odps.yaml")).isRegularFile();
    assertThat(version.resolve("contracts/customers-2.0.0.odcs.yaml")).isRegularFile();
    assertThat(version.resolve("contracts/orders-1.0.0.odcs.yaml")).isRegularFile();
    assertThat(DataProducts.readOdps(version.resolve("product.odps.yaml")))
        .isEqualTo(p.withoutContracts());
    assertThat(Files.readString(c.root().resolve("_consumers/customer-360.yaml")))
        .isEqualTo(
            "productId: customer-360\n"
                + "consumers:\n"
                + "  - port: customers\n"
                + "    consumerId: marketing-app\n"
                + "    domain: crm\n"
                + "    purpose: marketing\n");
    try (Stream<Path> files = Files.walk(c.root())) {
      assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
  }

  @Test
  void readsProductsCommittedByHandAndEncodesOddNames() throws IOException {
    DirectoryCatalog c = (DirectoryCatalog) newCatalog();
    DataProduct odd = DataProduct.builder().id("../etc/passwd").version("1.0.0").build();
    c.register(odd);
    assertThat(c.root().resolve("_/%2E.%2Fetc%2Fpasswd/1.0.0/product.odps.yaml")).isRegularFile();
    assertThat(c.get("../etc/passwd", "1.0.0")).contains(odd);
    Path handmade = c.root().resolve("sales/simple/1.0.0/product.odps.yaml");
    Files.createDirectories(handmade.getParent());
    Files.writeString(
        handmade,
        "apiVersion: v1.0.0\nkind: DataProduct\nid: simple\nversion: 1.0.0\nstatus: active\n");
    assertThat(c.latest("simple").orElseThrow().status().wire()).isEqualTo("active");
  }

  @Test
  void namesTheFileOfABrokenDescriptor() throws IOException {
    DirectoryCatalog c = (DirectoryCatalog) newCatalog();
    Path broken = c.root().resolve("sales/broken/1.0.0/product.odps.yaml");
    Files.createDirectories(broken.getParent());
    Files.writeString(broken, "apiVersion: v1.0.0\nkind: DataProduct\nid: broken\n");
    assertThatThrownBy(() -> c.get("broken", "1.0.0"))
        .isInstanceOf(ProductFormatException.class)
        .hasMessage(broken + ":1:1: status: required field 'status' is missing");
  }
}
