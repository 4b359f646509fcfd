package dev.meshsdk.contracts;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of {@link ContractCompatibility#check}: one comparison per version the candidate was
 * compared with.
 *
 * @param mode the mode checked
 * @param candidateVersion the candidate's version
 * @param comparisons one per compared version, oldest first
 */
public record CompatibilityResult(
    CompatibilityMode mode, String candidateVersion, List<Comparison> comparisons) {

  /**
   * Checks the result.
   *
   * @param mode the mode checked
   * @param candidateVersion the candidate's version
   * @param comparisons one per compared version, oldest first
   */
  public CompatibilityResult {
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(candidateVersion, "candidateVersion");
    comparisons = List.copyOf(comparisons);
  }

  /**
   * Whether the candidate is compatible with every compared version.
   *
   * @return true if no comparison has a violation
   */
  public boolean isCompatible() {
    return comparisons.stream().allMatch(Comparison::isCompatible);
  }

  /**
   * The comparisons that found violations.
   *
   * @return those comparisons, oldest first
   */
  public List<Comparison> incompatible() {
    return comparisons.stream().filter(c -> !c.isCompatible()).toList();
  }

  /**
   * The candidate compared with one earlier version.
   *
   * @param version the earlier version
   * @param violations the breaking changes from that version to the candidate in the mode's
   *     perspective
   */
  public record Comparison(String version, List<Change> violations) {

    /**
     * Checks the comparison.
     *
     * @param version the earlier version
     * @param violations the breaking changes
     */
    public Comparison {
      Objects.requireNonNull(version, "version");
      violations = List.copyOf(violations);
    }

    /**
     * Whether the candidate is compatible with this version.
     *
     * @return true if there are no violations
     */
    public boolean isCompatible() {
      return violations.isEmpty();
    }
  }
}
