package dev.meshsdk.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Batch quality counts agree with a direct count over random batches. */
class BatchQualityPropertyTest {
  private static final int CASES = 500;

  private static final BatchQuality QUALITY =
      BatchQuality.of(
          DataContracts.parse(
              """
              apiVersion: v3.1.0
              kind: DataContract
              id: quality-property-test
              version: 1.0.0
              status: active
              schema:
                - name: orders
                  properties:
                    - name: status
                      quality:
                        - {metric: nullValues, mustBeGreaterOrEqualTo: 0}
                        - {metric: nullValues, mustBeGreaterOrEqualTo: 0, unit: percent}
                        - {metric: duplicateValues, mustBeGreaterOrEqualTo: 0}
              """),
          "orders");

  /**
   * A record from a code: 0 without {@code status}, 1 with a null {@code status}, 2..7 a string,
   * 8..13 a number, so that strings and numbers repeat and never equal each other.
   */
  private static Map<String, Object> record(int code) {
    Map<String, Object> r = new HashMap<>();
    r.put("id", code);
    if (code == 1) {
      r.put("status", null);
    } else if (code >= 2 && code <= 7) {
      r.put("status", "s" + (code % 3));
    } else if (code >= 8) {
      r.put("status", code % 3);
    }
    return r;
  }

  @Test
  void nullValuesCountTheRecordsWithoutAValueAndPercentIsTheirShareOfTheBatch() {
    qt().withExamples(CASES)
        .forAll(lists().of(integers().between(0, 13)).ofSizeBetween(0, 80))
        .checkAssert(
            codes -> {
              List<Map<String, Object>> batch = new ArrayList<>();
              codes.forEach(c -> batch.add(record(c)));
              long nulls = batch.stream().filter(r -> r.get("status") == null).count();

              QualityReport report = QUALITY.evaluate(batch);

              BigDecimal rows = report.results().get(0).measured().orElseThrow();
              BigDecimal percent = report.results().get(1).measured().orElseThrow();
              assertThat(rows).isEqualByComparingTo(BigDecimal.valueOf(nulls));
              BigDecimal expected =
                  batch.isEmpty()
                      ? BigDecimal.ZERO
                      : BigDecimal.valueOf(100 * nulls)
                          .divide(BigDecimal.valueOf(batch.size()), MathContext.DECIMAL64);
              assertThat(percent).isEqualByComparingTo(expected);
              assertThat(report.rowCount()).isEqualTo(batch.size());
            });
  }

  @Test
  void duplicateValuesCountTheNonNullValuesBeyondTheFirstOfEach() {
    qt().withExamples(CASES)
        .forAll(lists().of(integers().between(0, 13)).ofSizeBetween(0, 80))
        .checkAssert(
            codes -> {
              List<Map<String, Object>> batch = new ArrayList<>();
              codes.forEach(c -> batch.add(record(c)));
              List<Object> values =
                  batch.stream().map(r -> r.get("status")).filter(v -> v != null).toList();
              Set<Object> distinct = new HashSet<>(values);

              QualityReport report = QUALITY.evaluate(batch);

              assertThat(report.results().get(2).measured().orElseThrow())
                  .isEqualByComparingTo(BigDecimal.valueOf(values.size() - distinct.size()));
            });
  }
}
