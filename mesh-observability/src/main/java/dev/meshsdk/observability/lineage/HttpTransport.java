package dev.meshsdk.observability.lineage;

import dev.meshsdk.observability.lineage.internal.Checks;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Posts each event as JSON to an OpenLineage HTTP endpoint ({@code POST {url}/api/v1/lineage}, as
 * Marquez and other OpenLineage backends take it) with the JDK's {@link HttpClient}. An answer
 * other than 2xx, a timeout or a connection failure is a {@link LineageTransportException}.
 *
 * <pre>{@code
 * HttpTransport http = HttpTransport.builder(URI.create("http://marquez:5000"))
 *     .bearerToken(System.getenv("OPENLINEAGE_API_KEY"))
 *     .build();
 * }</pre>
 */
public final class HttpTransport implements LineageTransport {
  /** The default endpoint path. */
  public static final String DEFAULT_ENDPOINT = "/api/v1/lineage";

  private final URI target;
  private final Optional<String> bearerToken;
  private final Duration requestTimeout;
  private final Map<String, String> headers;
  private final HttpClient client;

  private HttpTransport(Builder b) {
    String base = b.url.toString();
    while (base.endsWith("/")) {
      base = base.substring(0, base.length() - 1);
    }
    this.target = URI.create(base + b.endpoint);
    this.bearerToken = b.bearerToken;
    this.requestTimeout = b.requestTimeout;
    this.headers = Checks.orderedCopy(b.headers, "headers");
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(b.connectTimeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /**
   * A new builder.
   *
   * @param url the backend's base URL, such as {@code http://marquez:5000}
   * @return the builder
   */
  public static Builder builder(URI url) {
    return new Builder(url);
  }

  /**
   * The URL events are posted to.
   *
   * @return the URL
   */
  public URI target() {
    return target;
  }

  @Override
  public void send(LineageEvent event) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(target)
            .timeout(requestTimeout)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(LineageJson.toJson(event)));
    headers.forEach(request::header);
    bearerToken.ifPresent(t -> request.header("Authorization", "Bearer " + t));
    HttpResponse<Void> response;
    try {
      response = client.send(request.build(), HttpResponse.BodyHandlers.discarding());
    } catch (IOException e) {
      throw new LineageTransportException(
          "cannot POST a lineage event to " + target + ": " + describe(e), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LineageTransportException(
          "interrupted while posting a lineage event to " + target, e);
    }
    int status = response.statusCode();
    if (status < 200 || status > 299) {
      throw new LineageTransportException(
          "lineage endpoint " + target + " answered HTTP " + status + " (expected 2xx)");
    }
  }

  private static String describe(IOException e) {
    String m = e.getMessage();
    return e.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : " (" + m + ")");
  }

  @Override
  public String toString() {
    return "HttpTransport["
        + target
        + (bearerToken.isPresent() ? ", bearer token set" : "")
        + ", timeout "
        + requestTimeout
        + "]";
  }

  /** Builds an {@link HttpTransport}. */
  public static final class Builder {
    private final URI url;
    private String endpoint = DEFAULT_ENDPOINT;
    private Optional<String> bearerToken = Optional.empty();
    private Duration connectTimeout = Duration.ofSeconds(5);
    private Duration requestTimeout = Duration.ofSeconds(5);
    private final Map<String, String> headers = new LinkedHashMap<>();

    private Builder(URI url) {
      Objects.requireNonNull(url, "url");
      String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https")) {
        throw new IllegalArgumentException("url must be an http or https URL: was '" + url + "'");
      }
      if (url.getUserInfo() != null) {
        // The URL is named in messages and logs: credentials belong in bearerToken() or a header.
        throw new IllegalArgumentException(
            "url must carry no user or password (use bearerToken or a header): was '"
                + url.getScheme()
                + "://***@"
                + url.getHost()
                + "'");
      }
      if (url.getQuery() != null || url.getFragment() != null) {
        throw new IllegalArgumentException("url must have no query or fragment: was '" + url + "'");
      }
      this.url = url;
    }

    /**
     * Sets the endpoint path after the base URL (default {@value #DEFAULT_ENDPOINT}).
     *
     * @param endpoint the path, starting with {@code /}
     * @return this
     */
    public Builder endpoint(String endpoint) {
      Checks.notBlank(endpoint, "endpoint");
      if (!endpoint.startsWith("/")) {
        throw new IllegalArgumentException("endpoint must start with '/': was '" + endpoint + "'");
      }
      this.endpoint = endpoint;
      return this;
    }

    /**
     * Sends {@code Authorization: Bearer <token>} with every request (the OpenLineage {@code
     * api_key} auth).
     *
     * @param token the token
     * @return this
     */
    public Builder bearerToken(String token) {
      Objects.requireNonNull(token, "bearerToken");
      if (token.isBlank()) {
        throw new IllegalArgumentException("bearerToken must not be blank");
      }
      this.bearerToken = Optional.of(token);
      return this;
    }

    /**
     * Sets how long connecting may take (default 5 s).
     *
     * @param timeout the timeout, greater than zero
     * @return this
     */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = Checks.positive(timeout, "connectTimeout");
      return this;
    }

    /**
     * Sets how long a request may take until the answer's status (default 5 s).
     *
     * @param timeout the timeout, greater than zero
     * @return this
     */
    public Builder requestTimeout(Duration timeout) {
      this.requestTimeout = Checks.positive(timeout, "requestTimeout");
      return this;
    }

    /**
     * Adds a header sent with every request.
     *
     * @param name the header's name
     * @param value the header's value
     * @return this
     */
    public Builder header(String name, String value) {
      headers.put(Checks.notBlank(name, "header name"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * Builds the transport.
     *
     * @return the transport
     */
    public HttpTransport build() {
      return new HttpTransport(this);
    }
  }
}
