package dev.meshsdk.contracts.internal.derive;

import dev.meshsdk.contracts.ContractDefinitionException;
import dev.meshsdk.contracts.DataContract;
import dev.meshsdk.contracts.Drift;
import dev.meshsdk.contracts.DriftKind;
import dev.meshsdk.contracts.EnumValue;
import dev.meshsdk.contracts.JsonValue;
import dev.meshsdk.contracts.LogicalType;
import dev.meshsdk.contracts.LogicalTypeOptions;
import dev.meshsdk.contracts.QualityMetric;
import dev.meshsdk.contracts.QualityOperator;
import dev.meshsdk.contracts.QualityRule;
import dev.meshsdk.contracts.SchemaObject;
import dev.meshsdk.contracts.SchemaProperty;
import dev.meshsdk.contracts.annotation.ContractSchema;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Compares the schema object derived from a Java type ("the code") with one written in a contract,
 * property by property, and lists the drifts.
 */
final class DriftFinder {
  /** String formats that Java types and Bean Validation can express. */
  private static final Set<String> CHECKED_FORMATS = Set.of("email", "uuid", "uri");

  private static final Map<String, BigInteger[]> INTEGER_FORMATS = integerFormats();

  private final List<Drift> drifts = new ArrayList<>();

  private DriftFinder() {}

  /** The schema object a type is compared with. */
  static SchemaObject schemaObject(Class<?> type, DataContract contract) {
    ContractSchema cs = type.getAnnotation(ContractSchema.class);
    List<String> names = contract.schema().stream().map(SchemaObject::name).toList();
    if (cs != null && !cs.object().isEmpty()) {
      return contract
          .schemaObject(cs.object())
          .orElseThrow(
              () ->
                  new ContractDefinitionException(
                      "The contract "
                          + contract.id()
                          + " has no schema object '"
                          + cs.object()
                          + "' (named by @ContractSchema(object) on "
                          + type.getName()
                          + "); it has "
                          + names));
    }
    String snake = Names.snakeCase(type.getSimpleName());
    Optional<SchemaObject> byName = contract.schemaObject(snake);
    if (byName.isPresent()) {
      return byName.get();
    }
    if (contract.schema().size() == 1) {
      return contract.schema().get(0);
    }
    throw new ContractDefinitionException(
        "The contract "
            + contract.id()
            + " has no schema object '"
            + snake
            + "' for "
            + type.getName()
            + " and "
            + (names.isEmpty() ? "none at all" : "several: " + names)
            + "; name one with @ContractSchema(object = ...)");
  }

  /** The drifts of the code's schema object from the contract's. */
  static List<Drift> compare(SchemaObject code, SchemaObject contract) {
    DriftFinder f = new DriftFinder();
    f.properties(code.properties(), contract.properties(), List.of(), "", true);
    return List.copyOf(f.drifts);
  }

  private void properties(
      List<SchemaProperty> code,
      List<SchemaProperty> contract,
      List<String> requiredByParent,
      String path,
      boolean closed) {
    Set<String> listed = new LinkedHashSet<>();
    for (SchemaProperty k : contract) {
      Optional<String> name = k.name();
      if (name.isEmpty()) {
        continue;
      }
      listed.add(name.get());
      String p = Names.child(path, name.get());
      Optional<SchemaProperty> c = code.stream().filter(x -> x.name().equals(name)).findFirst();
      if (c.isEmpty()) {
        add(
            p,
            DriftKind.MISSING_IN_CODE,
            "the contract has "
                + describe(k)
                + " '"
                + name.get()
                + "' but the Java type has no such field");
      } else {
        property(c.get(), k, requiredByParent.contains(name.get()), p);
      }
    }
    if (!closed) {
      return;
    }
    for (SchemaProperty c : code) {
      String name = c.name().orElse("");
      if (!listed.contains(name)) {
        add(
            Names.child(path, name),
            DriftKind.MISSING_IN_CONTRACT,
            "the Java type has " + describe(c) + " '" + name + "' that the contract does not list");
      }
    }
  }

