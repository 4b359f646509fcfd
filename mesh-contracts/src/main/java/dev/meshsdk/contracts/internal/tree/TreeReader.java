package dev.meshsdk.contracts.internal.tree;

import dev.meshsdk.contracts.ContractFormatException;
import dev.meshsdk.contracts.JsonValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.resolver.CoreScalarResolver;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads YAML 1.2 or JSON text into a {@link Node} tree, with every node's location, under {@link
 * ReadLimits}.
 *
 * <p>YAML is read as YAML 1.2 with the core schema: {@code 2026-01-05} and {@code yes} stay
 * strings. Only plain data is accepted: a tag other than the core ones ({@code !!str}, {@code
 * !!int}, {@code !!float}, {@code !!bool}, {@code !!null}, {@code !!map}, {@code !!seq}) is
 * refused, so no tag can name a class. Duplicate keys, more than one document, aliases past the
 * limits and nesting past the depth limit are refused, each with its place. Nothing here throws
 * anything but {@link ContractFormatException}.
 */
public final class TreeReader {
  private static final ScalarResolver CORE = new CoreScalarResolver(false);
  private static final int MAX_EXPONENT = 10_000;

  private TreeReader() {}

  /**
   * Reads a document under the default limits.
   *
   * @param text the document
   * @param source the document's name for messages
   * @return the root node
   * @throws ContractFormatException if the text is not a readable document
   */
  public static Node read(String text, String source) {
    return read(text, source, ReadLimits.DEFAULT);
  }

  /**
   * Reads a document, as JSON if it looks like JSON (the name ends in {@code .json}, or the text
   * starts with <code>{</code> or {@code [} and parses as JSON), else as YAML.
   *
   * @param text the document
   * @param source the document's name for messages
   * @param limits the limits
   * @return the root node
   * @throws ContractFormatException if the text is not a readable document
   */
  public static Node read(String text, String source, ReadLimits limits) {
    if (text.length() > limits.maxChars()) {
      throw new ContractFormatException(
          source,
          0,
          0,
          "",
          "document is too large: "
              + text.length()
              + " characters, the limit is "
              + limits.maxChars());
    }
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    if (body.isBlank()) {
      throw new ContractFormatException(source, 0, 0, "", "document is empty");
    }
    String trimmed = body.stripLeading();
    boolean jsonName = source.toLowerCase(Locale.ROOT).endsWith(".json");
    boolean jsonLooking = trimmed.startsWith("{") || trimmed.startsWith("[");
    if (jsonName) {
      return readJson(body, source, limits);
    }
    if (jsonLooking) {
      try {
        return readJson(body, source, limits);
      } catch (ContractFormatException jsonError) {
        if (trimmed.startsWith("{\"") || trimmed.startsWith("[")) {
          // Clearly meant as JSON: the JSON error is the useful one... unless it is valid YAML.
          try {
            return readYaml(body, source, limits);
          } catch (ContractFormatException yamlError) {
            throw jsonError;
          }
        }
      }
    }
    return readYaml(body, source, limits);
  }

  // ---------------------------------------------------------------- YAML

  static Node readYaml(String text, String source, ReadLimits limits) {
    LoadSettings settings =
        LoadSettings.builder()
            .setLabel(source)
            .setAllowDuplicateKeys(false)
            .setAllowRecursiveKeys(false)
            .setMaxAliasesForCollections(limits.maxAliases())
            .setCodePointLimit(limits.maxChars())
            .setUseMarks(true)
            .setParseComments(false)
            .build();
    YamlBuilder builder = new YamlBuilder(source, limits);
    try {
      ParserImpl parser = new ParserImpl(settings, new StreamReader(settings, text));
      while (parser.hasNext()) {
        builder.accept(parser.next());
      }
    } catch (MarkedYamlEngineException e) {
      Location at = e.getProblemMark().map(m -> location(source, m)).orElse(Location.of(source));
      String context = e.getContext() == null ? "" : e.getContext() + ": ";
      throw new ContractFormatException(
          source, at.line(), at.column(), "", "not valid YAML: " + context + e.getProblem());
    } catch (ReaderException e) {
      throw new ContractFormatException(
          source,
          0,
          0,
          "",
          "not valid YAML: special character U+"
              + String.format(Locale.ROOT, "%04X", e.getCodePoint())
              + " at offset "
              + e.getPosition()
              + " is not allowed");
    } catch (YamlEngineException e) {
      throw new ContractFormatException(source, 0, 0, "", "not valid YAML: " + e.getMessage());
    } catch (StackOverflowError e) {
      throw new ContractFormatException(source, 0, 0, "", "document is nested too deeply");
    }
    return builder.root();
  }

