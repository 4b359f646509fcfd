package dev.meshsdk.contracts.internal.validate;

import dev.meshsdk.contracts.ContractDefinitionException;
import dev.meshsdk.contracts.DataContract;
import dev.meshsdk.contracts.JsonValue;
import dev.meshsdk.contracts.LogicalType;
import dev.meshsdk.contracts.LogicalTypeOptions;
import dev.meshsdk.contracts.RecordValidator;
import dev.meshsdk.contracts.SchemaObject;
import dev.meshsdk.contracts.SchemaProperty;
import dev.meshsdk.contracts.ValidationOptions;
import dev.meshsdk.contracts.internal.format.Formats;
import dev.meshsdk.contracts.internal.format.Temporals;
import dev.meshsdk.contracts.internal.regex.Regex;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Compiles a schema object into {@link Check}s: once, so that validating a record runs
 * straight-line specialised code with no reflection, map lookups of metadata or boxing.
 */
public final class ValidatorCompiler {
  private static final String BV = "jakarta.validation.constraints.";

  private final ValidationOptions options;
  private final String objectName;

  private ValidatorCompiler(ValidationOptions options, String objectName) {
    this.options = options;
    this.objectName = objectName;
  }

  /**
   * A validator for JSON-like map records.
   *
   * @param contract the contract
   * @param objectName the schema object
   * @param options the options
   * @return the validator
   */
  public static RecordValidator<Map<String, ?>> forMaps(
      DataContract contract, String objectName, ValidationOptions options) {
    SchemaObject object = find(contract, objectName);
    ValidatorCompiler c = new ValidatorCompiler(options, objectName);
    Check root = c.mapObject(object.properties(), List.of(), "", true);
    return new CompiledValidator<>(contract, object, root, options);
  }

  /**
   * A validator for a Java record or bean type.
   *
   * @param contract the contract
   * @param objectName the schema object
   * @param type the type
   * @param options the options
   * @param <T> the type
   * @return the validator
   */
  public static <T> RecordValidator<T> forType(
      DataContract contract, String objectName, Class<T> type, ValidationOptions options) {
    SchemaObject object = find(contract, objectName);
    ValidatorCompiler c = new ValidatorCompiler(options, objectName);
    Check root = c.typedObject(object.properties(), List.of(), type, "", true, new ArrayList<>());
    return new CompiledValidator<>(contract, object, root, options);
  }

  private static SchemaObject find(DataContract contract, String objectName) {
    return contract
        .schemaObject(objectName)
        .orElseThrow(
            () ->
                new ContractDefinitionException(
                    "contract "
                        + contract.id()
                        + " has no schema object '"
                        + objectName
                        + "'; it has "
                        + contract.schema().stream()
                            .map(o -> "'" + o.name() + "'")
                            .collect(Collectors.joining(", ", "[", "]"))));
  }

  private ContractDefinitionException definition(String path, String problem) {
    return new ContractDefinitionException(
        "schema object '"
            + objectName
            + "'"
            + (path.isEmpty() ? "" : ", property " + path)
            + ": "
            + problem);
  }

  private static String childPath(String parent, String name) {
    return parent.isEmpty() ? name : parent + "." + name;
  }

  private static boolean shows(boolean parent, SchemaProperty p) {
    return parent
        && p.classification().map(c -> c.isBlank() || c.equalsIgnoreCase("public")).orElse(true);
  }

  // ------------------------------------------------------------------ map objects

  private Check mapObject(
      List<SchemaProperty> props, List<String> requiredByObject, String path, boolean show) {
    int n = props.size();
    String[] names = new String[n];
    Check[] checks = new Check[n];
    boolean[] required = new boolean[n];
    for (int i = 0; i < n; i++) {
      SchemaProperty p = props.get(i);
      String name = p.name().orElseThrow(() -> definition(path, "a property has no name"));
      names[i] = name;
      required[i] = p.isRequired() || requiredByObject.contains(name);
      checks[i] = value(p, childPath(path, name), shows(show, p), null, List.of(), null);
    }
    return new MapObjectCheck(show, names, checks, required, options.allowUndeclaredFields());
  }

