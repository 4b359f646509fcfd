package dev.meshsdk.observability;

import static dev.meshsdk.observability.telemetry.TestMesh.CONTRACT;
import static dev.meshsdk.observability.telemetry.TestMesh.PORT;
import static dev.meshsdk.observability.telemetry.TestMesh.T0;
import static dev.meshsdk.observability.telemetry.TestMesh.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import dev.meshsdk.core.event.MeshEvent;
import dev.meshsdk.core.event.PublishFailed;
import dev.meshsdk.core.publish.InMemoryDeadLetterSink;
import dev.meshsdk.core.publish.PublishOutcome;
import dev.meshsdk.core.publish.Publisher;
import dev.meshsdk.core.publish.SinkException;
import dev.meshsdk.observability.lineage.InMemoryTransport;
import dev.meshsdk.observability.lineage.LineageEmitter;
import dev.meshsdk.observability.lineage.LineageListener;
import dev.meshsdk.observability.telemetry.MeshAttributes;
import dev.meshsdk.observability.telemetry.MeshTelemetry;
import dev.meshsdk.observability.telemetry.TestMesh.MutableClock;
import dev.meshsdk.observability.telemetry.TestMesh.Sdk;
import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * A sink quoting a record's value in its exception message: the value reaches no failure message,
 * event, lineage event or span; the exception's type does.
 */
class SinkFailureLeakTest {
  private static final String SECRET = "secret@example.com";
  private static final String CAUSE_TYPE = "java.lang.RuntimeException";
  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private final Sdk sdk = new Sdk();
  private final MutableClock clock = new MutableClock(T0);
  private final List<MeshEvent> events = new CopyOnWriteArrayList<>();
  private final InMemoryTransport transport = new InMemoryTransport();
  private LineageEmitter emitter;

  @BeforeEach
  void start() {
    GlobalOpenTelemetry.resetForTest();
    emitter = LineageEmitter.start(transport);
  }

  @AfterEach
  void stop() {
    emitter.close();
    GlobalOpenTelemetry.resetForTest();
  }

  private Publisher<Map<String, ?>> publisher(LineageListener lineage, MeshTelemetry telemetry) {
    return Publisher.builder(PORT, CONTRACT, "orders")
        .sink(
            batch -> {
              throw new RuntimeException("value " + SECRET);
            })
        .deadLetters(new InMemoryDeadLetterSink<>())
        .clock(clock)
        .listener(events::add)
        .listener(lineage)
        .listener(telemetry)
        .build();
  }

  @Test
  void aSinksMessageReachesNoFailureEventLineageOrSpanButItsTypeDoes() {
    LineageListener lineage = LineageListener.builder(emitter).build();
    MeshTelemetry telemetry = MeshTelemetry.builder().openTelemetry(sdk.api()).build();

    PublishOutcome outcome = publisher(lineage, telemetry).publish(List.of(order(1), order(2)));

    Throwable failure = ((PublishOutcome.Failed) outcome).cause();
    assertThat(failure)
        .isInstanceOf(SinkException.class)
        .hasMessage(
            "port sales/orders@1.0.0#orders-v1 (contract orders@1.0.0): the sink failed to write 2"
                + " records; none of them was written: "
                + CAUSE_TYPE);
    assertThat(failure.getCause()).hasMessage("value " + SECRET);

    PublishFailed failed =
        events.stream()
            .filter(PublishFailed.class::isInstance)
            .map(PublishFailed.class::cast)
            .findFirst()
            .orElseThrow();
    assertThat(failed.message()).isEqualTo(failure.getMessage());
    assertThat(events.toString()).doesNotContain(SECRET);

    assertThat(emitter.flush(Duration.ofSeconds(30))).isTrue();
    assertThat(String.join("\n", transport.json())).doesNotContain(SECRET);
    assertThat(errorMessages())
        .singleElement(STRING)
        .isEqualTo(SinkException.class.getName() + ": " + failure.getMessage());

    SpanData span = sdk.finishedSpans().get(0);
    assertThat(span.toString()).doesNotContain(SECRET);
    assertThat(span.getEvents()).isEmpty();
    assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
    assertThat(span.getStatus().getDescription()).endsWith(": " + CAUSE_TYPE);
    assertThat(span.getAttributes().get(MeshAttributes.ERROR_TYPE))
        .isEqualTo(SinkException.class.getName());
    assertThat(sdk.collect().toString()).doesNotContain(SECRET);
  }

  @Test
  void aSinksMessageReachesNoWindowedLineageOrSpanEither() {
    Duration window = Duration.ofSeconds(10);
    LineageListener lineage = LineageListener.builder(emitter).clock(clock).window(window).build();
    MeshTelemetry telemetry =
        MeshTelemetry.builder().openTelemetry(sdk.api()).clock(clock).window(window).build();
    Publisher<Map<String, ?>> p = publisher(lineage, telemetry);

    p.publish(List.of(order(1)));
    p.publish(List.of(order(2), order(3)));
    lineage.close();
    telemetry.close();

    assertThat(emitter.flush(Duration.ofSeconds(30))).isTrue();
    assertThat(String.join("\n", transport.json())).doesNotContain(SECRET);
    assertThat(errorMessages())
        .singleElement(STRING)
        .startsWith("2 of 2 publish calls failed; the first: ")
        .contains("the sink failed to write 1 records")
        .endsWith(": " + CAUSE_TYPE);
    SpanData span = sdk.finishedSpans().get(0);
    assertThat(span.toString()).doesNotContain(SECRET);
    assertThat(span.getStatus().getDescription())
        .contains("the sink failed to write 1 records")
        .endsWith(": " + CAUSE_TYPE);
  }

  private List<String> errorMessages() {
    return transport.json().stream()
        .map(JSON::readTree)
        .map(e -> e.path("run").path("facets").path("errorMessage"))
        .filter(JsonNode::isObject)
        .map(f -> f.path("message").asString())
        .toList();
  }
}
