package dev.meshsdk.testkit.internal;

import dev.meshsdk.contracts.JsonValue;
import dev.meshsdk.contracts.LogicalType;
import dev.meshsdk.contracts.internal.tree.JsonWriting;
import dev.meshsdk.testkit.Check;
import dev.meshsdk.testkit.Condition;
import dev.meshsdk.testkit.Expectations;
import dev.meshsdk.testkit.ExpectationsFormatException;
import dev.meshsdk.testkit.FieldExpectation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/** Reads and writes the expectations file format, version 1.x. */
public final class ExpectationsJson {
  private static final JsonFactory JSON =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxNestingDepth(64)
                  .maxDocumentLength(10_000_000)
                  .maxNumberLength(1_000)
                  .build())
          .build();

  private static final Set<String> ROOT =
      Set.of("formatVersion", "consumer", "provider", "providerStates", "fields", "checks");
  private static final Set<String> CONSUMER = Set.of("id", "domain", "purpose");
  private static final Set<String> PROVIDER = Set.of("product", "port", "schemaObject", "contract");
  private static final Set<String> CONTRACT = Set.of("id", "version");
  private static final Set<String> FIELD =
      Set.of(
          "path",
          "type",
          "required",
          "minimum",
          "maximum",
          "allowedValues",
          "minLength",
          "maxLength",
          "pattern");
  private static final Set<String> CHECK = Set.of("name", "condition");

  private ExpectationsJson() {}

  // ------------------------------------------------------------------ writing

  /**
   * The JSON document of expectations.
   *
   * @param e the expectations
   * @return pretty-printed JSON ending with a newline
   */
  public static String write(Expectations e) {
    Map<String, JsonValue> root = new LinkedHashMap<>();
    root.put("formatVersion", new JsonValue.Str(e.formatVersion()));
    Map<String, JsonValue> consumer = new LinkedHashMap<>();
    consumer.put("id", new JsonValue.Str(e.consumerId()));
    consumer.put("domain", new JsonValue.Str(e.consumerDomain()));
    consumer.put("purpose", new JsonValue.Str(e.purpose()));
    root.put("consumer", new JsonValue.Obj(consumer));
    Map<String, JsonValue> provider = new LinkedHashMap<>();
    provider.put("product", new JsonValue.Str(e.product()));
    provider.put("port", new JsonValue.Str(e.port()));
    e.schemaObject().ifPresent(s -> provider.put("schemaObject", new JsonValue.Str(s)));
    if (e.contractId().isPresent() || e.contractVersion().isPresent()) {
      Map<String, JsonValue> contract = new LinkedHashMap<>();
      e.contractId().ifPresent(s -> contract.put("id", new JsonValue.Str(s)));
      e.contractVersion().ifPresent(s -> contract.put("version", new JsonValue.Str(s)));
      provider.put("contract", new JsonValue.Obj(contract));
    }
    root.put("provider", new JsonValue.Obj(provider));
    root.put(
        "providerStates",
        new JsonValue.Arr(
            e.providerStates().stream().map(s -> (JsonValue) new JsonValue.Str(s)).toList()));
    root.put(
        "fields", new JsonValue.Arr(e.fields().stream().map(ExpectationsJson::field).toList()));
    root.put(
        "checks", new JsonValue.Arr(e.checks().stream().map(ExpectationsJson::check).toList()));
    return toText(new JsonValue.Obj(root));
  }

  private static JsonValue field(FieldExpectation f) {
    Map<String, JsonValue> m = new LinkedHashMap<>();
    m.put("path", new JsonValue.Str(f.path()));
    f.type().ifPresent(t -> m.put("type", new JsonValue.Str(t.value())));
    m.put("required", new JsonValue.Bool(f.required()));
    f.minimum().ifPresent(v -> m.put("minimum", new JsonValue.Num(v)));
    f.maximum().ifPresent(v -> m.put("maximum", new JsonValue.Num(v)));
    if (!f.allowedValues().isEmpty()) {
      m.put("allowedValues", new JsonValue.Arr(f.allowedValues()));
    }
    f.minLength().ifPresent(v -> m.put("minLength", JsonValue.of(v)));
    f.maxLength().ifPresent(v -> m.put("maxLength", JsonValue.of(v)));
    f.pattern().ifPresent(v -> m.put("pattern", new JsonValue.Str(v)));
    return new JsonValue.Obj(m);
  }

  private static JsonValue check(Check c) {
    Map<String, JsonValue> m = new LinkedHashMap<>();
    m.put("name", new JsonValue.Str(c.name()));
    m.put("condition", condition(c.condition()));
    return new JsonValue.Obj(m);
  }

  /**
   * The JSON form of a condition: an object with {@code op} and its operands.
   *
   * @param c the condition
   * @return the JSON object
   */
  public static JsonValue condition(Condition c) {
    Map<String, JsonValue> m = new LinkedHashMap<>();
    if (c instanceof Condition.Present p) {
      op(m, "present", p.path());
    } else if (c instanceof Condition.EqualTo p) {
      op(m, "equals", p.path());
      m.put("value", p.value());
    } else if (c instanceof Condition.OneOf p) {
      op(m, "oneOf", p.path());
      m.put("values", new JsonValue.Arr(p.values()));
    } else if (c instanceof Condition.AtLeast p) {
      op(m, "atLeast", p.path());
      m.put("value", new JsonValue.Num(p.minimum()));
    } else if (c instanceof Condition.AtMost p) {
      op(m, "atMost", p.path());
      m.put("value", new JsonValue.Num(p.maximum()));
    } else if (c instanceof Condition.Matches p) {
      op(m, "matches", p.path());
      m.put("pattern", new JsonValue.Str(p.pattern()));
    } else if (c instanceof Condition.NotEmpty p) {
      op(m, "notEmpty", p.path());
    } else if (c instanceof Condition.Not p) {
      m.put("op", new JsonValue.Str("not"));
      m.put("condition", condition(p.condition()));
    } else if (c instanceof Condition.AllOf p) {
      m.put("op", new JsonValue.Str("allOf"));
      m.put(
          "conditions",
          new JsonValue.Arr(p.conditions().stream().map(ExpectationsJson::condition).toList()));
    } else if (c instanceof Condition.AnyOf p) {
      m.put("op", new JsonValue.Str("anyOf"));
      m.put(
          "conditions",
          new JsonValue.Arr(p.conditions().stream().map(ExpectationsJson::condition).toList()));
    } else if (c instanceof Condition.Implies p) {
      m.put("op", new JsonValue.Str("implies"));
      m.put("if", condition(p.condition()));
      m.put("then", condition(p.then()));
    }
    return new JsonValue.Obj(m);
  }

  private static void op(Map<String, JsonValue> m, String op, String path) {
    m.put("op", new JsonValue.Str(op));
    m.put("path", new JsonValue.Str(path));
  }

  /**
   * Pretty-printed JSON text of a value.
   *
   * @param value the value
   * @return the text, ending with a newline
   */
  public static String toText(JsonValue value) {
    return JsonWriting.pretty(value);
  }

  // ------------------------------------------------------------------ reading

  /**
   * Parses JSON text into a value tree; duplicate keys are an error.
   *
   * @param text the text
   * @param source the file or URL, for messages
   * @return the tree
   * @throws ExpectationsFormatException if the text is not JSON
   */
  public static JsonValue parseTree(String text, String source) {
    try (JsonParser p = JSON.createParser(ObjectReadContext.empty(), text)) {
      if (p.nextToken() == null) {
        throw new ExpectationsFormatException(source, "$", "the document is empty");
      }
      JsonValue root = tree(p, source, "$");
      if (p.nextToken() != null) {
        throw new ExpectationsFormatException(
            source,
            "$",
            "not valid JSON: content after the document " + where(p.currentTokenLocation()));
      }
      return root;
    } catch (JacksonException e) {
      TokenStreamLocation l = e.getLocation();
      throw new ExpectationsFormatException(
          source,
          "$",
          "not valid JSON " + (l == null ? "" : where(l)) + ": " + e.getOriginalMessage(),
          e);
    }
  }

  private static String where(TokenStreamLocation l) {
    return "(line " + l.getLineNr() + ", column " + l.getColumnNr() + ")";
  }

  private static JsonValue tree(JsonParser p, String source, String path) {
    JsonToken t = p.currentToken();
    switch (t) {
      case START_OBJECT -> {
        Map<String, JsonValue> members = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
          String key = p.currentName();
          String child = path + "." + key;
          if (members.containsKey(key)) {
            throw new ExpectationsFormatException(source, child, "duplicate member '" + key + "'");
          }
          p.nextToken();
          members.put(key, tree(p, source, child));
        }
        return new JsonValue.Obj(members);
      }
      case START_ARRAY -> {
        List<JsonValue> items = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          items.add(tree(p, source, path + "[" + items.size() + "]"));
        }
        return new JsonValue.Arr(items);
      }
      case VALUE_STRING -> {
        return new JsonValue.Str(p.getString());
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        return new JsonValue.Num(p.getDecimalValue());
      }
      case VALUE_TRUE -> {
        return new JsonValue.Bool(true);
      }
      case VALUE_FALSE -> {
        return new JsonValue.Bool(false);
      }
      default -> {
        return JsonValue.Null.INSTANCE;
      }
    }
  }

  /**
   * Parses an expectations document.
   *
   * @param text the JSON text
   * @param source the file or URL, for messages
   * @return the expectations
   * @throws ExpectationsFormatException naming the source, the JSON path and the rule
   */
  public static Expectations parse(String text, String source) {
    return new Reader(source).expectations(parseTree(text, source));
  }

  /** Reads the tree, tracking JSON paths for messages. */
  private static final class Reader {
    private final String source;
    private boolean lenient;

    Reader(String source) {
      this.source = source;
    }

    ExpectationsFormatException fail(String path, String rule) {
      return new ExpectationsFormatException(source, path, rule);
    }

    Expectations expectations(JsonValue root) {
      Map<String, JsonValue> m = object(root, "$");
      String version = string(m, "$", "formatVersion");
      if (!version.matches("1\\.(0|[1-9][0-9]*)")) {
        throw fail(
            "$.formatVersion", "unsupported format version '" + version + "': this kit reads 1.x");
      }
      lenient = !version.equals("1.0");
      known(m, "$", ROOT);
      Map<String, JsonValue> consumer = object(required(m, "$", "consumer"), "$.consumer");
      known(consumer, "$.consumer", CONSUMER);
      Map<String, JsonValue> provider = object(required(m, "$", "provider"), "$.provider");
      known(provider, "$.provider", PROVIDER);
      Expectations.Builder b =
          Expectations.builder()
              .formatVersion(version)
              .consumerId(string(consumer, "$.consumer", "id"))
              .consumerDomain(string(consumer, "$.consumer", "domain"))
              .purpose(string(consumer, "$.consumer", "purpose"))
              .product(string(provider, "$.provider", "product"))
              .port(string(provider, "$.provider", "port"))
              .schemaObject(optionalString(provider, "$.provider", "schemaObject"));
      JsonValue contract = provider.get("contract");
      if (contract != null) {
        Map<String, JsonValue> c = object(contract, "$.provider.contract");
        known(c, "$.provider.contract", CONTRACT);
        b.contractId(optionalString(c, "$.provider.contract", "id"));
        b.contractVersion(optionalString(c, "$.provider.contract", "version"));
      }
      List<JsonValue> states = array(m, "$", "providerStates");
      for (int i = 0; i < states.size(); i++) {
        b.providerState(nonBlank(states.get(i), "$.providerStates[" + i + "]"));
      }
      List<JsonValue> fields = array(m, "$", "fields");
      java.util.Set<String> paths = new java.util.HashSet<>();
      for (int i = 0; i < fields.size(); i++) {
        String at = "$.fields[" + i + "]";
        FieldExpectation f = field(fields.get(i), at);
        if (!paths.add(f.path())) {
          throw fail(at + ".path", "field '" + f.path() + "' is declared twice");
        }
        b.field(f);
      }
      List<JsonValue> checks = array(m, "$", "checks");
      java.util.Set<String> names = new java.util.HashSet<>();
      for (int i = 0; i < checks.size(); i++) {
        String at = "$.checks[" + i + "]";
        Map<String, JsonValue> c = object(checks.get(i), at);
        known(c, at, CHECK);
        String name = string(c, at, "name");
        if (!names.add(name)) {
          throw fail(at + ".name", "check '" + name + "' is declared twice");
        }
        b.check(new Check(name, condition(required(c, at, "condition"), at + ".condition")));
      }
      try {
        return b.build();
      } catch (IllegalArgumentException e) {
        throw fail("$", e.getMessage());
      }
    }

    FieldExpectation field(JsonValue v, String at) {
      Map<String, JsonValue> m = object(v, at);
      known(m, at, FIELD);
      String path = string(m, at, "path");
      FieldExpectation.Builder b;
      try {
        b = FieldExpectation.builder(path);
      } catch (IllegalArgumentException e) {
        throw fail(at + ".path", e.getMessage());
      }
      optionalString(m, at, "type")
          .ifPresent(
              t ->
                  b.type(
                      LogicalType.fromValue(t)
                          .orElseThrow(
                              () ->
                                  fail(
                                      at + ".type",
                                      "unknown logical type '"
                                          + t
                                          + "': one of string, date, timestamp, time, number,"
                                          + " integer, object, array, boolean, map"))));
      JsonValue required = m.get("required");
      if (required != null) {
        if (!(required instanceof JsonValue.Bool r)) {
          throw fail(at + ".required", "must be true or false, got " + required.typeName());
        }
        if (r.value()) {
          b.required();
        }
      }
      optionalNumber(m, at, "minimum").ifPresent(b::atLeast);
      optionalNumber(m, at, "maximum").ifPresent(b::atMost);
      JsonValue allowed = m.get("allowedValues");
      if (allowed != null) {
        if (!(allowed instanceof JsonValue.Arr a) || a.values().isEmpty()) {
          throw fail(at + ".allowedValues", "must be a non-empty array");
        }
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < a.values().size(); i++) {
          JsonValue item = a.values().get(i);
          if (!(item instanceof JsonValue.Str
              || item instanceof JsonValue.Num
              || item instanceof JsonValue.Bool)) {
            throw fail(
                at + ".allowedValues[" + i + "]",
                "must be a string, number or boolean, got " + item.typeName());
          }
          values.add(item);
        }
        b.oneOf(values.toArray());
      }
      optionalLength(m, at, "minLength").ifPresent(b::minLength);
      optionalLength(m, at, "maxLength").ifPresent(b::maxLength);
      optionalString(m, at, "pattern").ifPresent(b::pattern);
      try {
        return b.build();
      } catch (IllegalArgumentException e) {
        throw fail(at, e.getMessage());
      }
    }

    Condition condition(JsonValue v, String at) {
      Map<String, JsonValue> m = object(v, at);
      String op = string(m, at, "op");
      try {
        return switch (op) {
          case "present" -> only(m, at, Set.of("op", "path"), Condition.present(path(m, at)));
          case "notEmpty" -> only(m, at, Set.of("op", "path"), Condition.notEmpty(path(m, at)));
          case "equals" ->
              only(
                  m,
                  at,
                  Set.of("op", "path", "value"),
                  new Condition.EqualTo(path(m, at), required(m, at, "value")));
          case "oneOf" -> {
            List<JsonValue> values = array(m, at, "values");
            if (values.isEmpty()) {
              throw fail(at + ".values", "must be a non-empty array");
            }
            yield only(
                m, at, Set.of("op", "path", "values"), new Condition.OneOf(path(m, at), values));
          }
          case "atLeast" ->
              only(
                  m,
                  at,
                  Set.of("op", "path", "value"),
                  new Condition.AtLeast(path(m, at), number(m, at, "value")));
          case "atMost" ->
              only(
                  m,
                  at,
                  Set.of("op", "path", "value"),
                  new Condition.AtMost(path(m, at), number(m, at, "value")));
          case "matches" ->
              only(
                  m,
                  at,
                  Set.of("op", "path", "pattern"),
                  new Condition.Matches(path(m, at), string(m, at, "pattern")));
          case "not" ->
              only(
                  m,
                  at,
                  Set.of("op", "condition"),
                  Condition.not(condition(required(m, at, "condition"), at + ".condition")));
          case "allOf", "anyOf" -> {
            List<JsonValue> items = array(m, at, "conditions");
            if (items.isEmpty()) {
              throw fail(at + ".conditions", "must be a non-empty array");
            }
            List<Condition> cs = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
              cs.add(condition(items.get(i), at + ".conditions[" + i + "]"));
            }
            Condition c = op.equals("allOf") ? new Condition.AllOf(cs) : new Condition.AnyOf(cs);
            yield only(m, at, Set.of("op", "conditions"), c);
          }
          case "implies" ->
              only(
                  m,
                  at,
                  Set.of("op", "if", "then"),
                  Condition.implies(
                      condition(required(m, at, "if"), at + ".if"),
                      condition(required(m, at, "then"), at + ".then")));
          default ->
              throw fail(
                  at + ".op",
                  "unknown condition '"
                      + op
                      + "': one of present, notEmpty, equals, oneOf, atLeast, atMost, matches,"
                      + " not, allOf, anyOf, implies");
        };
      } catch (IllegalArgumentException e) {
        throw fail(at, e.getMessage());
      }
    }

    Condition only(Map<String, JsonValue> m, String at, Set<String> allowed, Condition c) {
      known(m, at, allowed);
      return c;
    }

    String path(Map<String, JsonValue> m, String at) {
      String p = string(m, at, "path");
      try {
        RecordPaths.checkPath(p, "path");
      } catch (IllegalArgumentException e) {
        throw fail(at + ".path", e.getMessage());
      }
      return p;
    }

    void known(Map<String, JsonValue> m, String at, Set<String> allowed) {
      if (lenient) {
        return;
      }
      for (String key : m.keySet()) {
        if (!allowed.contains(key)) {
          throw fail(
              at + "." + key,
              "unknown member '"
                  + key
                  + "' (format 1.0 allows "
                  + new java.util.TreeSet<>(allowed)
                  + ")");
        }
      }
    }

    Map<String, JsonValue> object(JsonValue v, String at) {
      if (v instanceof JsonValue.Obj o) {
        return o.members();
      }
      throw fail(at, "must be an object, got " + v.typeName());
    }

    JsonValue required(Map<String, JsonValue> m, String at, String name) {
      JsonValue v = m.get(name);
      if (v == null) {
        throw fail(at + "." + name, "required member is missing");
      }
      return v;
    }

    String string(Map<String, JsonValue> m, String at, String name) {
      return nonBlank(required(m, at, name), at + "." + name);
    }

    String nonBlank(JsonValue v, String at) {
      if (!(v instanceof JsonValue.Str s)) {
        throw fail(at, "must be a string, got " + v.typeName());
      }
      if (s.value().isBlank()) {
        throw fail(at, "must not be blank");
      }
      return s.value();
    }

    Optional<String> optionalString(Map<String, JsonValue> m, String at, String name) {
      JsonValue v = m.get(name);
      return v == null ? Optional.empty() : Optional.of(nonBlank(v, at + "." + name));
    }

    BigDecimal number(Map<String, JsonValue> m, String at, String name) {
      JsonValue v = required(m, at, name);
      if (v instanceof JsonValue.Num n) {
        return n.value();
      }
      throw fail(at + "." + name, "must be a number, got " + v.typeName());
    }

    Optional<BigDecimal> optionalNumber(Map<String, JsonValue> m, String at, String name) {
      return m.containsKey(name) ? Optional.of(number(m, at, name)) : Optional.empty();
    }

    Optional<Integer> optionalLength(Map<String, JsonValue> m, String at, String name) {
      if (!m.containsKey(name)) {
        return Optional.empty();
      }
      BigDecimal n = number(m, at, name);
      try {
        int i = n.intValueExact();
        if (i < 0) {
          throw fail(at + "." + name, "must not be negative, got " + i);
        }
        return Optional.of(i);
      } catch (ArithmeticException e) {
        throw fail(at + "." + name, "must be a whole number up to 2147483647, got " + n);
      }
    }

    List<JsonValue> array(Map<String, JsonValue> m, String at, String name) {
      JsonValue v = m.get(name);
      if (v == null) {
        return List.of();
      }
      if (v instanceof JsonValue.Arr a) {
        return a.values();
      }
      throw fail(at + "." + name, "must be an array, got " + v.typeName());
    }
  }
}
