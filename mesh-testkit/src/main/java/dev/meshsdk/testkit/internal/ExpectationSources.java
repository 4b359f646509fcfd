package dev.meshsdk.testkit.internal;

import dev.meshsdk.testkit.Expectations;
import dev.meshsdk.testkit.ExpectationsFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Loads expectations files from sources: a file or folder path, {@code classpath:folder} (folders
 * in directories and jars), or an {@code http(s)://} URL of one file.
 */
public final class ExpectationSources {
  private ExpectationSources() {}

  /**
   * Every expectations file of every source, in source order and then file name order.
   *
   * @param sources the sources
   * @param loader the class loader for {@code classpath:} sources
   * @return the expectations
   * @throws ExpectationsFormatException if a source is missing or a file is bad
   */
  public static List<Expectations> load(List<String> sources, ClassLoader loader) {
    List<Expectations> out = new ArrayList<>();
    for (String source : sources) {
      if (source.startsWith("classpath:")) {
        out.addAll(classpath(source, source.substring("classpath:".length()), loader));
      } else if (source.startsWith("http://") || source.startsWith("https://")) {
        out.add(http(source));
      } else {
        out.addAll(path(source, Path.of(source)));
      }
    }
    return out;
  }

  private static List<Expectations> path(String source, Path path) {
    if (Files.isRegularFile(path)) {
      return List.of(Expectations.read(path));
    }
    if (!Files.isDirectory(path)) {
      throw new ExpectationsFormatException(
          source, "$", "no such file or folder (" + path.toAbsolutePath() + ")");
    }
    try (Stream<Path> files = Files.walk(path)) {
      return files
          .filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".json"))
          .sorted()
          .map(Expectations::read)
          .toList();
    } catch (IOException e) {
      throw new ExpectationsFormatException(
          source, "$", "cannot list the folder: " + e.getMessage(), e);
    }
  }

  private static List<Expectations> classpath(String source, String name, ClassLoader loader) {
    String folder = name.startsWith("/") ? name.substring(1) : name;
    List<Expectations> out = new ArrayList<>();
    try {
      Enumeration<URL> urls = loader.getResources(folder);
      boolean any = false;
      while (urls.hasMoreElements()) {
        any = true;
        URI uri = urls.nextElement().toURI();
        if (uri.getScheme().equals("jar")) {
          try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
            out.addAll(path(source, fs.getPath(folder)));
          }
        } else {
          out.addAll(path(source, Path.of(uri)));
        }
      }
      if (!any) {
        throw new ExpectationsFormatException(
            source, "$", "no folder or file '" + folder + "' on the class path");
      }
    } catch (IOException | URISyntaxException | UncheckedIOException e) {
      throw new ExpectationsFormatException(source, "$", "cannot read: " + e.getMessage(), e);
    }
    return out;
  }

  private static Expectations http(String source) {
    try {
      HttpClient client =
          HttpClient.newBuilder()
              .connectTimeout(Duration.ofSeconds(10))
              .followRedirects(HttpClient.Redirect.NORMAL)
              .build();
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(source))
              .timeout(Duration.ofSeconds(30))
              .header("Accept", "application/json")
              .GET()
              .build();
      HttpResponse<InputStream> response =
          client.send(request, HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream body = response.body()) {
        if (response.statusCode() != 200) {
          throw new ExpectationsFormatException(
              source, "$", "HTTP status " + response.statusCode() + " (expected 200)");
        }
        return Expectations.parse(new String(body.readAllBytes(), StandardCharsets.UTF_8), source);
      }
    } catch (IOException e) {
      throw new ExpectationsFormatException(source, "$", "cannot fetch: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ExpectationsFormatException(source, "$", "interrupted while fetching", e);
    } catch (IllegalArgumentException e) {
      throw new ExpectationsFormatException(source, "$", "not a valid URL: " + e.getMessage(), e);
    }
  }
}
