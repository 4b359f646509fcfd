package dev.meshsdk.core.publish;

import static dev.meshsdk.core.publish.Fixtures.SECRET_EMAIL;
import static org.assertj.core.api.Assertions.assertThat;

import dev.meshsdk.contracts.JsonValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON Lines dead-letter sink: record plus violations, classified values out of messages. */
class JsonLinesDeadLetterSinkTest {
  @TempDir Path dir;

  @Test
  void storesTheRawRecordWithAllItsViolationsAndKeepsClassifiedValuesOutOfTheMessages()
      throws IOException {
    Path file = dir.resolve("orders.dead.jsonl");
    PublishOutcome outcome;
    try (JsonLinesDeadLetterSink<Map<String, ?>> dead = JsonLinesDeadLetterSink.open(file)) {
      Publisher<Map<String, ?>> p =
          Publisher.builder(Fixtures.PORT, Fixtures.CONTRACT, "orders")
              .sink(new InMemorySink<>())
              .deadLetters(dead)
              .clock(Fixtures.tickingClock())
              .build();
      Map<String, Object> leaky = Fixtures.leakyOrder(1);
      leaky.put("order_id", "WRONG");
      outcome = p.publish(List.of(leaky, Fixtures.order(2)));
    }

    assertThat(outcome.counts()).isEqualTo(new PublishCounts(1, 1, 0));
    List<JsonValue> lines = JsonLinesDeadLetterSink.read(file);
    assertThat(lines).hasSize(1);
    JsonValue.Obj line = (JsonValue.Obj) lines.get(0);
    assertThat(line.members().keySet())
        .containsExactly("port", "runId", "time", "reason", "violations", "record");
    assertThat(line.get("runId").orElseThrow().toString())
        .isEqualTo(outcome.run().runId().toString());
    assertThat(line.get("reason").orElseThrow().toString()).isEqualTo("INVALID");
    assertThat(((JsonValue.Obj) line.get("port").orElseThrow()).get("portName").orElseThrow())
        .isEqualTo(JsonValue.of("orders-v1"));

    JsonValue.Arr violations = (JsonValue.Arr) line.get("violations").orElseThrow();
    assertThat(violations.values())
        .extracting(v -> ((JsonValue.Obj) v).get("path").orElseThrow().toString())
        .containsExactly("order_id", "email");
    String email =
        ((JsonValue.Obj) violations.values().get(1)).get("message").orElseThrow().toString();
    assertThat(email).contains("classified value hidden").doesNotContain(SECRET_EMAIL);
    String order =
        ((JsonValue.Obj) violations.values().get(0)).get("message").orElseThrow().toString();
    assertThat(order).contains("'WRONG'");

    // The raw record is kept (or it would be lost): the file needs the data's protection.
    JsonValue.Obj record = (JsonValue.Obj) line.get("record").orElseThrow();
    assertThat(record.get("email").orElseThrow()).isEqualTo(JsonValue.of(SECRET_EMAIL));
    String text = Files.readString(file);
    assertThat(text.indexOf(SECRET_EMAIL)).isGreaterThan(text.indexOf("\"record\""));
    assertThat(text.substring(0, text.indexOf("\"record\""))).doesNotContain(SECRET_EMAIL);
  }

  @Test
  void aDeadLetterThatCannotBeJsonFailsThePublishLoudly() {
    Path file = dir.resolve("dead.jsonl");
    try (JsonLinesDeadLetterSink<Map<String, ?>> dead = JsonLinesDeadLetterSink.open(file)) {
      Publisher<Map<String, ?>> p =
          Publisher.builder(Fixtures.PORT, Fixtures.CONTRACT, "orders")
              .sink(new InMemorySink<>())
              .deadLetters(dead)
              .build();
      Map<String, Object> odd = Fixtures.badOrder(1);
      odd.put("extra", new Object());

      org.assertj.core.api.Assertions.assertThatThrownBy(() -> p.publish(odd))
          .isInstanceOf(SinkException.class)
          .hasMessageContaining("the dead-letter sink failed to take 1 rejected records")
          .hasMessageEndingWith(
              ": dev.meshsdk.core.publish.SinkException caused by"
                  + " dev.meshsdk.core.publish.internal.JsonRecords$ConversionException")
          .cause()
          .hasMessageContaining("cannot write dead letter [0] as JSON")
          .hasMessageContaining("java.lang.Object is not a JSON-like value");
      assertThat(p.stats().failed()).isEqualTo(1);
    }
    assertThat(JsonLinesDeadLetterSink.read(file)).isEmpty();
  }
}