  static Location location(String source, Mark mark) {
    return new Location(source, mark.getLine() + 1, mark.getColumn() + 1);
  }

  /** Builds nodes from the YAML event stream with an explicit stack (never recursion). */
  private static final class YamlBuilder {
    private final String source;
    private final ReadLimits limits;
    private final Deque<Frame> stack = new ArrayDeque<>();
    private final Map<String, Node> anchors = new HashMap<>();
    private @Nullable Node root;
    private int documents;
    private int aliases;

    YamlBuilder(String source, ReadLimits limits) {
      this.source = source;
      this.limits = limits;
    }

    Node root() {
      if (root == null) {
        throw new ContractFormatException(source, 0, 0, "", "document is empty");
      }
      return root;
    }

    private Location at(Event e) {
      return e.getStartMark().map(m -> location(source, m)).orElse(Location.of(source));
    }

    private ContractFormatException error(Location at, String problem) {
      return new ContractFormatException(source, at.line(), at.column(), path(), problem);
    }

    private String path() {
      var it = stack.descendingIterator();
      String p = "";
      while (it.hasNext()) {
        Frame f = it.next();
        if (f.parentKey != null) {
          p = Nodes.child(p, f.parentKey);
        } else if (f.parentIndex >= 0) {
          p = Nodes.index(p, f.parentIndex);
        }
      }
      return p;
    }

    void accept(Event event) {
      switch (event.getEventId()) {
        case StreamStart, StreamEnd, DocumentEnd, Comment -> {}
        case DocumentStart -> {
          documents++;
          if (documents > 1) {
            throw error(at(event), "expected one YAML document, found more than one");
          }
        }
        case Scalar -> add(scalar((ScalarEvent) event), event);
        case Alias -> alias((AliasEvent) event);
        case MappingStart, SequenceStart -> start((CollectionStartEvent) event);
        case MappingEnd, SequenceEnd -> end();
      }
    }

    private void alias(AliasEvent event) {
      aliases++;
      if (aliases > limits.maxAliases()) {
        throw error(at(event), "too many aliases: the limit is " + limits.maxAliases());
      }
      Anchor anchor = event.getAlias();
      Node target = anchors.get(anchor.getValue());
      if (target == null) {
        throw error(
            at(event),
            "alias *"
                + anchor.getValue()
                + " refers to no anchor defined before it (recursive aliases are not allowed)");
      }
      add(target, event);
    }

    private void start(CollectionStartEvent event) {
      Optional<String> tag = event.getTag();
      boolean mapping = event.getEventId() == Event.ID.MappingStart;
      if (tag.isPresent()) {
        String expected = mapping ? Tag.MAP.getValue() : Tag.SEQ.getValue();
        if (!tag.get().equals(expected) && !tag.get().equals("!")) {
          throw error(at(event), refusedTag(tag.get()));
        }
      }
      if (stack.size() >= limits.maxDepth()) {
        throw error(at(event), "document is nested too deeply: the limit is " + limits.maxDepth());
      }
      Frame parent = stack.peek();
      Frame f = new Frame(mapping, at(event), event.getAnchor().map(Anchor::getValue));
      if (parent != null) {
        if (parent.mapping) {
          if (parent.pendingKey == null) {
            throw error(at(event), "a mapping key must be a scalar, not a " + kind(mapping));
          }
          f.parentKey = parent.pendingKey;
        } else {
          f.parentIndex = parent.items.size();
        }
      }
      stack.push(f);
    }

    private static String kind(boolean mapping) {
      return mapping ? "mapping" : "sequence";
    }

    private void end() {
      Frame f = stack.pop();
      Node node =
          f.mapping
              ? new Node.Mapping(f.members, f.location, f.weight)
              : new Node.Sequence(f.items, f.location, f.weight);
      f.anchor.ifPresent(a -> anchors.put(a, node));
      addNode(node, f.location);
    }

    private void add(Node node, Event event) {
      if (event instanceof NodeEvent ne && !(event instanceof AliasEvent)) {
        ne.getAnchor().ifPresent(a -> anchors.put(a.getValue(), node));
      }
      addNode(node, at(event));
    }

