package dev.meshsdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where expectations come from: folders, URLs (a loopback server here), and the shipped files. */
class ExpectationSourcesTest {
  @TempDir Path tmp;

  @Test
  void readsExpectationsFromAnHttpUrl() throws IOException {
    byte[] body = Orders.billing().build().toJson().getBytes(StandardCharsets.UTF_8);
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/expectations/billing.json",
        exchange -> {
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
    try {
      String base = "http://127.0.0.1:" + server.getAddress().getPort();
      Path contract = Files.writeString(tmp.resolve("c.yaml"), Orders.YAML);

      String[] ok = cli(contract, base + "/expectations/billing.json");
      String[] missing = cli(contract, base + "/expectations/nope.json");

      assertThat(ok[0]).isEqualTo("0");
      assertThat(ok[1]).contains("ok    consumer 'billing'");
      assertThat(missing[0]).isEqualTo("2");
      assertThat(missing[2])
          .contains(base + "/expectations/nope.json at $: HTTP status 404 (expected 200)");
    } finally {
      server.stop(0);
    }
  }

  @Test
  void aMissingFolderIsNamed() throws IOException {
    Path contract = Files.writeString(tmp.resolve("c.yaml"), Orders.YAML);

    String[] r = cli(contract, tmp.resolve("no-expectations").toString());

    assertThat(r[0]).isEqualTo("2");
    assertThat(r[2]).contains("no-expectations at $: no such file or folder");
  }

  @Test
  void everyShippedExampleFileValidatesAgainstTheSchema() throws IOException {
    Path root = Path.of("src/test/resources/provider-expectations");
    List<Path> files;
    try (Stream<Path> s = Files.walk(root)) {
      files = s.filter(p -> p.toString().endsWith(".json")).toList();
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(5);
    for (Path f : files) {
      assertThat(ExpectationsSchema.validate(Files.readString(f))).as(f.toString()).isEmpty();
      assertThat(Expectations.read(f).formatVersion()).isEqualTo("1.0");
    }
  }

  private static String[] cli(Path contract, String source) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        CanIDeployCli.run(
            new String[] {
              "--contract",
              contract.toString(),
              "--expectations",
              source,
              "--product",
              "orders-product",
              "--port",
              "orders-port"
            },
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new String[] {
      Integer.toString(status),
      out.toString(StandardCharsets.UTF_8),
      err.toString(StandardCharsets.UTF_8)
    };
  }
}
