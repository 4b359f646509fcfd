package dev.meshsdk.observability.lineage;

import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * Appends each event as one line of JSON to a file (JSON Lines). Thread-safe: every line is written
 * whole, in one write, under a lock, and flushed before {@link #send(LineageEvent)} returns.
 */
public final class JsonLinesFileTransport implements LineageTransport {
  private final Path file;
  private final Object lock = new Object();
  private @Nullable OutputStream out;

  private JsonLinesFileTransport(Path file, OutputStream out) {
    this.file = file;
    this.out = out;
  }

  /**
   * Opens a file for appending, creating it and its parent folders if needed.
   *
   * @param file the file
   * @return the transport
   * @throws LineageTransportException if the file cannot be opened
   */
  public static JsonLinesFileTransport open(Path file) {
    Path absolute = file.toAbsolutePath();
    try {
      Path parent = absolute.getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      return new JsonLinesFileTransport(
          absolute,
          new BufferedOutputStream(new FileOutputStream(absolute.toFile(), true), 1 << 16));
    } catch (IOException e) {
      throw new LineageTransportException(
          "cannot open lineage file " + absolute + " for appending: " + e.getMessage(), e);
    }
  }

  /**
   * The file written to.
   *
   * @return the absolute path
   */
  public Path file() {
    return file;
  }

  @Override
  public void send(LineageEvent event) {
    byte[] line = (LineageJson.toJson(event) + "\n").getBytes(StandardCharsets.UTF_8);
    synchronized (lock) {
      OutputStream o = out;
      if (o == null) {
        throw new LineageTransportException("lineage file " + file + " is closed");
      }
      try {
        o.write(line);
      } catch (IOException e) {
        throw new LineageTransportException(
            "cannot append a lineage event to " + file + ": " + e.getMessage(), e);
      }
    }
  }

  /**
   * Writes the buffered lines to the file. Lines are buffered while events keep coming (the emitter
   * flushes whenever its own buffer runs empty, and on close), so a burst costs one write, not one
   * per event; a process that dies loses at most the lines of the burst in progress.
   */
  @Override
  public void flush() {
    synchronized (lock) {
      OutputStream o = out;
      if (o == null) {
        return;
      }
      try {
        o.flush();
      } catch (IOException e) {
        throw new LineageTransportException(
            "cannot write lineage events to " + file + ": " + e.getMessage(), e);
      }
    }
  }

  @Override
  public void close() {
    synchronized (lock) {
      OutputStream o = out;
      out = null;
      if (o != null) {
        try {
          o.close();
        } catch (IOException e) {
          throw new LineageTransportException(
              "cannot close lineage file " + file + ": " + e.getMessage(), e);
        }
      }
    }
  }

  @Override
  public String toString() {
    return "JsonLinesFileTransport[" + file + "]";
  }
}
