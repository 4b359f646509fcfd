package dev.meshsdk.testkit.generate;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the official standards files in {@code ../shared/standards} beside the repository root.
 * Tests that need them call {@link #require()}, which skips the test with a reason when the folder
 * is missing (as in a clone elsewhere).
 */
final class SharedStandards {
  private static final Optional<Path> STANDARDS = locate();

  private SharedStandards() {}

  private static Optional<Path> locate() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      if (Files.exists(dir.resolve("mvnw")) && Files.exists(dir.resolve("mesh-testkit"))) {
        Path standards = dir.resolveSibling("shared").resolve("standards");
        return Files.isDirectory(standards) ? Optional.of(standards) : Optional.empty();
      }
      dir = dir.getParent();
    }
    return Optional.empty();
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
        "../shared/standards is not beside the repository root: the tests over the"
            + " official ODCS examples are skipped");
    return STANDARDS.orElseThrow();
  }

  /**
   * The ODCS folder.
   *
   * @return {@code ../shared/standards/odcs}
   */
  public static Path odcs() {
    return require().resolve("odcs");
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