  private void property(SchemaProperty c, SchemaProperty k, boolean requiredByParent, String p) {
    Optional<LogicalType> kt = k.logicalType();
    LogicalType ct = c.logicalType().orElse(LogicalType.OBJECT);
    if (kt.isPresent() && kt.get() != ct) {
      add(
          p,
          DriftKind.TYPE_MISMATCH,
          "the contract's type is " + describe(k) + " but the Java type's is " + describe(c));
      return;
    }
    if ((k.isRequired() || requiredByParent) && !c.isRequired()) {
      add(
          p,
          DriftKind.REQUIRED_MISMATCH,
          "the contract requires a value but the Java type allows none (an Optional, or no"
              + " @NotNull, @NotBlank or @NotEmpty on a reference type)");
    }
    LogicalTypeOptions co = c.logicalTypeOptions().orElse(LogicalTypeOptions.builder().build());
    LogicalTypeOptions ko = k.logicalTypeOptions().orElse(LogicalTypeOptions.builder().build());
    switch (ct) {
      case STRING:
        strings(co, ko, p);
        break;
      case INTEGER:
      case NUMBER:
        numbers(ct, co, ko, p);
        break;
      case TIMESTAMP:
      case TIME:
        if (ko.timezone().orElse(false) && !co.timezone().orElse(false)) {
          add(
              p,
              DriftKind.TYPE_MISMATCH,
              "the contract's values carry a timezone (timezone: true) but the Java type's do not"
                  + " (use Instant, OffsetDateTime, ZonedDateTime or OffsetTime)");
        }
        break;
      case ARRAY:
        sizes(
            co.minItems(),
            co.maxItems(),
            ko.minItems(),
            ko.maxItems(),
            "items",
            "@Size(min) or @NotEmpty",
            p);
        if (ko.isUniqueItems() && !co.isUniqueItems()) {
          add(
              p,
              DriftKind.WEAKER_CONSTRAINT,
              "the contract's items are unique (uniqueItems: true) but the Java type is not a Set");
        }
        if (c.items().isPresent() && k.items().isPresent()) {
          property(c.items().get(), k.items().get(), false, p);
        }
        break;
      case OBJECT:
        sizes(
            co.minProperties(),
            co.maxProperties(),
            ko.minProperties(),
            ko.maxProperties(),
            "properties",
            "@Size(min) or @NotEmpty",
            p);
        properties(c.properties(), k.properties(), ko.required(), p, !k.properties().isEmpty());
        break;
      case MAP:
        if (c.map().isPresent() && k.map().isPresent()) {
          if (c.map().get().key().isPresent() && k.map().get().key().isPresent()) {
            property(c.map().get().key().get(), k.map().get().key().get(), false, p);
          }
          if (c.map().get().value().isPresent() && k.map().get().value().isPresent()) {
            property(c.map().get().value().get(), k.map().get().value().get(), false, p);
          }
        }
        break;
      default:
        break;
    }
    enumerations(c, k, p);
  }

  private void strings(LogicalTypeOptions co, LogicalTypeOptions ko, String p) {
    sizes(
        co.minLength(),
        co.maxLength(),
        ko.minLength(),
        ko.maxLength(),
        "characters",
        "@Size(min) or @NotBlank",
        p);
    if (ko.pattern().isPresent() && co.pattern().isEmpty()) {
      add(
          p,
          DriftKind.WEAKER_CONSTRAINT,
          "the contract's values match the pattern '"
              + ko.pattern().get()
              + "' but the Java type has no @Pattern");
    }
    Optional<String> format = ko.format().filter(CHECKED_FORMATS::contains);
    if (format.isPresent() && !format.equals(co.format())) {
      add(
          p,
          DriftKind.WEAKER_CONSTRAINT,
          "the contract's values have the format "
              + format.get()
              + " but the Java type's "
              + co.format().map(f -> "have the format " + f).orElse("have none")
              + " (use "
              + (format.get().equals("email")
                  ? "@Email"
                  : format.get().equals("uuid") ? "UUID" : "URI")
              + ")");
    }
  }

  private void sizes(
      Optional<Integer> codeMin,
      Optional<Integer> codeMax,
      Optional<Integer> contractMin,
      Optional<Integer> contractMax,
      String unit,
      String minHint,
      String p) {
    int kmin = contractMin.orElse(0);
    int cmin = codeMin.orElse(0);
    if (kmin > cmin) {
      add(
          p,
          DriftKind.WEAKER_CONSTRAINT,
          "the contract needs at least "
              + kmin
              + " "
              + unit
              + " but the Java type allows "
              + cmin
              + " (use "
              + minHint
              + ")");
    }
    if (contractMax.isPresent() && (codeMax.isEmpty() || codeMax.get() > contractMax.get())) {
      add(
          p,
          DriftKind.WEAKER_CONSTRAINT,
          "the contract allows at most "
              + contractMax.get()
              + " "
              + unit
              + " but the Java type allows "
              + codeMax.map(String::valueOf).orElse("any number")
              + " (use @Size(max))");
    }
  }

