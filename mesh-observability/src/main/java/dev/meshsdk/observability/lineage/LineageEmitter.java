package dev.meshsdk.observability.lineage;

import dev.meshsdk.observability.lineage.internal.RateLimitedLog;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers lineage events asynchronously, so that publishing never waits for a lineage backend.
 *
 * <ul>
 *   <li>{@link #emit(LineageEvent)} puts the event in a bounded buffer; when the buffer is full it
 *       waits at most {@link LineageEmitterOptions#offerTimeout()} and then drops the event. It
 *       never throws for a delivery problem and never waits longer.
 *   <li>One delivery thread sends events in order through the {@link LineageTransport}; a failed
 *       send is retried with exponential backoff up to {@link LineageEmitterOptions#maxAttempts()}
 *       times, after which the event counts as failed.
 *   <li>Drops and failures are counted ({@link #droppedCount()}, {@link #failedCount()}) and
 *       reported as a warning at most once per {@link LineageEmitterOptions#reportInterval()},
 *       never once per event. The counters are cheap to read, so {@code emitter::droppedCount} can
 *       back an asynchronous OpenTelemetry counter.
 *   <li>{@link #close()} stops accepting events and waits at most {@link
 *       LineageEmitterOptions#closeTimeout()} for the buffer to be delivered; what is left then is
 *       dropped and counted.
 * </ul>
 *
 * <p>Delivery is at most once: an event is delivered once, or counted as dropped or failed.
 */
public final class LineageEmitter implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(LineageEmitter.class);
  private static final AtomicInteger THREADS = new AtomicInteger();
  private static final long POLL_MILLIS = 50;

  private final LineageTransport transport;
  private final LineageEmitterOptions options;
  private final BlockingQueue<LineageEvent> queue;
  private final Thread worker;
  private final CountDownLatch stopped = new CountDownLatch(1);
  private final AtomicLong delivered = new AtomicLong();
  private final AtomicLong dropped = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private final AtomicLong retries = new AtomicLong();
  private final AtomicLong accepted = new AtomicLong();
  private final AtomicLong settled = new AtomicLong();
  private final Object settledSignal = new Object();
  private final RateLimitedLog dropLog;
  private final RateLimitedLog failLog;
  private volatile boolean closed;

  /**
   * Told about what happens to each event, on the thread where it happens: {@link #onDropped} on
   * the emitting thread or in {@link #close()}, the others on the delivery thread. Methods must be
   * quick and must not throw (what they throw is logged and ignored).
   */
  public interface Listener {
    /** A listener that does nothing. */
    Listener NONE = new Listener() {};

    /**
     * The transport accepted the event.
     *
     * @param event the event
     */
    default void onDelivered(LineageEvent event) {}

    /**
     * An attempt failed; the event will be tried again after a backoff.
     *
     * @param event the event
     * @param attempt the number of the failed attempt, from 1
     * @param error why it failed
     */
    default void onRetry(LineageEvent event, int attempt, RuntimeException error) {}

    /**
     * The last attempt failed; the event is given up.
     *
     * @param event the event
     * @param error why the last attempt failed
     */
    default void onFailed(LineageEvent event, RuntimeException error) {}

    /**
     * The event was dropped: the buffer was full, or the emitter was closed.
     *
     * @param event the event
     */
    default void onDropped(LineageEvent event) {}
  }

  private LineageEmitter(LineageTransport transport, LineageEmitterOptions options) {
    this.transport = transport;
    this.options = options;
    this.queue = new ArrayBlockingQueue<>(options.capacity());
    this.dropLog =
        new RateLimitedLog(
            options.reportInterval(),
            System::nanoTime,
            (detail, n) ->
                LOG.warn(
                    "Dropped {} OpenLineage event(s) ({}); {} dropped since start. Buffer capacity"
                        + " {}, transport {}",
                    n,
                    detail,
                    dropped.get(),
                    options.capacity(),
                    transport));
    this.failLog =
        new RateLimitedLog(
            options.reportInterval(),
            System::nanoTime,
            (detail, n) ->
                LOG.warn(
                    "Gave up {} OpenLineage event(s) after {} attempts each; {} failed since start."
                        + " Last error: {}",
                    n,
                    options.maxAttempts(),
                    failed.get(),
                    detail));
    this.worker = new Thread(this::run, "meshsdk-lineage-emitter-" + THREADS.incrementAndGet());
    worker.setDaemon(true);
  }

  /**
   * Starts an emitter with its delivery thread.
   *
   * @param transport where events go
   * @param options buffering, retries and reporting
   * @return the running emitter
   */
  public static LineageEmitter start(LineageTransport transport, LineageEmitterOptions options) {
    LineageEmitter e =
        new LineageEmitter(
            Objects.requireNonNull(transport, "transport"),
            Objects.requireNonNull(options, "options"));
    e.worker.start();
    return e;
  }

  /**
   * Starts an emitter with {@link LineageEmitterOptions#defaults()}.
   *
   * @param transport where events go
   * @return the running emitter
   */
  public static LineageEmitter start(LineageTransport transport) {
    return start(transport, LineageEmitterOptions.defaults());
  }

  /**
   * Queues an event for delivery; waits at most {@link LineageEmitterOptions#offerTimeout()} when
   * the buffer is full, then drops it.
   *
   * @param event the event
   * @return true if queued, false if dropped (buffer full, emitter closed, or the caller was
   *     interrupted while waiting)
   */
  public boolean emit(LineageEvent event) {
    Objects.requireNonNull(event, "event");
    if (closed) {
      drop(event, "emitter closed");
      return false;
    }
    boolean queued;
    try {
      long nanos = options.offerTimeout().toNanos();
      queued = nanos == 0 ? queue.offer(event) : queue.offer(event, nanos, TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      queued = false;
    }
    if (!queued) {
      drop(event, "buffer full");
      return false;
    }
    if (closed && queue.remove(event)) {
      // close() drained the buffer before this event arrived: nobody will deliver it
      drop(event, "emitter closed");
      return false;
    }
    accepted.incrementAndGet();
    return true;
  }

  /**
   * Waits until every event accepted before this call was delivered, failed or dropped, or the
   * timeout passed. Useful before reading an in-memory transport in a test, or before a short-lived
   * program ends; publishing never needs it.
   *
   * @param timeout the longest wait
   * @return true if every event accepted before the call was settled in time
   */
  public boolean flush(Duration timeout) {
    Objects.requireNonNull(timeout, "timeout");
    long target = accepted.get();
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (settledSignal) {
      while (settled.get() < target) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        try {
          TimeUnit.NANOSECONDS.timedWait(settledSignal, Math.min(left, POLL_MILLIS * 1_000_000L));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return false;
        }
      }
    }
    return true;
  }

  private void settle() {
    settled.incrementAndGet();
    synchronized (settledSignal) {
      settledSignal.notifyAll();
    }
  }

  /**
   * Events the transport accepted.
   *
   * @return the count since start
   */
  public long deliveredCount() {
    return delivered.get();
  }

  /**
   * Events dropped because the buffer was full or the emitter closed.
   *
   * @return the count since start
   */
  public long droppedCount() {
    return dropped.get();
  }

  /**
   * Events given up after {@link LineageEmitterOptions#maxAttempts()} failed attempts.
   *
   * @return the count since start
   */
  public long failedCount() {
    return failed.get();
  }

  /**
   * Failed attempts that were followed by another attempt.
   *
   * @return the count since start
   */
  public long retryCount() {
    return retries.get();
  }

  /**
   * Events waiting in the buffer.
   *
   * @return the number now
   */
  public int pendingCount() {
    return queue.size();
  }

  /**
   * The options this emitter runs with.
   *
   * @return the options
   */
  public LineageEmitterOptions options() {
    return options;
  }

  /**
   * Stops accepting events, waits at most {@link LineageEmitterOptions#closeTimeout()} for the
   * buffer to be delivered, then stops the delivery thread, counts what is left as dropped, reports
   * unreported drops and failures, and closes the transport. Calling it again does nothing.
   */
  @Override
  public void close() {
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
    }
    boolean finished = await(options.closeTimeout().toNanos());
    if (!finished) {
      worker.interrupt();
      await(TimeUnit.SECONDS.toNanos(1));
    }
    List<LineageEvent> rest = new ArrayList<>();
    queue.drainTo(rest);
    for (LineageEvent e : rest) {
      drop(e, "not delivered within the close timeout " + options.closeTimeout());
      settle();
    }
    dropLog.flush();
    failLog.flush();
    try {
      transport.close();
    } catch (RuntimeException e) {
      LOG.warn("Closing the lineage transport {} failed: {}", transport, e.toString());
    }
  }

  private boolean await(long nanos) {
    try {
      return stopped.await(nanos, TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private void run() {
    try {
      while (!Thread.currentThread().isInterrupted()) {
        LineageEvent event;
        try {
          event = queue.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
          break;
        }
        if (event == null) {
          if (closed) {
            break;
          }
          continue;
        }
        try {
          deliver(event);
          if (queue.isEmpty()) {
            flushTransport();
          }
        } finally {
          settle();
        }
      }
    } finally {
      stopped.countDown();
    }
  }

  private void flushTransport() {
    try {
      transport.flush();
    } catch (RuntimeException e) {
      failLog.record(e.toString());
    }
  }

  private void deliver(LineageEvent event) {
    long backoff = options.initialBackoff().toNanos();
    long maxBackoff = options.maxBackoff().toNanos();
    for (int attempt = 1; ; attempt++) {
      try {
        transport.send(event);
        delivered.incrementAndGet();
        notify(() -> options.listener().onDelivered(event));
        return;
      } catch (RuntimeException e) {
        if (Thread.currentThread().isInterrupted()) {
          drop(event, "delivery interrupted by close");
          return;
        }
        if (attempt >= options.maxAttempts()) {
          failed.incrementAndGet();
          failLog.record(e.toString());
          notify(() -> options.listener().onFailed(event, e));
          return;
        }
        retries.incrementAndGet();
        int a = attempt;
        notify(() -> options.listener().onRetry(event, a, e));
        LOG.debug("Lineage delivery attempt {} failed, retrying: {}", attempt, e.toString());
        try {
          TimeUnit.NANOSECONDS.sleep(backoff);
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          drop(event, "delivery interrupted by close");
          return;
        }
        backoff = Math.min(maxBackoff, backoff * 2);
      }
    }
  }

  private void drop(LineageEvent event, String why) {
    dropped.incrementAndGet();
    dropLog.record(why);
    notify(() -> options.listener().onDropped(event));
  }

  private static void notify(Runnable call) {
    try {
      call.run();
    } catch (RuntimeException e) {
      LOG.warn("A lineage emitter listener threw {}; ignored", e.toString());
    }
  }

  @Override
  public String toString() {
    return "LineageEmitter["
        + transport
        + ", delivered "
        + delivered.get()
        + ", dropped "
        + dropped.get()
        + ", failed "
        + failed.get()
        + "]";
  }
}
