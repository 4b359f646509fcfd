package dev.meshsdk.contracts.internal.tree;

import dev.meshsdk.contracts.JsonValue;
import java.io.StringWriter;
import java.util.Map;
import java.util.function.Consumer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultPrettyPrinter;

/**
 * The one place that writes {@link JsonValue} trees as JSON text with Jackson's streaming
 * generator, either pretty-printed (contracts, changelogs, expectations files) or into a generator
 * the caller set up (JSON Lines sinks). Shared by mesh-contracts, mesh-core and mesh-testkit; not
 * API.
 */
public final class JsonWriting {
  private static final JsonFactory JSON = JsonFactory.builder().build();

  private JsonWriting() {}

  /**
   * Writes a value with a generator the caller owns.
   *
   * @param g the generator
   * @param value the value; {@link JsonValue.Null} is written as {@code null}
   */
  public static void write(JsonGenerator g, JsonValue value) {
    if (value instanceof JsonValue.Obj o) {
      g.writeStartObject();
      for (Map.Entry<String, JsonValue> m : o.members().entrySet()) {
        g.writeName(m.getKey());
        write(g, m.getValue());
      }
      g.writeEndObject();
    } else if (value instanceof JsonValue.Arr a) {
      g.writeStartArray();
      for (JsonValue v : a.values()) {
        write(g, v);
      }
      g.writeEndArray();
    } else if (value instanceof JsonValue.Str s) {
      g.writeString(s.value());
    } else if (value instanceof JsonValue.Num n) {
      g.writeNumber(n.value());
    } else if (value instanceof JsonValue.Bool b) {
      g.writeBoolean(b.value());
    } else {
      g.writeNull();
    }
  }

  /**
   * Pretty-printed JSON text of a value.
   *
   * @param value the value
   * @return the text, ending with a newline
   */
  public static String pretty(JsonValue value) {
    return pretty(g -> write(g, value));
  }

  /**
   * Pretty-printed JSON text of whatever {@code body} writes with the generator it is given.
   *
   * @param body writes one JSON value
   * @return the text, ending with a newline
   */
  public static String pretty(Consumer<JsonGenerator> body) {
    StringWriter out = new StringWriter();
    ObjectWriteContext ctx =
        new ObjectWriteContext.Base() {
          @Override
          public PrettyPrinter getPrettyPrinter() {
            return new DefaultPrettyPrinter();
          }
        };
    try (JsonGenerator g = JSON.createGenerator(ctx, out)) {
      body.accept(g);
    }
    return out.append('\n').toString();
  }
}
