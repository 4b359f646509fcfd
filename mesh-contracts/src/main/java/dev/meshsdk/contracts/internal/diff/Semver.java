package dev.meshsdk.contracts.internal.diff;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A semantic version's numbers ({@code MAJOR.MINOR.PATCH}, an optional leading {@code v}, any
 * pre-release or build suffix).
 *
 * @param major the major version
 * @param minor the minor version
 * @param patch the patch version
 */
record Semver(long major, long minor, long patch) {
  private static final Pattern SEMVER =
      Pattern.compile(
          "v?(0|[1-9]\\d{0,17})\\.(0|[1-9]\\d{0,17})\\.(0|[1-9]\\d{0,17})"
              + "(?:-[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?(?:\\+[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?");

  static Optional<Semver> parse(String version) {
    Matcher m = SEMVER.matcher(version.trim());
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(
        new Semver(
            Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), Long.parseLong(m.group(3))));
  }

  /**
   * Whether {@code next} is a release that may break: a higher major, or for {@code 0.y.z} a higher
   * minor (semver §4: anything may change in initial development).
   */
  boolean allowsBreakingTo(Semver next) {
    if (next.major != major) {
      return next.major > major;
    }
    return major == 0 && next.minor > minor;
  }
}
