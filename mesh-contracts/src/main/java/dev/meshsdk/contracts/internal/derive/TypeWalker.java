package dev.meshsdk.contracts.internal.derive;

import dev.meshsdk.contracts.ContractDefinitionException;
import dev.meshsdk.contracts.CustomProperty;
import dev.meshsdk.contracts.EnumValue;
import dev.meshsdk.contracts.JsonValue;
import dev.meshsdk.contracts.LogicalType;
import dev.meshsdk.contracts.LogicalTypeOptions;
import dev.meshsdk.contracts.MapType;
import dev.meshsdk.contracts.OdcsVersion;
import dev.meshsdk.contracts.QualityDimension;
import dev.meshsdk.contracts.QualityMetric;
import dev.meshsdk.contracts.QualityOperator;
import dev.meshsdk.contracts.QualityRule;
import dev.meshsdk.contracts.SchemaProperty;
import dev.meshsdk.contracts.annotation.ContractField;
import jakarta.validation.constraints.Digits;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedArrayType;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.AnnotatedWildcardType;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.URL;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.IntConsumer;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jspecify.annotations.Nullable;

/**
 * Walks a Java record or bean and its nested types, building the ODCS properties that describe
 * them. One instance per derivation: it remembers the object types it is inside, to refuse
 * recursive types.
 */
final class TypeWalker {
  /** The custom property for {@code @Past}, {@code @Future} and the like. */
  static final String TEMPORAL_CONSTRAINT = "temporalConstraint";

  /** The custom property for {@code @AssertTrue} and {@code @AssertFalse}. */
  static final String BOOLEAN_CONSTRAINT = "booleanConstraint";

  /** The custom property for a {@code @Pattern} with flags, which ODCS patterns cannot carry. */
  static final String JAVA_PATTERN = "javaPattern";

  /** A Java type with a fixed ODCS logical type. */
  private record Scalar(
      LogicalType type, @Nullable String format, @Nullable Boolean timezone, boolean singleChar) {
    static Scalar of(LogicalType type) {
      return new Scalar(type, null, null, false);
    }

    static Scalar of(LogicalType type, String format) {
      return new Scalar(type, format, null, false);
    }

    static Scalar zoned(LogicalType type, boolean timezone) {
      return new Scalar(type, null, timezone, false);
    }
  }

  private static final Map<Class<?>, Scalar> SCALARS = scalars();

  /**
   * What a type variable stands for: an annotated type read where the variable was given its
   * argument, and the bindings in force there.
   */
  private record Binding(AnnotatedType type, Map<TypeVariable<?>, Binding> env) {}

  /** A record component or a bean getter, with everything read from it. */
  private record Member(
      String javaName,
      List<AnnotatedType> views,
      Set<Annotation> declared,
      @Nullable ContractField field) {}

  private final Class<?> root;
  private final OdcsVersion version;
  private final Deque<String> inside = new ArrayDeque<>();

  TypeWalker(Class<?> root, OdcsVersion version) {
    this.root = root;
    this.version = version;
  }

  /** Whether a class is described by its own properties (a record or a bean). */
  static boolean isObjectType(Class<?> type) {
    return !type.isPrimitive()
        && !type.isArray()
        && !type.isEnum()
        && !type.isAnnotation()
        && !SCALARS.containsKey(type)
        && !Collection.class.isAssignableFrom(type)
        && !Map.class.isAssignableFrom(type)
        && !isJdk(type);
  }

