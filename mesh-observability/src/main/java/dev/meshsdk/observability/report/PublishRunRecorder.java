package dev.meshsdk.observability.report;

import dev.meshsdk.core.event.MeshEvent;
import dev.meshsdk.core.event.MeshListener;
import dev.meshsdk.core.event.PublishCompleted;
import dev.meshsdk.core.event.PublishFailed;
import dev.meshsdk.core.publish.PublishCounts;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link MeshListener} that remembers the last publish runs of every output port, and when each
 * port was last published to, in memory: what {@link MeshReports} shows as recent runs and
 * freshness. Register it with the mesh ({@code Mesh.builder().listener(recorder)}).
 *
 * <p>A completed run with no rejected record is {@link RunOutcome#SUCCEEDED}, with rejected records
 * {@link RunOutcome#PARTIAL}, a failed run {@link RunOutcome#FAILED}. Runs are kept per product id
 * and port name across product versions. Only counts and rule ids are kept, never records.
 * Thread-safe.
 */
public final class PublishRunRecorder implements MeshListener {
  /** How many runs per port are kept unless told otherwise. */
  public static final int DEFAULT_RUNS_PER_PORT = 20;

  private final int runsPerPort;
  private final Map<String, Deque<PublishRun>> runs = new HashMap<>();
  private final Map<String, Instant> lastPublished = new HashMap<>();

  private PublishRunRecorder(int runsPerPort) {
    this.runsPerPort = runsPerPort;
  }

  /**
   * A recorder keeping the last {@value #DEFAULT_RUNS_PER_PORT} runs per port.
   *
   * @return the recorder
   */
  public static PublishRunRecorder create() {
    return new PublishRunRecorder(DEFAULT_RUNS_PER_PORT);
  }

  /**
   * A recorder keeping the last {@code runsPerPort} runs per port.
   *
   * @param runsPerPort runs kept per port, at least 1
   * @return the recorder
   * @throws IllegalArgumentException if {@code runsPerPort} is below 1
   */
  public static PublishRunRecorder create(int runsPerPort) {
    if (runsPerPort < 1) {
      throw new IllegalArgumentException(
          "PublishRunRecorder.runsPerPort must be at least 1, got " + runsPerPort);
    }
    return new PublishRunRecorder(runsPerPort);
  }

  @Override
  public void onEvent(MeshEvent event) {
    if (event instanceof PublishCompleted c) {
      PublishCounts n = c.counts();
      PublishRun.Builder b =
          base(c.run(), c.time(), n)
              .outcome(n.rejected() == 0 ? RunOutcome.SUCCEEDED : RunOutcome.PARTIAL);
      c.violations().byRule().forEach((rule, count) -> b.rejectedByRule(rule, count));
      record(c.run().port().productId(), c.run().port().portName(), b.build(), c.time(), n);
    } else if (event instanceof PublishFailed f) {
      record(
          f.run().port().productId(),
          f.run().port().portName(),
          base(f.run(), f.time(), f.counts()).outcome(RunOutcome.FAILED).build(),
          f.time(),
          f.counts());
    }
  }

  private static PublishRun.Builder base(
      dev.meshsdk.core.publish.PublishRun run, Instant end, PublishCounts n) {
    return PublishRun.builder()
        .runId(run.runId().toString())
        .startedAt(run.startedAt())
        .duration(
            Duration.between(run.startedAt(), end).isNegative()
                ? Duration.ZERO
                : Duration.between(run.startedAt(), end))
        .offered(n.offered())
        .written(n.written())
        .rejected(n.rejected());
  }

  private synchronized void record(
      String productId, String port, PublishRun run, Instant time, PublishCounts counts) {
    String key = key(productId, port);
    Deque<PublishRun> q = runs.computeIfAbsent(key, k -> new ArrayDeque<>());
    q.addFirst(run);
    while (q.size() > runsPerPort) {
      q.removeLast();
    }
    if (counts.written() > 0) {
      lastPublished.merge(key, time, (a, b) -> a.isAfter(b) ? a : b);
    }
  }

  /**
   * The kept runs of one port, newest first.
   *
   * @param productId the product's id
   * @param port the output port's name
   * @return the runs, empty if none was seen
   */
  public synchronized List<PublishRun> runs(String productId, String port) {
    Deque<PublishRun> q = runs.get(key(productId, port));
    return q == null ? List.of() : List.copyOf(q);
  }

  /**
   * The kept runs of every port of a product, newest first.
   *
   * @param productId the product's id
   * @return the runs, empty if none was seen
   */
  public synchronized List<PublishRun> runs(String productId) {
    List<PublishRun> out = new ArrayList<>();
    String prefix = productId + '#';
    runs.forEach(
        (k, q) -> {
          if (k.startsWith(prefix)) {
            out.addAll(q);
          }
        });
    out.sort(Comparator.comparing(PublishRun::startedAt).reversed());
    return List.copyOf(out);
  }

  /**
   * When a port last had records written.
   *
   * @param productId the product's id
   * @param port the output port's name
   * @return the end of the latest run that wrote at least one record, or empty
   */
  public synchronized Optional<Instant> lastPublished(String productId, String port) {
    return Optional.ofNullable(lastPublished.get(key(productId, port)));
  }

  /**
   * When any port of a product last had records written.
   *
   * @param productId the product's id
   * @return the latest such time, or empty
   */
  public synchronized Optional<Instant> lastPublished(String productId) {
    String prefix = productId + '#';
    return lastPublished.entrySet().stream()
        .filter(e -> e.getKey().startsWith(prefix))
        .map(Map.Entry::getValue)
        .max(Comparator.naturalOrder());
  }

  private static String key(String productId, String port) {
    return productId + '#' + port;
  }

  @Override
  public synchronized String toString() {
    return "PublishRunRecorder[" + runs.size() + " ports, last " + runsPerPort + " runs each]";
  }
}
