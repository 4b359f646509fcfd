package dev.meshsdk.contracts;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Schema-registry style compatibility checks of a candidate contract against a version history.
 *
 * <pre>{@code
 * CompatibilityResult result =
 *     ContractCompatibility.check(List.of(v1, v2, v3), candidate, CompatibilityMode.FULL_TRANSITIVE);
 * for (CompatibilityResult.Comparison c : result.incompatible()) {
 *   System.out.println(c.version() + ": " + c.violations());
 * }
 * }</pre>
 *
 * <p>Each comparison is a {@link ContractDiff} from the earlier version to the candidate in the
 * mode's {@link CompatibilityMode#perspective() perspective}; its breaking changes are the
 * violations. Semantic-version checks are not part of compatibility and are off.
 */
public final class ContractCompatibility {
  private ContractCompatibility() {}

  /**
   * Checks a candidate against a history with default diff options.
   *
   * @param history the released versions, oldest first (the last is the latest)
   * @param candidate the proposed contract
   * @param mode the compatibility mode
   * @return the result; compatible when the history is empty or the mode is {@code NONE}
   */
  public static CompatibilityResult check(
      List<DataContract> history, DataContract candidate, CompatibilityMode mode) {
    return check(history, candidate, mode, DiffOptions.defaults());
  }

  /**
   * Checks a candidate against a history.
   *
   * @param history the released versions, oldest first (the last is the latest)
   * @param candidate the proposed contract
   * @param mode the compatibility mode
   * @param options severity overrides and ignores; the perspective is the mode's and the semver
   *     check is off
   * @return the result; compatible when the history is empty or the mode is {@code NONE}
   */
  public static CompatibilityResult check(
      List<DataContract> history,
      DataContract candidate,
      CompatibilityMode mode,
      DiffOptions options) {
    Objects.requireNonNull(history, "history");
    Objects.requireNonNull(candidate, "candidate");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(options, "options");
    List<CompatibilityResult.Comparison> comparisons = new ArrayList<>();
    if (mode.perspective().isPresent() && !history.isEmpty()) {
      DiffOptions effective =
          options.toBuilder().perspective(mode.perspective().get()).semverCheck(false).build();
      List<DataContract> against =
          mode.isTransitive() ? history : List.of(history.get(history.size() - 1));
      for (DataContract earlier : against) {
        ContractDiff diff = ContractDiff.between(earlier, candidate, effective);
        comparisons.add(
            new CompatibilityResult.Comparison(earlier.version(), diff.breakingChanges()));
      }
    }
    return new CompatibilityResult(mode, candidate.version(), comparisons);
  }
}
