package dev.meshsdk.observability.internal;

import dev.meshsdk.core.event.PublishCompleted;
import dev.meshsdk.core.event.PublishFailed;
import dev.meshsdk.core.publish.PortRef;
import dev.meshsdk.core.publish.PublishCounts;
import dev.meshsdk.observability.lineage.UuidV7;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import org.jspecify.annotations.Nullable;

/**
 * Per-port aggregation windows: the publish calls of one port that end within a window are summed
 * into one {@link Window}.
 *
 * <p>A port's window opens with the first call that ends (its {@code PublishCompleted} or {@code
 * PublishFailed}) while no window of that port is open; it covers the calls ending before its
 * deadline (opening time plus the window length). The first call ending at or after the deadline
 * closes it and opens the next one; {@link #flushIdle(Instant)} and {@link #closeAll(Instant)}
 * close windows without waiting for another call. There is no background thread.
 *
 * <p>Per call, on the publishing thread: a map lookup (skipped when the port is the one seen last),
 * two atomic updates of the window's writer count and one atomic add per sum; no allocation unless
 * the call broke rules or failed. Sums are exact under concurrent publishing: a window is sealed,
 * and its writers drained, before it is handed to the {@link Sink}.
 *
 * <p>Thread-safe. Opening and closing a port's windows is serialized per port, so the sink sees a
 * port's windows in order, each opened before it is closed.
 */
public final class PortWindows {
  /** Receives windows as they open and close; called under the port's lock, must not throw. */
  public interface Sink {
    /**
     * A window opened.
     *
     * @param window the window, counting its first call
     */
    void opened(Window window);

    /**
     * A window closed: its sums are final.
     *
     * @param window the window
     * @param end when it ended: its deadline, or the closing time if closed earlier
     */
    void closed(Window window, Instant end);
  }

  private final long lengthMillis;
  private final Sink sink;
  private final Map<PortRef, Slot> slots = new ConcurrentHashMap<>();
  private volatile @Nullable Slot last;

  /**
   * Windows of a length.
   *
   * @param length the window length, positive
   * @param sink receives the windows
   */
  public PortWindows(Duration length, Sink sink) {
    this.lengthMillis = Math.max(1, length.toMillis());
    this.sink = sink;
  }

  /**
   * Adds a completed call to its port's current window.
   *
   * @param e the event
   */
  public void completed(PublishCompleted e) {
    Slot slot = slot(e.run().port());
    long t = e.time().toEpochMilli();
    for (; ; ) {
      Window w = current(slot, t, e.run().startedAt());
      if (w.enter()) {
        try {
          w.add(e);
        } finally {
          w.exit();
        }
        if (e.counts().written() > 0) {
          slot.lastWrite = e.time();
        }
        return;
      }
    }
  }

  /**
   * Adds a failed call to its port's current window.
   *
   * @param e the event
   */
  public void failed(PublishFailed e) {
    Slot slot = slot(e.run().port());
    long t = e.time().toEpochMilli();
    for (; ; ) {
      Window w = current(slot, t, e.run().startedAt());
      if (w.enter()) {
        try {
          w.add(e);
        } finally {
          w.exit();
        }
        if (e.counts().written() > 0) {
          slot.lastWrite = e.time();
        }
        return;
      }
    }
  }

  /**
   * Closes the windows whose deadline is not after {@code now}.
   *
   * @param now the time
   */
  public void flushIdle(Instant now) {
    close(now, false);
  }

  /**
   * Closes every open window, those not yet elapsed ending at {@code now}.
   *
   * @param now the time
   */
  public void closeAll(Instant now) {
    close(now, true);
  }

  /**
   * Per port, the time of its last call that wrote at least one record.
   *
   * @return a snapshot
   */
  public Map<PortRef, Instant> lastWrites() {
    Map<PortRef, Instant> out = new HashMap<>();
    for (Slot s : slots.values()) {
      Instant w = s.lastWrite;
      if (w != null) {
        out.put(s.port, w);
      }
    }
    return out;
  }

  /**
   * How many ports have an open window.
   *
   * @return the count
   */
  public int openWindows() {
    int n = 0;
    for (Slot s : slots.values()) {
      if (s.current != null) {
        n++;
      }
    }
    return n;
  }

  private void close(Instant now, boolean all) {
    long t = now.toEpochMilli();
    for (Slot slot : slots.values()) {
      synchronized (slot) {
        Window w = slot.current;
        if (w != null && (all || t >= w.deadline)) {
          w.seal();
          slot.current = null;
          long end = Math.min(w.deadline, Math.max(t, w.opened));
          sink.closed(w, Instant.ofEpochMilli(end));
        }
      }
    }
  }

  private Slot slot(PortRef port) {
    Slot s = last;
    if (s != null && s.port == port) {
      return s;
    }
    s = slots.computeIfAbsent(port, Slot::new);
    last = s;
    return s;
  }

  private Window current(Slot slot, long t, Instant callStart) {
    Window w = slot.current;
    if (w != null && t < w.deadline) {
      return w;
    }
    synchronized (slot) {
      Window now = slot.current;
      if (now != null && t < now.deadline) {
        return now; // another thread rolled the window meanwhile
      }
      if (now != null) {
        now.seal();
        slot.current = null;
        sink.closed(now, Instant.ofEpochMilli(now.deadline));
      }
      Window next = new Window(slot.port, UuidV7.next(), callStart, t, t + lengthMillis);
      slot.current = next;
      sink.opened(next);
      return next;
    }
  }