  // ------------------------------------------------------------------ typed objects

  private Check typedObject(
      List<SchemaProperty> props,
      List<String> requiredByObject,
      Class<?> type,
      String path,
      boolean show,
      List<Class<?>> visiting) {
    if (visiting.contains(type)) {
      throw definition(path, "type " + type.getName() + " contains itself");
    }
    visiting.add(type);
    Map<String, Accessor> accessors = accessors(type);
    List<TypedObjectCheck.Field> fields = new ArrayList<>();
    Set<String> declared = new LinkedHashSet<>();
    Set<String> hidden = new HashSet<>();
    List<String> order = new ArrayList<>();
    for (SchemaProperty p : props) {
      String name = p.name().orElseThrow(() -> definition(path, "a property has no name"));
      declared.add(name);
      String ppath = childPath(path, name);
      Accessor a = accessors.get(name);
      boolean contractRequired = p.isRequired() || requiredByObject.contains(name);
      if (a == null) {
        if (contractRequired) {
          throw definition(
              ppath,
              "the contract requires it but "
                  + type.getName()
                  + " has no accessor for it (name a component or getter '"
                  + name
                  + "' or annotate one with @ContractField(name = \""
                  + name
                  + "\"))");
        }
        continue;
      }
      fields.add(typedField(p, a, ppath, shows(show, p), contractRequired, visiting));
      order.add(a.javaName());
      if (!shows(show, p)) {
        hidden.add(a.javaName());
      }
    }
    Map<String, String> contractNames = new HashMap<>();
    for (Map.Entry<String, Accessor> e : accessors.entrySet()) {
      contractNames.put(e.getValue().javaName(), e.getKey());
      if (!declared.contains(e.getKey())) {
        if (!options.allowUndeclaredFields()) {
          fields.add(undeclaredField(e.getKey(), e.getValue()));
        }
        // An undeclared property's own constraints still hold (when undeclared fields are
        // allowed), and its values are not the contract's to show.
        hidden.add(e.getValue().javaName());
      }
    }
    BeanRules rules =
        BeanRules.of(BeanValidation.validator(), type, contractNames, order, hidden, show);
    visiting.remove(type);
    return new TypedObjectCheck(show, type, fields, rules);
  }

  private static TypedObjectCheck.Field undeclaredField(String name, Accessor a) {
    Class<?> t = a.method.getReturnType();
    if (t.isPrimitive()) {
      return new TypedObjectCheck.FixedField(name, true);
    }
    return new TypedObjectCheck.RefField(
        name,
        Getters.reference(a.method),
        Getters.handle(a.method, Object.class),
        null,
        false,
        true);
  }

  private TypedObjectCheck.Field typedField(
      SchemaProperty p,
      Accessor a,
      String path,
      boolean show,
      boolean contractRequired,
      List<Class<?>> visiting) {
    Class<?> raw = a.method.getReturnType();
    List<Annotation> constraints = a.constraints();
    boolean required = contractRequired || hasAny(constraints, "NotNull", "NotBlank", "NotEmpty");
    if (raw.isPrimitive()) {
      LogicalType lt = p.logicalType().orElse(null);
      if (raw == boolean.class) {
        expect(lt, path, raw, LogicalType.BOOLEAN);
        return new TypedObjectCheck.FixedField(p.name().orElseThrow(), false);
      }
      boolean integral = raw != double.class && raw != float.class;
      if (raw == char.class) {
        expect(lt, path, raw, LogicalType.STRING);
        return new TypedObjectCheck.FixedField(p.name().orElseThrow(), false);
      }
      expect(lt, path, raw, integral ? LogicalType.INTEGER : LogicalType.NUMBER);
      if (lt == LogicalType.INTEGER && !integral) {
        throw definition(path, "the contract says integer but the Java type is " + raw.getName());
      }
      NumberCheck check = number(p, path, show, lt != LogicalType.NUMBER, constraints);
      String name = p.name().orElseThrow();
      if (integral) {
        return new TypedObjectCheck.LongField(
            name, Getters.toLong(a.method), Getters.handle(a.method, long.class), check, false);
      }
      return new TypedObjectCheck.DoubleField(
          name, Getters.toDouble(a.method), Getters.handle(a.method, double.class), check, false);
    }
    Type generic = a.method.getGenericReturnType();
    AnnotatedType annotated = a.method.getAnnotatedReturnType();
    if (raw == Optional.class) {
      generic = typeArgument(generic, 0);
      annotated = annotatedArgument(annotated, 0);
      if (annotated != null) {
        constraints = new ArrayList<>(constraints);
        constraints.addAll(constraintsOf(annotated.getAnnotations()));
      }
    }
    Check check = value(p, path, show, generic, constraints, annotated);
    return new TypedObjectCheck.RefField(
        p.name().orElseThrow(),
        Getters.reference(a.method),
        Getters.handle(a.method, Object.class),
        check,
        required,
        false);
  }

