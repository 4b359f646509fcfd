package dev.meshsdk.testkit.generate.internal;

import dev.meshsdk.contracts.annotation.ContractField;
import dev.meshsdk.testkit.generate.GenerationException;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Builds Java records and beans from generated JSON-like records: records through their canonical
 * constructor, beans through a public no-argument constructor and setters. Properties are matched
 * by name or {@link ContractField#name()}, as the record validator matches them. Handles nested
 * records and beans, lists, sets and arrays, maps, enums (by name; a string that names no constant
 * picks one by its hash), {@link Optional}, java.time types, BigDecimal, BigInteger and the
 * primitives.
 */
final class Converter {
  private Converter() {}

  static Object build(Map<String, @Nullable Object> record, Class<?> type, Node.ObjectNode node) {
    Object out = convert(record, type, node, type.getSimpleName());
    if (out == null) {
      throw new GenerationException("cannot build " + type.getName() + ": no value");
    }
    return out;
  }

  private static @Nullable Object convert(
      @Nullable Object value, Type target, @Nullable Node node, String where) {
    Class<?> raw = raw(target);
    if (raw == Optional.class) {
      return Optional.ofNullable(convert(value, argument(target, 0), node, where));
    }
    if (value == null) {
      return raw.isPrimitive() ? defaultOf(raw) : null;
    }
    try {
      if (raw == Object.class
          || raw.isInstance(value) && !(value instanceof Map || value instanceof Collection)) {
        return value;
      }
      if (raw == String.class || raw == CharSequence.class) {
        return value.toString();
      }
      if (raw == char.class || raw == Character.class) {
        String s = value.toString();
        return s.isEmpty() ? '\0' : s.charAt(0);
      }
      if (raw.isEnum()) {
        return enumConstant(raw, value.toString());
      }
      if (raw == boolean.class || raw == Boolean.class) {
        return value instanceof Boolean b ? b : Boolean.parseBoolean(value.toString());
      }
      if (value instanceof Number n) {
        return number(n, raw, where);
      }
      if (value instanceof String s && node instanceof TemporalNode t) {
        Object time = t.toJava(s, raw);
        if (time != null) {
          return time;
        }
      }
      if (raw.isArray() || Collection.class.isAssignableFrom(raw) || raw == Iterable.class) {
        return collection(value, target, raw, node, where);
      }
      if (Map.class.isAssignableFrom(raw) && value instanceof Map<?, ?> m) {
        Map<@Nullable Object, @Nullable Object> out = new LinkedHashMap<>();
        Node keys = node instanceof Node.MapNode mn ? mn.keys : null;
        Node values = node instanceof Node.MapNode mn ? mn.values : null;
        for (Map.Entry<?, ?> e : m.entrySet()) {
          out.put(
              convert(e.getKey(), argument(target, 0), keys, where),
              convert(e.getValue(), argument(target, 1), values, where + "." + e.getKey()));
        }
        return out;
      }
      if (value instanceof Map<?, ?> m) {
        @SuppressWarnings("unchecked")
        Map<String, @Nullable Object> object = (Map<String, @Nullable Object>) m;
        return raw.isRecord() ? record(object, raw, node, where) : bean(object, raw, node, where);
      }
    } catch (GenerationException e) {
      throw e;
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new GenerationException(
          "cannot build " + where + " as " + target.getTypeName() + ": " + describe(e));
    }
    throw new GenerationException(
        "cannot build "
            + where
            + " as "
            + target.getTypeName()
            + " from a generated "
            + value.getClass().getSimpleName());
  }

  private static String describe(Throwable e) {
    Throwable t =
        e instanceof InvocationTargetException ite && ite.getCause() != null ? ite.getCause() : e;
    return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
  }

  private static Object number(Number n, Class<?> raw, String where) {
    BigDecimal d = n instanceof BigDecimal b ? b : new BigDecimal(n.toString());
    if (raw == int.class || raw == Integer.class) {
      return d.intValueExact();
    }
    if (raw == long.class || raw == Long.class) {
      return d.longValueExact();
    }
    if (raw == short.class || raw == Short.class) {
      return d.shortValueExact();
    }
    if (raw == byte.class || raw == Byte.class) {
      return d.byteValueExact();
    }
    if (raw == double.class || raw == Double.class) {
      return d.doubleValue();
    }
    if (raw == float.class || raw == Float.class) {
      return d.floatValue();
    }
    if (raw == BigDecimal.class) {
      return d;
    }
    if (raw == BigInteger.class) {
      return d.toBigIntegerExact();
    }
    if (raw == Number.class) {
      return n;
    }
    if (raw == String.class) {
      return d.toPlainString();
    }
    throw new GenerationException(
        "cannot build " + where + " as " + raw.getName() + " from a generated number");
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object enumConstant(Class<?> raw, String name) {
    Object[] constants = raw.getEnumConstants();
    for (Object c : constants) {
      if (((Enum) c).name().equals(name)) {
        return c;
      }
    }
    for (Object c : constants) {
      if (((Enum) c).name().equalsIgnoreCase(name)) {
        return c;
      }
    }
    return constants[Math.floorMod(name.hashCode(), constants.length)];
  }

  private static Object collection(
      Object value, Type target, Class<?> raw, @Nullable Node node, String where) {
    Collection<?> source = value instanceof Collection<?> c ? c : List.of(value);
    Node items = node instanceof Node.ArrayNode a ? a.items : null;
    Type itemType =
        raw.isArray()
            ? (target instanceof GenericArrayType g
                ? g.getGenericComponentType()
                : raw.getComponentType())
            : argument(target, 0);
    List<@Nullable Object> converted = new ArrayList<>();
    int i = 0;
    for (Object o : source) {
      converted.add(convert(o, itemType, items, where + "[" + i++ + "]"));
    }
    if (raw.isArray()) {
      Object array = Array.newInstance(raw.getComponentType(), converted.size());
      for (int k = 0; k < converted.size(); k++) {
        Array.set(array, k, converted.get(k));
      }
      return array;
    }
    if (SortedSet.class.isAssignableFrom(raw)) {
      return new TreeSet<>(converted);
    }
    if (Set.class.isAssignableFrom(raw)) {
      return new LinkedHashSet<>(converted);
    }
    return converted;
  }

  private static @Nullable Node child(@Nullable Node node, String name) {
    if (node instanceof Node.ObjectNode o) {
      for (Node.ObjectNode.Field f : o.fields) {
        if (f.name().equals(name)) {
          return f.node();
        }
      }
    }
    return null;
  }

  private static Object record(
      Map<String, @Nullable Object> object, Class<?> raw, @Nullable Node node, String where)
      throws ReflectiveOperationException {
    RecordComponent[] components = raw.getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    Object[] args = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      RecordComponent rc = components[i];
      types[i] = rc.getType();
      String name =
          contractName(
              rc.getName(), rc.getAnnotation(ContractField.class), fieldOf(raw, rc.getName()));
      args[i] =
          convert(object.get(name), rc.getGenericType(), child(node, name), where + "." + name);
    }
    Constructor<?> ctor = raw.getDeclaredConstructor(types);
    ctor.setAccessible(true);
    return ctor.newInstance(args);
  }

  private static Object bean(
      Map<String, @Nullable Object> object, Class<?> raw, @Nullable Node node, String where)
      throws ReflectiveOperationException {
    if (raw.isInterface() || Modifier.isAbstract(raw.getModifiers())) {
      throw new GenerationException(
          "cannot build " + where + " as " + raw.getName() + ": it is abstract");
    }
    Constructor<?> ctor = raw.getDeclaredConstructor();
    ctor.setAccessible(true);
    Object bean = ctor.newInstance();
    for (Method m : raw.getMethods()) {
      if (!m.getName().startsWith("set")
          || m.getName().length() < 4
          || m.getParameterCount() != 1
          || Modifier.isStatic(m.getModifiers())) {
        continue;
      }
      String property = Character.toLowerCase(m.getName().charAt(3)) + m.getName().substring(4);
      ContractField onGetter = getterAnnotation(raw, property);
      String name = contractName(property, onGetter, fieldOf(raw, property));
      if (!object.containsKey(name)) {
        continue;
      }
      m.invoke(
          bean,
          convert(
              object.get(name),
              m.getGenericParameterTypes()[0],
              child(node, name),
              where + "." + name));
    }
    return bean;
  }

  private static @Nullable ContractField getterAnnotation(Class<?> raw, String property) {
    String cap = Character.toUpperCase(property.charAt(0)) + property.substring(1);
    for (String prefix : new String[] {"get", "is"}) {
      try {
        return raw.getMethod(prefix + cap).getAnnotation(ContractField.class);
      } catch (NoSuchMethodException e) {
        // try the other prefix
      }
    }
    return null;
  }

  private static @Nullable Field fieldOf(Class<?> raw, String name) {
    for (Class<?> c = raw; c != null && c != Object.class; c = c.getSuperclass()) {
      try {
        return c.getDeclaredField(name);
      } catch (NoSuchFieldException e) {
        // try the superclass
      }
    }
    return null;
  }

  private static String contractName(
      String javaName, @Nullable ContractField onMember, @Nullable Field field) {
    if (onMember != null && !onMember.name().isEmpty()) {
      return onMember.name();
    }
    ContractField onField = field == null ? null : field.getAnnotation(ContractField.class);
    if (onField != null && !onField.name().isEmpty()) {
      return onField.name();
    }
    return javaName;
  }

  private static Object defaultOf(Class<?> primitive) {
    return Array.get(Array.newInstance(primitive, 1), 0);
  }

  private static Class<?> raw(Type t) {
    if (t instanceof Class<?> c) {
      return c;
    }
    if (t instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
      return c;
    }
    if (t instanceof GenericArrayType g) {
      return Array.newInstance(raw(g.getGenericComponentType()), 0).getClass();
    }
    if (t instanceof WildcardType w && w.getUpperBounds().length > 0) {
      return raw(w.getUpperBounds()[0]);
    }
    return Object.class;
  }

  private static Type argument(Type t, int i) {
    if (t instanceof ParameterizedType p && p.getActualTypeArguments().length > i) {
      Type a = p.getActualTypeArguments()[i];
      return a instanceof WildcardType w && w.getUpperBounds().length > 0
          ? w.getUpperBounds()[0]
          : a;
    }
    return Object.class;
  }
}