  private static final class Slot {
    final PortRef port;
    volatile @Nullable Window current;
    volatile @Nullable Instant lastWrite;

    Slot(PortRef port) {
      this.port = port;
    }
  }

  /** The sums of one port's calls in one window. Read them once the window is closed. */
  public static final class Window {
    private final PortRef port;
    private final UUID id;
    private final Instant start;
    private final long opened;
    private final long deadline;
    private final AtomicInteger writers = new AtomicInteger();
    private volatile boolean sealed;
    private final LongAdder calls = new LongAdder();
    private final LongAdder failedCalls = new LongAdder();
    private final LongAdder written = new LongAdder();
    private final LongAdder rejected = new LongAdder();
    private final LongAdder failed = new LongAdder();
    private final LongAdder bytes = new LongAdder();
    private final LongAdder bytesReported = new LongAdder();
    private final Map<String, LongAdder> rejectedByRule = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> writtenByRule = new ConcurrentHashMap<>();
    private final AtomicReference<@Nullable PublishFailed> firstFailure = new AtomicReference<>();

    Window(PortRef port, UUID id, Instant start, long opened, long deadline) {
      this.port = port;
      this.id = id;
      this.start = start;
      this.opened = opened;
      this.deadline = deadline;
    }

    boolean enter() {
      writers.incrementAndGet();
      if (sealed) {
        writers.decrementAndGet();
        return false;
      }
      return true;
    }

    void exit() {
      writers.decrementAndGet();
    }

    void seal() {
      sealed = true;
      while (writers.get() != 0) {
        Thread.onSpinWait();
      }
    }

    void add(PublishCompleted e) {
      calls.increment();
      PublishCounts c = e.counts();
      addCounts(c);
      OptionalLong b = e.bytesWritten();
      if (b.isPresent()) {
        bytes.add(b.getAsLong());
        bytesReported.increment();
      }
      Map<String, Integer> byRule = e.violations().byRule();
      if (!byRule.isEmpty()) {
        Map<String, LongAdder> into = c.rejected() > 0 ? rejectedByRule : writtenByRule;
        for (Map.Entry<String, Integer> r : byRule.entrySet()) {
          into.computeIfAbsent(r.getKey(), k -> new LongAdder()).add(r.getValue());
        }
      }
    }

    void add(PublishFailed e) {
      calls.increment();
      failedCalls.increment();
      addCounts(e.counts());
      firstFailure.compareAndSet(null, e);
    }

    private void addCounts(PublishCounts c) {
      if (c.written() != 0) {
        written.add(c.written());
      }
      if (c.rejected() != 0) {
        rejected.add(c.rejected());
      }
      if (c.failed() != 0) {
        failed.add(c.failed());
      }
    }

    /**
     * The port.
     *
     * @return the port
     */
    public PortRef port() {
      return port;
    }

    /**
     * A UUIDv7 made when the window opened, the window's run id in lineage.
     *
     * @return the id
     */
    public UUID id() {
      return id;
    }

    /**
     * When the window's first call started.
     *
     * @return the time
     */
    public Instant start() {
      return start;
    }

    /**
     * The calls summed (completed or failed).
     *
     * @return the count
     */
    public long calls() {
      return calls.sum();
    }

    /**
     * The calls that failed.
     *
     * @return the count
     */
    public long failedCalls() {
      return failedCalls.sum();
    }

    /**
     * Records offered: written, rejected and failed.
     *
     * @return the sum
     */
    public long offered() {
      return written.sum() + rejected.sum() + failed.sum();
    }

    /**
     * Records written.
     *
     * @return the sum
     */
    public long written() {
      return written.sum();
    }

    /**
     * Records dead-lettered.
     *
     * @return the sum
     */
    public long rejected() {
      return rejected.sum();
    }

    /**
     * Records lost to a sink failure.
     *
     * @return the sum
     */
    public long failed() {
      return failed.sum();
    }

    /**
     * Bytes the sinks reported, if any call reported bytes.
     *
     * @return the sum
     */
    public OptionalLong bytes() {
      return bytesReported.sum() == 0 ? OptionalLong.empty() : OptionalLong.of(bytes.sum());
    }

    /**
     * Violations by rule in calls that rejected records.
     *
     * @return rule id to count, sorted by rule
     */
    public Map<String, Long> rejectedByRule() {
      return sums(rejectedByRule);
    }

    /**
     * Violations by rule in calls that wrote invalid records (the {@code WARN} policy).
     *
     * @return rule id to count, sorted by rule
     */
    public Map<String, Long> writtenByRule() {
      return sums(writtenByRule);
    }

    /**
     * The first call that failed in this window.
     *
     * @return its event
     */
    public Optional<PublishFailed> firstFailure() {
      return Optional.ofNullable(firstFailure.get());
    }

    private static Map<String, Long> sums(Map<String, LongAdder> adders) {
      Map<String, Long> out = new TreeMap<>();
      adders.forEach((k, v) -> out.put(k, v.sum()));
      return out;
    }
  }
}