  private void expect(@Nullable LogicalType lt, String path, Class<?> raw, LogicalType expected) {
    if (lt != null
        && lt != expected
        && !(lt == LogicalType.NUMBER && expected == LogicalType.INTEGER)) {
      throw definition(
          path, "the contract says " + lt.value() + " but the Java type is " + raw.getName());
    }
  }

  // ------------------------------------------------------------------ values

  /**
   * The check of one property's value. {@code javaType} is null for map records; {@code
   * constraints} are the Bean Validation annotations on the property (typed records only).
   */
  private @Nullable Check value(
      SchemaProperty p,
      String path,
      boolean show,
      @Nullable Type javaType,
      List<Annotation> constraints,
      @Nullable AnnotatedType annotated) {
    LogicalType lt = PropertyConstraints.logicalType(p);
    if (lt == null) {
      // Without a logical type a value must still be JSON-like, unless its Java type says what
      // it is (a record or bean of the service's own, written by its properties).
      return javaType == null || isLoose(javaType) ? new JsonLikeCheck(show) : null;
    }
    return switch (lt) {
      case STRING -> string(p, path, show, constraints, raw(javaType));
      case INTEGER, NUMBER -> number(p, path, show, lt == LogicalType.INTEGER, constraints);
      case BOOLEAN -> new BooleanCheck(show);
      case DATE, TIMESTAMP, TIME -> {
        requireZoneCapable(p, lt, path, raw(javaType));
        yield temporal(p, lt, path, show, constraints);
      }
      case ARRAY -> array(p, path, show, javaType, constraints, annotated);
      case OBJECT -> object(p, path, show, javaType, constraints);
      case MAP -> map(p, path, show, javaType);
    };
  }

  private Check object(
      SchemaProperty p, String path, boolean show, @Nullable Type javaType, List<Annotation> bv) {
    List<String> required =
        p.logicalTypeOptions().map(LogicalTypeOptions::required).orElse(List.of());
    Class<?> raw = raw(javaType);
    if (raw != null && raw != Object.class && !Map.class.isAssignableFrom(raw)) {
      return typedObject(p.properties(), required, raw, path, show, new ArrayList<>());
    }
    return mapObject(p.properties(), required, path, show);
  }

  private Check map(SchemaProperty p, String path, boolean show, @Nullable Type javaType) {
    Check keys =
        p.map()
            .flatMap(m -> m.key())
            .map(k -> value(k, path + ".(key)", show, null, List.of(), null))
            .orElse(null);
    Type valueType = javaType == null ? null : typeArgument(javaType, 1);
    Check values =
        p.map()
            .flatMap(m -> m.value())
            .map(v -> value(v, path + ".(value)", show, valueType, List.of(), null))
            .orElse(null);
    return new MapValuesCheck(show, keys, values);
  }

