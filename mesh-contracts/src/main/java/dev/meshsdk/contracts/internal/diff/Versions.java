package dev.meshsdk.contracts.internal.diff;

import dev.meshsdk.contracts.ChangeKind;
import dev.meshsdk.contracts.JsonValue;
import java.util.Optional;

/** The semantic-version check made when a diff is breaking. */
public final class Versions {
  private Versions() {}

  /**
   * The finding for a breaking diff between two versions.
   *
   * @param older the old version
   * @param newer the new version
   * @return {@code semver-major-required} when the new version is not a new major (a new minor for
   *     {@code 0.y.z}), {@code semver-unchecked} when either is not a semantic version, else empty
   */
  public static Optional<Finding> check(String older, String newer) {
    Optional<Semver> a = Semver.parse(older);
    Optional<Semver> b = Semver.parse(newer);
    JsonValue before = new JsonValue.Str(older);
    JsonValue after = new JsonValue.Str(newer);
    if (a.isEmpty() || b.isEmpty()) {
      String bad = a.isEmpty() ? older : newer;
      return Optional.of(
          new Finding(
              Rules.SEMVER_UNCHECKED,
              ChangeKind.CHANGED,
              "",
              "version",
              "the version cannot be checked: '"
                  + bad
                  + "' is not a semantic version (MAJOR.MINOR.PATCH), so whether this breaking"
                  + " change comes with a new major version is unknown",
              Optional.of(before),
              Optional.of(after)));
    }
    if (a.get().allowsBreakingTo(b.get())) {
      return Optional.empty();
    }
    String needed =
        a.get().major() == 0
            ? "a new minor version (0." + (a.get().minor() + 1) + ".0) or major version"
            : "a new major version (" + (a.get().major() + 1) + ".0.0)";
    return Optional.of(
        new Finding(
            Rules.SEMVER_MAJOR_REQUIRED,
            ChangeKind.CHANGED,
            "",
            "version",
            "breaking changes need "
                + needed
                + ", but the version goes from "
                + older
                + " to "
                + newer,
            Optional.of(before),
            Optional.of(after)));
  }
}
