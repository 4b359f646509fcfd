package dev.meshsdk.core.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meshsdk.contracts.JsonValue;
import dev.meshsdk.contracts.annotation.ContractField;
import dev.meshsdk.core.event.PublishCompleted;
import dev.meshsdk.core.publish.internal.JsonLinesLog;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON Lines file sink: format, typed records, crash safety, failures. */
class JsonLinesFileSinkTest {
  @TempDir Path dir;

  private static final String LINE_1 =
      "{\"order_id\":\"ORD-0001\",\"email\":\"a@b.io\",\"amount\":12.50,\"lines\":[{\"sku\":\"SKU-1\"}]}\n";

  @Test
  void writesOneJsonObjectPerLineAndReportsTheBytes() throws IOException {
    Path file = dir.resolve("orders.jsonl");
    try (JsonLinesFileSink<Map<String, ?>> sink = JsonLinesFileSink.open(file)) {
      OptionalLong bytes = sink.write(List.of(Fixtures.order(1), Fixtures.order(2)));

      String text = Files.readString(file);
      assertThat(text).startsWith(LINE_1).hasLineCount(2).endsWith("\n");
      assertThat(bytes).hasValue(text.getBytes(StandardCharsets.UTF_8).length);
      assertThat(JsonLinesFileSink.read(file))
          .hasSize(2)
          .first()
          .isEqualTo(JsonValue.fromJava(Fixtures.order(1)));
    }
  }

  enum Status {
    PLACED
  }

  record Line(String sku) {}

  record TypedOrder(
      @ContractField(name = "order_id") String orderId,
      Instant createdAt,
      Status status,
      Optional<String> note,
      List<Line> lines,
      double ratio) {}

  @Test
  void writesTypedRecordsUnderTheNamesTheContractKnows() throws IOException {
    Path file = dir.resolve("typed.jsonl");
    try (JsonLinesFileSink<TypedOrder> sink = JsonLinesFileSink.open(file)) {
      sink.write(
          List.of(
              new TypedOrder(
                  "ORD-0001",
                  Instant.parse("2026-11-25T10:00:00Z"),
                  Status.PLACED,
                  Optional.empty(),
                  List.of(new Line("SKU-1")),
                  0.5)));
    }
    assertThat(Files.readString(file))
        .isEqualTo(
            "{\"order_id\":\"ORD-0001\",\"createdAt\":\"2026-11-25T10:00:00Z\",\"status\":\"PLACED\","
                + "\"note\":null,\"lines\":[{\"sku\":\"SKU-1\"}],\"ratio\":0.5}\n");
  }

  @Test
  void aRecordThatCannotBeJsonFailsTheWholeBatchBeforeAnyByteIsWritten() throws IOException {
    Path file = dir.resolve("orders.jsonl");
    try (JsonLinesFileSink<Map<String, ?>> sink = JsonLinesFileSink.open(file)) {
      Map<String, Object> odd = Fixtures.order(2);
      odd.put("amount", Double.NaN);

      assertThatThrownBy(() -> sink.write(List.of(Fixtures.order(1), odd)))
          .isInstanceOf(SinkException.class)
          .hasMessage(
              "JSON Lines file "
                  + file
                  + ": cannot write batch[1] as JSON (cannot write 'amount' as JSON: a JSON number"
                  + " must be finite); nothing of the batch of 2 was written");
    }
    assertThat(Files.size(file)).isZero();
  }

  @Test
  void aWriteFailingMidBatchIsRolledBackAtOnce() throws IOException {
    Path file = dir.resolve("orders.jsonl");
    boolean[] fail = {false};
    JsonLinesLog.Writer halfThenFail =
        (channel, buffer, position) -> {
          if (!fail[0]) {
            return channel.write(buffer, position);
          }
          ByteBuffer half = buffer.duplicate();
          half.limit(half.position() + half.remaining() / 2);
          channel.write(half, position);
          throw new IOException("No space left on device");
        };
    try (JsonLinesFileSink<Map<String, ?>> sink = JsonLinesFileSink.open(file, halfThenFail)) {
      sink.write(List.of(Fixtures.order(1)));
      fail[0] = true;

      assertThatThrownBy(() -> sink.write(List.of(Fixtures.order(2), Fixtures.order(3))))
          .isInstanceOf(SinkException.class)
          .hasMessageStartingWith("could not append a batch of ")
          .hasMessageContaining("nothing of it was kept: java.io.IOException: No space left");
      assertThat(Files.readString(file)).isEqualTo(LINE_1);

      fail[0] = false;
      sink.write(List.of(Fixtures.order(4)));
    }
    assertThat(JsonLinesFileSink.read(file)).hasSize(2);
  }