  private Check array(
      SchemaProperty p,
      String path,
      boolean show,
      @Nullable Type javaType,
      List<Annotation> bv,
      @Nullable AnnotatedType annotated) {
    LogicalTypeOptions o = p.logicalTypeOptions().orElse(LogicalTypeOptions.builder().build());
    int min = o.minItems().orElse(0);
    int max = o.maxItems().orElse(-1);
    for (Annotation a : bv) {
      String n = a.annotationType().getName();
      if (n.equals(BV + "Size")) {
        int amin = (int) attr(a, "min");
        int amax = (int) attr(a, "max");
        if (amin > min) {
          min = amin;
        }
        if (amax != Integer.MAX_VALUE && (max < 0 || amax < max)) {
          max = amax;
        }
      } else if (n.equals(BV + "NotEmpty")) {
        min = Math.max(min, 1);
      }
    }
    Type itemType = null;
    AnnotatedType itemAnnotated = null;
    if (javaType != null) {
      Class<?> raw = raw(javaType);
      if (raw != null && raw.isArray()) {
        itemType = raw.getComponentType();
      } else {
        itemType = typeArgument(javaType, 0);
        itemAnnotated = annotated == null ? null : annotatedArgument(annotated, 0);
      }
    }
    List<Annotation> itemConstraints =
        itemAnnotated == null ? List.of() : constraintsOf(itemAnnotated.getAnnotations());
    boolean itemsRequired =
        p.items().map(SchemaProperty::isRequired).orElse(false)
            || hasAny(itemConstraints, "NotNull", "NotBlank", "NotEmpty");
    final Type it = itemType;
    final AnnotatedType ia = itemAnnotated;
    Check items =
        p.items()
            .map(i -> value(i, path + "[]", shows(show, i), it, itemConstraints, ia))
            // A map record's array with no item schema still holds JSON-like values only.
            .orElse(javaType == null ? new JsonLikeCheck(show) : null);
    return new ArrayCheck(show, min, max, o.isUniqueItems(), items, itemsRequired);
  }

  private Check string(
      SchemaProperty p, String path, boolean show, List<Annotation> bv, @Nullable Class<?> raw) {
    LogicalTypeOptions o = p.logicalTypeOptions().orElse(LogicalTypeOptions.builder().build());
    int min = o.minLength().orElse(0);
    int max = o.maxLength().orElse(-1);
    List<StringCheck.PatternRule> patterns = new ArrayList<>();
    if (o.pattern().isPresent()) {
      patterns.add(
          new StringCheck.PatternRule(
              compile(o.pattern().get(), Regex.Mode.SEARCH, path), "pattern", o.pattern().get()));
    }
    Predicate<String> format = null;
    String formatName = "";
    if (o.format().isPresent()) {
      Optional<Predicate<String>> f = Formats.forName(o.format().get());
      if (f.isPresent()) {
        format = f.get();
        formatName = o.format().get();
      }
    }
    boolean notBlank = false;
    for (Annotation a : bv) {
      String n = a.annotationType().getName();
      switch (n.startsWith(BV) ? n.substring(BV.length()) : n) {
        case "Size" -> {
          int amin = (int) attr(a, "min");
          int amax = (int) attr(a, "max");
          if (amin > min) {
            min = amin;
          }
          if (amax != Integer.MAX_VALUE && (max < 0 || amax < max)) {
            max = amax;
          }
        }
        case "NotEmpty" -> min = Math.max(min, 1);
        case "NotBlank" -> notBlank = true;
        case "Pattern" -> {
          String regexp = (String) attr(a, "regexp");
          // With flags it is Hibernate Validator's (BeanRules), not ours.
          if (((Object[]) attr(a, "flags")).length == 0
              && !sameAsContractPattern(o.pattern().orElse(null), regexp)) {
            patterns.add(
                new StringCheck.PatternRule(
                    compile(regexp, Regex.Mode.FULL_MATCH, path), "pattern", regexp));
          }
        }
        case "Email" -> {
          // With its own regexp or flags it is Hibernate Validator's (BeanRules), not ours.
          if (BeanValidation.isCompiled(a) && format == null) {
            format = Formats.forName("email").orElseThrow();
            formatName = "email";
          }
        }
        default -> {
          // a nullness constraint (required), or one for Hibernate Validator (BeanRules)
        }
      }
    }
    Set<String> allowed = allowedValues(p, path);
    if (allowed != null && raw != null && raw.isEnum() && allNamed(raw, allowed)) {
      allowed = null; // every constant of the Java enum is an allowed value: nothing to check
    }
    return new StringCheck(
        show,
        min,
        max,
        patterns.toArray(new StringCheck.PatternRule[0]),
        format,
        formatName,
        allowed,
        notBlank);
  }

