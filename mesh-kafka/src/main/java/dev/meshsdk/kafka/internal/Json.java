package dev.meshsdk.kafka.internal;

import dev.meshsdk.contracts.JsonValue;
import dev.meshsdk.core.publish.internal.JsonRecords;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * JSON bytes for Kafka values and headers, through mesh-core's record encoder ({@link JsonRecords})
 * so that a record on a topic reads exactly like a line of a JSON Lines file sink.
 */
public final class Json {
  private Json() {}

  /** A byte buffer whose content can be taken without its trailing newline, in one copy. */
  private static final class Buffer extends ByteArrayOutputStream {
    Buffer(int size) {
      super(size);
    }

    byte[] withoutLastByte() {
      return Arrays.copyOf(buf, count - 1);
    }
  }

  /**
   * Converts a record (JSON-like map, Java record or bean) to a JSON value, naming properties as
   * the contract does.
   *
   * @param record the record
   * @return the value
   * @throws IllegalArgumentException if some value inside cannot be written as JSON; the message
   *     names the type and the path, never a value
   */
  public static JsonValue toJson(Object record) {
    return JsonRecords.toJson(record);
  }

  /**
   * Compact UTF-8 JSON of a value.
   *
   * @param value the value
   * @return the bytes
   */
  public static byte[] encode(JsonValue value) {
    Buffer out = new Buffer(256);
    JsonRecords.writeLine(value, out);
    return out.withoutLastByte();
  }

  /**
   * Compact UTF-8 JSON of a value, as text.
   *
   * @param value the value
   * @return the text
   */
  public static String text(JsonValue value) {
    return new String(encode(value), StandardCharsets.UTF_8);
  }

  /**
   * Decodes a JSON object.
   *
   * @param bytes UTF-8 JSON
   * @return the object as a plain Java map (String, BigDecimal, Boolean, List, Map, null), or empty
   *     if the bytes are not one JSON object
   */
  @SuppressWarnings("unchecked")
  public static Optional<Map<String, Object>> decodeObject(byte[] bytes) {
    JsonValue value;
    try {
      value = JsonRecords.parse(new String(bytes, StandardCharsets.UTF_8));
    } catch (RuntimeException e) {
      // The parser's message may quote the input, which may hold classified values: dropped.
      return Optional.empty();
    }
    if (!(value instanceof JsonValue.Obj)) {
      return Optional.empty();
    }
    return value.toJava().map(m -> (Map<String, Object>) m);
  }
}
