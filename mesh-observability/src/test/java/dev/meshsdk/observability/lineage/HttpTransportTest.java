package dev.meshsdk.observability.lineage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.meshsdk.testsupport.SharedStandards;
import java.io.IOException;
import java.io.InputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@link HttpTransport} and {@link LineageEmitter} against a real local HTTP server that is slow,
 * then down, then back on the same port.
 */
class HttpTransportTest {
  private static final long WAIT = 30;
  private static final String TOKEN = "t0ken-for-tests";

  /** One request the stub received. */
  record Received(
      String method, String path, String authorization, String contentType, String body) {
    String runId() {
      return OpenLineageSchemas.JSON.readTree(body).path("run").path("runId").asString();
    }
  }

  /** A stub OpenLineage backend: records requests, answers a status, can hold requests. */
  static final class Stub {
    final List<Received> received = new CopyOnWriteArrayList<>();
    final Semaphore arrivals = new Semaphore(0);
    volatile CountDownLatch gate = new CountDownLatch(0);
    volatile int status = 201;
    final ExecutorService executor = Executors.newCachedThreadPool();
    HttpServer server;

    void start(int port) throws IOException {
      IOException last = null;
      for (int i = 0; i < 100; i++) { // the port may linger a moment after stop
        try {
          server =
              HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
          break;
        } catch (BindException e) {
          last = e;
          try {
            Thread.sleep(50);
          } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
            throw e;
          }
        }
      }
      if (server == null) {
        throw last;
      }
      server.createContext(
          "/",
          exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
              received.add(
                  new Received(
                      exchange.getRequestMethod(),
                      exchange.getRequestURI().getPath(),
                      exchange.getRequestHeaders().getFirst("Authorization"),
                      exchange.getRequestHeaders().getFirst("Content-Type"),
                      new String(in.readAllBytes(), StandardCharsets.UTF_8)));
              arrivals.release();
              gate.await();
              exchange.sendResponseHeaders(status, -1);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            } finally {
              exchange.close();
            }
          });
      server.setExecutor(executor);
      server.start();
    }

    int port() {
      return server.getAddress().getPort();
    }

    URI url() {
      return URI.create(
          "http://" + InetAddress.getLoopbackAddress().getHostAddress() + ":" + port());
    }

    void stop() {
      server.stop(0);
    }
  }

  private final Stub stub = new Stub();

  @AfterEach
  void stopServer() {
    if (stub.server != null) {
      stub.server.stop(0);
    }
    stub.gate.countDown();
    stub.executor.shutdownNow();
  }

  @Test
  void postsJsonWithTheBearerTokenToTheLineageEndpoint() throws Exception {
    stub.start(0);
    HttpTransport http = HttpTransport.builder(stub.url()).bearerToken(TOKEN).build();
    RunEvent event = Fixtures.complete(UuidV7.next());
    http.send(event);
    Received r = stub.received.get(0);
    assertThat(r.method()).isEqualTo("POST");
    assertThat(r.path()).isEqualTo("/api/v1/lineage");
    assertThat(r.authorization()).isEqualTo("Bearer " + TOKEN);
    assertThat(r.contentType()).isEqualTo("application/json");
    assertThat(r.body()).isEqualTo(LineageJson.toJson(event));
    assertThat(http.toString()).contains("bearer token set").doesNotContain(TOKEN);
  }

  @Test
  void anAnswerOtherThan2xxIsAFailureNamingTheStatus() throws Exception {
    stub.start(0);
    stub.status = 503;
    HttpTransport http = HttpTransport.builder(stub.url()).bearerToken(TOKEN).build();
    assertThatThrownBy(() -> http.send(Fixtures.start(UuidV7.next())))
        .isInstanceOf(LineageTransportException.class)
        .hasMessage(
            "lineage endpoint " + stub.url() + "/api/v1/lineage answered HTTP 503 (expected 2xx)")
        .hasMessageNotContaining(TOKEN);
  }

  @Test
  void anUnreachableEndpointIsAFailureNamingTheTarget() throws Exception {
    stub.start(0);
    URI url = stub.url();
    stub.stop();
    HttpTransport http = HttpTransport.builder(url).build();
    assertThatThrownBy(() -> http.send(Fixtures.start(UuidV7.next())))
        .isInstanceOf(LineageTransportException.class)
        .hasMessageStartingWith("cannot POST a lineage event to " + url + "/api/v1/lineage: ");
  }

  @Test
  void builderRefusesBadUrlsEndpointsAndTimeouts() {
    assertThatThrownBy(() -> HttpTransport.builder(URI.create("ftp://x")))
        .hasMessage("url must be an http or https URL: was 'ftp://x'");
    assertThatThrownBy(() -> HttpTransport.builder(URI.create("http://x")).endpoint("api"))
        .hasMessage("endpoint must start with '/': was 'api'");
    assertThatThrownBy(
            () -> HttpTransport.builder(URI.create("http://x")).requestTimeout(Duration.ZERO))
        .hasMessage("requestTimeout must be > 0: was PT0S");
    assertThat(
            HttpTransport.builder(URI.create("http://x:5000/")).endpoint("/v1/ol").build().target())
        .isEqualTo(URI.create("http://x:5000/v1/ol"));
  }

  @Test
  void emitterNeverBlocksRetriesThroughAnOutageAndFlushesOnClose() throws Exception {
    stub.start(0);
    int port = stub.port();
    HttpTransport http =
        HttpTransport.builder(stub.url())
            .bearerToken(TOKEN)
            .requestTimeout(Duration.ofSeconds(60))
            .build();
    CountDownLatch retried = new CountDownLatch(1);
    Semaphore delivered = new Semaphore(0);
    LineageEmitter.Listener listener =
        new LineageEmitter.Listener() {
          @Override
          public void onDelivered(LineageEvent event) {
            delivered.release();
          }

          @Override
          public void onRetry(LineageEvent event, int attempt, RuntimeException error) {
            retried.countDown();
          }
        };
    LineageEmitterOptions options =
        LineageEmitterOptions.builder()
            .capacity(2)
            .offerTimeout(Duration.ofMillis(20))
            .maxAttempts(10_000)
            .backoff(Duration.ofMillis(5), Duration.ofMillis(50))
            .closeTimeout(Duration.ofSeconds(WAIT))
            .listener(listener)
            .build();
    LineageEmitter emitter = LineageEmitter.start(http, options);

    // 1. slow: the backend holds the first request; the buffer fills; callers are not held
    stub.gate = new CountDownLatch(1);
    RunEvent first = Fixtures.start(UuidV7.next());
    assertThat(emitter.emit(first)).isTrue();
    assertThat(stub.arrivals.tryAcquire(WAIT, TimeUnit.SECONDS)).isTrue();
    assertThat(emitter.emit(Fixtures.start(UuidV7.next()))).isTrue();
    assertThat(emitter.emit(Fixtures.start(UuidV7.next()))).isTrue();
    for (int i = 0; i < 5; i++) {
      assertThat(emitter.emit(Fixtures.start(UuidV7.next())))
          .as("buffer full while the backend is slow: dropped, the caller goes on")
          .isFalse();
    }
    assertThat(emitter.droppedCount()).isEqualTo(5);
    stub.gate.countDown();
    assertThat(delivered.tryAcquire(3, WAIT, TimeUnit.SECONDS)).isTrue();

    // 2. down: the event is retried
    stub.stop();
    RunEvent duringOutage = Fixtures.complete(UuidV7.next());
    assertThat(emitter.emit(duringOutage)).isTrue();
    assertThat(retried.await(WAIT, TimeUnit.SECONDS)).isTrue();
    assertThat(emitter.deliveredCount()).isEqualTo(3);

    // 3. back on the same port: the retried event arrives
    stub.start(port);
    assertThat(delivered.tryAcquire(1, WAIT, TimeUnit.SECONDS)).isTrue();
    assertThat(stub.received)
        .last()
        .extracting(Received::runId)
        .isEqualTo(duringOutage.run().runId().toString());

    // 4. close flushes what is buffered
    RunEvent a = Fixtures.start(UuidV7.next());
    RunEvent b = Fixtures.start(UuidV7.next());
    emitter.emit(a);
    emitter.emit(b);
    emitter.close();
    assertThat(emitter.deliveredCount()).isEqualTo(6);
    assertThat(emitter.failedCount()).isZero();
    assertThat(emitter.droppedCount()).isEqualTo(5);
    assertThat(emitter.retryCount()).isPositive();
    assertThat(stub.received)
        .extracting(Received::runId)
        .contains(
            first.run().runId().toString(), a.run().runId().toString(), b.run().runId().toString());
    assertThat(stub.received)
        .allSatisfy(
            r -> {
              assertThat(r.authorization()).isEqualTo("Bearer " + TOKEN);
              assertThat(r.path()).isEqualTo("/api/v1/lineage");
            });
    if (SharedStandards.available()) {
      OpenLineageSchemas schemas = OpenLineageSchemas.load();
      for (Received r : stub.received) {
        assertThat(schemas.validate(r.body())).isEmpty();
      }
    }
  }
}
