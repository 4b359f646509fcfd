package dev.meshsdk.testsupport;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the repository root and the official standards files in {@code ../shared/standards} beside
 * it. Tests that need the standards call {@link #require()} (or {@link #odcs()}, {@link #odps()},
 * {@link #openLineage()}), which skips the test with a reason naming the missing folder when it is
 * missing (as in a clone elsewhere).
 */
public final class SharedStandards {
  private static final Optional<Path> ROOT = locateRoot();
  private static final Optional<Path> STANDARDS =
      ROOT.map(r -> r.resolveSibling("shared").resolve("standards")).filter(Files::isDirectory);

  private SharedStandards() {}

  private static Optional<Path> locateRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      if (Files.exists(dir.resolve("mvnw")) && Files.exists(dir.resolve("mesh-contracts"))) {
        return Optional.of(dir);
      }
      dir = dir.getParent();
    }
    return Optional.empty();
  }

  /**
   * The repository root (the folder with {@code mvnw}).
   *
   * @return the root
   * @throws IllegalStateException if the tests do not run inside the repository
   */
  public static Path repositoryRoot() {
    return ROOT.orElseThrow(() -> new IllegalStateException("not inside the meshsdk repository"));
  }

  /**
   * Whether the standards folder is there.
   *
   * @return true if present
   */
  public static boolean available() {
    return STANDARDS.isPresent();
  }

  /**
   * The standards folder; skips the calling test when it is missing.
   *
   * @return the folder
   */
  public static Path require() {
    assumeTrue(
        STANDARDS.isPresent(),
        "../shared/standards is not beside the repository root: the tests against the official"
            + " standards files are skipped");
    return STANDARDS.orElseThrow();
  }

  /**
   * A folder below the standards folder; skips the calling test when it is missing.
   *
   * @param relative the folder below {@code standards/}, such as {@code openlineage}
   * @return the folder
   */
  public static Path require(String relative) {
    Path dir = require().resolve(relative);
    assumeTrue(
        Files.isDirectory(dir),
        "../shared/standards/"
            + relative
            + " is not beside the repository root: the tests against its official files are"
            + " skipped");
    return dir;
  }

  /**
   * The ODCS folder; skips the calling test when it is missing.
   *
   * @return {@code ../shared/standards/odcs}
   */
  public static Path odcs() {
    return require("odcs");
  }

  /**
   * The ODPS folder; skips the calling test when it is missing.
   *
   * @return {@code ../shared/standards/odps}
   */
  public static Path odps() {
    return require("odps");
  }

  /**
   * The OpenLineage folder; skips the calling test when it is missing.
   *
   * @return {@code ../shared/standards/openlineage}
   */
  public static Path openLineage() {
    return require("openlineage");
  }

  /**
   * Every {@code *.yaml} file below a folder, sorted; empty when the standards are missing.
   *
   * @param relative the folder below {@code standards/}
   * @return the files
   */
  public static List<Path> yamlFiles(String relative) {
    if (STANDARDS.isEmpty()) {
      return List.of();
    }
    Path root = STANDARDS.get().resolve(relative);
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A file's path relative to the standards folder, for test names.
   *
   * @param file the file
   * @return the relative path
   */
  public static String name(Path file) {
    return STANDARDS.map(s -> s.relativize(file).toString()).orElse(file.toString());
  }
}