  /**
   * Whether a Bean Validation {@code @Pattern} (full match) says what the contract's pattern
   * (search) already says, so it is not checked, or reported, twice.
   */
  private static boolean sameAsContractPattern(@Nullable String contract, String fullMatch) {
    return contract != null
        && (contract.equals("^" + fullMatch + "$")
            || contract.equals("^(?:" + fullMatch + ")$")
            || contract.equals("^(" + fullMatch + ")$"));
  }

  /** Whether every constant of a Java enum is named among the allowed values. */
  private static boolean allNamed(Class<?> enumType, Set<String> allowed) {
    for (Object constant : enumType.getEnumConstants()) {
      if (!allowed.contains(((Enum<?>) constant).name())) {
        return false;
      }
    }
    return true;
  }

  /** Values every record must take: enum values (v3.2) and invalidValues rules with mustBe 0. */
  private @Nullable Set<String> allowedValues(SchemaProperty p, String path) {
    Set<String> allowed = PropertyConstraints.allowedTexts(p);
    return allowed == null ? null : Collections.unmodifiableSet(allowed);
  }

  private NumberCheck number(
      SchemaProperty p, String path, boolean show, boolean integer, List<Annotation> bv) {
    LogicalTypeOptions o = p.logicalTypeOptions().orElse(LogicalTypeOptions.builder().build());
    List<NumberCheck.Bound> bounds = new ArrayList<>();
    o.minimum().ifPresent(v -> decimal(v, path, "minimum"));
    o.maximum().ifPresent(v -> decimal(v, path, "maximum"));
    for (PropertyConstraints.Bound b : PropertyConstraints.bounds(o)) {
      bounds.add(new NumberCheck.Bound(b.value(), b.lower(), b.exclusive(), b.keyword()));
    }
    for (Annotation a : bv) {
      BeanBounds.Numeric b = BeanBounds.numeric(a);
      if (b != null) {
        bounds.add(
            new NumberCheck.Bound(
                bvDecimal(b.value(), a, path), b.lower(), b.exclusive(), b.keyword()));
      }
    }
    String format = o.format().orElse("");
    BigDecimal fmin = null;
    BigDecimal fmax = null;
    if (integer && !format.isEmpty()) {
      int bits;
      boolean unsigned = format.startsWith("u");
      try {
        bits = Integer.parseInt(format.substring(1));
      } catch (NumberFormatException e) {
        throw definition(path, "integer format '" + format + "' is not one of i8..i128, u8..u128");
      }
      if (!format.matches("[iu](8|16|32|64|128)")) {
        throw definition(path, "integer format '" + format + "' is not one of i8..i128, u8..u128");
      }
      if (unsigned) {
        fmin = BigDecimal.ZERO;
        fmax = new BigDecimal(BigInteger.TWO.pow(bits).subtract(BigInteger.ONE));
      } else {
        fmin = new BigDecimal(BigInteger.TWO.pow(bits - 1).negate());
        fmax = new BigDecimal(BigInteger.TWO.pow(bits - 1).subtract(BigInteger.ONE));
      }
    }
    return new NumberCheck(
        show, integer, format, fmin, fmax, tightest(bounds), o.multipleOf().orElse(null));
  }

  /**
   * The tightest lower and the tightest upper bound: the contract's and the Bean Validation
   * constraints' bounds on one property are checked, and reported, once.
   */
  static List<NumberCheck.Bound> tightest(List<NumberCheck.Bound> bounds) {
    NumberCheck.Bound lower = null;
    NumberCheck.Bound upper = null;
    for (NumberCheck.Bound b : bounds) {
      if (b.lower) {
        if (lower == null || tighter(b, lower, 1)) {
          lower = b;
        }
      } else if (upper == null || tighter(b, upper, -1)) {
        upper = b;
      }
    }
    List<NumberCheck.Bound> out = new ArrayList<>(2);
    if (lower != null) {
      out.add(lower);
    }
    if (upper != null) {
      out.add(upper);
    }
    return out;
  }

