package dev.meshsdk.core.catalog;

import dev.meshsdk.contracts.DataContract;
import dev.meshsdk.contracts.DataContracts;
import dev.meshsdk.core.ConsumerIdentity;
import dev.meshsdk.core.DataProduct;
import dev.meshsdk.core.DataProducts;
import dev.meshsdk.core.OutputPort;
import dev.meshsdk.core.internal.Versions;
import dev.meshsdk.core.internal.catalog.CatalogRules;
import dev.meshsdk.core.internal.catalog.CatalogStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A catalog kept as files in a directory, in the layout platform teams keep in Git:
 *
 * <pre>
 * &lt;root&gt;/&lt;domain&gt;/&lt;product-id&gt;/&lt;version&gt;/product.odps.yaml
 * &lt;root&gt;/&lt;domain&gt;/&lt;product-id&gt;/&lt;version&gt;/contracts/&lt;contract-id&gt;-&lt;contract-version&gt;.odcs.yaml
 * &lt;root&gt;/_consumers/&lt;product-id&gt;.yaml
 * </pre>
 *
 * <p>A product without a domain lives under {@code _}; names are written as they are when they
 * consist of letters, digits, {@code .} and {@code -} (and do not start with {@code .}), other
 * characters as {@code %XX}. Output ports get their contracts from the ODCS files beside the
 * product; a port whose contract file is missing keeps the reference only.
 *
 * <p>Safe with concurrent readers and writers, in one JVM and across processes: every file is
 * written to a temporary file and moved into place atomically, contracts before the product, so a
 * reader sees a version complete or not at all; writers hold a lock for the root in this JVM and a
 * file lock on {@code <root>/.catalog.lock} across processes. Readers take no lock.
 */
public final class DirectoryCatalog implements Catalog {
  private static final String PRODUCT_FILE = "product.odps.yaml";
  private static final String CONTRACTS = "contracts";

  private final CatalogStore store;

  private DirectoryCatalog(Path root) {
    this.store = new CatalogStore(root);
  }

  /**
   * A catalog over a directory, created if missing.
   *
   * @param root the directory
   * @return the catalog
   * @throws CatalogException if the directory cannot be created
   */
  public static DirectoryCatalog open(Path root) {
    Objects.requireNonNull(root, "root");
    return new DirectoryCatalog(root);
  }

  /**
   * The catalog's directory.
   *
   * @return the root
   */
  public Path root() {
    return store.root();
  }

  @Override
  public void register(DataProduct product) {
    Objects.requireNonNull(product, "product");
    String version = CatalogRules.version(product);
    store.write(
        () -> {
          Optional<DataProduct> existing = get(product.id(), version);
          if (existing.isPresent()) {
            CatalogRules.sameOrFail(existing.get(), product);
            return;
          }
          Path dir =
              root()
                  .resolve(product.domain().map(CatalogStore::segment).orElse("_"))
                  .resolve(CatalogStore.segment(product.id()))
                  .resolve(CatalogStore.segment(version));
          for (OutputPort port : product.outputPorts()) {
            if (port.contract().isPresent()) {
              DataContract c = port.contract().get();
              store.writeAtomically(
                  dir.resolve(CONTRACTS).resolve(contractFile(c.id(), c.version())),
                  DataContracts.toYaml(c));
            }
          }
          store.writeAtomically(dir.resolve(PRODUCT_FILE), DataProducts.toOdpsYaml(product));
        });
  }

  private static String contractFile(String id, String version) {
    return CatalogStore.segment(id) + "-" + CatalogStore.segment(version) + ".odcs.yaml";
  }

  @Override
  public Optional<DataProduct> get(String id, String version) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(version, "version");
    for (Path productDir : productDirs(id)) {
      Path file = productDir.resolve(CatalogStore.segment(version)).resolve(PRODUCT_FILE);
      if (Files.isRegularFile(file)) {
        return Optional.of(read(file));
      }
    }
    return Optional.empty();
  }

  private DataProduct read(Path file) {
    Path contracts = file.getParent().resolve(CONTRACTS);
    return DataProducts.readOdps(
        file,
        (contractId, contractVersion) -> {
          Path c = contracts.resolve(contractFile(contractId, contractVersion));
          return Files.isRegularFile(c) ? Optional.of(DataContracts.read(c)) : Optional.empty();
        });
  }

  @Override
  public List<String> versions(String id) {
    Objects.requireNonNull(id, "id");
    Map<String, String> versions = new LinkedHashMap<>();
    for (Path productDir : productDirs(id)) {
      for (Path v : list(productDir)) {
        if (Files.isRegularFile(v.resolve(PRODUCT_FILE))) {
          String version = CatalogStore.unsegment(v.getFileName().toString());
          versions.put(version, version);
        }
      }
    }
    List<String> out = new ArrayList<>(versions.keySet());
    out.sort(Versions.ORDER);
    return out;
  }

  private List<Path> productDirs(String id) {
    List<Path> out = new ArrayList<>();
    for (Path domain : domainDirs()) {
      Path p = domain.resolve(CatalogStore.segment(id));
      if (Files.isDirectory(p)) {
        out.add(p);
      }
    }
    return out;
  }

  private List<Path> domainDirs() {
    return list(root()).stream()
        .filter(Files::isDirectory)
        .filter(p -> !p.getFileName().toString().equals(CatalogStore.CONSUMERS_DIR))
        .toList();
  }

  private static List<Path> list(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
    } catch (IOException | UncheckedIOException e) {
      throw new CatalogException("cannot list catalog directory " + dir + ": " + e, e);
    }
  }

  @Override
  public List<DataProduct> search(CatalogQuery query) {
    Objects.requireNonNull(query, "query");
    Map<String, String> ids = new java.util.TreeMap<>();
    for (Path domain : domainDirs()) {
      for (Path product : list(domain)) {
        if (Files.isDirectory(product)) {
          String id = CatalogStore.unsegment(product.getFileName().toString());
          ids.put(id, id);
        }
      }
    }
    List<DataProduct> out = new ArrayList<>();
    for (String id : ids.keySet()) {
      latest(id).filter(query::matches).ifPresent(out::add);
    }
    return out;
  }

  @Override
  public void registerConsumer(String productId, String port, ConsumerIdentity consumer) {
    Objects.requireNonNull(productId, "productId");
    Objects.requireNonNull(port, "port");
    Objects.requireNonNull(consumer, "consumer");
    store.write(
        () -> {
          CatalogRules.checkConsumer(this, productId, port, consumer);
          List<ConsumerRegistration> list = new ArrayList<>(consumers(productId));
          ConsumerRegistration r = new ConsumerRegistration(productId, port, consumer);
          if (!list.contains(r)) {
            list.add(r);
            store.writeConsumers(productId, list);
          }
        });
  }

  @Override
  public List<ConsumerRegistration> consumers(String productId) {
    Objects.requireNonNull(productId, "productId");
    return store.readConsumers(productId);
  }
}
