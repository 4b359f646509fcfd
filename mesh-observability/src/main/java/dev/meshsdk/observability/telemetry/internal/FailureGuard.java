package dev.meshsdk.observability.telemetry.internal;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;

/**
 * Runs telemetry work so that it never throws: a failure is counted and logged at warn level the
 * first time, at debug level afterwards, so a broken OpenTelemetry implementation cannot flood the
 * log or break a publish. Thread-safe.
 */
public final class FailureGuard {
  private final Logger log;
  private final String what;
  private final AtomicBoolean warned = new AtomicBoolean();
  private final AtomicLong failures = new AtomicLong();

  /**
   * Creates a guard.
   *
   * @param log where failures are logged
   * @param what the component, for the log message ({@code "MeshTelemetry"})
   */
  public FailureGuard(Logger log, String what) {
    this.log = log;
    this.what = what;
  }

  /**
   * Runs the work, swallowing (and reporting) any exception or linkage error it throws.
   *
   * @param work the work
   * @param context what the work was for, for the log message
   */
  public void run(Runnable work, String context) {
    try {
      work.run();
    } catch (RuntimeException | LinkageError e) {
      failed(e, context);
    }
  }

  /**
   * Reports a failure caught elsewhere.
   *
   * @param e the failure
   * @param context what failed, for the log message
   */
  public void failed(Throwable e, String context) {
    failures.incrementAndGet();
    if (warned.compareAndSet(false, true)) {
      log.warn(
          "{} failed on {}; publishing goes on. Later failures are logged at debug level.",
          what,
          context,
          e);
    } else {
      log.debug("{} failed again on {}", what, context, e);
    }
  }

  /**
   * How many failures were swallowed.
   *
   * @return the count
   */
  public long failures() {
    return failures.get();
  }
}
