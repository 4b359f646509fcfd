package dev.meshsdk.samples;

import dev.meshsdk.core.event.MeshEvent;
import dev.meshsdk.core.event.MeshListener;
import dev.meshsdk.core.event.PublishCompleted;
import dev.meshsdk.core.event.PublishFailed;
import dev.meshsdk.observability.report.PublishRun;
import dev.meshsdk.observability.report.RunOutcome;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Records the publish runs of the mesh, per product, for the mesh report. (The lead may replace
 * this with mesh-observability's {@code PublishRunRecorder} once it is merged.)
 */
final class RunLog implements MeshListener {
  private final Map<String, List<PublishRun>> runs = new LinkedHashMap<>();
  private final Map<String, Instant> lastPublished = new LinkedHashMap<>();

  @Override
  public synchronized void onEvent(MeshEvent event) {
    if (event instanceof PublishCompleted done) {
      Map<String, Long> byRule = new LinkedHashMap<>();
      done.violations().byRule().forEach((rule, n) -> byRule.put(rule, (long) n));
      add(
          done.port().productId(),
          PublishRun.builder()
              .runId(done.runId().toString())
              .startedAt(done.run().startedAt())
              .duration(done.duration())
              .offered(done.counts().offered())
              .written(done.counts().written())
              .rejected(done.counts().rejected())
              .rejectedByRule(byRule)
              .outcome(done.counts().rejected() == 0 ? RunOutcome.SUCCEEDED : RunOutcome.PARTIAL)
              .build());
      lastPublished.put(done.port().productId(), done.time());
    } else if (event instanceof PublishFailed failed) {
      add(
          failed.port().productId(),
          PublishRun.builder()
              .runId(failed.runId().toString())
              .startedAt(failed.run().startedAt())
              .duration(Duration.between(failed.run().startedAt(), failed.time()))
              .offered(failed.counts().offered())
              .written(failed.counts().written())
              .rejected(failed.counts().rejected())
              .outcome(RunOutcome.FAILED)
              .build());
    }
  }

  private void add(String productId, PublishRun run) {
    runs.computeIfAbsent(productId, k -> new ArrayList<>()).add(0, run);
  }

  synchronized List<PublishRun> runs(String productId) {
    return List.copyOf(runs.getOrDefault(productId, List.of()));
  }

  synchronized java.util.Optional<Instant> lastPublished(String productId) {
    return java.util.Optional.ofNullable(lastPublished.get(productId));
  }
}