    private void addNode(Node node, Location at) {
      Frame f = stack.peek();
      if (f == null) {
        root = node;
        return;
      }
      long weight = weight(node);
      f.weight += weight;
      if (f.weight > limits.maxNodes()) {
        throw error(
            at,
            "document is too large once its aliases are expanded: more than "
                + limits.maxNodes()
                + " nodes");
      }
      if (!f.mapping) {
        f.items.add(node);
        return;
      }
      if (f.pendingKey == null) {
        if (!(node instanceof Node.Scalar key)) {
          throw error(at, "a mapping key must be a scalar, not a " + node.typeName());
        }
        String k = key.value() instanceof JsonValue.Str s ? s.value() : key.text();
        Node.Member previous = f.members.get(k);
        if (previous != null) {
          throw new ContractFormatException(
              source,
              at.line(),
              at.column(),
              Nodes.child(path(), k),
              "duplicate key '"
                  + k
                  + "' (first defined at line "
                  + previous.keyLocation().line()
                  + ")");
        }
        f.pendingKey = k;
        f.pendingKeyLocation = at;
        return;
      }
      f.members.put(f.pendingKey, new Node.Member(f.pendingKey, f.pendingKeyLocation, node));
      f.pendingKey = null;
    }

    private static long weight(Node node) {
      if (node instanceof Node.Mapping m) {
        return m.weight();
      }
      if (node instanceof Node.Sequence s) {
        return s.weight();
      }
      return 1;
    }

    private Node.Scalar scalar(ScalarEvent event) {
      Location at = at(event);
      String text = event.getValue();
      Optional<String> tag = event.getTag();
      Tag resolved;
      if (tag.isPresent() && !tag.get().equals("!")) {
        resolved = new Tag(tag.get());
        if (!resolved.equals(Tag.STR)
            && !resolved.equals(Tag.INT)
            && !resolved.equals(Tag.FLOAT)
            && !resolved.equals(Tag.BOOL)
            && !resolved.equals(Tag.NULL)) {
          throw error(at, refusedTag(tag.get()));
        }
      } else if (event.isPlain() && tag.isEmpty()) {
        resolved = CORE.resolve(text, true);
      } else {
        resolved = Tag.STR;
      }
      return new Node.Scalar(typed(resolved, text, at), text, at);
    }

    private JsonValue typed(Tag tag, String text, Location at) {
      if (tag.equals(Tag.NULL)) {
        return JsonValue.Null.INSTANCE;
      }
      if (tag.equals(Tag.BOOL)) {
        String t = text.toLowerCase(Locale.ROOT);
        if (!t.equals("true") && !t.equals("false")) {
          throw error(at, "'" + text + "' is not a boolean");
        }
        return new JsonValue.Bool(t.equals("true"));
      }
      if (tag.equals(Tag.INT)) {
        return number(parseInt(text, at), at, text);
      }
      if (tag.equals(Tag.FLOAT)) {
        String t = text.toLowerCase(Locale.ROOT);
        if (t.endsWith(".inf") || t.equals(".nan")) {
          // Not a JSON number: keep the text; a field that needs a number will say so.
          return new JsonValue.Str(text);
        }
        try {
          return number(new BigDecimal(text.startsWith("+") ? text.substring(1) : text), at, text);
        } catch (NumberFormatException e) {
          throw error(at, "'" + text + "' is not a number");
        }
      }
      return new JsonValue.Str(text);
    }

    private BigDecimal parseInt(String text, Location at) {
      try {
        String t = text.startsWith("+") ? text.substring(1) : text;
        if (t.startsWith("0o")) {
          return new BigDecimal(new BigInteger(t.substring(2), 8));
        }
        if (t.startsWith("0x")) {
          return new BigDecimal(new BigInteger(t.substring(2), 16));
        }
        return new BigDecimal(new BigInteger(t));
      } catch (NumberFormatException e) {
        throw error(at, "'" + text + "' is not an integer");
      }
    }

    private JsonValue number(BigDecimal d, Location at, String text) {
      if (Math.abs((long) d.scale()) > MAX_EXPONENT) {
        throw error(at, "number '" + text + "' is out of range");
      }
      return new JsonValue.Num(d);
    }

    private static String refusedTag(String tag) {
      return "YAML tag '"
          + tag
          + "' is not allowed: a contract holds plain data (strings, numbers, booleans, null,"
          + " mappings, sequences)";
    }

    private static final class Frame {
      final boolean mapping;
      final Location location;
      final Optional<String> anchor;
      final Map<String, Node.Member> members = new LinkedHashMap<>();
      final List<Node> items = new ArrayList<>();
      long weight = 1;
      @Nullable String pendingKey;
      Location pendingKeyLocation;
      @Nullable String parentKey;
      int parentIndex = -1;