  private static boolean tighter(NumberCheck.Bound b, NumberCheck.Bound than, int direction) {
    int c = b.value.compareTo(than.value) * direction;
    return c > 0 || (c == 0 && b.exclusive && !than.exclusive);
  }

  private BigDecimal bvDecimal(String v, Annotation a, String path) {
    try {
      return new BigDecimal(v);
    } catch (NumberFormatException e) {
      throw definition(
          path, "@" + a.annotationType().getSimpleName() + " value '" + v + "' is not a number");
    }
  }

  private BigDecimal decimal(JsonValue v, String path, String what) {
    if (v instanceof JsonValue.Num n) {
      return n.value();
    }
    throw definition(path, "logicalTypeOptions." + what + " must be a number, got " + v.typeName());
  }

  private Check temporal(
      SchemaProperty p, LogicalType lt, String path, boolean show, List<Annotation> bv) {
    LogicalTypeOptions o = p.logicalTypeOptions().orElse(LogicalTypeOptions.builder().build());
    TemporalCheck.Kind kind =
        switch (lt) {
          case DATE -> TemporalCheck.Kind.DATE;
          case TIME -> TemporalCheck.Kind.TIME;
          default -> TemporalCheck.Kind.TIMESTAMP;
        };
    DateTimeFormatter formatter = o.format().map(f -> formatter(f, path)).orElse(null);
    String formatText = o.format().orElse("ISO-8601");
    ZoneId zone;
    try {
      zone = o.defaultTimezone().map(ZoneId::of).orElse(ZoneOffset.UTC);
    } catch (DateTimeException e) {
      throw definition(
          path, "defaultTimezone '" + o.defaultTimezone().get() + "' is not a time zone");
    }
    boolean requireOffset = kind != TemporalCheck.Kind.DATE && o.timezone().orElse(false);
    List<TemporalCheck.Bound> bounds = new ArrayList<>();
    for (Annotation a : bv) {
      BeanBounds.Temporal t = BeanBounds.temporal(a);
      if (t != null) {
        bounds.add(new TemporalCheck.Bound(0, true, t.future(), t.exclusive(), t.rule(), "now"));
      }
    }
    TemporalCheck probe =
        new TemporalCheck(
            show, kind, formatter, formatText, false, zone, List.of(), options.clock());
    addTemporalBound(bounds, probe, o.minimum(), true, false, "minimum", path);
    addTemporalBound(bounds, probe, o.maximum(), false, false, "maximum", path);
    addTemporalBound(bounds, probe, o.exclusiveMinimum(), true, true, "exclusiveMinimum", path);
    addTemporalBound(bounds, probe, o.exclusiveMaximum(), false, true, "exclusiveMaximum", path);
    return new TemporalCheck(
        show, kind, formatter, formatText, requireOffset, zone, bounds, options.clock());
  }

  /**
   * A contract that says {@code timezone: true} needs a Java type that can hold an offset: a {@code
   * LocalTime} or {@code LocalDateTime} would fail every record, so it is refused now.
   */
  private void requireZoneCapable(
      SchemaProperty p, LogicalType lt, String path, @Nullable Class<?> raw) {
    boolean zoned =
        p.logicalTypeOptions().flatMap(LogicalTypeOptions::timezone).orElse(false)
            && lt != LogicalType.DATE;
    if (zoned && (raw == java.time.LocalTime.class || raw == java.time.LocalDateTime.class)) {
      throw definition(
          path,
          "the contract says timezone: true but the Java type "
              + raw.getName()
              + " holds no offset (use "
              + (raw == java.time.LocalTime.class ? "OffsetTime" : "Instant or OffsetDateTime")
              + ")");
    }
  }

