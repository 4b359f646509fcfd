package dev.meshsdk.observability.lineage.internal;

import java.time.Duration;
import java.util.function.LongSupplier;
import java.util.function.ObjLongConsumer;

/**
 * Counts occurrences of something (dropped events, failed deliveries) and reports them at most once
 * per interval: the first occurrence is reported at once, later ones are summed until the interval
 * has passed since the last report. Thread-safe.
 */
public final class RateLimitedLog {
  private final long intervalNanos;
  private final LongSupplier nanoClock;
  private final ObjLongConsumer<String> report;
  private long pending;
  private long lastReport;
  private boolean reported;
  private String lastDetail = "";

  /**
   * A log with an interval, a clock and what to do with a report.
   *
   * @param interval the least time between two reports
   * @param nanoClock a monotonic clock in nanoseconds, such as {@code System::nanoTime}
   * @param report receives the detail of the latest occurrence and the number of occurrences since
   *     the last report
   */
  public RateLimitedLog(Duration interval, LongSupplier nanoClock, ObjLongConsumer<String> report) {
    this.intervalNanos = Checks.positive(interval, "interval").toNanos();
    this.nanoClock = nanoClock;
    this.report = report;
  }

  /**
   * Counts one occurrence and reports if it is time.
   *
   * @param detail what happened the latest time, without any event content
   */
  public void record(String detail) {
    long n;
    synchronized (this) {
      pending++;
      lastDetail = detail;
      long now = nanoClock.getAsLong();
      if (reported && now - lastReport < intervalNanos) {
        return;
      }
      reported = true;
      lastReport = now;
      n = pending;
      pending = 0;
    }
    report.accept(detail, n);
  }

  /** Reports the occurrences not reported yet, if any (on close). */
  public void flush() {
    long n;
    String detail;
    synchronized (this) {
      n = pending;
      detail = lastDetail;
      pending = 0;
      lastReport = nanoClock.getAsLong();
    }
    if (n > 0) {
      report.accept(detail, n);
    }
  }
}
