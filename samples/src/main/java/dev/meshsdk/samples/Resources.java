package dev.meshsdk.samples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the samples' class path resources. */
public final class Resources {
  private Resources() {}

  /**
   * The text of a class path resource.
   *
   * @param name the resource, such as {@code contracts/orders.odcs.yaml}
   * @return its UTF-8 text
   * @throws IllegalStateException if there is no such resource
   */
  public static String text(String name) {
    try (InputStream in = Resources.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing class path resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