  private void addTemporalBound(
      List<TemporalCheck.Bound> bounds,
      TemporalCheck probe,
      Optional<JsonValue> value,
      boolean lower,
      boolean exclusive,
      String rule,
      String path) {
    if (value.isEmpty() || value.get() instanceof JsonValue.Bool) {
      return;
    }
    if (!(value.get() instanceof JsonValue.Str s)) {
      throw definition(path, "logicalTypeOptions." + rule + " must be a date/time string");
    }
    long key = probe.parseBound(s.value());
    if (key == Temporals.INVALID) {
      throw definition(
          path,
          "logicalTypeOptions."
              + rule
              + " '"
              + s.value()
              + "' does not parse in the property's format");
    }
    bounds.add(new TemporalCheck.Bound(key, false, lower, exclusive, rule, s.value()));
  }

  private DateTimeFormatter formatter(String pattern, String path) {
    try {
      return strict(pattern);
    } catch (IllegalArgumentException first) {
      // The ODCS docs write patterns like yyyy-MM-ddTHH:mm:ssZ, with an unquoted T.
      String quoted = pattern.replaceAll("(?<=[dD])T(?=[Hh])", "'T'");
      try {
        return strict(quoted);
      } catch (IllegalArgumentException e) {
        throw definition(
            path, "format '" + pattern + "' is not a date-time pattern: " + first.getMessage());
      }
    }
  }

  /**
   * A formatter that refuses impossible dates ({@code 31.02.2026} is not 3 March, nor 28 February):
   * strict resolving, with {@code yyyy} (year of era) read in the current era as everybody means
   * it.
   */
  private static DateTimeFormatter strict(String pattern) {
    return new DateTimeFormatterBuilder()
        .appendPattern(pattern)
        .parseDefaulting(ChronoField.ERA, 1)
        .toFormatter(Locale.ROOT)
        .withResolverStyle(ResolverStyle.STRICT);
  }

  private Regex compile(String pattern, Regex.Mode mode, String path) {
    try {
      return Regex.compile(pattern, mode);
    } catch (ContractDefinitionException e) {
      throw new ContractDefinitionException(
          "schema object '" + objectName + "', property " + path + ": " + e.getMessage(), e);
    }
  }

  // ------------------------------------------------------------------ Bean Validation

  private static boolean isKnownNullness(String annotation) {
    return annotation.equals(BV + "NotNull")
        || annotation.equals(BV + "NotBlank")
        || annotation.equals(BV + "NotEmpty")
        || annotation.equals("jakarta.validation.Valid");
  }

