package dev.meshsdk.observability.lineage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meshsdk.testsupport.SharedStandards;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class JsonLinesFileTransportTest {
  private static final int THREADS = 8;
  private static final int PER_THREAD = 150;

  @TempDir Path dir;

  @Test
  void concurrentSendersWriteOneCompleteValidEventPerLine() throws Exception {
    Path file = dir.resolve("sub/lineage.jsonl");
    Set<String> expected = java.util.concurrent.ConcurrentHashMap.newKeySet();
    try (JsonLinesFileTransport transport = JsonLinesFileTransport.open(file)) {
      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  for (int i = 0; i < PER_THREAD; i++) {
                    RunEvent e = Fixtures.complete(UuidV7.next()); // large events with facets
                    expected.add(e.run().runId().toString());
                    transport.send(e);
                  }
                  return null;
                }));
      }
      start.countDown();
      for (Future<?> f : futures) {
        f.get();
      }
      pool.shutdown();
    }
    List<String> lines = Files.readAllLines(file);
    assertThat(lines).hasSize(THREADS * PER_THREAD);
    Set<String> seen = new HashSet<>();
    for (String line : lines) {
      JsonNode event = OpenLineageSchemas.JSON.readTree(line); // throws if a line is broken
      assertThat(event.path("eventType").asString()).isEqualTo("COMPLETE");
      seen.add(event.path("run").path("runId").asString());
    }
    assertThat(seen).isEqualTo(expected);
    if (SharedStandards.available()) {
      OpenLineageSchemas schemas = OpenLineageSchemas.load();
      for (String line : lines.subList(0, 20)) {
        assertThat(schemas.validate(line)).isEmpty();
      }
    }
  }

  @Test
  void appendsToAnExistingFile() throws Exception {
    Path file = dir.resolve("lineage.jsonl");
    Files.writeString(file, "{\"earlier\":true}\n");
    try (JsonLinesFileTransport transport = JsonLinesFileTransport.open(file)) {
      transport.send(Fixtures.registered());
    }
    List<String> lines = Files.readAllLines(file);
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).isEqualTo("{\"earlier\":true}");
    assertThat(lines.get(1)).isEqualTo(LineageJson.toJson(Fixtures.registered()));
  }

  @Test
  void sendingAfterCloseFailsNamingTheFile() {
    Path file = dir.resolve("lineage.jsonl");
    JsonLinesFileTransport transport = JsonLinesFileTransport.open(file);
    transport.close();
    assertThatThrownBy(() -> transport.send(Fixtures.registered()))
        .isInstanceOf(LineageTransportException.class)
        .hasMessage("lineage file " + file.toAbsolutePath() + " is closed");
  }
}
