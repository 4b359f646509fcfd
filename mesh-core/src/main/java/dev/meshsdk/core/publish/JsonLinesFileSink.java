package dev.meshsdk.core.publish;

import dev.meshsdk.contracts.JsonValue;
import dev.meshsdk.core.publish.internal.JsonLinesLog;
import dev.meshsdk.core.publish.internal.JsonRecords;
import java.io.ByteArrayOutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;

/**
 * Appends records to a JSON Lines file: one JSON object per line, UTF-8.
 *
 * <p><b>Crash safety.</b> A batch is all or nothing, even if the process dies while writing. The
 * whole batch is encoded first (a record that cannot be written as JSON fails the batch before any
 * byte reaches the file), then written in one go at the end of the file and forced to disk; only
 * then does the commit marker beside the file ({@code <file>.committed}, the length of the
 * completed batches) move forward, atomically. A write that fails truncates the file back at once;
 * a batch cut short by a crash is truncated when the file is opened again. Readers that must not
 * see a batch still being written read up to the marker, as {@link #read(Path)} does. Durability
 * costs two forced writes per batch, so publish in batches rather than record by record.
 *
 * <p><b>Records.</b> Maps are written as they are. Java records and beans are written the way the
 * contract validator reads them: by record component or getter, under the name the contract knows
 * ({@code @ContractField(name = ...)} or the Java name); {@code java.time} values as ISO-8601 text,
 * enums by name, {@link java.util.Optional} unwrapped.
 *
 * <p>One sink per file: the file is locked while open. Thread-safe. Close it when done.
 *
 * @param <T> the record type
 */
public final class JsonLinesFileSink<T> implements Sink<T>, AutoCloseable {
  private final JsonLinesLog log;

  private JsonLinesFileSink(JsonLinesLog log) {
    this.log = log;
  }

  /**
   * Opens (creating if needed) a JSON Lines file for appending, first dropping any unfinished batch
   * a crash left at its end.
   *
   * @param file the file; its folder must exist
   * @param <T> the record type
   * @return the sink
   * @throws SinkException if the file cannot be opened or is open in another sink
   */
  public static <T> JsonLinesFileSink<T> open(Path file) {
    return new JsonLinesFileSink<>(JsonLinesLog.open(file, FileChannel::write));
  }

  /** Opens a sink whose bytes go through a test hook. */
  static <T> JsonLinesFileSink<T> open(Path file, JsonLinesLog.Writer writer) {
    return new JsonLinesFileSink<>(JsonLinesLog.open(file, writer));
  }

  /**
   * Reads the records of the completed batches of a JSON Lines file, skipping an unfinished batch
   * at its end.
   *
   * @param file the file
   * @return one JSON value per line, empty if the file does not exist
   * @throws SinkException if the file cannot be read
   */
  public static List<JsonValue> read(Path file) {
    return JsonLinesLog.readCommitted(file).stream().map(JsonRecords::parse).toList();
  }

  @Override
  public OptionalLong write(List<? extends T> batch) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256 * Math.max(1, batch.size()));
    for (int i = 0; i < batch.size(); i++) {
      try {
        JsonRecords.writeLine(JsonRecords.toJson(batch.get(i)), out);
      } catch (RuntimeException e) {
        throw new SinkException(
            "JSON Lines file "
                + log.path()
                + ": cannot write batch["
                + i
                + "] as JSON ("
                + e.getMessage()
                + "); nothing of the batch of "
                + batch.size()
                + " was written",
            e);
      }
    }
    byte[] bytes = out.toByteArray();
    log.append(bytes);
    return OptionalLong.of(bytes.length);
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
   * How many bytes of an unfinished batch were dropped when the file was opened.
   *
   * @return the bytes dropped, 0 if the file was clean
   */
  public long recoveredBytes() {
    return log.recoveredBytes();
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
    return "JsonLinesFileSink[" + log.path() + "]";
  }
}