  private static boolean hasAny(List<Annotation> constraints, String... simpleNames) {
    for (Annotation a : constraints) {
      for (String s : simpleNames) {
        if (a.annotationType().getName().equals(BV + s)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The Bean Validation constraints (of the Default group) among annotations. */
  static List<Annotation> constraintsOf(Annotation[] annotations) {
    List<Annotation> out = new ArrayList<>();
    for (Annotation a : annotations) {
      Class<? extends Annotation> t = a.annotationType();
      if (t.getName().equals("jakarta.validation.Valid")) {
        continue;
      }
      if (t.isAnnotationPresent(jakarta.validation.Constraint.class) && inDefaultGroup(a)) {
        out.add(a);
      } else if (t.getSimpleName().equals("List")
          && t.getEnclosingClass() != null
          && t.getEnclosingClass().isAnnotationPresent(jakarta.validation.Constraint.class)) {
        out.addAll(constraintsOf((Annotation[]) attr(a, "value")));
      }
    }
    return out;
  }

  private static boolean inDefaultGroup(Annotation a) {
    try {
      Class<?>[] groups = (Class<?>[]) attr(a, "groups");
      return groups.length == 0
          || Arrays.asList(groups).contains(jakarta.validation.groups.Default.class);
    } catch (RuntimeException e) {
      return true;
    }
  }

  private static Object attr(Annotation a, String name) {
    try {
      Method m = a.annotationType().getMethod(name);
      return m.invoke(a);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("@" + a.annotationType().getSimpleName() + "." + name, e);
    }
  }

  // ------------------------------------------------------------------ Java types

  /** How a property of a Java type is read, and the annotations on it. */
  private record Accessor(String javaName, Method method, List<Annotation> annotations) {
    /**
     * Checks the components.
     *
     * @param javaName the property's Java name (record component or JavaBeans property)
     * @param method the accessor
     * @param annotations the annotations on the component, field and accessor
     */
    Accessor {}

    List<Annotation> constraints() {
      return constraintsOf(annotations.toArray(new Annotation[0]));
    }
  }

  private static Map<String, Accessor> accessors(Class<?> type) {
    Map<String, Accessor> out = new LinkedHashMap<>();
    if (type.isRecord()) {
      for (RecordComponent rc : type.getRecordComponents()) {
        List<Annotation> annotations = new ArrayList<>(Arrays.asList(rc.getAnnotations()));
        annotations.addAll(Arrays.asList(rc.getAccessor().getAnnotations()));
        try {
          annotations.addAll(Arrays.asList(type.getDeclaredField(rc.getName()).getAnnotations()));
        } catch (NoSuchFieldException e) {
          // a record always has the field
        }
        out.put(
            PropertyNames.contractName(rc.getName(), annotations),
            new Accessor(rc.getName(), rc.getAccessor(), dedupe(annotations)));
      }
      return out;
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
      out.put(
          PropertyNames.contractName(property, annotations),
          new Accessor(property, m, dedupe(annotations)));
    }
    return out;
  }

  private static List<Annotation> dedupe(List<Annotation> annotations) {
    return new ArrayList<>(new LinkedHashSet<>(annotations));
  }

  /**
   * Whether a Java type says no more of its values than JSON does: {@code Object} or a type
   * variable, a string, number or boolean, or a map (string keys) or collection of such types, at
   * any depth. Such values are checked as JSON-like; a record or bean of the service's own is not.
   */
  private static boolean isLoose(Type t) {
    if (t == Object.class || t instanceof TypeVariable<?>) {
      return true;
    }
    if (t instanceof WildcardType w) {
      return w.getLowerBounds().length == 0
          && Arrays.stream(w.getUpperBounds()).allMatch(ValidatorCompiler::isLoose);
    }
    if (t instanceof Class<?> c && JSON_SCALARS.contains(c)) {
      return true;
    }
    Class<?> raw = raw(t);
    boolean map = raw != null && Map.class.isAssignableFrom(raw);
    if (raw == null || !(map || java.util.Collection.class.isAssignableFrom(raw))) {
      return false;
    }
    if (!(t instanceof ParameterizedType pt)) {
      return true; // a raw Map or List
    }
    Type[] args = pt.getActualTypeArguments();
    if (map && args.length == 2 && !(args[0] == String.class || isOpen(args[0]))) {
      return false;
    }
    for (int i = map ? 1 : 0; i < args.length; i++) {
      if (!isLoose(args[i])) {
        return false;
      }
    }
    return true;
  }

  private static final Set<Class<?>> JSON_SCALARS =
      Set.of(
          String.class,
          Boolean.class,
          Number.class,
          Integer.class,
          Long.class,
          Short.class,
          Byte.class,
          Double.class,
          Float.class,
          BigDecimal.class,
          BigInteger.class);

  private static boolean isOpen(Type t) {
    return t == Object.class
        || t instanceof TypeVariable<?>
        || (t instanceof WildcardType w
            && w.getLowerBounds().length == 0
            && Arrays.equals(w.getUpperBounds(), new Type[] {Object.class}));
  }

  private static @Nullable Class<?> raw(@Nullable Type t) {
    if (t instanceof Class<?> c) {
      return c;
    }
    if (t instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
      return c;
    }
    return null;
  }

  private static @Nullable Type typeArgument(@Nullable Type t, int i) {
    if (t instanceof ParameterizedType p && p.getActualTypeArguments().length > i) {
      return p.getActualTypeArguments()[i];
    }
    Class<?> raw = raw(t);
    if (raw != null && raw.isArray()) {
      return raw.getComponentType();
    }
    return null;
  }

  private static @Nullable AnnotatedType annotatedArgument(@Nullable AnnotatedType t, int i) {
    if (t instanceof AnnotatedParameterizedType p
        && p.getAnnotatedActualTypeArguments().length > i) {
      return p.getAnnotatedActualTypeArguments()[i];
    }
    return null;
  }
}
