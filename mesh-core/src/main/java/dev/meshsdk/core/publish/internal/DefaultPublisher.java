package dev.meshsdk.core.publish.internal;

import dev.meshsdk.contracts.MeshException;
import dev.meshsdk.contracts.RecordValidator;
import dev.meshsdk.contracts.ValidationResult;
import dev.meshsdk.contracts.Violation;
import dev.meshsdk.core.event.MeshEvent;
import dev.meshsdk.core.event.MeshListener;
import dev.meshsdk.core.event.PublishCompleted;
import dev.meshsdk.core.event.PublishFailed;
import dev.meshsdk.core.event.PublishStarted;
import dev.meshsdk.core.event.RecordsRejected;
import dev.meshsdk.core.publish.BatchRejectedException;
import dev.meshsdk.core.publish.DeadLetter;
import dev.meshsdk.core.publish.DeadLetterSink;
import dev.meshsdk.core.publish.InvalidDataPolicy;
import dev.meshsdk.core.publish.PortRef;
import dev.meshsdk.core.publish.PublishCounts;
import dev.meshsdk.core.publish.PublishOutcome;
import dev.meshsdk.core.publish.PublishRun;
import dev.meshsdk.core.publish.Publisher;
import dev.meshsdk.core.publish.PublisherStats;
import dev.meshsdk.core.publish.Sink;
import dev.meshsdk.core.publish.SinkException;
import dev.meshsdk.core.publish.ViolationSummary;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link Publisher}: validate, dead-letter, write, count, tell. See {@link Publisher} for the
 * guarantees.
 *
 * @param <T> the record type
 */
public final class DefaultPublisher<T> implements Publisher<T> {
  private static final Logger LOG = LoggerFactory.getLogger(DefaultPublisher.class);

  /** The longest chain of causes {@link #types} names. */
  private static final int MAX_CAUSES = 5;

  private final PortRef port;
  private final RecordValidator<T> validator;
  private final Sink<? super T> sink;
  private final DeadLetterSink<? super T> deadLetters;
  private final InvalidDataPolicy policy;
  private final Listeners listeners;
  private final Clock clock;
  private final UuidV7 runIds;
  private final Accounting accounting = new Accounting();
  private final AtomicBoolean warnedOnce = new AtomicBoolean();

  /**
   * Creates the publisher; use {@link Publisher#builder} instead.
   *
   * @param port the port
   * @param validator the compiled validator
   * @param sink the sink
   * @param deadLetters the dead-letter sink
   * @param policy the invalid-data policy
   * @param listeners the listeners, in call order
   * @param clock the clock
   */
  public DefaultPublisher(
      PortRef port,
      RecordValidator<T> validator,
      Sink<? super T> sink,
      DeadLetterSink<? super T> deadLetters,
      InvalidDataPolicy policy,
      List<MeshListener> listeners,
      Clock clock) {
    this.port = port;
    this.validator = validator;
    this.sink = sink;
    this.deadLetters = deadLetters;
    this.policy = policy;
    this.listeners = new Listeners(listeners);
    this.clock = clock;
    this.runIds = new UuidV7(clock);
  }

  @Override
  public PublishOutcome publish(T record) {
    if (record == null) {
      throw new NullPointerException("record");
    }
    return publish(List.of(record));
  }

  @Override
  public PublishOutcome publish(List<? extends T> batch) {
    List<T> records = Args.listCopy(batch, "batch");
    int n = records.size();
    PublishRun run = new PublishRun(port, runIds.next(), clock.instant());
    emit(() -> new PublishStarted(run, n));

    List<ValidationResult> results = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      try {
        results.add(validator.validate(records.get(i)));
      } catch (RuntimeException e) {
        MeshException failure =
            new MeshException(
                "port "
                    + port
                    + ": validating batch["
                    + i
                    + "] threw "
                    + e.getClass().getName()
                    + "; nothing of the batch of "
                    + n
                    + " was written (run "
                    + run.runId()
                    + ")",
                e);
        fail(run, new PublishCounts(0, 0, n), Map.of(), failure);
        throw failure;
      }
    }

    Instant rejectedAt = clock.instant();
    List<T> toWrite = new ArrayList<>(n);
    List<DeadLetter<T>> dead = new ArrayList<>();
    List<List<Violation>> invalid = new ArrayList<>();
    boolean anyInvalid = results.stream().anyMatch(r -> !r.isValid());
    for (int i = 0; i < n; i++) {
      T record = records.get(i);
      ValidationResult r = results.get(i);
      if (!r.isValid()) {
        invalid.add(r.violations());
      }
      boolean write =
          switch (policy) {
            case WARN -> true;
            case REJECT_RECORD -> r.isValid();
            case FAIL_BATCH -> !anyInvalid;
          };
      if (write) {
        toWrite.add(record);
      } else {
        dead.add(
            new DeadLetter<>(
                port,
                run.runId(),
                rejectedAt,
                record,
                r.violations(),
                r.isValid() ? DeadLetter.Reason.BATCH_REJECTED : DeadLetter.Reason.INVALID));
      }
    }
    ViolationSummary summary = ViolationSummary.of(invalid);
    Map<String, Integer> rejectedByRule = dead.isEmpty() ? Map.of() : summary.byRule();