  /** A lower or upper bound, inclusive unless {@code exclusive}. */
  private record Limit(BigDecimal value, boolean exclusive) {
    String show(boolean lower) {
      return (lower ? (exclusive ? "> " : ">= ") : (exclusive ? "< " : "<= "))
          + value.toPlainString();
    }
  }

  private void numbers(LogicalType type, LogicalTypeOptions co, LogicalTypeOptions ko, String p) {
    boolean integer = type == LogicalType.INTEGER;
    Limit kl = lower(ko, integer);
    Limit cl = lower(co, integer);
    if (kl != null && (cl == null || looser(cl, kl, true))) {
      add(
          p,
          DriftKind.WEAKER_CONSTRAINT,
          "the contract's values are "
              + kl.show(true)
              + " but the Java type allows "
              + (cl == null ? "any lower value" : "values " + cl.show(true))
              + " (use @Min, @DecimalMin, @Positive or @PositiveOrZero)");
    }
    Limit ku = upper(ko, integer);
    Limit cu = upper(co, integer);
    if (ku != null && (cu == null || looser(cu, ku, false))) {
      add(
          p,
          DriftKind.WEAKER_CONSTRAINT,
          "the contract's values are "
              + ku.show(false)
              + " but the Java type allows "
              + (cu == null ? "any higher value" : "values " + cu.show(false))
              + " (use @Max, @DecimalMax, @Negative or @NegativeOrZero)");
    }
    if (!integer
        && ko.format().filter("f32"::equals).isPresent()
        && co.format().filter("f64"::equals).isPresent()) {
      add(
          p,
          DriftKind.WEAKER_CONSTRAINT,
          "the contract's values are f32 but the Java type is a double (f64)");
    }
  }

  /** Whether the code's limit lets through values the contract's refuses. */
  private static boolean looser(Limit code, Limit contract, boolean lower) {
    int cmp = code.value().compareTo(contract.value());
    if (cmp == 0) {
      return contract.exclusive() && !code.exclusive();
    }
    return lower ? cmp < 0 : cmp > 0;
  }

  /**
   * The lower bound of an integer or number: the tighter of the explicit bounds and, for integers,
   * the format's range. Integer bounds are made inclusive, so {@code exclusiveMinimum: 0} equals
   * {@code minimum: 1}.
   */
  private static @Nullable Limit lower(LogicalTypeOptions o, boolean integer) {
    List<Limit> limits = new ArrayList<>();
    o.minimumNumber()
        .ifPresent(v -> limits.add(new Limit(v, o.exclusiveMinimumFlag().orElse(false))));
    o.exclusiveMinimumNumber().ifPresent(v -> limits.add(new Limit(v, true)));
    if (integer) {
      BigInteger[] range = o.format().map(INTEGER_FORMATS::get).orElse(null);
      if (range != null) {
        limits.add(new Limit(new BigDecimal(range[0]), false));
      }
    }
    Limit best = null;
    for (Limit l : limits) {
      Limit n = integer ? integerLower(l) : l;
      if (best == null || looser(best, n, true)) {
        best = n;
      }
    }
    return best;
  }

  private static @Nullable Limit upper(LogicalTypeOptions o, boolean integer) {
    List<Limit> limits = new ArrayList<>();
    o.maximumNumber()
        .ifPresent(v -> limits.add(new Limit(v, o.exclusiveMaximumFlag().orElse(false))));
    o.exclusiveMaximumNumber().ifPresent(v -> limits.add(new Limit(v, true)));
    if (integer) {
      BigInteger[] range = o.format().map(INTEGER_FORMATS::get).orElse(null);
      if (range != null) {
        limits.add(new Limit(new BigDecimal(range[1]), false));
      }
    }
    Limit best = null;
    for (Limit l : limits) {
      Limit n = integer ? integerUpper(l) : l;
      if (best == null || looser(best, n, false)) {
        best = n;
      }
    }
    return best;
  }

  private static Limit integerLower(Limit l) {
    BigDecimal ceil = l.value().setScale(0, RoundingMode.CEILING);
    if (l.exclusive() && ceil.compareTo(l.value()) == 0) {
      ceil = ceil.add(BigDecimal.ONE);
    }
    return new Limit(ceil, false);
  }

  private static Limit integerUpper(Limit l) {
    BigDecimal floor = l.value().setScale(0, RoundingMode.FLOOR);
    if (l.exclusive() && floor.compareTo(l.value()) == 0) {
      floor = floor.subtract(BigDecimal.ONE);
    }
    return new Limit(floor, false);
  }

