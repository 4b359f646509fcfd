package dev.meshsdk.observability.sla;

import java.util.Locale;

/**
 * How fresh an output port's data is, judged by the age of its last publish that wrote at least one
 * record against {@link FreshnessThresholds}.
 */
public enum FreshnessStatus {
  /** No publish that wrote a record has been seen since the port was watched. */
  UNKNOWN,
  /** The age is at most {@link FreshnessThresholds#lateAfter()}. */
  OK,
  /**
   * The age is past {@link FreshnessThresholds#lateAfter()} but at most {@link
   * FreshnessThresholds#staleAfter()}.
   */
  LATE,
  /** The age is past {@link FreshnessThresholds#staleAfter()}. */
  STALE;

  /**
   * The lowercase name, used as the {@code mesh.freshness.status} attribute value.
   *
   * @return {@code unknown}, {@code ok}, {@code late} or {@code stale}
   */
  public String attributeValue() {
    return name().toLowerCase(Locale.ROOT);
  }
}
