package dev.meshsdk.kafka.internal;

import dev.meshsdk.contracts.JsonValue;
import dev.meshsdk.contracts.internal.tree.JsonWriting;
import dev.meshsdk.core.publish.internal.JsonRecords;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

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

    byte[] slice(int from, int to) {
      return Arrays.copyOfRange(buf, from, to);
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
    return encodeAll(new JsonValue[] {value})[0];
  }

  /** Writes root values back to back, with no separator, so each can be cut out by position. */
  private static final JsonFactory CONCATENATED =
      JsonFactory.builder().rootValueSeparator((String) null).build();

  /**
   * Compact UTF-8 JSON of several values, written by one generator into one buffer (a batch costs
   * one generator, not one per record).
   *
   * @param values the values
   * @return the bytes of each value, in order
   */
  public static byte[][] encodeAll(JsonValue[] values) {
    Buffer out = new Buffer(128 * values.length + 16);
    int[] ends = new int[values.length];
    try (JsonGenerator g = CONCATENATED.createGenerator(ObjectWriteContext.empty(), out)) {
      for (int i = 0; i < values.length; i++) {
        JsonWriting.write(g, values[i]);
        g.flush();
        ends[i] = out.size();
      }
    }
    byte[][] encoded = new byte[values.length][];
    int start = 0;
    for (int i = 0; i < values.length; i++) {
      encoded[i] = out.slice(start, ends[i]);
      start = ends[i];
    }
    return encoded;
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