  /** The properties of the root type. */
  List<SchemaProperty> rootProperties() {
    inside.push(render(root, Map.of()));
    try {
      return properties(root, Map.of(), "");
    } finally {
      inside.pop();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Members of records and beans

  private List<SchemaProperty> properties(
      Class<?> type, Map<TypeVariable<?>, Binding> env, String path) {
    List<Member> members = type.isRecord() ? recordMembers(type) : beanMembers(type);
    if (members.isEmpty()) {
      throw fail(
          path,
          type.getName()
              + " has no properties: a record's components or a bean's public getters (getX,"
              + " isX) become properties");
    }
    Map<TypeVariable<?>, Binding> scope = withSupertypes(type, env);
    List<SchemaProperty.Builder> built = new ArrayList<>();
    List<@Nullable ContractField> fields = new ArrayList<>();
    Map<String, String> seen = new HashMap<>();
    for (Member m : members) {
      ContractField cf = m.field();
      String name = cf != null && !cf.name().isEmpty() ? cf.name() : m.javaName();
      String where = type.getSimpleName() + "." + m.javaName();
      String previous = seen.putIfAbsent(name, where);
      if (previous != null) {
        throw fail(
            Names.child(path, name),
            "both "
                + previous
                + " and "
                + where
                + " are named '"
                + name
                + "'; names must be unique");
      }
      String p = Names.child(path, name);
      Set<Annotation> annotations = new LinkedHashSet<>(m.declared());
      annotations.addAll(annotationsOf(m.views()));
      SchemaProperty.Builder b = node(m.views(), scope, annotations, p);
      b.name(name);
      if (cf != null) {
        annotate(b, cf, p);
      }
      built.add(b);
      fields.add(cf);
    }
    assignKeyPositions(built, fields, path);
    List<SchemaProperty> out = new ArrayList<>(built.size());
    for (SchemaProperty.Builder b : built) {
      out.add(b.build());
    }
    return out;
  }

  private static List<Member> recordMembers(Class<?> type) {
    List<Member> out = new ArrayList<>();
    for (RecordComponent rc : type.getRecordComponents()) {
      Set<Annotation> declared = new LinkedHashSet<>(List.of(rc.getDeclaredAnnotations()));
      Method accessor = rc.getAccessor();
      declared.addAll(List.of(accessor.getDeclaredAnnotations()));
      Field field = declaredField(type, rc.getName());
      if (field != null) {
        declared.addAll(List.of(field.getDeclaredAnnotations()));
      }
      ContractField cf = rc.getAnnotation(ContractField.class);
      if (cf == null) {
        cf = accessor.getAnnotation(ContractField.class);
      }
      if (cf == null && field != null) {
        cf = field.getAnnotation(ContractField.class);
      }
      out.add(new Member(rc.getName(), List.of(rc.getAnnotatedType()), declared, cf));
    }
    return out;
  }

  /**
   * A bean's properties: public getters, in the declaration order of the fields they read where
   * there are such fields (superclasses first), then the others by name.
   */
  private static List<Member> beanMembers(Class<?> type) {
    Map<String, Method> getters = new TreeMap<>();
    for (Method m : type.getMethods()) {
      String name = propertyName(m);
      if (name == null) {
        continue;
      }
      Method other = getters.get(name);
      if (other == null
          || other.getDeclaringClass().isAssignableFrom(m.getDeclaringClass())
              && other.getDeclaringClass() != m.getDeclaringClass()) {
        getters.put(name, m);
      }
    }
    List<String> order = new ArrayList<>();
    List<Class<?>> hierarchy = new ArrayList<>();
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      hierarchy.add(0, c);
    }
    for (Class<?> c : hierarchy) {
      for (Field f : c.getDeclaredFields()) {
        if (!Modifier.isStatic(f.getModifiers())
            && getters.containsKey(f.getName())
            && !order.contains(f.getName())) {
          order.add(f.getName());
        }
      }
    }
    for (String name : getters.keySet()) {
      if (!order.contains(name)) {
        order.add(name);
      }
    }
    List<Member> out = new ArrayList<>();
    for (String name : order) {
      Method getter = getters.get(name);
      Field field = declaredField(type, name);
      Set<Annotation> declared = new LinkedHashSet<>(List.of(getter.getDeclaredAnnotations()));
      List<AnnotatedType> views = new ArrayList<>();
      views.add(getter.getAnnotatedReturnType());
      ContractField cf = getter.getAnnotation(ContractField.class);
      if (field != null) {
        declared.addAll(List.of(field.getDeclaredAnnotations()));
        if (field.getGenericType().equals(getter.getGenericReturnType())) {
          views.add(field.getAnnotatedType());
        }
        if (cf == null) {
          cf = field.getAnnotation(ContractField.class);
        }
      }
      out.add(new Member(name, views, declared, cf));
    }
    return out;
  }

  /** The bean property a method reads, or null if it is not a getter. */
  private static @Nullable String propertyName(Method m) {
    if (Modifier.isStatic(m.getModifiers())
        || m.getParameterCount() != 0
        || m.isBridge()
        || m.isSynthetic()
        || m.getDeclaringClass() == Object.class) {
      return null;
    }
    String n = m.getName();
    Class<?> r = m.getReturnType();
    if (n.startsWith("get") && n.length() > 3 && r != void.class) {
      return Names.decapitalize(n.substring(3));
    }
    if (n.startsWith("is") && n.length() > 2 && (r == boolean.class || r == Boolean.class)) {
      return Names.decapitalize(n.substring(2));
    }
    return null;
  }

  private static @Nullable Field declaredField(Class<?> type, String name) {
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field f : c.getDeclaredFields()) {
        if (f.getName().equals(name) && !Modifier.isStatic(f.getModifiers())) {
          return f;
        }
      }
    }
    return null;
  }

  /** Adds the bindings of the type arguments that a type gives its superclasses and interfaces. */
  private static Map<TypeVariable<?>, Binding> withSupertypes(
      Class<?> type, Map<TypeVariable<?>, Binding> env) {
    Map<TypeVariable<?>, Binding> out = new HashMap<>(env);
    bindSupertypes(type, out, new HashSet<>());
    return out;
  }

  private static void bindSupertypes(
      Class<?> type, Map<TypeVariable<?>, Binding> env, Set<Class<?>> done) {
    if (!done.add(type)) {
      return;
    }
    List<AnnotatedType> supers = new ArrayList<>(List.of(type.getAnnotatedInterfaces()));
    AnnotatedType superclass = type.getAnnotatedSuperclass();
    if (superclass != null) {
      supers.add(0, superclass);
    }
    Map<TypeVariable<?>, Binding> frozen = Map.copyOf(env);
    for (AnnotatedType s : supers) {
      if (s instanceof AnnotatedParameterizedType p
          && p.getType() instanceof ParameterizedType pt
          && pt.getRawType() instanceof Class<?> raw) {
        TypeVariable<?>[] params = raw.getTypeParameters();
        AnnotatedType[] args = p.getAnnotatedActualTypeArguments();
        for (int i = 0; i < params.length && i < args.length; i++) {
          env.put(params[i], new Binding(args[i], frozen));
        }
      }
      Class<?> raw = rawClass(s.getType());
      if (raw != null) {
        bindSupertypes(raw, env, done);
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Type nodes

  /**
   * The property (without its name) for a type. {@code views} are the same type read from different
   * places (a getter and its field), the first one authoritative; {@code annotations} are the
   * constraints on this node.
   */
  private SchemaProperty.Builder node(
      List<AnnotatedType> views,
      Map<TypeVariable<?>, Binding> env,
      Set<Annotation> annotations,
      String path) {
    Type t = views.get(0).getType();
    if (t instanceof TypeVariable<?> v) {
      Binding b = env.get(v);
      if (b == null) {
        throw fail(
            path,
            "the type variable "
                + v.getName()
                + " of "
                + v.getGenericDeclaration()
                + " is not bound; derive from a type whose type arguments are all given");
      }
      Set<Annotation> merged = new LinkedHashSet<>(annotations);
      merged.addAll(annotationsOf(List.of(b.type())));
      return node(List.of(b.type()), b.env(), merged, path);
    }
    if (t instanceof WildcardType) {
      List<AnnotatedType> upper = new ArrayList<>();
      for (AnnotatedType view : views) {
        if (view instanceof AnnotatedWildcardType w && w.getAnnotatedUpperBounds().length > 0) {
          upper.add(w.getAnnotatedUpperBounds()[0]);
        }
      }
      Set<Annotation> merged = new LinkedHashSet<>(annotations);
      merged.addAll(annotationsOf(upper));
      return node(upper, env, merged, path);
    }
    Constraints cs = constraints(annotations, path);
    if (t == byte[].class) {
      return scalar(Scalar.of(LogicalType.STRING, "byte"), cs, path);
    }
    if (t instanceof GenericArrayType || (t instanceof Class<?> c && c.isArray())) {
      List<AnnotatedType> components = new ArrayList<>();
      for (AnnotatedType view : views) {
        if (view instanceof AnnotatedArrayType a) {
          components.add(a.getAnnotatedGenericComponentType());
        }
      }
      // javac puts a constraint written before an array type on the declaration and on the
      // element type: it belongs to the array, as Bean Validation reads it.
      Set<Annotation> itemAnnotations = annotationsOf(components);
      itemAnnotations.removeAll(annotations);
      SchemaProperty items = node(components, env, itemAnnotations, path).build();
      return array(items, false, cs, path);
    }
    Class<?> raw = rawClass(t);
    if (raw == null) {
      throw fail(path, "the type " + t.getTypeName() + " has no ODCS logical type");
    }
    if (raw == Optional.class) {
      List<AnnotatedType> inner = typeArguments(views, t, 0, 1, path);
      Set<Annotation> merged = new LinkedHashSet<>(annotations);
      merged.addAll(annotationsOf(inner));
      return node(inner, env, merged, path).required(Optional.empty());
    }
    if (raw == OptionalInt.class) {
      return scalar(Scalar.of(LogicalType.INTEGER, "i32"), cs, path).required(Optional.empty());
    }
    if (raw == OptionalLong.class) {
      return scalar(Scalar.of(LogicalType.INTEGER, "i64"), cs, path).required(Optional.empty());
    }
    if (raw == OptionalDouble.class) {
      return scalar(Scalar.of(LogicalType.NUMBER, "f64"), cs, path).required(Optional.empty());
    }
    Scalar scalar = SCALARS.get(raw);
    if (scalar != null) {
      SchemaProperty.Builder b = scalar(scalar, cs, path).physicalType(physicalType(raw, cs));
      return raw.isPrimitive() ? b.required(true) : b;
    }
    if (raw.isEnum()) {
      return enumeration(raw, cs, path);
    }
    if (Collection.class.isAssignableFrom(raw)) {
      List<AnnotatedType> elements = typeArguments(views, t, 0, 1, path);
      SchemaProperty items = node(elements, env, annotationsOf(elements), path).build();
      return array(items, Set.class.isAssignableFrom(raw), cs, path);
    }
    if (Map.class.isAssignableFrom(raw)) {
      return map(views, t, env, cs, path);
    }
    if (isJdk(raw) || raw.isAnnotation() || raw.isPrimitive()) {
      throw fail(
          path,
          "the type "
              + t.getTypeName()
              + " has no ODCS logical type; use a String, a number, a java.time type, a"
              + " collection, a map, an enum, a record or a bean");
    }
    return object(views, t, raw, env, cs, path);
  }

  private SchemaProperty.Builder object(
      List<AnnotatedType> views,
      Type t,
      Class<?> raw,
      Map<TypeVariable<?>, Binding> env,
      Constraints cs,
      String path) {
    String key = render(t, env);
    if (inside.contains(key)) {
      throw new ContractDefinitionException(
          "Cannot derive a contract from "
              + root.getName()
              + ": the type "
              + raw.getName()
              + " contains itself at '"
              + path
              + "'. ODCS properties cannot refer to an enclosing type, so a recursive type has no"
              + " finite contract; break the cycle (an id instead of the nested value) or write"
              + " the contract by hand");
    }
    Map<TypeVariable<?>, Binding> inner = new HashMap<>();
    if (t instanceof ParameterizedType && views.get(0) instanceof AnnotatedParameterizedType p) {
      TypeVariable<?>[] params = raw.getTypeParameters();
      AnnotatedType[] args = p.getAnnotatedActualTypeArguments();
      for (int i = 0; i < params.length && i < args.length; i++) {
        inner.put(params[i], new Binding(args[i], env));
      }
    }
    inside.push(key);
    try {
      SchemaProperty.Builder b =
          SchemaProperty.builder()
              .logicalType(LogicalType.OBJECT)
              .properties(properties(raw, inner, path));
      return required(b, cs);
    } finally {
      inside.pop();
    }
  }

  private SchemaProperty.Builder map(
      List<AnnotatedType> views,
      Type t,
      Map<TypeVariable<?>, Binding> env,
      Constraints cs,
      String path) {
    List<AnnotatedType> keys = typeArguments(views, t, 0, 2, path);
    List<AnnotatedType> values = typeArguments(views, t, 1, 2, path);
    SchemaProperty key = node(keys, env, annotationsOf(keys), path).build();
    LogicalType keyType = key.logicalType().orElse(LogicalType.OBJECT);
    if (keyType != LogicalType.STRING && keyType != LogicalType.INTEGER) {
      throw fail(
          path,
          "the map key type "
              + keys.get(0).getType().getTypeName()
              + " is "
              + keyType.value()
              + "; map keys must be strings (or integers)");
    }
    SchemaProperty value = node(values, env, annotationsOf(values), path).build();
    if (version.isDraft()) {
      return required(
          SchemaProperty.builder().logicalType(LogicalType.MAP).map(MapType.of(key, value)), cs);
    }
    // ODCS v3.1 has no map type: an object whose properties are not known in advance.
    LogicalTypeOptions.Builder o = LogicalTypeOptions.builder();
    sizes(cs, false, path, o::minProperties, o::maxProperties);
    SchemaProperty.Builder b = SchemaProperty.builder().logicalType(LogicalType.OBJECT);
    return required(options(b, o), cs);
  }

  private SchemaProperty.Builder array(
      SchemaProperty items, boolean unique, Constraints cs, String path) {
    LogicalTypeOptions.Builder o = LogicalTypeOptions.builder();
    sizes(cs, false, path, o::minItems, o::maxItems);
    if (unique) {
      o.uniqueItems(true);
    }
    SchemaProperty.Builder b = SchemaProperty.builder().logicalType(LogicalType.ARRAY).items(items);
    return required(options(b, o), cs);
  }

  private SchemaProperty.Builder enumeration(Class<?> type, Constraints cs, String path) {
    List<JsonValue> names = new ArrayList<>();
    for (Object constant : type.getEnumConstants()) {
      names.add(JsonValue.of(((Enum<?>) constant).name()));
    }
    SchemaProperty.Builder b = scalar(Scalar.of(LogicalType.STRING), cs, path);
    if (names.isEmpty()) {
      throw fail(path, "the enum " + type.getName() + " has no constants, so no value is valid");
    }
    if (version.isDraft()) {
      for (JsonValue n : names) {
        b.enumValue(EnumValue.of(n));
      }
    }
    b.qualityRule(
        QualityRule.builder()
            .metric(QualityMetric.INVALID_VALUES)
            .argument("validValues", new JsonValue.Arr(names))
            .operator(QualityOperator.MUST_BE, 0)
            .dimension(QualityDimension.CONFORMITY)
            .description("Values are constants of the Java enum " + type.getSimpleName() + ".")
            .build());
    return b;
  }

  /** A property of a fixed logical type, with the options and custom properties it can carry. */
  private SchemaProperty.Builder scalar(Scalar s, Constraints cs, String path) {
    SchemaProperty.Builder b = SchemaProperty.builder().logicalType(s.type());
    LogicalTypeOptions.Builder o = LogicalTypeOptions.builder();
    switch (s.type()) {
      case STRING:
        stringOptions(s, cs, path, o, b);
        break;
      case INTEGER:
      case NUMBER:
        if (s.format() != null) {
          o.format(s.format());
        }
        numberBounds(cs, path, o);
        break;
      case DATE:
      case TIMESTAMP:
      case TIME:
        if (s.timezone() != null) {
          o.timezone(s.timezone());
        }
        customProperty(b, TEMPORAL_CONSTRAINT, cs.temporal());
        break;
      case BOOLEAN:
        if (cs.booleanAsserts().size() > 1) {
          throw fail(path, "@AssertTrue and @AssertFalse together allow no value");
        }
        customProperty(b, BOOLEAN_CONSTRAINT, cs.booleanAsserts());
        break;
      default:
        break;
    }
    return required(options(b, o), cs);
  }

  private void stringOptions(
      Scalar s,
      Constraints cs,
      String path,
      LogicalTypeOptions.Builder o,
      SchemaProperty.Builder b) {
    if (s.format() != null) {
      o.format(s.format());
    } else if (cs.email()) {
      o.format("email");
    }
    int min = cs.minSize(true);
    int max = cs.maxSize();
    if (s.singleChar()) {
      min = Math.max(min, 1);
      max = Math.min(max, 1);
    }
    checkSizes(min, max, path);
    if (min > 0) {
      o.minLength(min);
    }
    if (max != Integer.MAX_VALUE) {
      o.maxLength(max);
    }
    List<String> patterns = cs.patterns();
    if (!patterns.isEmpty()) {
      String pattern = combine(patterns);
      try {
        Pattern.compile(pattern);
      } catch (PatternSyntaxException e) {
        throw fail(
            path, "@Pattern '" + pattern + "' is not a regular expression: " + e.getDescription());
      }
      o.pattern(pattern);
    }
    List<JsonValue> flagged = new ArrayList<>();
    for (Constraints.FlaggedPattern f : cs.flaggedPatterns()) {
      Map<String, JsonValue> members = new LinkedHashMap<>();
      members.put("regexp", JsonValue.of(f.regexp()));
      members.put("flags", new JsonValue.Arr(f.flags().stream().map(JsonValue::of).toList()));
      flagged.add(new JsonValue.Obj(members));
    }
    if (!flagged.isEmpty()) {
      b.customProperty(CustomProperty.of(JAVA_PATTERN, oneOrMany(flagged)));
    }
  }

  /**
   * One pattern in ODCS search semantics from several: a full-match pattern {@code ^(?:X)$} becomes
   * the lookahead {@code (?=(?:X)$)}, any other {@code p} {@code (?=[\s\S]*?(?:p))}.
   */
  static String combine(List<String> patterns) {
    if (patterns.size() == 1) {
      return patterns.get(0);
    }
    StringBuilder out = new StringBuilder("^");
    for (String p : patterns) {
      if (p.startsWith("^(?:") && p.endsWith(")$")) {
        out.append("(?=").append(p, 1, p.length()).append(')');
      } else {
        out.append("(?=[\\s\\S]*?(?:").append(p).append("))");
      }
    }
    return out.toString();
  }

  private void numberBounds(Constraints cs, String path, LogicalTypeOptions.Builder o) {
    Constraints.Bound lower = cs.lower();
    Constraints.Bound upper = cs.upper();
    if (lower != null && upper != null) {
      int cmp = lower.value().compareTo(upper.value());
      if (cmp > 0 || (cmp == 0 && (lower.exclusive() || upper.exclusive()))) {
        throw fail(
            path,
            "the lower bound "
                + lower.value().toPlainString()
                + " ("
                + lower.source()
                + ") and the upper bound "
                + upper.value().toPlainString()
                + " ("
                + upper.source()
                + ") allow no value");
      }
    }
    if (lower != null) {
      if (lower.exclusive()) {
        o.exclusiveMinimum(lower.value());
      } else {
        o.minimum(lower.value());
      }
    }
    if (upper != null) {
      if (upper.exclusive()) {
        o.exclusiveMaximum(upper.value());
      } else {
        o.maximum(upper.value());
      }
    }
  }

  private static Optional<String> physicalType(Class<?> type, Constraints cs) {
    Digits d = cs.digits();
    if (type == BigDecimal.class && d != null) {
      return Optional.of("DECIMAL(" + (d.integer() + d.fraction()) + "," + d.fraction() + ")");
    }
    return Optional.empty();
  }

  private void sizes(
      Constraints cs, boolean textual, String path, IntConsumer min, IntConsumer max) {
    int lo = cs.minSize(textual);
    int hi = cs.maxSize();
    checkSizes(lo, hi, path);
    if (lo > 0) {
      min.accept(lo);
    }
    if (hi != Integer.MAX_VALUE) {
      max.accept(hi);
    }
  }

  private void checkSizes(int min, int max, String path) {
    if (min > max) {
      throw fail(
          path,
          "the minimum size "
              + min
              + " (@Size, @NotEmpty, @NotBlank) is above the maximum size "
              + max
              + ", so no value is valid");
    }
    if (min < 0) {
      throw fail(path, "@Size(min = " + min + ") must not be negative");
    }
  }

  private static SchemaProperty.Builder options(
      SchemaProperty.Builder b, LogicalTypeOptions.Builder o) {
    LogicalTypeOptions options = o.build();
    return options.isEmpty() ? b : b.logicalTypeOptions(options);
  }

  private static SchemaProperty.Builder required(SchemaProperty.Builder b, Constraints cs) {
    return cs.required() ? b.required(true) : b;
  }

  private static void customProperty(SchemaProperty.Builder b, String name, List<String> values) {
    if (!values.isEmpty()) {
      b.customProperty(
          CustomProperty.of(name, oneOrMany(values.stream().map(JsonValue::of).toList())));
    }
  }

  private static JsonValue oneOrMany(List<JsonValue> values) {
    return values.size() == 1 ? values.get(0) : new JsonValue.Arr(values);
  }

  private Constraints constraints(Set<Annotation> annotations, String path) {
    try {
      return Constraints.of(annotations);
    } catch (IllegalArgumentException e) {
      throw new ContractDefinitionException(
          "Cannot derive a contract from "
              + root.getName()
              + " at '"
              + path
              + "': "
              + e.getMessage(),
          e);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // @ContractField

  private void annotate(SchemaProperty.Builder b, ContractField cf, String path) {
    if (!cf.description().isEmpty()) {
      b.description(cf.description());
    }
    if (!cf.classification().isEmpty()) {
      b.classification(cf.classification());
    }
    if (cf.primaryKey()) {
      b.primaryKey(true);
    } else if (cf.primaryKeyPosition() != 0) {
      throw fail(
          path,
          "@ContractField(primaryKeyPosition = "
              + cf.primaryKeyPosition()
              + ") needs primaryKey = true");
    }
    if (cf.examples().length > 0) {
      LogicalType type = b.build().logicalType().orElse(LogicalType.STRING);
      for (String example : cf.examples()) {
        b.example(example(example, type));
      }
    }
  }

  /** An example as the JSON value of the property's type when the text reads as one. */
  static JsonValue example(String text, LogicalType type) {
    String s = text.trim();
    try {
      switch (type) {
        case INTEGER:
          return new JsonValue.Num(new BigDecimal(new BigInteger(s)));
        case NUMBER:
          BigDecimal d = new BigDecimal(s);
          return new JsonValue.Num(d.scale() < 0 ? d.setScale(0) : d);
        case BOOLEAN:
          if (s.equals("true") || s.equals("false")) {
            return JsonValue.of(Boolean.parseBoolean(s));
          }
          return JsonValue.of(text);
        default:
          return JsonValue.of(text);
      }
    } catch (NumberFormatException e) {
      return JsonValue.of(text);
    }
  }

  /** Primary key positions: the given ones, and the free ones in declaration order for 0. */
  private void assignKeyPositions(
      List<SchemaProperty.Builder> built, List<@Nullable ContractField> fields, String path) {
    Set<Integer> taken = new HashSet<>();
    for (int i = 0; i < fields.size(); i++) {
      ContractField cf = fields.get(i);
      if (cf == null || !cf.primaryKey() || cf.primaryKeyPosition() == 0) {
        continue;
      }
      String p = Names.child(path, built.get(i).build().name().orElse("?"));
      if (cf.primaryKeyPosition() < 0) {
        throw fail(
            p,
            "@ContractField(primaryKeyPosition = "
                + cf.primaryKeyPosition()
                + ") must be 1 or more, or 0 for the order of declaration");
      }
      if (!taken.add(cf.primaryKeyPosition())) {
        throw fail(
            p,
            "primary key position "
                + cf.primaryKeyPosition()
                + " is used twice; each position may be used once");
      }
      built.get(i).primaryKeyPosition(cf.primaryKeyPosition());
    }
    int next = 1;
    for (int i = 0; i < fields.size(); i++) {
      ContractField cf = fields.get(i);
      if (cf == null || !cf.primaryKey() || cf.primaryKeyPosition() != 0) {
        continue;
      }
      while (taken.contains(next)) {
        next++;
      }
      taken.add(next);
      built.get(i).primaryKeyPosition(next);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Reflection helpers

  /** The type arguments at {@code index} of every view that has them. */
  private List<AnnotatedType> typeArguments(
      List<AnnotatedType> views, Type t, int index, int count, String path) {
    if (!(t instanceof ParameterizedType p) || p.getActualTypeArguments().length != count) {
      throw fail(
          path,
          "the type "
              + t.getTypeName()
              + " does not give its "
              + (count == 1 ? "element" : "key and value")
              + " type"
              + (count == 1 ? "" : "s")
              + "; use a parameterized type such as "
              + (count == 1 ? "List<String>" : "Map<String, Integer>"));
    }
    List<AnnotatedType> out = new ArrayList<>();
    for (AnnotatedType view : views) {
      if (view instanceof AnnotatedParameterizedType pv
          && pv.getAnnotatedActualTypeArguments().length == count) {
        out.add(pv.getAnnotatedActualTypeArguments()[index]);
      }
    }
    return out;
  }

  /** The type annotations written on the views themselves (not inside them). */
  private static Set<Annotation> annotationsOf(List<AnnotatedType> views) {
    Set<Annotation> out = new LinkedHashSet<>();
    for (AnnotatedType v : views) {
      out.addAll(List.of(v.getAnnotations()));
    }
    return out;
  }

  private static @Nullable Class<?> rawClass(Type t) {
    if (t instanceof Class<?> c) {
      return c;
    }
    if (t instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
      return c;
    }
    return null;
  }

  private static boolean isJdk(Class<?> type) {
    String n = type.getName();
    return n.startsWith("java.")
        || n.startsWith("javax.")
        || n.startsWith("jdk.")
        || n.startsWith("sun.")
        || n.startsWith("com.sun.");
  }

  /** A type with its type variables resolved, to recognise an object type met again. */
  private static String render(Type t, Map<TypeVariable<?>, Binding> env) {
    if (t instanceof Class<?> c) {
      return c.getTypeName();
    }
    if (t instanceof ParameterizedType p) {
      StringBuilder sb = new StringBuilder(render(p.getRawType(), env)).append('<');
      Type[] args = p.getActualTypeArguments();
      for (int i = 0; i < args.length; i++) {
        sb.append(i == 0 ? "" : ",").append(render(args[i], env));
      }
      return sb.append('>').toString();
    }
    if (t instanceof TypeVariable<?> v) {
      Binding b = env.get(v);
      return b == null ? v.getName() : render(b.type().getType(), b.env());
    }
    if (t instanceof WildcardType w) {
      return w.getUpperBounds().length == 0
          ? "?"
          : "? extends " + render(w.getUpperBounds()[0], env);
    }
    if (t instanceof GenericArrayType g) {
      return render(g.getGenericComponentType(), env) + "[]";
    }
    return t.getTypeName();
  }

  private ContractDefinitionException fail(String path, String what) {
    return new ContractDefinitionException(
        "Cannot derive a contract from "
            + root.getName()
            + (path.isEmpty() ? "" : " at '" + path + "'")
            + ": "
            + what);
  }

  private static Map<Class<?>, Scalar> scalars() {
    Map<Class<?>, Scalar> m = new HashMap<>();
    m.put(String.class, Scalar.of(LogicalType.STRING));
    m.put(CharSequence.class, Scalar.of(LogicalType.STRING));
    Scalar character = new Scalar(LogicalType.STRING, null, null, true);
    m.put(char.class, character);
    m.put(Character.class, character);
    m.put(boolean.class, Scalar.of(LogicalType.BOOLEAN));
    m.put(Boolean.class, Scalar.of(LogicalType.BOOLEAN));
    m.put(byte.class, Scalar.of(LogicalType.INTEGER, "i8"));
    m.put(Byte.class, Scalar.of(LogicalType.INTEGER, "i8"));
    m.put(short.class, Scalar.of(LogicalType.INTEGER, "i16"));
    m.put(Short.class, Scalar.of(LogicalType.INTEGER, "i16"));
    m.put(int.class, Scalar.of(LogicalType.INTEGER, "i32"));
    m.put(Integer.class, Scalar.of(LogicalType.INTEGER, "i32"));
    m.put(long.class, Scalar.of(LogicalType.INTEGER, "i64"));
    m.put(Long.class, Scalar.of(LogicalType.INTEGER, "i64"));
    m.put(BigInteger.class, Scalar.of(LogicalType.INTEGER));
    m.put(float.class, Scalar.of(LogicalType.NUMBER, "f32"));
    m.put(Float.class, Scalar.of(LogicalType.NUMBER, "f32"));
    m.put(double.class, Scalar.of(LogicalType.NUMBER, "f64"));
    m.put(Double.class, Scalar.of(LogicalType.NUMBER, "f64"));
    m.put(BigDecimal.class, Scalar.of(LogicalType.NUMBER));
    m.put(LocalDate.class, Scalar.of(LogicalType.DATE));
    m.put(Instant.class, Scalar.zoned(LogicalType.TIMESTAMP, true));
    m.put(OffsetDateTime.class, Scalar.zoned(LogicalType.TIMESTAMP, true));
    m.put(ZonedDateTime.class, Scalar.zoned(LogicalType.TIMESTAMP, true));
    m.put(java.util.Date.class, Scalar.zoned(LogicalType.TIMESTAMP, true));
    m.put(LocalDateTime.class, Scalar.zoned(LogicalType.TIMESTAMP, false));
    m.put(LocalTime.class, Scalar.zoned(LogicalType.TIME, false));
    m.put(OffsetTime.class, Scalar.zoned(LogicalType.TIME, true));
    m.put(UUID.class, Scalar.of(LogicalType.STRING, "uuid"));
    m.put(URI.class, Scalar.of(LogicalType.STRING, "uri"));
    m.put(URL.class, Scalar.of(LogicalType.STRING, "uri"));
    return Map.copyOf(m);
  }
}
