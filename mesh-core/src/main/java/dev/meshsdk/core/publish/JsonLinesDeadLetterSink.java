package dev.meshsdk.core.publish;

import dev.meshsdk.contracts.JsonValue;
import dev.meshsdk.contracts.Violation;
import dev.meshsdk.core.publish.internal.JsonLinesLog;
import dev.meshsdk.core.publish.internal.JsonRecords;
import java.io.ByteArrayOutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Appends dead letters to a JSON Lines file, one per line:
 *
 * <pre>{@code
 * {"port":{"domain":"sales","productId":"orders","productVersion":"1.0.0","portName":"orders-v1",
 *   "contractId":"orders","contractVersion":"1.0.0"},"runId":"0193...","time":"2026-...Z",
 *   "reason":"INVALID","violations":[{"path":"email","rule":"format",
 *   "message":"(classified value hidden) is not a valid email"}],"record":{...}}
 * }</pre>
 *
 * <p><b>The raw record is stored</b>, in {@code "record"}, exactly as a {@link JsonLinesFileSink}
 * would write it: without it a rejected record would be lost. So this file holds the values of
 * classified properties (pii, confidential...) and <b>needs the same protection as the port's
 * data</b> (access control, retention, encryption at rest). The violation messages never hold
 * classified values: the contract validator hides them.
 *
 * <p>Batches are all or nothing across crashes, as in {@link JsonLinesFileSink}. One sink per file;
 * thread-safe; close it when done.
 *
 * @param <T> the record type
 */
public final class JsonLinesDeadLetterSink<T> implements DeadLetterSink<T>, AutoCloseable {
  private final JsonLinesLog log;

  private JsonLinesDeadLetterSink(JsonLinesLog log) {
    this.log = log;
  }

  /**
   * Opens (creating if needed) a dead-letter file for appending, first dropping any unfinished
   * batch a crash left at its end.
   *
   * @param file the file; its folder must exist
   * @param <T> the record type
   * @return the sink
   * @throws SinkException if the file cannot be opened or is open in another sink
   */
  public static <T> JsonLinesDeadLetterSink<T> open(Path file) {
    return new JsonLinesDeadLetterSink<>(JsonLinesLog.open(file, FileChannel::write));
  }

  /**
   * Reads the dead letters of the completed batches of a file, as JSON objects.
   *
   * @param file the file
   * @return one JSON object per dead letter, empty if the file does not exist
   * @throws SinkException if the file cannot be read
   */
  public static List<JsonValue> read(Path file) {
    return JsonLinesFileSink.read(file);
  }

  @Override
  public void write(List<? extends DeadLetter<? extends T>> letters) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(512 * Math.max(1, letters.size()));
    for (int i = 0; i < letters.size(); i++) {
      try {
        JsonRecords.writeLine(toJson(letters.get(i)), out);
      } catch (RuntimeException e) {
        throw new SinkException(
            "dead-letter file "
                + log.path()
                + ": cannot write dead letter ["
                + i
                + "] as JSON ("
                + e.getMessage()
                + "); nothing of the "
                + letters.size()
                + " dead letters was written",
            e);
      }
    }
    log.append(out.toByteArray());
  }

  private static JsonValue toJson(DeadLetter<?> letter) {
    PortRef p = letter.port();
    Map<String, JsonValue> port = new LinkedHashMap<>();
    port.put("domain", JsonValue.of(p.domain()));
    port.put("productId", JsonValue.of(p.productId()));
    port.put("productVersion", JsonValue.of(p.productVersion()));
    port.put("portName", JsonValue.of(p.portName()));
    port.put("contractId", JsonValue.of(p.contractId()));
    port.put("contractVersion", JsonValue.of(p.contractVersion()));
    List<JsonValue> violations = new ArrayList<>();
    for (Violation v : letter.violations()) {
      Map<String, JsonValue> m = new LinkedHashMap<>();
      m.put("path", JsonValue.of(v.path()));
      m.put("rule", JsonValue.of(v.rule()));
      m.put("message", JsonValue.of(v.message()));
      violations.add(new JsonValue.Obj(m));
    }
    Map<String, JsonValue> line = new LinkedHashMap<>();
    line.put("port", new JsonValue.Obj(port));
    line.put("runId", JsonValue.of(letter.runId().toString()));
    line.put("time", JsonValue.of(letter.time().toString()));
    line.put("reason", JsonValue.of(letter.reason().name()));
    line.put("violations", new JsonValue.Arr(violations));
    line.put("record", JsonRecords.toJson(letter.record()));
    return new JsonValue.Obj(line);
  }

  /**
   * The file written.
   *
   * @return its path
   */
  public Path path() {
    return log.path();
  }

  /**
   * Closes the file; what was written stays.
   *
   * @throws SinkException if closing failed
   */
  @Override
  public void close() {
    log.close();
  }

  @Override
  public String toString() {
    return "JsonLinesDeadLetterSink[" + log.path() + "]";
  }
}
