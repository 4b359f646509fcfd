package dev.meshsdk.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meshsdk.core.AccessPolicy;
import dev.meshsdk.core.ConsumerIdentity;
import dev.meshsdk.core.DataProduct;
import dev.meshsdk.core.Fixtures;
import dev.meshsdk.core.OutputPort;
import dev.meshsdk.core.ProductDescription;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Catalog} must do. Extend it with {@link #newCatalog()} returning a fresh, empty
 * catalog; {@link #sameCatalog()} may return another instance over the same storage.
 */
public abstract class CatalogContractTest {

  /**
   * A new, empty catalog.
   *
   * @return the catalog
   */
  protected abstract Catalog newCatalog();

  /**
   * Another instance over the storage of the last {@link #newCatalog()}, or that one itself.
   *
   * @return the catalog
   */
  protected abstract Catalog sameCatalog();

  static DataProduct product(String id, String version) {
    return DataProduct.builder()
        .id(id)
        .domain("sales")
        .name("Product " + id)
        .version(version)
        .owner("sales-team")
        .description(ProductDescription.of("Everything about " + id))
        .tag("gold")
        .outputPort(
            OutputPort.builder()
                .name("orders")
                .contract(Fixtures.ordersContract())
                .access(AccessPolicy.restricted().domain("finance").build())
                .build())
        .build();
  }

  @Test
  void registersAndGetsAVersion() {
    Catalog c = newCatalog();
    DataProduct full = Fixtures.fullProduct();
    c.register(full);
    assertThat(c.get("customer-360", "2.1.0")).contains(full);
    assertThat(c.get("customer-360", "9.9.9")).isEmpty();
    assertThat(c.get("unknown", "1.0.0")).isEmpty();
  }

  @Test
  void registeringTheSameDescriptorTwiceIsAllowed() {
    Catalog c = newCatalog();
    c.register(product("orders", "1.0.0"));
    c.register(product("orders", "1.0.0"));
    assertThat(c.versions("orders")).containsExactly("1.0.0");
  }

  @Test
  void rejectsADifferentDescriptorForARegisteredVersion() {
    Catalog c = newCatalog();
    c.register(product("orders", "1.0.0"));
    DataProduct changed = product("orders", "1.0.0").toBuilder().name("Changed").build();
    assertThatThrownBy(() -> c.register(changed))
        .isInstanceOf(CatalogException.class)
        .hasMessage(
            "data product 'orders' version 1.0.0 is registered already with a different"
                + " descriptor; a registered version never changes, register a new version"
                + " instead");
    assertThat(c.get("orders", "1.0.0").orElseThrow().name()).contains("Product orders");
  }

  @Test
  void rejectsAProductWithoutVersion() {
    Catalog c = newCatalog();
    assertThatThrownBy(() -> c.register(DataProduct.builder().id("x").build()))
        .isInstanceOf(CatalogException.class)
        .hasMessage("data product 'x' has no version; a catalog keys products by id and version");
  }

  @Test
  void ordersVersionsSemanticallyAndFindsLatestAndPrevious() {
    Catalog c = newCatalog();
    for (String v : List.of("1.10.0", "1.2.0", "2.0.0-rc.1", "1.9.3")) {
      c.register(product("orders", v));
    }
    assertThat(c.versions("orders")).containsExactly("1.2.0", "1.9.3", "1.10.0", "2.0.0-rc.1");
    assertThat(c.latest("orders").orElseThrow().version()).contains("2.0.0-rc.1");
    assertThat(c.previous(product("orders", "1.10.0")).orElseThrow().version()).contains("1.9.3");
    assertThat(c.previous(product("orders", "1.0.0"))).isEmpty();
    assertThat(c.latest("unknown")).isEmpty();
    assertThat(c.versions("unknown")).isEmpty();
  }

  @Test
  void searchesByDomainTagOwnerAndText() {
    Catalog c = newCatalog();
    c.register(product("orders", "1.0.0"));
    c.register(product("orders", "1.1.0"));
    c.register(
        product("returns", "1.0.0").toBuilder().domain("aftersales").tags(List.of()).build());
    c.register(Fixtures.fullProduct());
    assertThat(c.search(CatalogQuery.all()))
        .extracting(p -> p.id() + "@" + p.version().orElseThrow())
        .containsExactly("customer-360@2.1.0", "orders@1.1.0", "returns@1.0.0");
    assertThat(c.search(CatalogQuery.all().withDomain("sales")))
        .extracting(DataProduct::id)
        .containsExactly("orders");
    assertThat(c.search(CatalogQuery.all().withTag("gold")))
        .extracting(DataProduct::id)
        .containsExactly("customer-360", "orders");
    assertThat(c.search(CatalogQuery.all().withOwner("crm-team")))
        .extracting(DataProduct::id)
        .containsExactly("customer-360");
    assertThat(c.search(CatalogQuery.all().withText("EVERY CUSTOMER")))
        .extracting(DataProduct::id)
        .containsExactly("customer-360");
    assertThat(c.search(CatalogQuery.all().withText("returns").withDomain("sales"))).isEmpty();
  }

  @Test
  void registersConsumersAllowedByTheAccessPolicy() {
    Catalog c = newCatalog();
    c.register(product("orders", "1.0.0"));
    ConsumerIdentity fraud = ConsumerIdentity.of("fraud-app", "finance", "fraud-detection");
    c.registerConsumer("orders", "orders", fraud);
    c.registerConsumer("orders", "orders", fraud);
    assertThat(c.consumers("orders"))
        .containsExactly(new ConsumerRegistration("orders", "orders", fraud));
    assertThat(c.consumers("unknown")).isEmpty();
  }

  @Test
  void refusesConsumersOfUnknownProductsPortsAndDeniedAccess() {
    Catalog c = newCatalog();
    c.register(product("orders", "1.0.0"));
    ConsumerIdentity bi = ConsumerIdentity.of("bi", "marketing", "reporting");
    assertThatThrownBy(() -> c.registerConsumer("nope", "orders", bi))
        .isInstanceOf(CatalogException.class)
        .hasMessage("cannot register consumer 'bi': data product 'nope' is not registered");
    assertThatThrownBy(() -> c.registerConsumer("orders", "lines", bi))
        .isInstanceOf(CatalogException.class)
        .hasMessage(
            "cannot register consumer 'bi': data product 'orders' has no output port 'lines'");
    assertThatThrownBy(() -> c.registerConsumer("orders", "orders", bi))
        .isInstanceOf(CatalogException.class)
        .hasMessage(
            "cannot register consumer 'bi' on output port 'orders' of data product 'orders':"
                + " access denied: the port is RESTRICTED to domains [finance] and consumers [];"
                + " consumer 'bi' of domain 'marketing' is neither");
    assertThat(c.consumers("orders")).isEmpty();
  }

  @Test
  void concurrentWritersLoseNoRegistrationAndReadersSeeNoTornProduct() throws Exception {
    Catalog first = newCatalog();
    int writers = 4;
    int perWriter = 6;
    Map<String, DataProduct> expected = new ConcurrentHashMap<>();
    List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
    AtomicBoolean writing = new AtomicBoolean(true);
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(writers + 2);
    try {
      List<Future<?>> writes = new ArrayList<>();
      for (int w = 0; w < writers; w++) {
        int writer = w;
        Catalog c = writer % 2 == 0 ? first : sameCatalog();
        writes.add(
            pool.submit(
                () -> {
                  start.await();
                  for (int i = 0; i < perWriter; i++) {
                    DataProduct p = product("p" + (i % 3), writer + "." + i + ".0");
                    c.register(p);
                    expected.put(p.id() + "@" + p.version().orElseThrow(), p);
                    c.registerConsumer(
                        "p0", "orders", ConsumerIdentity.of("app-" + writer + "-" + i, "finance"));
                  }
                  return null;
                }));
      }
      for (int r = 0; r < 2; r++) {
        Catalog c = r == 0 ? first : sameCatalog();
        pool.submit(
            () -> {
              start.await();
              while (writing.get()) {
                try {
                  for (String id : List.of("p0", "p1", "p2")) {
                    for (String v : c.versions(id)) {
                      DataProduct read = c.get(id, v).orElseThrow();
                      DataProduct want = product(id, v);
                      if (!read.equals(want)) {
                        failures.add(new AssertionError("torn read of " + id + "@" + v));
                      }
                    }
                  }
                  c.consumers("p0");
                  c.search(CatalogQuery.all().withTag("gold"));
                } catch (Throwable t) {
                  failures.add(t);
                }
              }
              return null;
            });
      }
      start.countDown();
      for (Future<?> f : writes) {
        f.get(2, TimeUnit.MINUTES);
      }
      writing.set(false);
    } finally {
      pool.shutdown();
      assertThat(pool.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
    }
    assertThat(failures).isEmpty();
    Catalog check = sameCatalog();
    for (DataProduct p : expected.values()) {
      assertThat(check.get(p.id(), p.version().orElseThrow())).contains(p);
    }
    assertThat(
            check.versions("p0").size() + check.versions("p1").size() + check.versions("p2").size())
        .isEqualTo(writers * perWriter);
    assertThat(check.consumers("p0")).hasSize(writers * perWriter);
  }
}