  @Test
  void aCrashMidBatchLeavesNoHalfBatchOnceTheFileIsOpenedAgain() throws IOException {
    Path file = dir.resolve("orders.jsonl");
    // The "crash": half of the batch reaches the disk, then the process loses its file (the
    // channel closes under it, as when the process dies), so nothing can be rolled back.
    boolean[] crash = {false};
    JsonLinesLog.Writer crashing =
        (channel, buffer, position) -> {
          if (!crash[0]) {
            return channel.write(buffer, position);
          }
          ByteBuffer part = buffer.duplicate();
          part.limit(part.position() + part.remaining() * 2 / 3);
          channel.write(part, position);
          channel.force(true);
          channel.close();
          throw new IOException("process killed");
        };
    JsonLinesFileSink<Map<String, ?>> sink = JsonLinesFileSink.open(file, crashing);
    sink.write(List.of(Fixtures.order(1)));
    crash[0] = true;
    assertThatThrownBy(
            () -> sink.write(List.of(Fixtures.order(2), Fixtures.order(3), Fixtures.order(4))))
        .isInstanceOf(SinkException.class);
    String afterCrash = Files.readString(file);
    assertThat(afterCrash).startsWith(LINE_1).contains("ORD-0002").hasSizeGreaterThan(2 * 80);
    assertThatThrownBy(() -> sink.write(List.of(Fixtures.order(5))))
        .isInstanceOf(SinkException.class)
        .hasMessageContaining("is unusable since an earlier failure could not be rolled back");
    // a reader never sees the unfinished batch
    assertThat(JsonLinesFileSink.read(file)).hasSize(1);

    try (JsonLinesFileSink<Map<String, ?>> reopened = JsonLinesFileSink.open(file)) {
      assertThat(reopened.recoveredBytes())
          .isEqualTo(afterCrash.getBytes(StandardCharsets.UTF_8).length - LINE_1.length());
      assertThat(Files.readString(file)).isEqualTo(LINE_1);
      reopened.write(List.of(Fixtures.order(6)));
    }
    assertThat(JsonLinesFileSink.read(file))
        .extracting(v -> ((JsonValue.Obj) v).get("order_id").orElseThrow().toString())
        .containsExactly("ORD-0001", "ORD-0006");
  }

  @Test
  void aFileCutShortOutsideTheSinkIsTruncatedToItsLastCompleteBatch() throws IOException {
    Path file = dir.resolve("orders.jsonl");
    try (JsonLinesFileSink<Map<String, ?>> sink = JsonLinesFileSink.open(file)) {
      sink.write(List.of(Fixtures.order(1)));
    }
    // what a crash between the data write and the commit leaves: whole lines and a torn one
    Files.writeString(file, LINE_1 + "{\"order_id\":\"ORD-00", StandardOpenOption.APPEND);

    try (JsonLinesFileSink<Map<String, ?>> reopened = JsonLinesFileSink.open(file)) {
      assertThat(reopened.recoveredBytes()).isEqualTo(LINE_1.length() + 19);
    }
    assertThat(Files.readString(file)).isEqualTo(LINE_1);
  }

  @Test
  void aFileWithoutMarkerIsTrustedUpToItsLastCompleteLine() throws IOException {
    Path file = dir.resolve("legacy.jsonl");
    Files.writeString(file, "{\"a\":1}\n{\"a\":2}\n{\"a\":");

    assertThat(JsonLinesFileSink.read(file)).hasSize(2);
    try (JsonLinesFileSink<Map<String, ?>> sink = JsonLinesFileSink.open(file)) {
      assertThat(sink.recoveredBytes()).isEqualTo(5);
    }
    assertThat(Files.readString(file)).isEqualTo("{\"a\":1}\n{\"a\":2}\n");
  }

  @Test
  void refusesAFileShorterThanItsMarkerSays() throws IOException {
    Path file = dir.resolve("orders.jsonl");
    Files.writeString(file, LINE_1);
    Files.writeString(JsonLinesLog.markerOf(file), "999");

    assertThatThrownBy(() -> JsonLinesFileSink.open(file))
        .isInstanceOf(SinkException.class)
        .hasMessageContaining("is shorter (" + LINE_1.length() + " bytes) than its commit marker")
        .hasMessageContaining("refusing to write to it");
  }

  @Test
  void oneFileHasOneSink() {
    Path file = dir.resolve("orders.jsonl");
    try (JsonLinesFileSink<Map<String, ?>> sink = JsonLinesFileSink.open(file)) {
      assertThat(sink.path()).isEqualTo(file);
      assertThatThrownBy(() -> JsonLinesFileSink.open(file))
          .isInstanceOf(SinkException.class)
          .hasMessage("JSON Lines file " + file + " is already open for writing by another sink");
    }
  }

  @Test
  void thePublisherReportsTheBytesTheFileSinkWrote() {
    Path file = dir.resolve("orders.jsonl");
    Fixtures.Recorder recorder = new Fixtures.Recorder();
    try (JsonLinesFileSink<Map<String, ?>> sink = JsonLinesFileSink.open(file)) {
      Publisher<Map<String, ?>> p =
          Publisher.builder(Fixtures.PORT, Fixtures.CONTRACT, "orders")
              .sink(sink)
              .deadLetters(new InMemoryDeadLetterSink<>())
              .listener(recorder)
              .build();

      p.publish(List.of(Fixtures.order(1), Fixtures.badOrder(2)));
    }
    assertThat(recorder.of(PublishCompleted.class).get(0).bytesWritten()).hasValue(LINE_1.length());
    assertThat(JsonLinesFileSink.read(file)).hasSize(1);
  }

  @Test
  void decimalsKeepTheirScale() {
    Path file = dir.resolve("d.jsonl");
    try (JsonLinesFileSink<Map<String, ?>> sink = JsonLinesFileSink.open(file)) {
      sink.write(List.of(Map.of("amount", new BigDecimal("10.00"))));
    }
    assertThat(JsonLinesFileSink.read(file))
        .containsExactly(JsonValue.fromJava(Map.of("amount", new BigDecimal("10.00"))));
  }
}
