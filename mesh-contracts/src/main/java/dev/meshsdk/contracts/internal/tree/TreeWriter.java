package dev.meshsdk.contracts.internal.tree;

import dev.meshsdk.contracts.JsonValue;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.StreamDataWriter;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.emitter.Emitter;
import org.snakeyaml.engine.v2.events.DocumentEndEvent;
import org.snakeyaml.engine.v2.events.DocumentStartEvent;
import org.snakeyaml.engine.v2.events.ImplicitTuple;
import org.snakeyaml.engine.v2.events.MappingEndEvent;
import org.snakeyaml.engine.v2.events.MappingStartEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.events.SequenceEndEvent;
import org.snakeyaml.engine.v2.events.SequenceStartEvent;
import org.snakeyaml.engine.v2.events.StreamEndEvent;
import org.snakeyaml.engine.v2.events.StreamStartEvent;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.CoreScalarResolver;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;

/**
 * Writes {@link JsonValue} trees as block-style YAML or pretty-printed JSON.
 *
 * <p>YAML strings are written plain where a YAML 1.2 reader and an old YAML 1.1 reader would both
 * read them back as the same string, and quoted otherwise: {@code '2026-01-05'}, {@code 'yes'},
 * {@code '1.0'} and {@code 'null'} stay strings in every reader. Multi-line strings use literal
 * blocks.
 */
public final class TreeWriter {
  private static final ScalarResolver CORE = new CoreScalarResolver(false);
  private static final ImplicitTuple IMPLICIT = new ImplicitTuple(true, true);

  /** Strings a YAML 1.1 reader would turn into something else if left plain. */
  private static final Pattern YAML11_SPECIAL =
      Pattern.compile(
          "(?i:y|n|yes|no|on|off|true|false|null|~)"
              + "|[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\\.[0-9_]*)?"
              + "|[-+]?(0b[01_]+|0[0-7_]+|0x[0-9a-fA-F_]+|[0-9][0-9_]*(\\.[0-9_]*)?([eE][-+]?[0-9]+)?)"
              + "|[-+]?\\.[0-9_]+([eE][-+]?[0-9]+)?"
              + "|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt ].*)?"
              + "|<<|=");

  private TreeWriter() {}

  /**
   * Writes YAML.
   *
   * @param value the tree
   * @return the YAML text, ending with a newline
   */
  public static String toYaml(JsonValue value) {
    DumpSettings settings =
        DumpSettings.builder()
            .setDefaultFlowStyle(FlowStyle.BLOCK)
            .setIndent(2)
            .setIndicatorIndent(2)
            .setIndentWithIndicator(true)
            .setWidth(100)
            .setSplitLines(true)
            .build();
    StringStreamWriter out = new StringStreamWriter();
    Emitter emitter = new Emitter(settings, out);
    emitter.emit(new StreamStartEvent());
    emitter.emit(new DocumentStartEvent(false, Optional.empty(), Map.of()));
    emit(emitter, value);
    emitter.emit(new DocumentEndEvent(false));
    emitter.emit(new StreamEndEvent());
    return out.toString();
  }

  private static void emit(Emitter e, JsonValue value) {
    if (value instanceof JsonValue.Obj o) {
      e.emit(
          new MappingStartEvent(
              Optional.empty(),
              Optional.empty(),
              true,
              o.members().isEmpty() ? FlowStyle.FLOW : FlowStyle.BLOCK));
      for (Map.Entry<String, JsonValue> m : o.members().entrySet()) {
        emitString(e, m.getKey());
        emit(e, m.getValue());
      }
      e.emit(new MappingEndEvent());
    } else if (value instanceof JsonValue.Arr a) {
      e.emit(
          new SequenceStartEvent(
              Optional.empty(),
              Optional.empty(),
              true,
              a.values().isEmpty() ? FlowStyle.FLOW : FlowStyle.BLOCK));
      for (JsonValue v : a.values()) {
        emit(e, v);
      }
      e.emit(new SequenceEndEvent());
    } else if (value instanceof JsonValue.Str s) {
      emitString(e, s.value());
    } else {
      e.emit(
          new ScalarEvent(
              Optional.empty(), Optional.empty(), IMPLICIT, value.toString(), ScalarStyle.PLAIN));
    }
  }

  private static void emitString(Emitter e, String s) {
    ScalarStyle style;
    if (s.indexOf('\n') >= 0) {
      style = ScalarStyle.LITERAL;
    } else if (s.isEmpty()
        || !CORE.resolve(s, true).equals(Tag.STR)
        || YAML11_SPECIAL.matcher(s).matches()) {
      style = ScalarStyle.SINGLE_QUOTED;
    } else {
      style = ScalarStyle.PLAIN;
    }
    e.emit(new ScalarEvent(Optional.empty(), Optional.empty(), IMPLICIT, s, style));
  }

  /**
   * Writes pretty-printed JSON.
   *
   * @param value the tree
   * @return the JSON text, ending with a newline
   */
  public static String toJson(JsonValue value) {
    return JsonWriting.pretty(value);
  }

  private static final class StringStreamWriter implements StreamDataWriter {
    private final StringBuilder sb = new StringBuilder();

    @Override
    public void write(String str) {
      sb.append(str);
    }

    @Override
    public void write(String str, int off, int len) {
      sb.append(str, off, off + len);
    }

    @Override
    public String toString() {
      return sb.toString();
    }
  }
}
