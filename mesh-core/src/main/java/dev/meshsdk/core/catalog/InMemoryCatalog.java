package dev.meshsdk.core.catalog;

import dev.meshsdk.core.ConsumerIdentity;
import dev.meshsdk.core.DataProduct;
import dev.meshsdk.core.internal.Versions;
import dev.meshsdk.core.internal.catalog.CatalogRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/** A catalog in memory: for tests, samples and single-process meshes. Thread-safe. */
public final class InMemoryCatalog implements Catalog {
  private final Map<String, NavigableMap<String, DataProduct>> products = new TreeMap<>();
  private final Map<String, List<ConsumerRegistration>> consumers = new TreeMap<>();

  /** Creates an empty catalog. */
  public InMemoryCatalog() {}

  @Override
  public synchronized void register(DataProduct product) {
    Objects.requireNonNull(product, "product");
    String version = CatalogRules.version(product);
    NavigableMap<String, DataProduct> versions =
        products.computeIfAbsent(product.id(), id -> new TreeMap<>(Versions.ORDER));
    DataProduct existing = versions.get(version);
    if (existing != null) {
      CatalogRules.sameOrFail(existing, product);
      return;
    }
    versions.put(version, product);
  }

  @Override
  public synchronized Optional<DataProduct> get(String id, String version) {
    NavigableMap<String, DataProduct> versions = products.get(id);
    return versions == null ? Optional.empty() : Optional.ofNullable(versions.get(version));
  }

  @Override
  public synchronized List<String> versions(String id) {
    NavigableMap<String, DataProduct> versions = products.get(id);
    return versions == null ? List.of() : List.copyOf(versions.keySet());
  }

  @Override
  public synchronized List<DataProduct> search(CatalogQuery query) {
    Objects.requireNonNull(query, "query");
    List<DataProduct> out = new ArrayList<>();
    for (NavigableMap<String, DataProduct> versions : products.values()) {
      DataProduct latest = versions.lastEntry().getValue();
      if (query.matches(latest)) {
        out.add(latest);
      }
    }
    return out;
  }

  @Override
  public synchronized void registerConsumer(
      String productId, String port, ConsumerIdentity consumer) {
    CatalogRules.checkConsumer(this, productId, port, consumer);
    ConsumerRegistration r = new ConsumerRegistration(productId, port, consumer);
    List<ConsumerRegistration> list = consumers.computeIfAbsent(productId, id -> new ArrayList<>());
    if (!list.contains(r)) {
      list.add(r);
    }
  }

  @Override
  public synchronized List<ConsumerRegistration> consumers(String productId) {
    return List.copyOf(consumers.getOrDefault(productId, List.of()));
  }
}
