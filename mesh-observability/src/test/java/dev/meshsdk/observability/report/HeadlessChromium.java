package dev.meshsdk.observability.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Test infrastructure: a headless Chromium driven over the Chrome DevTools Protocol, with the JDK's
 * own WebSocket client and Jackson for the JSON. Every wait has a time limit, so a hung browser
 * fails the test with a message instead of hanging the build; {@link #close()} kills the browser's
 * whole process tree.
 */
final class HeadlessChromium implements AutoCloseable {
  static final Duration START_TIMEOUT = Duration.ofSeconds(60);
  static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);
  private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Process process;
  private final Path profile;
  private final Deque<String> stderrTail;
  private final Map<Long, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final List<PageSession> sessions = new CopyOnWriteArrayList<>();
  private final AtomicLong ids = new AtomicLong();
  private final Object sendLock = new Object();
  private @Nullable WebSocket socket;

  private HeadlessChromium(Process process, Path profile, Deque<String> stderrTail) {
    this.process = process;
    this.profile = profile;
    this.stderrTail = stderrTail;
  }

  /**
   * The Chromium to use: {@code -Dmeshsdk.chromium=...}, else Debian's {@code /usr/bin/chromium}.
   */
  static Optional<Path> executable() {
    Path p = Path.of(System.getProperty("meshsdk.chromium", "/usr/bin/chromium"));
    return Files.isRegularFile(p) && Files.isExecutable(p) ? Optional.of(p) : Optional.empty();
  }

  /** Starts Chromium and connects to its browser target. */
  static HeadlessChromium start(Path executable) throws IOException {
    Path profile = Files.createTempDirectory("mesh-report-chromium-");
    ProcessBuilder pb =
        new ProcessBuilder(
            executable.toString(),
            "--headless=new",
            "--remote-debugging-port=0",
            "--user-data-dir=" + profile,
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--no-first-run",
            "--no-default-browser-check",
            "--disable-extensions",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--mute-audio",
            "--hide-scrollbars",
            "about:blank");
    pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
    Process process = pb.start();
    Deque<String> tail = new ArrayDeque<>();
    HeadlessChromium browser = new HeadlessChromium(process, profile, tail);
    try {
      CompletableFuture<String> address = new CompletableFuture<>();
      Thread reader =
          new Thread(
              () -> {
                try (BufferedReader r =
                    new BufferedReader(
                        new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                  for (String line = r.readLine(); line != null; line = r.readLine()) {
                    synchronized (tail) {
                      tail.addLast(line);
                      if (tail.size() > 40) {
                        tail.removeFirst();
                      }
                    }
                    Matcher m = LISTENING.matcher(line);
                    if (m.find()) {
                      address.complete(m.group(1));
                    }
                  }
                } catch (IOException e) {
                  // The process is gone; the future below reports it.
                }
                address.completeExceptionally(
                    new IllegalStateException("Chromium closed its error stream"));
              },
              "chromium-stderr");
      reader.setDaemon(true);
      reader.start();
      String url = browser.await(address, START_TIMEOUT, "print its DevTools address");
      HttpClient http = HttpClient.newBuilder().connectTimeout(CALL_TIMEOUT).build();
      browser.socket =
          browser.await(
              http.newWebSocketBuilder()
                  .connectTimeout(CALL_TIMEOUT)
                  .buildAsync(URI.create(url), browser.new Listener()),
              CALL_TIMEOUT,
              "accept the DevTools WebSocket connection");
      return browser;
    } catch (RuntimeException | Error e) {
      browser.close();
      throw e;
    }
  }

  /**
   * Opens a new tab, attached with its own session, with the Page, Runtime, Log and Network domains
   * on.
   */
  PageSession open() {
    String targetId =
        call("Target.createTarget", obj().put("url", "about:blank"), null)
            .path("targetId")
            .asString();
    String sessionId =
        call("Target.attachToTarget", obj().put("targetId", targetId).put("flatten", true), null)
            .path("sessionId")
            .asString();
    PageSession page = new PageSession(targetId, sessionId);
    sessions.add(page);
    page.call("Page.enable", obj());
    page.call("Runtime.enable", obj());
    page.call("Log.enable", obj());
    page.call("Network.enable", obj());
    return page;
  }

  static ObjectNode obj() {
    return JSON.createObjectNode();
  }

  JsonNode call(String method, ObjectNode params, @Nullable String sessionId) {
    WebSocket ws = socket;
    if (ws == null) {
      throw new AssertionError("Chromium is not connected");
    }
    long id = ids.incrementAndGet();
    ObjectNode msg = obj().put("id", id).put("method", method);
    msg.set("params", params);
    if (sessionId != null) {
      msg.put("sessionId", sessionId);
    }
    CompletableFuture<JsonNode> answer = new CompletableFuture<>();
    pending.put(id, answer);
    try {
      synchronized (sendLock) {
        await(ws.sendText(JSON.writeValueAsString(msg), true), CALL_TIMEOUT, "take " + method);
      }
      JsonNode response = await(answer, CALL_TIMEOUT, "answer " + method);
      if (response.has("error")) {
        throw new AssertionError(method + " failed: " + response.get("error"));
      }
      return response.path("result");
    } finally {
      pending.remove(id);
    }
  }

  private <T> T await(CompletionStage<T> stage, Duration timeout, String what) {
    try {
      return stage.toCompletableFuture().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new AssertionError(
          "Chromium did not " + what + " within " + timeout.toSeconds() + " s" + diagnostics(), e);
    } catch (ExecutionException e) {
      throw new AssertionError(
          "Chromium failed to " + what + ": " + e.getCause() + diagnostics(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while waiting for Chromium to " + what, e);
    }
  }

  private String diagnostics() {
    String alive = process.isAlive() ? "running" : "exited with " + process.exitValue();
    synchronized (stderrTail) {
      return " (browser " + alive + "; stderr tail:\n  " + String.join("\n  ", stderrTail) + ")";
    }
  }

  private void dispatch(JsonNode msg) {
    if (msg.has("id")) {
      CompletableFuture<JsonNode> f = pending.get(msg.get("id").asLong());
      if (f != null) {
        f.complete(msg);
      }
      return;
    }
    String sessionId = msg.path("sessionId").asString("");
    for (PageSession s : sessions) {
      if (s.sessionId.equals(sessionId)) {
        s.event(msg.path("method").asString(""), msg.path("params"));
      }
    }
  }

  /**
   * Closes the browser: asks politely, then kills the whole process tree, then deletes the profile.
   */
  @Override
  public void close() {
    List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
    WebSocket ws = socket;
    socket = null;
    if (ws != null) {
      ws.abort();
    }
    for (CompletableFuture<JsonNode> f : pending.values()) {
      f.completeExceptionally(new IllegalStateException("browser closed"));
    }
    process.destroy();
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
    for (ProcessHandle child : tree) {
      child.destroyForcibly();
    }
    try (Stream<Path> files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A temporary folder left behind is not worth failing a test for.
    }
  }

  private final class Listener implements WebSocket.Listener {
    private final StringBuilder partial = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        String text = partial.toString();
        partial.setLength(0);
        dispatch(JSON.readTree(text));
      }
      ws.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
      failPending("DevTools connection closed: " + statusCode + " " + reason);
      return null;
    }

    @Override
    public void onError(WebSocket ws, Throwable error) {
      failPending("DevTools connection failed: " + error);
    }

    private void failPending(String why) {
      for (CompletableFuture<JsonNode> f : pending.values()) {
        f.completeExceptionally(new IllegalStateException(why));
      }
    }
  }

  /** One tab: collects console errors, exceptions, log errors and every requested URL. */
  final class PageSession implements AutoCloseable {
    final String targetId;
    final String sessionId;
    private final List<String> errors = new CopyOnWriteArrayList<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private volatile CompletableFuture<Void> loaded = new CompletableFuture<>();

    private PageSession(String targetId, String sessionId) {
      this.targetId = targetId;
      this.sessionId = sessionId;
    }

    JsonNode call(String method, ObjectNode params) {
      return HeadlessChromium.this.call(method, params, sessionId);
    }

    private void event(String method, JsonNode params) {
      switch (method) {
        case "Page.loadEventFired" -> loaded.complete(null);
        case "Runtime.consoleAPICalled" -> {
          String type = params.path("type").asString("");
          if (type.equals("error") || type.equals("assert")) {
            List<String> args = new ArrayList<>();
            for (JsonNode a : params.path("args")) {
              args.add(
                  a.has("value") ? a.get("value").toString() : a.path("description").asString(""));
            }
            errors.add("console." + type + ": " + String.join(" ", args));
          }
        }
        case "Runtime.exceptionThrown" -> {
          JsonNode d = params.path("exceptionDetails");
          errors.add(
              "exception: "
                  + d.path("text").asString("")
                  + " "
                  + d.path("exception").path("description").asString(""));
        }
        case "Log.entryAdded" -> {
          JsonNode e = params.path("entry");
          if (e.path("level").asString("").equals("error")) {
            errors.add(
                "log "
                    + e.path("source").asString("")
                    + ": "
                    + e.path("text").asString("")
                    + " "
                    + e.path("url").asString(""));
          }
        }
        case "Network.requestWillBeSent" ->
            requests.add(params.path("request").path("url").asString(""));
        default -> {
          // Other events are not needed.
        }
      }
    }

    /** Navigates and waits for the load event. */
    void navigate(String url) {
      loaded = new CompletableFuture<>();
      JsonNode r = call("Page.navigate", obj().put("url", url));
      if (r.has("errorText")) {
        throw new AssertionError("Chromium could not open " + url + ": " + r.get("errorText"));
      }
      await(loaded, CALL_TIMEOUT, "finish loading " + url);
    }

    /** Evaluates an expression in the page and returns its value as JSON. */
    JsonNode evaluate(String expression) {
      JsonNode r =
          call(
              "Runtime.evaluate",
              obj()
                  .put("expression", expression)
                  .put("returnByValue", true)
                  .put("awaitPromise", true));
      if (r.has("exceptionDetails")) {
        throw new AssertionError(
            "script failed: "
                + r.path("exceptionDetails").path("exception").path("description").asString("")
                + " in: "
                + expression);
      }
      return r.path("result").path("value");
    }

    /** A PNG of the whole page. */
    byte[] screenshot() {
      JsonNode r =
          call(
              "Page.captureScreenshot",
              obj().put("format", "png").put("captureBeyondViewport", true));
      return Base64.getDecoder().decode(r.path("data").asString());
    }

    List<String> errors() {
      return List.copyOf(errors);
    }

    List<String> requests() {
      return List.copyOf(requests);
    }

    @Override
    public void close() {
      sessions.remove(this);
      if (socket != null) {
        HeadlessChromium.this.call("Target.closeTarget", obj().put("targetId", targetId), null);
      }
    }
  }
}
