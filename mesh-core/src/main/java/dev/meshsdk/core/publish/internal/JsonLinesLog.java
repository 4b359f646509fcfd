package dev.meshsdk.core.publish.internal;

import dev.meshsdk.core.publish.SinkException;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An append-only JSON Lines file whose batches are all or nothing, even across a crash.
 *
 * <p>Beside the data file {@code x.jsonl} lives a commit marker {@code x.jsonl.committed} holding
 * the length of the data that belongs to completed batches. Appending a batch writes all its bytes
 * in one go at the committed end, forces them to disk, then replaces the marker atomically (write a
 * temporary file, force it, rename it over the old one). So:
 *
 * <ul>
 *   <li>if a write fails in this process, the file is truncated back to the committed length at
 *       once;
 *   <li>if the process dies mid-batch, the bytes past the marker are an unfinished batch, and
 *       opening the file again truncates them before anything else is written;
 *   <li>a file without a marker (written by something else) is trusted up to its last complete
 *       line.
 * </ul>
 *
 * <p>Readers that must never see an unfinished batch read only up to the marker ({@link
 * #committedLength(Path)}). One writer per file: the file is locked while open. Thread-safe.
 */
public final class JsonLinesLog implements Closeable {
  private static final Logger LOG = LoggerFactory.getLogger(JsonLinesLog.class);

  /** How bytes reach the channel; replaced in tests to fail or stop mid-write. */
  @FunctionalInterface
  public interface Writer {
    /**
     * Writes some of the buffer at a position.
     *
     * @param channel the channel
     * @param buffer the bytes left to write
     * @param position where to write them
     * @return how many bytes were written
     * @throws IOException if writing failed
     */
    int write(FileChannel channel, ByteBuffer buffer, long position) throws IOException;
  }

  private final Path data;
  private final Path marker;
  private final FileChannel channel;
  private final FileLock lock;
  private final Writer writer;
  private final long recoveredBytes;
  private long committed;
  private @Nullable String broken;

  private JsonLinesLog(
      Path data, FileChannel channel, FileLock lock, Writer writer, long committed, long dropped) {
    this.data = data;
    this.marker = markerOf(data);
    this.channel = channel;
    this.lock = lock;
    this.writer = writer;
    this.committed = committed;
    this.recoveredBytes = dropped;
  }

  /**
   * The commit marker's path for a data file.
   *
   * @param data the data file
   * @return the marker beside it
   */
  public static Path markerOf(Path data) {
    return data.resolveSibling(data.getFileName() + ".committed");
  }

  /**
   * Opens (creating if needed) a log, dropping the unfinished batch a crash may have left.
   *
   * @param data the data file; its folder must exist
   * @param writer how bytes are written
   * @return the open log
   * @throws SinkException if the file cannot be opened, is locked by another writer, or is shorter
   *     than its marker says
   */
  public static JsonLinesLog open(Path data, Writer writer) {
    Objects.requireNonNull(data, "file");
    Objects.requireNonNull(writer, "writer");
    FileChannel channel;
    try {
      channel =
          FileChannel.open(
              data, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    } catch (IOException | RuntimeException e) {
      throw new SinkException("cannot open JSON Lines file " + data + ": " + e, e);
    }
    try {
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null;
      }
      if (lock == null) {
        throw new SinkException(
            "JSON Lines file " + data + " is already open for writing by another sink");
      }
      long size = channel.size();
      long committed = readMarker(data, channel, size);
      if (committed > size) {
        throw new SinkException(
            "JSON Lines file "
                + data
                + " is shorter ("
                + size
                + " bytes) than its commit marker says ("
                + committed
                + " bytes): committed data was lost outside meshsdk; refusing to write to it");
      }
      long dropped = size - committed;
      if (dropped > 0) {
        channel.truncate(committed);
        channel.force(true);
        LOG.warn(
            "JSON Lines file {}: dropped {} bytes of a batch that was not finished (a crash while"
                + " writing); the file ends with the last complete batch",
            data,
            dropped);
      }
      JsonLinesLog log = new JsonLinesLog(data, channel, lock, writer, committed, dropped);
      log.writeMarker(committed);
      return log;
    } catch (IOException | RuntimeException e) {
      try {
        channel.close();
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      if (e instanceof SinkException s) {
        throw s;
      }
      throw new SinkException("cannot open JSON Lines file " + data + ": " + e, e);
    }
  }

  private static long readMarker(Path data, FileChannel channel, long size) throws IOException {
    Path marker = markerOf(data);
    if (Files.exists(marker)) {
      String text = Files.readString(marker, StandardCharsets.US_ASCII).trim();
      try {
        return Long.parseLong(text);
      } catch (NumberFormatException e) {
        throw new SinkException(
            "commit marker " + marker + " does not hold a byte count: '" + text + "'", e);
      }
    }
    return lastLineEnd(channel, size);
  }

  /** The length up to and including the last newline: complete lines only. */
  private static long lastLineEnd(FileChannel channel, long size) throws IOException {
    ByteBuffer buf = ByteBuffer.allocate(8192);
    long end = size;
    while (end > 0) {
      int n = (int) Math.min(buf.capacity(), end);
      buf.clear().limit(n);
      long start = end - n;
      while (buf.hasRemaining()) {
        if (channel.read(buf, start + buf.position()) < 0) {
          break;
        }
      }
      for (int i = n - 1; i >= 0; i--) {
        if (buf.get(i) == '\n') {
          return start + i + 1;
        }
      }
      end = start;
    }
    return 0;
  }

  /**
   * The committed length of a data file: its marker's value, or without a marker the length of its
   * complete lines; 0 when the file does not exist.
   *
   * @param data the data file
   * @return the number of bytes that belong to completed batches
   * @throws SinkException if the file cannot be read
   */
  public static long committedLength(Path data) {
    if (!Files.exists(data)) {
      return 0;
    }
    try (FileChannel ch = FileChannel.open(data, StandardOpenOption.READ)) {
      return Math.min(readMarker(data, ch, ch.size()), ch.size());
    } catch (IOException e) {
      throw new SinkException("cannot read JSON Lines file " + data + ": " + e, e);
    }
  }

  /**
   * The lines of completed batches, without the newline; an unfinished batch past the commit marker
   * is not read.
   *
   * @param data the data file
   * @return the lines, empty when the file does not exist
   * @throws SinkException if the file cannot be read
   */
  public static List<String> readCommitted(Path data) {
    if (!Files.exists(data)) {
      return List.of();
    }
    try (FileChannel ch = FileChannel.open(data, StandardOpenOption.READ)) {
      long length = Math.min(readMarker(data, ch, ch.size()), ch.size());
      if (length > Integer.MAX_VALUE - 16) {
        throw new SinkException(
            "JSON Lines file " + data + " is too large to read at once (" + length + " bytes)");
      }
      ByteBuffer buf = ByteBuffer.allocate((int) length);
      while (buf.hasRemaining() && ch.read(buf, buf.position()) >= 0) {
        // keep reading
      }
      String text = new String(buf.array(), 0, buf.position(), StandardCharsets.UTF_8);
      return text.lines().toList();
    } catch (IOException e) {
      throw new SinkException("cannot read JSON Lines file " + data + ": " + e, e);
    }
  }

  /**
   * Appends a batch: all of it, forced to disk and committed, or none of it.
   *
   * @param bytes complete lines
   * @throws SinkException if the batch was not stored (then none of it is in the file)
   */
  public synchronized void append(byte[] bytes) {
    if (broken != null) {
      throw new SinkException(
          "JSON Lines file "
              + data
              + " is unusable since an earlier failure could not be rolled back ("
              + broken
              + "); open it again to recover");
    }
    if (!channel.isOpen()) {
      throw new SinkException("JSON Lines file " + data + " is closed");
    }
    ByteBuffer buf = ByteBuffer.wrap(bytes);
    try {
      while (buf.hasRemaining()) {
        writer.write(channel, buf, committed + buf.position());
      }
      channel.force(false);
      writeMarker(committed + bytes.length);
      committed += bytes.length;
    } catch (IOException | RuntimeException e) {
      rollback(e);
      throw new SinkException(
          "could not append a batch of "
              + bytes.length
              + " bytes to JSON Lines file "
              + data
              + "; nothing of it was kept: "
              + e,
          e);
    }
  }

  private void rollback(Exception cause) {
    try {
      channel.truncate(committed);
      channel.force(true);
    } catch (IOException | RuntimeException e) {
      cause.addSuppressed(e);
      broken = e.toString();
    }
  }

  private void writeMarker(long length) throws IOException {
    Path tmp = marker.resolveSibling(marker.getFileName() + ".tmp");
    try (FileChannel ch =
        FileChannel.open(
            tmp,
            StandardOpenOption.CREATE,
            StandardOpenOption.WRITE,
            StandardOpenOption.TRUNCATE_EXISTING)) {
      ByteBuffer b = ByteBuffer.wrap(Long.toString(length).getBytes(StandardCharsets.US_ASCII));
      while (b.hasRemaining()) {
        ch.write(b);
      }
      ch.force(true);
    }
    try {
      Files.move(tmp, marker, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, marker, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /**
   * The data file.
   *
   * @return its path
   */
  public Path path() {
    return data;
  }

  /**
   * How many bytes of an unfinished batch opening the file dropped.
   *
   * @return the bytes dropped, 0 when the file was clean
   */
  public long recoveredBytes() {
    return recoveredBytes;
  }

  /**
   * The committed length.
   *
   * @return bytes of completed batches
   */
  public synchronized long committed() {
    return committed;
  }

  /**
   * Releases the lock and closes the file; committed data stays.
   *
   * @throws SinkException if closing failed
   */
  @Override
  public synchronized void close() {
    try {
      if (channel.isOpen()) {
        lock.release();
        channel.close();
      }
    } catch (IOException e) {
      throw new SinkException("cannot close JSON Lines file " + data + ": " + e, e);
    }
  }
}