    if (!dead.isEmpty()) {
      try {
        deadLetters.write(List.copyOf(dead));
      } catch (RuntimeException e) {
        SinkException failure =
            wrap(
                e,
                "the dead-letter sink failed to take "
                    + dead.size()
                    + " rejected records, so nothing of the batch of "
                    + n
                    + " was written or dead-lettered; publish it again");
        fail(run, new PublishCounts(0, 0, n), Map.of(), failure);
        throw failure;
      }
      emit(() -> new RecordsRejected(run, clock.instant(), dead.size(), summary));
    }

    OptionalLong bytes = OptionalLong.empty();
    if (!toWrite.isEmpty()) {
      try {
        OptionalLong written = sink.write(List.copyOf(toWrite));
        bytes = written == null ? OptionalLong.empty() : written;
      } catch (RuntimeException e) {
        SinkException failure =
            wrap(
                e,
                "the sink failed to write "
                    + toWrite.size()
                    + " records; none of them was written"
                    + (dead.isEmpty()
                        ? ""
                        : " (the "
                            + dead.size()
                            + " rejected records are in the dead-letter sink)"));
        PublishCounts counts = new PublishCounts(0, dead.size(), toWrite.size());
        fail(run, counts, rejectedByRule, failure);
        return new PublishOutcome.Failed(run, counts, failure);
      }
    }

    PublishCounts counts = new PublishCounts(toWrite.size(), dead.size(), 0);
    int warned = policy == InvalidDataPolicy.WARN ? summary.records() : 0;
    accounting.add(counts, rejectedByRule, warned);
    PublishOutcome.Completed outcome = new PublishOutcome.Completed(run, counts, summary);
    OptionalLong bytesWritten = bytes;
    emit(() -> new PublishCompleted(run, clock.instant(), counts, summary, bytesWritten));
    if (warned > 0) {
      logWarned(run, summary);
    }
    if (policy == InvalidDataPolicy.FAIL_BATCH && !dead.isEmpty()) {
      throw new BatchRejectedException(outcome);
    }
    return outcome;
  }

  private void logWarned(PublishRun run, ViolationSummary summary) {
    String text = "Port {}: policy WARN wrote {} invalid records (violations by rule {}, run {})";
    if (warnedOnce.compareAndSet(false, true)) {
      LOG.warn(
          text + "; later batches are logged at debug level",
          port,
          summary.records(),
          summary.byRule(),
          run.runId());
    } else {
      LOG.debug(text, port, summary.records(), summary.byRule(), run.runId());
    }
  }

  /**
   * A sink's failure as a {@link SinkException} whose message names the port, what failed and the
   * exception types only. The sink's own message is left out: a sink (a JDBC or Kafka client) may
   * quote a record's values in it, and this message reaches {@link PublishFailed} events and from
   * there lineage and telemetry. The sink's exception stays the cause.
   */
  private SinkException wrap(RuntimeException e, String what) {
    return new SinkException("port " + port + ": " + what + ": " + types(e), e);
  }

  /**
   * The class names of an exception and its causes, never their messages: {@code a.B caused by
   * c.D}.
   *
   * @param e the exception
   * @return the names
   */
  static String types(Throwable e) {
    StringBuilder out = new StringBuilder(e.getClass().getName());
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    seen.add(e);
    Throwable cause = e.getCause();
    for (int i = 0; cause != null && seen.add(cause); i++) {
      if (i == MAX_CAUSES) {
        out.append(" caused by ...");
        break;
      }
      out.append(" caused by ").append(cause.getClass().getName());
      cause = cause.getCause();
    }
    return out.toString();
  }

  private void fail(
      PublishRun run, PublishCounts counts, Map<String, Integer> rejectedByRule, Exception cause) {
    accounting.add(counts, rejectedByRule, 0);
    emit(
        () ->
            new PublishFailed(
                run,
                clock.instant(),
                counts,
                cause.getClass().getName(),
                cause.getMessage() == null ? "" : cause.getMessage()));
  }

  private void emit(Supplier<MeshEvent> event) {
    if (!listeners.isEmpty()) {
      listeners.emit(event.get());
    }
  }

  @Override
  public PortRef port() {
    return port;
  }

  @Override
  public InvalidDataPolicy policy() {
    return policy;
  }

  @Override
  public PublisherStats stats() {
    return accounting.snapshot(listeners.failures());
  }

  @Override
  public String toString() {
    return "Publisher[" + port + ", " + policy + "]";
  }

  /** Counts added one call at a time under one lock, so that every snapshot adds up. */
  private static final class Accounting {
    private long offered;
    private long written;
    private long rejected;
    private long failed;
    private long warned;
    private final Map<String, Long> byRule = new TreeMap<>();

    synchronized void add(PublishCounts c, Map<String, Integer> rejectedByRule, int warnedNow) {
      offered += c.offered();
      written += c.written();
      rejected += c.rejected();
      failed += c.failed();
      warned += warnedNow;
      rejectedByRule.forEach((rule, count) -> byRule.merge(rule, (long) count, Long::sum));
    }

    synchronized PublisherStats snapshot(long listenerFailures) {
      return new PublisherStats(
          offered, written, rejected, failed, warned, byRule, listenerFailures);
    }
  }
}
