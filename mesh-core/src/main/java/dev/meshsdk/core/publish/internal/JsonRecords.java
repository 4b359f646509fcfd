package dev.meshsdk.core.publish.internal;

import dev.meshsdk.contracts.JsonValue;
import dev.meshsdk.contracts.annotation.ContractField;
import dev.meshsdk.contracts.internal.tree.JsonWriting;
import dev.meshsdk.contracts.internal.validate.PropertyNames;
import java.io.ByteArrayOutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.URL;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalAmount;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Turns records into JSON: JSON-like maps as they are, typed records (Java records and beans) the
 * way the contract validator reads them, so that a property is written under the name the contract
 * knows it by ({@link ContractField#name()} or the Java name).
 *
 * <p>Why not Jackson databind: it would add a dependency and a second idea of a property's name
 * (its own annotations), and the files written must match the contract, which names properties by
 * {@code @ContractField}. Here the rules are few and fixed: records by component, beans by getter,
 * {@code java.time} values, UUIDs and URIs as their ISO/standard text, enums by name, {@link
 * Optional} unwrapped, collections and arrays as arrays, maps as objects.
 *
 * <p>Failures name the Java type and the path, never a value.
 */
public final class JsonRecords {
  private static final int MAX_DEPTH = 64;
  private static final JsonFactory JSON = JsonFactory.builder().build();

  private static final ClassValue<List<Property>> PROPERTIES =
      new ClassValue<>() {
        @Override
        protected List<Property> computeValue(Class<?> type) {
          return properties(type);
        }
      };

  private JsonRecords() {}

  /** A conversion failed; the message names the type and the path, never a value. */
  public static final class ConversionException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    ConversionException(String message, Throwable cause) {
      super(message, cause);
    }

    ConversionException(String message) {
      super(message);
    }
  }

  private record Property(String name, Method getter) {}

  /**
   * Converts a record to a JSON value.
   *
   * @param record a JSON-like value, Java record or bean
   * @return the JSON value
   * @throws ConversionException if some value inside cannot be represented
   */
  public static JsonValue toJson(Object record) {
    try {
      // Fast pass: no path strings are built for the (usual) record that converts.
      return convert(record, null, 0);
    } catch (ConversionException e) {
      // Slow pass, only to name the place in the message.
      return convert(record, "", 0);
    }
  }

  /**
   * One JSON object (or value) on one line, UTF-8, ending with {@code \n}.
   *
   * @param value the value
   * @param out where to append it
   */
  public static void writeLine(JsonValue value, ByteArrayOutputStream out) {
    try (JsonGenerator g = JSON.createGenerator(ObjectWriteContext.empty(), out)) {
      JsonWriting.write(g, value);
    }
    out.write('\n');
  }

  /**
   * Parses one line of JSON.
   *
   * @param line the text
   * @return the value
   * @throws tools.jackson.core.JacksonException if the text is not one JSON value
   */
  public static JsonValue parse(String line) {
    try (JsonParser p = JSON.createParser(ObjectReadContext.empty(), line)) {
      JsonToken t = p.nextToken();
      if (t == null) {
        throw new IllegalArgumentException("line: no JSON value");
      }
      JsonValue v = read(p, t);
      if (p.nextToken() != null) {
        throw new IllegalArgumentException("line: more than one JSON value");
      }
      return v;
    }
  }

  private static JsonValue read(JsonParser p, JsonToken t) {
    switch (t) {
      case START_OBJECT -> {
        Map<String, JsonValue> members = new LinkedHashMap<>();
        for (JsonToken n = p.nextToken(); n != JsonToken.END_OBJECT; n = p.nextToken()) {
          String name = p.currentName();
          members.put(name, read(p, p.nextToken()));
        }
        return new JsonValue.Obj(members);
      }
      case START_ARRAY -> {
        List<JsonValue> items = new ArrayList<>();
        for (JsonToken n = p.nextToken(); n != JsonToken.END_ARRAY; n = p.nextToken()) {
          items.add(read(p, n));
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
      case VALUE_NULL -> {
        return JsonValue.Null.INSTANCE;
      }
      default -> throw new IllegalArgumentException("line: unexpected JSON token " + t);
    }
  }

  private static String at(@Nullable String path) {
    return path == null || path.isEmpty() ? "the record" : "'" + path + "'";
  }

  private static @Nullable String child(@Nullable String path, String name) {
    return path == null ? null : path.isEmpty() ? name : path + "." + name;
  }

  /**
   * Converts a value. {@code path} is where the value is, for messages; {@code null} in the fast
   * pass, which builds no paths (a failure there is converted again with paths).
   */
  private static JsonValue convert(@Nullable Object v, @Nullable String path, int depth) {
    if (depth > MAX_DEPTH) {
      throw new ConversionException(
          "cannot write " + at(path) + " as JSON: nested deeper than " + MAX_DEPTH + " levels");
    }
    if (v == null) {
      return JsonValue.Null.INSTANCE;
    }
    if (v instanceof JsonValue j) {
      return j;
    }
    if (v instanceof CharSequence || v instanceof Character) {
      return new JsonValue.Str(v.toString());
    }
    if (v instanceof Boolean b) {
      return new JsonValue.Bool(b);
    }
    if (v instanceof Number n) {
      return number(n, path);
    }
    if (v instanceof Enum<?> e) {
      return new JsonValue.Str(e.name());
    }
    if (v instanceof TemporalAccessor
        || v instanceof TemporalAmount
        || v instanceof UUID
        || v instanceof URI
        || v instanceof URL) {
      return new JsonValue.Str(v.toString());
    }
    if (v instanceof Optional<?> o) {
      return convert(o.orElse(null), path, depth);
    }
    if (v instanceof Map<?, ?> map) {
      Map<String, JsonValue> members = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        String key = key(e.getKey(), path);
        members.put(key, convert(e.getValue(), child(path, key), depth + 1));
      }
      return new JsonValue.Obj(members);
    }
    if (v instanceof Collection<?> c) {
      List<JsonValue> items = new ArrayList<>(c.size());
      int i = 0;
      for (Object o : c) {
        items.add(convert(o, path == null ? null : path + "[" + i + "]", depth + 1));
        i++;
      }
      return new JsonValue.Arr(items);
    }
    if (v.getClass().isArray()) {
      int n = Array.getLength(v);
      List<JsonValue> items = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        items.add(convert(Array.get(v, i), path == null ? null : path + "[" + i + "]", depth + 1));
      }
      return new JsonValue.Arr(items);
    }
    List<Property> props = PROPERTIES.get(v.getClass());
    if (props.isEmpty()) {
      throw new ConversionException(
          "cannot write "
              + at(path)
              + " as JSON: "
              + v.getClass().getName()
              + " is not a JSON-like value, a Java record or a bean with getters");
    }
    Map<String, JsonValue> members = new LinkedHashMap<>();
    for (Property p : props) {
      @Nullable String ppath = child(path, p.name());
      members.put(p.name(), convert(read(p, v, ppath), ppath, depth + 1));
    }
    return new JsonValue.Obj(members);
  }

  private static String key(@Nullable Object key, @Nullable String path) {
    if (key instanceof String s) {
      return s;
    }
    if (key instanceof Enum<?> e) {
      return e.name();
    }
    if (key instanceof Number || key instanceof UUID || key instanceof Character) {
      return key.toString();
    }
    throw new ConversionException(
        "cannot write "
            + at(path)
            + " as JSON: a map key is "
            + (key == null ? "null" : key.getClass().getName())
            + ", not a String, enum, number or UUID");
  }

  private static JsonValue number(Number n, @Nullable String path) {
    if (n instanceof BigDecimal d) {
      return new JsonValue.Num(d);
    }
    if (n instanceof BigInteger i) {
      return new JsonValue.Num(new BigDecimal(i));
    }
    if (n instanceof Double || n instanceof Float) {
      double d = n.doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        throw new ConversionException(
            "cannot write " + at(path) + " as JSON: a JSON number must be finite");
      }
      return new JsonValue.Num(new BigDecimal(n.toString()));
    }
    if (n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte) {
      return new JsonValue.Num(BigDecimal.valueOf(n.longValue()));
    }
    try {
      return new JsonValue.Num(new BigDecimal(n.toString()));
    } catch (NumberFormatException e) {
      throw new ConversionException(
          "cannot write "
              + at(path)
              + " as JSON: "
              + n.getClass().getName()
              + " does not print as a decimal number",
          e);
    }
  }

  private static @Nullable Object read(Property p, Object target, @Nullable String path) {
    try {
      return p.getter().invoke(target);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw new ConversionException(
          "cannot write "
              + at(path)
              + " as JSON: its accessor "
              + p.getter().getName()
              + "() threw "
              + cause.getClass().getName(),
          cause);
    } catch (IllegalAccessException e) {
      throw new ConversionException(
          "cannot write "
              + at(path)
              + " as JSON: its accessor "
              + p.getter().getName()
              + "() is not accessible",
          e);
    }
  }

  private static List<Property> properties(Class<?> type) {
    List<Property> out = new ArrayList<>();
    if (type.isRecord()) {
      for (RecordComponent rc : type.getRecordComponents()) {
        List<Annotation> annotations = new ArrayList<>(Arrays.asList(rc.getAnnotations()));
        annotations.addAll(Arrays.asList(rc.getAccessor().getAnnotations()));
        Method m = rc.getAccessor();
        m.trySetAccessible();
        out.add(new Property(PropertyNames.contractName(rc.getName(), annotations), m));
      }
      return List.copyOf(out);
    }
    for (Method m : type.getMethods()) {
      if (Modifier.isStatic(m.getModifiers())
          || m.getParameterCount() != 0
          || m.getDeclaringClass() == Object.class) {
        continue;
      }
      String property = PropertyNames.beanProperty(m);
      if (property == null) {
        continue;
      }
      List<Annotation> annotations = new ArrayList<>(Arrays.asList(m.getAnnotations()));
      for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
        try {
          annotations.addAll(Arrays.asList(c.getDeclaredField(property).getAnnotations()));
          break;
        } catch (NoSuchFieldException e) {
          // try the superclass
        }
      }
      m.trySetAccessible();
      out.add(new Property(PropertyNames.contractName(property, annotations), m));
    }
    out.sort(java.util.Comparator.comparing(Property::name));
    return List.copyOf(out);
  }
}
