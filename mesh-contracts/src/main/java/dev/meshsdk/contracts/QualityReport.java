package dev.meshsdk.contracts;

import java.util.List;

/**
 * The quality of one batch of records: one {@link QualityResult} per rule, in contract order.
 *
 * @param results the results, in contract order: each property's rules (with the checks synthesised
 *     from {@code unique} and {@code primaryKey} first) depth first, then the schema object's
 * @param rowCount the number of records in the batch
 */
public record QualityReport(List<QualityResult> results, long rowCount) {

  /**
   * Checks and copies the components.
   *
   * @param results the results, in contract order
   * @param rowCount the number of records in the batch, zero or more
   */
  public QualityReport {
    results = List.copyOf(results);
    if (rowCount < 0) {
      throw new IllegalArgumentException(
          "QualityReport.rowCount must be zero or more, got " + rowCount);
    }
  }

  /**
   * Whether the batch passed: no result {@link QualityStatus#FAILED} with a blocking severity (see
   * {@link QualityResult#isBlocking()}). Rules not evaluated do not fail the batch.
   *
   * @return true when no blocking rule failed
   */
  public boolean passed() {
    return results.stream().noneMatch(r -> r.status() == QualityStatus.FAILED && r.isBlocking());
  }

  /**
   * The results that failed, blocking or not, in contract order.
   *
   * @return the failed results
   */
  public List<QualityResult> failures() {
    return results.stream().filter(r -> r.status() == QualityStatus.FAILED).toList();
  }

  /**
   * The results that could not be evaluated, in contract order.
   *
   * @return the results not evaluated
   */
  public List<QualityResult> notEvaluated() {
    return results.stream().filter(r -> r.status() == QualityStatus.NOT_EVALUATED).toList();
  }
}
