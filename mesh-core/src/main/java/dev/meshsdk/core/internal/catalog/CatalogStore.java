package dev.meshsdk.core.internal.catalog;

import dev.meshsdk.contracts.ContractFormatException;
import dev.meshsdk.contracts.JsonValue;
import dev.meshsdk.contracts.internal.odcs.Fields;
import dev.meshsdk.contracts.internal.tree.Node;
import dev.meshsdk.contracts.internal.tree.TreeReader;
import dev.meshsdk.contracts.internal.tree.TreeWriter;
import dev.meshsdk.core.ConsumerIdentity;
import dev.meshsdk.core.ProductDefinitionException;
import dev.meshsdk.core.catalog.CatalogException;
import dev.meshsdk.core.catalog.ConsumerRegistration;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Files of a directory catalog: atomic writes, the writer locks, names on disk and the consumers
 * file.
 */
public final class CatalogStore {
  /** The directory of consumer files below the root. */
  public static final String CONSUMERS_DIR = "_consumers";

  private static final String LOCK_FILE = ".catalog.lock";
  private static final Map<Path, ReentrantLock> JVM_LOCKS = new ConcurrentHashMap<>();

  private final Path root;
  private final ReentrantLock jvmLock;

  /**
   * Opens the store, creating the root.
   *
   * @param root the directory
   */
  public CatalogStore(Path root) {
    try {
      Files.createDirectories(root);
      this.root = root.toRealPath();
    } catch (IOException e) {
      throw new CatalogException("cannot create catalog directory " + root + ": " + e, e);
    }
    this.jvmLock = JVM_LOCKS.computeIfAbsent(this.root, r -> new ReentrantLock());
  }

  /**
   * The root.
   *
   * @return the real path of the root
   */
  public Path root() {
    return root;
  }

  /**
   * Runs a write under the JVM lock of the root and the file lock across processes.
   *
   * @param action the write
   */
  public void write(Runnable action) {
    jvmLock.lock();
    try (FileChannel channel =
        FileChannel.open(
            root.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
      FileLock lock = channel.lock();
      try {
        action.run();
      } finally {
        lock.release();
      }
    } catch (IOException e) {
      throw new CatalogException("cannot lock catalog " + root + ": " + e, e);
    } finally {
      jvmLock.unlock();
    }
  }

  /**
   * Writes a file by writing a temporary file beside it and moving it into place atomically.
   *
   * @param file the file
   * @param text the content
   */
  public void writeAtomically(Path file, String text) {
    Path dir = file.getParent();
    Path tmp = dir.resolve("." + file.getFileName() + "." + UUID.randomUUID() + ".tmp");
    try {
      Files.createDirectories(dir);
      Files.writeString(tmp, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      try {
        Files.deleteIfExists(tmp);
      } catch (IOException ignored) {
        // the temporary file is hidden and ignored by readers
      }
      throw new CatalogException("cannot write catalog file " + file + ": " + e, e);
    }
  }

  /**
   * The name on disk of an id, domain or version: letters, digits, {@code .} and {@code -} as they
   * are (a leading {@code .} encoded), everything else as {@code %XX} of its UTF-8 bytes.
   *
   * @param name the name
   * @return the file name
   */
  public static String segment(String name) {
    StringBuilder sb = new StringBuilder();
    byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < bytes.length; i++) {
      int b = bytes[i] & 0xff;
      boolean plain =
          (b >= 'a' && b <= 'z')
              || (b >= 'A' && b <= 'Z')
              || (b >= '0' && b <= '9')
              || b == '-'
              || (b == '.' && i > 0);
      if (plain) {
        sb.append((char) b);
      } else {
        sb.append('%').append(String.format(java.util.Locale.ROOT, "%02X", b));
      }
    }
    return sb.toString();
  }

  /**
   * The name a file name stands for; the inverse of {@link #segment}.
   *
   * @param segment the file name
   * @return the name
   */
  public static String unsegment(String segment) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (int i = 0; i < segment.length(); i++) {
      char c = segment.charAt(i);
      if (c == '%' && i + 2 < segment.length()) {
        out.write(Integer.parseInt(segment.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        out.write((byte) c);
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private Path consumersFile(String productId) {
    return root.resolve(CONSUMERS_DIR).resolve(segment(productId) + ".yaml");
  }

  /**
   * Reads the consumers of a product.
   *
   * @param productId the product's id
   * @return the registrations
   */
  public List<ConsumerRegistration> readConsumers(String productId) {
    Path file = consumersFile(productId);
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return List.of();
    } catch (IOException e) {
      throw new CatalogException("cannot read consumers file " + file + ": " + e, e);
    }
    try {
      Node root = TreeReader.read(text, file.toString());
      Fields f = Fields.of(root, "");
      return f.list(
          "consumers",
          (n, p) -> {
            Fields c = Fields.of(n, p);
            String port = c.requiredString("port");
            ConsumerIdentity id =
                new ConsumerIdentity(
                    c.requiredString("consumerId"), c.string("domain"), c.string("purpose"));
            return new ConsumerRegistration(productId, port, id);
          });
    } catch (ContractFormatException | ProductDefinitionException e) {
      throw new CatalogException("consumers file is not valid: " + e.getMessage(), e);
    }
  }

  /**
   * Writes the consumers of a product (call under {@link #write}).
   *
   * @param productId the product's id
   * @param registrations the registrations
   */
  public void writeConsumers(String productId, List<ConsumerRegistration> registrations) {
    List<JsonValue> items = new ArrayList<>();
    for (ConsumerRegistration r : registrations) {
      Map<String, JsonValue> m = new LinkedHashMap<>();
      m.put("port", new JsonValue.Str(r.port()));
      m.put("consumerId", new JsonValue.Str(r.consumer().consumerId()));
      put(m, "domain", r.consumer().domain());
      put(m, "purpose", r.consumer().purpose());
      items.add(new JsonValue.Obj(m));
    }
    Map<String, JsonValue> doc = new LinkedHashMap<>();
    doc.put("productId", new JsonValue.Str(productId));
    doc.put("consumers", new JsonValue.Arr(items));
    writeAtomically(consumersFile(productId), TreeWriter.toYaml(new JsonValue.Obj(doc)));
  }

  private static void put(Map<String, JsonValue> m, String key, Optional<String> value) {
    value.ifPresent(v -> m.put(key, new JsonValue.Str(v)));
  }
}
