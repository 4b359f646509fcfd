package dev.meshsdk.core.publish;

import dev.meshsdk.contracts.Violation;
import dev.meshsdk.core.publish.internal.Args;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The violations found in one publish call, counted by rule and by path. Holds no values, so it is
 * safe to log, to emit as an event and to export as telemetry, whatever the data's classification.
 *
 * <p>Paths have their array indices removed ({@code lines[3].sku} counts as {@code lines[].sku}) so
 * that the set of keys stays bounded by the schema, not by the data. A record may break several
 * rules, so the counts may add up to more than {@link #records()}.
 *
 * @param records how many records had at least one violation
 * @param byRule how many violations each rule id had ({@code pattern}, {@code required}...), sorted
 *     by rule id
 * @param byPath how many violations each path had, sorted by path
 */
public record ViolationSummary(
    int records, Map<String, Integer> byRule, Map<String, Integer> byPath) {
  private static final ViolationSummary NONE = new ViolationSummary(0, Map.of(), Map.of());

  /**
   * Checks and copies the components.
   *
   * @param records records with violations, not negative
   * @param byRule counts by rule id, none negative
   * @param byPath counts by path, none negative
   */
  public ViolationSummary {
    Args.notNegative(records, "ViolationSummary.records");
    byRule = Args.counts(byRule, "ViolationSummary.byRule");
    byPath = Args.counts(byPath, "ViolationSummary.byPath");
  }

  /**
   * The summary of no violations.
   *
   * @return the empty summary
   */
  public static ViolationSummary none() {
    return NONE;
  }

  /**
   * Summarises the violations of some records.
   *
   * @param violationsPerRecord each record's violations; records without violations are not counted
   * @return the summary
   */
  public static ViolationSummary of(List<List<Violation>> violationsPerRecord) {
    int records = 0;
    Map<String, Integer> byRule = new TreeMap<>();
    Map<String, Integer> byPath = new TreeMap<>();
    for (List<Violation> violations : violationsPerRecord) {
      if (violations.isEmpty()) {
        continue;
      }
      records++;
      for (Violation v : violations) {
        byRule.merge(v.rule(), 1, Integer::sum);
        byPath.merge(withoutIndices(v.path()), 1, Integer::sum);
      }
    }
    return records == 0 ? NONE : new ViolationSummary(records, byRule, byPath);
  }

  /**
   * Whether there were no violations.
   *
   * @return true when no record had a violation
   */
  public boolean isEmpty() {
    return records == 0;
  }

  /**
   * A path with its array indices removed: {@code lines[3].sku} becomes {@code lines[].sku}; the
   * record itself (the empty path) becomes {@code (record)}.
   *
   * @param path a violation's path
   * @return the path without indices
   */
  static String withoutIndices(String path) {
    if (path.isEmpty()) {
      return "(record)";
    }
    StringBuilder out = new StringBuilder(path.length());
    boolean inIndex = false;
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == '[') {
        inIndex = true;
        out.append('[');
      } else if (c == ']') {
        inIndex = false;
        out.append(']');
      } else if (!inIndex) {
        out.append(c);
      }
    }
    return out.toString();
  }
}