      Frame(boolean mapping, Location location, Optional<String> anchor) {
        this.mapping = mapping;
        this.location = location;
        this.anchor = anchor;
        this.pendingKeyLocation = location;
      }
    }
  }

  // ---------------------------------------------------------------- JSON

  static Node readJson(String text, String source, ReadLimits limits) {
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(limits.maxDepth())
                    .maxDocumentLength(limits.maxChars())
                    .maxNumberLength(1_000)
                    .build())
            .build();
    try (JsonParser p = factory.createParser(ObjectReadContext.empty(), text)) {
      JsonToken first = p.nextToken();
      if (first == null) {
        throw new ContractFormatException(source, 0, 0, "", "document is empty");
      }
      Node root = new JsonBuilder(p, source, limits).value("");
      JsonToken trailing = p.nextToken();
      if (trailing != null) {
        Location at = loc(source, p.currentTokenLocation());
        throw new ContractFormatException(
            source, at.line(), at.column(), "", "not valid JSON: content after the document");
      }
      return root;
    } catch (JacksonException e) {
      TokenStreamLocation l = e.getLocation();
      Location at = l == null ? Location.of(source) : loc(source, l);
      throw new ContractFormatException(
          source, at.line(), at.column(), "", "not valid JSON: " + e.getOriginalMessage());
    }
  }

  static Location loc(String source, TokenStreamLocation l) {
    return new Location(source, Math.max(l.getLineNr(), 0), Math.max(l.getColumnNr(), 0));
  }

  /** Builds nodes from JSON tokens; nesting is bounded by the parser's depth constraint. */
  private static final class JsonBuilder {
    private final JsonParser p;
    private final String source;
    private final ReadLimits limits;
    private long nodes;

    JsonBuilder(JsonParser p, String source, ReadLimits limits) {
      this.p = p;
      this.source = source;
      this.limits = limits;
    }

    Node value(String path) {
      Location at = loc(source, p.currentTokenLocation());
      if (++nodes > limits.maxNodes()) {
        throw new ContractFormatException(
            source,
            at.line(),
            at.column(),
            path,
            "document has more than " + limits.maxNodes() + " nodes");
      }
      JsonToken t = p.currentToken();
      switch (t) {
        case START_OBJECT -> {
          Map<String, Node.Member> members = new LinkedHashMap<>();
          long before = nodes;
          while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String key = p.currentName();
            Location keyAt = loc(source, p.currentTokenLocation());
            String childPath = Nodes.child(path, key);
            Node.Member previous = members.get(key);
            if (previous != null) {
              throw new ContractFormatException(
                  source,
                  keyAt.line(),
                  keyAt.column(),
                  childPath,
                  "duplicate key '"
                      + key
                      + "' (first defined at line "
                      + previous.keyLocation().line()
                      + ")");
            }
            p.nextToken();
            members.put(key, new Node.Member(key, keyAt, value(childPath)));
          }
          return new Node.Mapping(members, at, nodes - before + 1);
        }
        case START_ARRAY -> {
          List<Node> items = new ArrayList<>();
          long before = nodes;
          while (p.nextToken() != JsonToken.END_ARRAY) {
            items.add(value(Nodes.index(path, items.size())));
          }
          return new Node.Sequence(items, at, nodes - before + 1);
        }
        case VALUE_STRING -> {
          return new Node.Scalar(new JsonValue.Str(p.getString()), p.getString(), at);
        }
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
          String text = p.getString();
          BigDecimal d = p.getDecimalValue();
          if (Math.abs((long) d.scale()) > MAX_EXPONENT) {
            throw new ContractFormatException(
                source, at.line(), at.column(), path, "number '" + text + "' is out of range");
          }
          return new Node.Scalar(new JsonValue.Num(d), text, at);
        }
        case VALUE_TRUE -> {
          return new Node.Scalar(new JsonValue.Bool(true), "true", at);
        }
        case VALUE_FALSE -> {
          return new Node.Scalar(new JsonValue.Bool(false), "false", at);
        }
        case VALUE_NULL -> {
          return new Node.Scalar(JsonValue.Null.INSTANCE, "null", at);
        }
        default ->
            throw new ContractFormatException(
                source, at.line(), at.column(), path, "not valid JSON: unexpected " + t);
      }
    }
  }
}
