package dev.meshsdk.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The functional-equivalence gate of the benchmark: every implementation must find nothing wrong
 * with the valid order and exactly the three violations of {@link Orders#INVALID_PATHS} in the
 * invalid one, before anything is timed. The same finding reported twice passes with a warning on
 * standard error (it costs the implementation more, it skips nothing).
 */
final class Agreement {
  private Agreement() {}

  /**
   * Checks one implementation's findings.
   *
   * @param implementation the implementation's name, for the message
   * @param valid the findings on the valid order, each {@code path [rule]}
   * @param invalid the findings on the invalid order, each {@code path [rule]}
   * @throws IllegalStateException if the implementation disagrees
   */
  static void check(String implementation, List<String> valid, List<String> invalid) {
    if (!valid.isEmpty()) {
      throw new IllegalStateException(
          implementation + " must accept the valid order, but reported " + valid);
    }
    // The same finding (path and rule) twice is tolerated, and reported: it means more work, never
    // a skipped check. Anything else must match exactly.
    Set<String> distinct = new LinkedHashSet<>(invalid);
    List<String> paths = new ArrayList<>();
    for (String finding : distinct) {
      int rule = finding.indexOf(" [");
      paths.add(rule < 0 ? finding : finding.substring(0, rule));
    }
    if (paths.size() != Orders.INVALID_PATHS.size() || !paths.containsAll(Orders.INVALID_PATHS)) {
      throw new IllegalStateException(
          implementation
              + " must report exactly "
              + Orders.INVALID_PATHS
              + " on the invalid order, but reported "
              + invalid);
    }
    if (distinct.size() != invalid.size()) {
      System.err.println(
          "WARNING: "
              + implementation
              + " reports "
              + invalid.size()
              + " violations for 3 problems (duplicates): "
              + invalid);
    }
  }

  /**
   * A JSON Path ({@code $.items[1].qty}) or JSON Pointer ({@code /items/1/qty}) as a meshsdk path
   * ({@code items[1].qty}).
   *
   * @param location the instance location
   * @return the path
   */
  static String normalise(String location) {
    if (location.startsWith("$")) {
      String rest = location.substring(1);
      return rest.startsWith(".") ? rest.substring(1) : rest;
    }
    StringBuilder path = new StringBuilder();
    for (String token : location.split("/", -1)) {
      if (token.isEmpty()) {
        continue;
      }
      if (token.chars().allMatch(Character::isDigit)) {
        path.append('[').append(token).append(']');
      } else {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(token.replace("~1", "/").replace("~0", "~"));
      }
    }
    return path.toString();
  }
}