  private void enumerations(SchemaProperty c, SchemaProperty k, String p) {
    Set<JsonValue> allowed = allowedValues(k);
    if (allowed == null) {
      return;
    }
    Set<JsonValue> code = allowedValues(c);
    if (code == null) {
      add(
          p,
          DriftKind.WEAKER_CONSTRAINT,
          "the contract allows only " + show(allowed) + " but the Java type allows any value");
      return;
    }
    Set<JsonValue> extra = new LinkedHashSet<>(code);
    extra.removeAll(allowed);
    if (!extra.isEmpty()) {
      add(
          p,
          DriftKind.WEAKER_CONSTRAINT,
          "the Java type allows "
              + show(extra)
              + ", which the contract does not (it allows only "
              + show(allowed)
              + ")");
    }
  }

  /**
   * The values a property is restricted to by its {@code enum} and its {@code invalidValues} rules
   * with {@code validValues} and {@code mustBe: 0}; null when it is not restricted.
   */
  private static @Nullable Set<JsonValue> allowedValues(SchemaProperty p) {
    Set<JsonValue> allowed = null;
    if (!p.enumValues().isEmpty()) {
      allowed = new LinkedHashSet<>();
      for (EnumValue e : p.enumValues()) {
        e.value().ifPresent(allowed::add);
      }
    }
    for (QualityRule rule : p.quality()) {
      List<JsonValue> valid = validValues(rule);
      if (valid == null) {
        continue;
      }
      Set<JsonValue> set = new LinkedHashSet<>(valid);
      if (allowed == null) {
        allowed = set;
      } else {
        allowed.retainAll(set);
      }
    }
    return allowed;
  }

  private static @Nullable List<JsonValue> validValues(QualityRule rule) {
    boolean invalidValues =
        rule.metric().equals(Optional.of(QualityMetric.INVALID_VALUES))
            || (rule.metric().isEmpty() && rule.rule().equals(Optional.of("validValues")));
    if (!invalidValues || !zero(rule)) {
      return null;
    }
    JsonValue valid = rule.arguments().get("validValues");
    if (valid instanceof JsonValue.Arr a) {
      return a.values();
    }
    return rule.validValues().isEmpty() ? null : rule.validValues();
  }

  /** Whether a rule's operator demands no invalid values at all. */
  private static boolean zero(QualityRule rule) {
    if (rule.operators().isEmpty()) {
      return rule.rule().isPresent();
    }
    JsonValue v = rule.operators().get(QualityOperator.MUST_BE);
    if (v == null) {
      v = rule.operators().get(QualityOperator.MUST_BE_LESS_OR_EQUAL_TO);
    }
    return v instanceof JsonValue.Num n && n.value().signum() == 0;
  }

  private static String show(Set<JsonValue> values) {
    return values.stream().map(JsonValue::toString).collect(Collectors.joining(", ", "[", "]"));
  }

  /** A property's type for messages: {@code integer (i32)}, {@code array of string}. */
  private static String describe(SchemaProperty p) {
    Optional<LogicalType> t = p.logicalType();
    if (t.isEmpty()) {
      return "a property";
    }
    StringBuilder sb = new StringBuilder(t.get().value());
    p.logicalTypeOptions()
        .flatMap(LogicalTypeOptions::format)
        .ifPresent(f -> sb.append(" (").append(f).append(')'));
    if (t.get() == LogicalType.ARRAY && p.items().isPresent()) {
      sb.append(" of ").append(describe(p.items().get()));
    }
    return sb.toString();
  }

  private void add(String path, DriftKind kind, String message) {
    drifts.add(new Drift(path, kind, message));
  }

  private static Map<String, BigInteger[]> integerFormats() {
    return Map.of(
        "i8", signed(8),
        "i16", signed(16),
        "i32", signed(32),
        "i64", signed(64),
        "i128", signed(128),
        "u8", unsigned(8),
        "u16", unsigned(16),
        "u32", unsigned(32),
        "u64", unsigned(64),
        "u128", unsigned(128));
  }

  private static BigInteger[] signed(int bits) {
    BigInteger half = BigInteger.ONE.shiftLeft(bits - 1);
    return new BigInteger[] {half.negate(), half.subtract(BigInteger.ONE)};
  }

  private static BigInteger[] unsigned(int bits) {
    return new BigInteger[] {
      BigInteger.ZERO, BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE)
    };
  }
}
