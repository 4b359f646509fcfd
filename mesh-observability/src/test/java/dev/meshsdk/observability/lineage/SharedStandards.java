package dev.meshsdk.observability.lineage;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the repository root and the official standards files in {@code ../shared/standards} beside
 * it. Tests that need the standards call {@link #openLineage()}, which skips the test with a reason
 * when the folder is missing (as in a clone elsewhere).
 */
final class SharedStandards {
  private static final Optional<Path> ROOT = locateRoot();

  private SharedStandards() {}

  private static Optional<Path> locateRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      if (Files.exists(dir.resolve("mvnw")) && Files.exists(dir.resolve("mesh-observability"))) {
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
   */
  static Path repositoryRoot() {
    return ROOT.orElseThrow(() -> new IllegalStateException("not inside the meshsdk repository"));
  }

  /**
   * Whether the OpenLineage standards folder is there.
   *
   * @return true if present
   */
  static boolean available() {
    return ROOT.map(r -> r.resolveSibling("shared").resolve("standards").resolve("openlineage"))
        .filter(Files::isDirectory)
        .isPresent();
  }

  /**
   * The OpenLineage standards folder; skips the calling test when it is missing.
   *
   * @return {@code ../shared/standards/openlineage}
   */
  static Path openLineage() {
    Optional<Path> dir =
        ROOT.map(r -> r.resolveSibling("shared").resolve("standards").resolve("openlineage"))
            .filter(Files::isDirectory);
    assumeTrue(
        dir.isPresent(),
        "../shared/standards/openlineage is not beside the repository root: the conformance tests"
            + " against the official OpenLineage schema files are skipped");
    return dir.orElseThrow();
  }
}
