package dev.meshsdk.kafka.internal;

import dev.meshsdk.contracts.JsonValue;
import dev.meshsdk.contracts.internal.tree.JsonWriting;
import dev.meshsdk.core.publish.internal.JsonRecords;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
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
    return encodeAll((Object[]) values, values.length);
  }

  /**
   * Whether a record is a map of plain JSON values (strings, booleans, ints and longs, {@code
   * BigDecimal}s, finite doubles, nulls, and nested such maps and lists), which {@link #encodeAll}
   * writes straight from the map, with the same bytes as through {@link #toJson}.
   *
   * @param record the record
   * @return true if it can be written without conversion
   */
  public static boolean isPlainRecord(Object record) {
    return record instanceof Map<?, ?> m && isPlain(m, 0);
  }

  /**
   * Compact UTF-8 JSON of several values, written by one generator into one buffer (a batch costs
   * one generator, not one per record).
   *
   * @param values each a {@link JsonValue} or a record {@link #isPlainRecord plain} enough to write
   *     as it is
   * @return the bytes of each value, in order
   */
  public static byte[][] encodeAll(Object[] values) {
    return encodeAll(values, values.length);
  }

  private static byte[][] encodeAll(Object[] values, int count) {
    Buffer out = new Buffer(128 * count + 16);
    int[] ends = new int[count];
    try (JsonGenerator g = CONCATENATED.createGenerator(ObjectWriteContext.empty(), out)) {
      for (int i = 0; i < count; i++) {
        if (values[i] instanceof JsonValue v) {
          JsonWriting.write(g, v);
        } else {
          writePlain(g, values[i]);
        }
        g.flush();
        ends[i] = out.size();
      }
    }
    byte[][] encoded = new byte[count][];
    int start = 0;
    for (int i = 0; i < count; i++) {
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

  private static final int MAX_PLAIN_DEPTH = 16;

  /** Whether a value is written by {@link #writePlain} exactly as the JSON tree would be. */
  private static boolean isPlain(@Nullable Object v, int depth) {
    if (v == null
        || v instanceof String
        || v instanceof Boolean
        || v instanceof Integer
        || v instanceof Long
        || v instanceof BigDecimal) {
      return true;
    }
    if (v instanceof Double d) {
      return Double.isFinite(d);
    }
    if (depth >= MAX_PLAIN_DEPTH) {
      return false;
    }
    if (v instanceof Map<?, ?> m) {
      for (Map.Entry<?, ?> e : m.entrySet()) {
        if (!(e.getKey() instanceof String) || !isPlain(e.getValue(), depth + 1)) {
          return false;
        }
      }
      return true;
    }
    if (v instanceof List<?> l) {
      for (Object o : l) {
        if (!isPlain(o, depth + 1)) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  private static void writePlain(JsonGenerator g, @Nullable Object v) {
    if (v == null) {
      g.writeNull();
    } else if (v instanceof String s) {
      g.writeString(s);
    } else if (v instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (v instanceof Integer || v instanceof Long) {
      // The tree holds BigDecimal.valueOf(long), which prints the same digits.
      g.writeNumber(((Number) v).longValue());
    } else if (v instanceof BigDecimal d) {
      g.writeNumber(d);
    } else if (v instanceof Double d) {
      g.writeNumber(new BigDecimal(d.toString()));
    } else if (v instanceof Map<?, ?> m) {
      g.writeStartObject();
      for (Map.Entry<?, ?> e : m.entrySet()) {
        g.writeName((String) e.getKey());
        writePlain(g, e.getValue());
      }
      g.writeEndObject();
    } else {
      g.writeStartArray();
      for (Object o : (List<?>) v) {
        writePlain(g, o);
      }
      g.writeEndArray();
    }
  }
}
