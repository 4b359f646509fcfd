package dev.meshsdk.contracts.internal.diff;

import dev.meshsdk.contracts.AuthoritativeDefinition;
import dev.meshsdk.contracts.ChangeKind;
import dev.meshsdk.contracts.ContractContext;
import dev.meshsdk.contracts.CustomProperty;
import dev.meshsdk.contracts.DataContract;
import dev.meshsdk.contracts.EnumValue;
import dev.meshsdk.contracts.JsonValue;
import dev.meshsdk.contracts.LogicalType;
import dev.meshsdk.contracts.LogicalTypeOptions;
import dev.meshsdk.contracts.MapType;
import dev.meshsdk.contracts.QualityOperator;
import dev.meshsdk.contracts.QualityRule;
import dev.meshsdk.contracts.Relationship;
import dev.meshsdk.contracts.Role;
import dev.meshsdk.contracts.SchemaObject;
import dev.meshsdk.contracts.SchemaProperty;
import dev.meshsdk.contracts.Server;
import dev.meshsdk.contracts.SlaProperty;
import dev.meshsdk.contracts.SupportChannel;
import dev.meshsdk.contracts.Synonym;
import dev.meshsdk.contracts.TeamMember;
import dev.meshsdk.contracts.internal.Decimals;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Walks two contracts side by side and reports every difference as a {@link Finding}.
 *
 * <p>Constraints that decide what data is valid (types, required, bounds, patterns, enums, quality
 * thresholds, SLA values) have their own rules; every other record component is compared by a
 * reflective walk over the model records, so a field added to the model is reported (as {@code
 * metadata-changed}) without touching this class.
 */
public final class Differ {
  private static final LogicalTypeOptions NO_OPTIONS = LogicalTypeOptions.builder().build();

  /** Rules for record components that are not plain metadata, by {@code Record.component}. */
  private static final Map<String, Rule> COMPONENT_RULES =
      Map.ofEntries(
          Map.entry("DataContract.id", Rules.CONTRACT_ID_CHANGED),
          Map.entry("DataContract.version", Rules.VERSION_CHANGED),
          Map.entry("DataContract.apiVersion", Rules.API_VERSION_CHANGED),
          Map.entry("DataContract.status", Rules.STATUS_CHANGED),
          Map.entry("DataContract.price", Rules.PRICE_CHANGED),
          Map.entry("Server.type", Rules.SERVER_CHANGED),
          Map.entry("Server.attributes", Rules.SERVER_CHANGED),
          Map.entry("SchemaObject.physicalName", Rules.PHYSICAL_NAME_CHANGED),
          Map.entry("SchemaObject.physicalType", Rules.PHYSICAL_TYPE_CHANGED),
          Map.entry("SchemaObject.relationships", Rules.RELATIONSHIP_CHANGED),
          Map.entry("SchemaProperty.physicalName", Rules.PHYSICAL_NAME_CHANGED),
          Map.entry("SchemaProperty.physicalType", Rules.PHYSICAL_TYPE_CHANGED),
          Map.entry("SchemaProperty.relationships", Rules.RELATIONSHIP_CHANGED),
          Map.entry("SchemaProperty.classification", Rules.CLASSIFICATION_CHANGED),
          Map.entry("SchemaProperty.primaryKeyPosition", Rules.KEY_POSITION_CHANGED),
          Map.entry("SchemaProperty.partitioned", Rules.KEY_POSITION_CHANGED),
          Map.entry("SchemaProperty.partitionKeyPosition", Rules.KEY_POSITION_CHANGED),
          Map.entry("QualityRule.type", Rules.QUALITY_RULE_CHANGED),
          Map.entry("QualityRule.metric", Rules.QUALITY_RULE_CHANGED),
          Map.entry("QualityRule.rule", Rules.QUALITY_RULE_CHANGED),
          Map.entry("QualityRule.query", Rules.QUALITY_RULE_CHANGED),
          Map.entry("QualityRule.engine", Rules.QUALITY_RULE_CHANGED),
          Map.entry("QualityRule.implementation", Rules.QUALITY_RULE_CHANGED),
          Map.entry("QualityRule.arguments", Rules.QUALITY_RULE_CHANGED),
          Map.entry("SlaProperty.valueExt", Rules.SLA_PROPERTY_CHANGED),
          Map.entry("SlaProperty.element", Rules.SLA_PROPERTY_CHANGED));

  private final List<Finding> out = new ArrayList<>();

  private Differ() {}

  /**
   * Every difference between two contracts, in document order.
   *
   * @param older the old contract
   * @param newer the new contract
   * @return the findings
   */
  public static List<Finding> diff(DataContract older, DataContract newer) {
    Differ d = new Differ();
    d.record("", "", older, newer, Set.of("schema", "slaProperties"), Rules.METADATA_CHANGED);
    d.schema(older.schema(), newer.schema());
    d.sla(older.slaProperties(), newer.slaProperties());
    return List.copyOf(d.out);
  }

  // ---------------------------------------------------------------- output

  private void emit(
      Rule rule,
      ChangeKind kind,
      String path,
      String field,
      String message,
      @Nullable JsonValue before,
      @Nullable JsonValue after) {
    out.add(
        new Finding(
            rule,
            kind,
            path,
            field,
            message,
            Optional.ofNullable(before),
            Optional.ofNullable(after)));
  }

  private static String where(String path, String field) {
    if (path.isEmpty()) {
      return field.isEmpty() ? "the contract" : field;
    }
    return field.isEmpty() ? path : field + " of " + path;
  }

  private static String join(String prefix, String name) {
    if (prefix.isEmpty()) {
      return name;
    }
    return prefix.endsWith(".") ? prefix + name : prefix + "." + name;
  }

  private static String show(@Nullable JsonValue v) {
    return v == null ? "(none)" : v.toString();
  }

  private static String fromTo(@Nullable JsonValue before, @Nullable JsonValue after) {
    return " (" + show(before) + " -> " + show(after) + ")";
  }

  // ---------------------------------------------------------------- schema

  private void schema(List<SchemaObject> older, List<SchemaObject> newer) {
    for (Pair<SchemaObject> p : match(older, newer, SchemaObject::id, SchemaObject::name)) {
      if (p.newer == null) {
        SchemaObject o = Objects.requireNonNull(p.older);
        emit(
            Rules.SCHEMA_OBJECT_REMOVED,
            ChangeKind.REMOVED,
            o.name(),
            "",
            "schema object " + o.name() + " was removed",
            null,
            null);
      } else if (p.older == null) {
        emit(
            Rules.SCHEMA_OBJECT_ADDED,
            ChangeKind.ADDED,
            p.newer.name(),
            "",
            "schema object " + p.newer.name() + " was added",
            null,
            null);
      } else {
        if (!p.older.name().equals(p.newer.name())) {
          emit(
              Rules.SCHEMA_OBJECT_RENAMED,
              ChangeKind.CHANGED,
              p.older.name(),
              "name",
              "schema object " + p.older.name() + " was renamed to " + p.newer.name(),
              new JsonValue.Str(p.older.name()),
              new JsonValue.Str(p.newer.name()));
        }
        object(p.newer.name(), p.older, p.newer);
      }
    }
  }

  private void object(String path, SchemaObject a, SchemaObject b) {
    record(path, "", a, b, Set.of("name", "properties", "quality"), Rules.METADATA_CHANGED);
    properties(path, a.properties(), b.properties(), Set.of(), Set.of());
    quality(path, "", a.quality(), b.quality());
  }

  private void properties(
      String path,
      List<SchemaProperty> older,
      List<SchemaProperty> newer,
      Set<String> requiredA,
      Set<String> requiredB) {
    Function<SchemaProperty, String> key = p -> p.name().orElse("");
    for (Pair<SchemaProperty> p : match(older, newer, SchemaProperty::id, key)) {
      if (p.newer == null) {
        String child = join(path, p.key);
        emit(
            Rules.PROPERTY_REMOVED,
            ChangeKind.REMOVED,
            child,
            "",
            "property " + child + " was removed",
            null,
            null);
      } else if (p.older == null) {
        String child = join(path, p.key);
        boolean required = required(p.newer, requiredB);
        emit(
            required ? Rules.REQUIRED_PROPERTY_ADDED : Rules.PROPERTY_ADDED,
            ChangeKind.ADDED,
            child,
            "",
            (required ? "required" : "optional") + " property " + child + " was added",
            null,
            null);
      } else {
        String oldName = key.apply(p.older);
        String newName = key.apply(p.newer);
        if (!oldName.equals(newName)) {
          emit(
              Rules.PROPERTY_RENAMED,
              ChangeKind.CHANGED,
              join(path, oldName),
              "name",
              "property " + join(path, oldName) + " was renamed to " + newName,
              new JsonValue.Str(oldName),
              new JsonValue.Str(newName));
        }
        property(
            join(path, p.key),
            "",
            p.older,
            p.newer,
            required(p.older, requiredA),
            required(p.newer, requiredB));
      }
    }
  }

  private static boolean required(SchemaProperty p, Set<String> requiredByParent) {
    return p.required().orElse(false) || p.name().filter(requiredByParent::contains).isPresent();
  }

  private static Set<String> requiredChildren(SchemaProperty p) {
    return new HashSet<>(
        p.logicalTypeOptions().map(LogicalTypeOptions::required).orElse(List.of()));
  }

  private void property(
      String path, String prefix, SchemaProperty a, SchemaProperty b, boolean reqA, boolean reqB) {
    record(
        path,
        prefix,
        a,
        b,
        Set.of(
            "name",
            "logicalType",
            "logicalTypeOptions",
            "required",
            "unique",
            "primaryKey",
            "enumValues",
            "properties",
            "items",
            "map",
            "quality"),
        Rules.METADATA_CHANGED);
    type(path, join(prefix, "logicalType"), a.logicalType(), b.logicalType());
    if (reqA != reqB) {
      String f = join(prefix, "required");
      emit(
          reqA ? Rules.REQUIRED_RELAXED : Rules.REQUIRED_ADDED,
          reqA ? ChangeKind.LOOSENED : ChangeKind.TIGHTENED,
          path,
          f,
          path + (reqA ? " is no longer required" : " is now required"),
          new JsonValue.Bool(reqA),
          new JsonValue.Bool(reqB));
    }
    flag(
        path,
        join(prefix, "unique"),
        a.unique(),
        b.unique(),
        Rules.UNIQUE_REMOVED,
        Rules.UNIQUE_ADDED,
        "unique");
    flag(
        path,
        join(prefix, "primaryKey"),
        a.primaryKey(),
        b.primaryKey(),
        Rules.PRIMARY_KEY_REMOVED,
        Rules.PRIMARY_KEY_ADDED,
        "a primary key");
    options(
        path,
        join(prefix, "logicalTypeOptions"),
        a.logicalTypeOptions().orElse(NO_OPTIONS),
        b.logicalTypeOptions().orElse(NO_OPTIONS));
    enums(path, join(prefix, "enumValues"), a.enumValues(), b.enumValues());
    properties(path, a.properties(), b.properties(), requiredChildren(a), requiredChildren(b));
    unmatchedRequired(path, prefix, a, b);
    nested(path, join(prefix, "items"), a.items(), b.items());
    maps(path, join(prefix, "map"), a.map(), b.map());
    quality(path, prefix, a.quality(), b.quality());
  }

  /**
   * Names in {@code logicalTypeOptions.required} that no child property has: they still require a
   * member of that name, so adding one tightens and removing one loosens.
   */
  private void unmatchedRequired(String path, String prefix, SchemaProperty a, SchemaProperty b) {
    Set<String> ra = requiredChildren(a);
    Set<String> rb = requiredChildren(b);
    if (ra.equals(rb)) {
      return;
    }
    Set<String> children = new HashSet<>();
    for (SchemaProperty p : a.properties()) {
      p.name().ifPresent(children::add);
    }
    for (SchemaProperty p : b.properties()) {
      p.name().ifPresent(children::add);
    }
    String field = join(prefix, "logicalTypeOptions.required");
    for (String name : rb) {
      if (!ra.contains(name) && !children.contains(name)) {
        emit(
            Rules.REQUIRED_ADDED,
            ChangeKind.TIGHTENED,
            path,
            field,
            where(path, "") + " now requires a member " + name,
            null,
            new JsonValue.Str(name));
      }
    }
    for (String name : ra) {
      if (!rb.contains(name) && !children.contains(name)) {
        emit(
            Rules.REQUIRED_RELAXED,
            ChangeKind.LOOSENED,
            path,
            field,
            where(path, "") + " no longer requires a member " + name,
            new JsonValue.Str(name),
            null);
      }
    }
  }

  private void nested(
      String path, String field, Optional<SchemaProperty> a, Optional<SchemaProperty> b) {
    if (a.isPresent() && b.isPresent()) {
      if (!a.get().name().equals(b.get().name())) {
        value(path, join(field, "name"), a.get().name(), b.get().name(), Rules.METADATA_CHANGED);
      }
      property(
          path,
          field + ".",
          a.get(),
          b.get(),
          a.get().required().orElse(false),
          b.get().required().orElse(false));
    } else if (a.isPresent()) {
      emit(
          Rules.TYPE_WIDENED,
          ChangeKind.REMOVED,
          path,
          field,
          where(path, field) + " is no longer described: any value is accepted",
          null,
          null);
    } else if (b.isPresent()) {
      emit(
          Rules.TYPE_NARROWED,
          ChangeKind.ADDED,
          path,
          field,
          where(path, field) + " is now described and constrained",
          null,
          null);
    }
  }

  private void maps(String path, String field, Optional<MapType> a, Optional<MapType> b) {
    if (a.isPresent() && b.isPresent()) {
      nested(path, join(field, "key"), a.get().key(), b.get().key());
      nested(path, join(field, "value"), a.get().value(), b.get().value());
      record(path, field, a.get(), b.get(), Set.of("key", "value"), Rules.METADATA_CHANGED);
    } else if (a.isPresent() || b.isPresent()) {
      nested(
          path,
          field,
          a.map(m -> SchemaProperty.builder().build()),
          b.map(m -> SchemaProperty.builder().build()));
    }
  }

  private void type(String path, String field, Optional<LogicalType> a, Optional<LogicalType> b) {
    if (a.equals(b)) {
      return;
    }
    JsonValue before = a.map(t -> (JsonValue) new JsonValue.Str(t.value())).orElse(null);
    JsonValue after = b.map(t -> (JsonValue) new JsonValue.Str(t.value())).orElse(null);
    Rule rule;
    ChangeKind kind;
    if (b.isEmpty() || (a.get() == LogicalType.INTEGER && b.get() == LogicalType.NUMBER)) {
      rule = Rules.TYPE_WIDENED;
      kind = ChangeKind.LOOSENED;
    } else if (a.isEmpty() || (a.get() == LogicalType.NUMBER && b.get() == LogicalType.INTEGER)) {
      rule = Rules.TYPE_NARROWED;
      kind = ChangeKind.TIGHTENED;
    } else {
      rule = Rules.TYPE_CHANGED;
      kind = ChangeKind.CHANGED;
    }
    emit(
        rule,
        kind,
        path,
        field,
        "logical type of " + where(path, "") + " changed" + fromTo(before, after),
        before,
        after);
  }

  private void flag(
      String path,
      String field,
      Optional<Boolean> a,
      Optional<Boolean> b,
      Rule removed,
      Rule added,
      String what) {
    boolean was = a.orElse(false);
    boolean is = b.orElse(false);
    if (was == is) {
      if (!a.equals(b)) {
        emit(
            Rules.METADATA_CHANGED,
            ChangeKind.CHANGED,
            path,
            field,
            field + " of " + where(path, "") + " changed" + fromTo(json(a), json(b)),
            json(a),
            json(b));
      }
      return;
    }
    emit(
        was ? removed : added,
        was ? ChangeKind.LOOSENED : ChangeKind.TIGHTENED,
        path,
        field,
        where(path, "") + (was ? " is no longer " : " is now ") + what,
        json(a),
        json(b));
  }

  // ---------------------------------------------------------------- logical type options

  private void options(String path, String f, LogicalTypeOptions a, LogicalTypeOptions b) {
    record(
        path,
        f,
        a,
        b,
        Set.of(
            "format",
            "minLength",
            "maxLength",
            "pattern",
            "minimum",
            "exclusiveMinimum",
            "maximum",
            "exclusiveMaximum",
            "multipleOf",
            "timezone",
            "defaultTimezone",
            "minProperties",
            "maxProperties",
            "required",
            "minItems",
            "maxItems",
            "uniqueItems"),
        Rules.METADATA_CHANGED);
    text(
        path,
        join(f, "format"),
        a.format(),
        b.format(),
        Rules.FORMAT_REMOVED,
        Rules.FORMAT_ADDED,
        Rules.FORMAT_CHANGED);
    text(
        path,
        join(f, "pattern"),
        a.pattern(),
        b.pattern(),
        Rules.PATTERN_REMOVED,
        Rules.PATTERN_ADDED,
        Rules.PATTERN_CHANGED);
    count(
        path,
        join(f, "minLength"),
        a.minLength(),
        b.minLength(),
        true,
        Rules.MIN_LENGTH_DECREASED,
        Rules.MIN_LENGTH_INCREASED);
    count(
        path,
        join(f, "maxLength"),
        a.maxLength(),
        b.maxLength(),
        false,
        Rules.MAX_LENGTH_INCREASED,
        Rules.MAX_LENGTH_DECREASED);
    count(
        path,
        join(f, "minItems"),
        a.minItems(),
        b.minItems(),
        true,
        Rules.MIN_ITEMS_DECREASED,
        Rules.MIN_ITEMS_INCREASED);
    count(
        path,
        join(f, "maxItems"),
        a.maxItems(),
        b.maxItems(),
        false,
        Rules.MAX_ITEMS_INCREASED,
        Rules.MAX_ITEMS_DECREASED);
    count(
        path,
        join(f, "minProperties"),
        a.minProperties(),
        b.minProperties(),
        true,
        Rules.MIN_PROPERTIES_DECREASED,
        Rules.MIN_PROPERTIES_INCREASED);
    count(
        path,
        join(f, "maxProperties"),
        a.maxProperties(),
        b.maxProperties(),
        false,
        Rules.MAX_PROPERTIES_INCREASED,
        Rules.MAX_PROPERTIES_DECREASED);
    bound(
        path,
        f,
        "minimum",
        a.minimum(),
        a.exclusiveMinimum(),
        b.minimum(),
        b.exclusiveMinimum(),
        true);
    bound(
        path,
        f,
        "maximum",
        a.maximum(),
        a.exclusiveMaximum(),
        b.maximum(),
        b.exclusiveMaximum(),
        false);
    multipleOf(path, join(f, "multipleOf"), a.multipleOf(), b.multipleOf());
    if (!a.timezone().equals(b.timezone())) {
      String field = join(f, "timezone");
      emit(
          Rules.TIMEZONE_CHANGED,
          ChangeKind.CHANGED,
          path,
          field,
          "timezone of "
              + where(path, "")
              + " changed"
              + fromTo(json(a.timezone()), json(b.timezone())),
          json(a.timezone()),
          json(b.timezone()));
    }
    if (!a.defaultTimezone().equals(b.defaultTimezone())) {
      String field = join(f, "defaultTimezone");
      JsonValue before = json(a.defaultTimezone());
      JsonValue after = json(b.defaultTimezone());
      emit(
          Rules.DEFAULT_TIMEZONE_CHANGED,
          ChangeKind.CHANGED,
          path,
          field,
          "defaultTimezone of " + where(path, "") + " changed" + fromTo(before, after),
          before,
          after);
    }
    flag(
        path,
        join(f, "uniqueItems"),
        a.uniqueItems(),
        b.uniqueItems(),
        Rules.UNIQUE_ITEMS_REMOVED,
        Rules.UNIQUE_ITEMS_ADDED,
        "required to have unique items");
    // options.required is compared through the child properties it names (required-added and
    // required-relaxed on each child).
  }

  private void text(
      String path,
      String field,
      Optional<String> a,
      Optional<String> b,
      Rule removed,
      Rule added,
      Rule changed) {
    if (a.equals(b)) {
      return;
    }
    String name = field.substring(field.lastIndexOf('.') + 1);
    JsonValue before = json(a);
    JsonValue after = json(b);
    if (b.isEmpty()) {
      emit(
          removed,
          ChangeKind.LOOSENED,
          path,
          field,
          name + " of " + where(path, "") + " was removed" + fromTo(before, after),
          before,
          after);
    } else if (a.isEmpty()) {
      emit(
          added,
          ChangeKind.TIGHTENED,
          path,
          field,
          name + " of " + where(path, "") + " was added" + fromTo(before, after),
          before,
          after);
    } else {
      emit(
          changed,
          ChangeKind.CHANGED,
          path,
          field,
          name + " of " + where(path, "") + " changed" + fromTo(before, after),
          before,
          after);
    }
  }

  private void count(
      String path,
      String field,
      Optional<Integer> a,
      Optional<Integer> b,
      boolean lower,
      Rule loosen,
      Rule tighten) {
    if (a.equals(b)) {
      return;
    }
    boolean loosened;
    if (b.isEmpty()) {
      loosened = true;
    } else if (a.isEmpty()) {
      loosened = false;
    } else {
      loosened = lower ? b.get() < a.get() : b.get() > a.get();
    }
    String name = field.substring(field.lastIndexOf('.') + 1);
    JsonValue before = json(a);
    JsonValue after = json(b);
    emit(
        loosened ? loosen : tighten,
        loosened ? ChangeKind.LOOSENED : ChangeKind.TIGHTENED,
        path,
        field,
        name
            + " of "
            + where(path, "")
            + (loosened ? " loosened" : " tightened")
            + fromTo(before, after),
        before,
        after);
  }

  /** An inclusive or exclusive bound. */
  private record Bound(JsonValue value, boolean exclusive) {}

  private static Optional<Bound> effective(
      Optional<JsonValue> inclusive, Optional<JsonValue> exclusive, boolean lower) {
    if (inclusive.isEmpty()) {
      return exclusive.map(v -> new Bound(v, true));
    }
    if (exclusive.isEmpty()) {
      return Optional.of(new Bound(inclusive.get(), false));
    }
    Optional<Integer> c = Compare.values(inclusive.get(), exclusive.get());
    if (c.isEmpty()) {
      return Optional.empty();
    }
    // The stricter of the two: for a lower bound the larger (exclusive wins a tie).
    int sign = lower ? c.get() : -c.get();
    return Optional.of(
        sign > 0 ? new Bound(inclusive.get(), false) : new Bound(exclusive.get(), true));
  }

  private void bound(
      String path,
      String f,
      String name,
      Optional<JsonValue> incA,
      Optional<JsonValue> excA,
      Optional<JsonValue> incB,
      Optional<JsonValue> excB,
      boolean lower) {
    if (incA.equals(incB) && excA.equals(excB)) {
      return;
    }
    String exclusiveName = lower ? "exclusiveMinimum" : "exclusiveMaximum";
    boolean inclusiveChanged = !incA.equals(incB);
    String field = join(f, inclusiveChanged ? name : exclusiveName);
    JsonValue before = inclusiveChanged ? json(incA) : json(excA);
    JsonValue after = inclusiveChanged ? json(incB) : json(excB);
    Optional<Bound> a = effective(incA, excA, lower);
    Optional<Bound> b = effective(incB, excB, lower);
    boolean aUnbounded = incA.isEmpty() && excA.isEmpty();
    boolean bUnbounded = incB.isEmpty() && excB.isEmpty();
    // looser > 0 means the new bound accepts more.
    Optional<Integer> looser;
    if (bUnbounded) {
      looser = Optional.of(1);
    } else if (aUnbounded) {
      looser = Optional.of(-1);
    } else if (a.isEmpty() || b.isEmpty()) {
      looser = Optional.empty();
    } else {
      Optional<Integer> c = Compare.values(b.get().value(), a.get().value());
      looser =
          c.map(
              sign -> {
                int s = lower ? -sign : sign;
                if (s != 0) {
                  return s;
                }
                return Boolean.compare(a.get().exclusive(), b.get().exclusive());
              });
    }
    Rule loosen = lower ? Rules.MINIMUM_DECREASED : Rules.MAXIMUM_INCREASED;
    Rule tighten = lower ? Rules.MINIMUM_INCREASED : Rules.MAXIMUM_DECREASED;
    String subject = (lower ? "lower" : "upper") + " bound of " + where(path, "");
    if (looser.isEmpty()) {
      emit(
          Rules.BOUND_CHANGED,
          ChangeKind.CHANGED,
          path,
          field,
          subject + " changed to a value that cannot be compared" + fromTo(before, after),
          before,
          after);
    } else if (looser.get() > 0) {
      emit(
          loosen,
          ChangeKind.LOOSENED,
          path,
          field,
          subject + " loosened" + fromTo(before, after),
          before,
          after);
    } else if (looser.get() < 0) {
      emit(
          tighten,
          ChangeKind.TIGHTENED,
          path,
          field,
          subject + " tightened" + fromTo(before, after),
          before,
          after);
    } else {
      emit(
          Rules.METADATA_CHANGED,
          ChangeKind.CHANGED,
          path,
          field,
          subject + " is written differently but accepts the same values" + fromTo(before, after),
          before,
          after);
    }
  }

  private void multipleOf(
      String path, String field, Optional<BigDecimal> a, Optional<BigDecimal> b) {
    if (a.equals(b) || (a.isPresent() && b.isPresent() && a.get().compareTo(b.get()) == 0)) {
      return;
    }
    Rule rule;
    ChangeKind kind;
    if (b.isEmpty() || (a.isPresent() && Decimals.isMultiple(a.get(), b.get()))) {
      rule = Rules.MULTIPLE_OF_RELAXED;
      kind = ChangeKind.LOOSENED;
    } else if (a.isEmpty() || Decimals.isMultiple(b.get(), a.get())) {
      rule = Rules.MULTIPLE_OF_TIGHTENED;
      kind = ChangeKind.TIGHTENED;
    } else {
      rule = Rules.MULTIPLE_OF_CHANGED;
      kind = ChangeKind.CHANGED;
    }
    JsonValue before = a.map(v -> (JsonValue) new JsonValue.Num(v)).orElse(null);
    JsonValue after = b.map(v -> (JsonValue) new JsonValue.Num(v)).orElse(null);
    emit(
        rule,
        kind,
        path,
        field,
        "multipleOf of " + where(path, "") + " changed" + fromTo(before, after),
        before,
        after);
  }

  // ---------------------------------------------------------------- enums

  private void enums(String path, String field, List<EnumValue> a, List<EnumValue> b) {
    if (a.equals(b)) {
      return;
    }
    Set<JsonValue> va = enumValues(a);
    Set<JsonValue> vb = enumValues(b);
    if (va.isEmpty() && !vb.isEmpty()) {
      JsonValue after = new JsonValue.Arr(List.copyOf(vb));
      emit(
          Rules.ENUM_ADDED,
          ChangeKind.TIGHTENED,
          path,
          field,
          "values of " + where(path, "") + " are now restricted to " + after,
          null,
          after);
    } else if (!va.isEmpty() && vb.isEmpty()) {
      JsonValue before = new JsonValue.Arr(List.copyOf(va));
      emit(
          Rules.ENUM_REMOVED,
          ChangeKind.LOOSENED,
          path,
          field,
          "values of " + where(path, "") + " are no longer restricted to " + before,
          before,
          null);
    } else {
      for (JsonValue v : vb) {
        if (!va.contains(v)) {
          emit(
              Rules.ENUM_VALUE_ADDED,
              ChangeKind.LOOSENED,
              path,
              field,
              "enum value " + v + " was added to " + where(path, ""),
              null,
              v);
        }
      }
      for (JsonValue v : va) {
        if (!vb.contains(v)) {
          emit(
              Rules.ENUM_VALUE_REMOVED,
              ChangeKind.TIGHTENED,
              path,
              field,
              "enum value " + v + " was removed from " + where(path, ""),
              v,
              null);
        }
      }
    }
    // Labels, descriptions and the rest of enum values present on both sides.
    Map<String, EnumValue> byKeyA = keyed(a);
    Map<String, EnumValue> byKeyB = keyed(b);
    for (Map.Entry<String, EnumValue> e : byKeyA.entrySet()) {
      EnumValue other = byKeyB.get(e.getKey());
      if (other != null) {
        record(
            path,
            field + "[" + e.getKey() + "]",
            e.getValue(),
            other,
            Set.of("value"),
            Rules.METADATA_CHANGED);
      } else if (e.getValue().value().isEmpty()) {
        emitPresence(path, field + "[" + e.getKey() + "]", true, Rules.METADATA_CHANGED, null);
      }
    }
    for (Map.Entry<String, EnumValue> e : byKeyB.entrySet()) {
      if (!byKeyA.containsKey(e.getKey()) && e.getValue().value().isEmpty()) {
        emitPresence(path, field + "[" + e.getKey() + "]", false, Rules.METADATA_CHANGED, null);
      }
    }
  }

  private static Set<JsonValue> enumValues(List<EnumValue> values) {
    Set<JsonValue> set = new LinkedHashSet<>();
    for (EnumValue v : values) {
      v.value().ifPresent(set::add);
    }
    return set;
  }

  private static Map<String, EnumValue> keyed(List<EnumValue> values) {
    Map<String, EnumValue> map = new LinkedHashMap<>();
    Map<String, Integer> seen = new HashMap<>();
    for (EnumValue v : values) {
      map.put(occurrence(key(v, 0), seen), v);
    }
    return map;
  }

  // ---------------------------------------------------------------- quality

  private void quality(String path, String prefix, List<QualityRule> a, List<QualityRule> b) {
    if (a.equals(b)) {
      return;
    }
    Map<String, QualityRule> ka = qualityKeys(a);
    Map<String, QualityRule> kb = qualityKeys(b);
    for (Map.Entry<String, QualityRule> e : ka.entrySet()) {
      String field = join(prefix, "quality[" + e.getKey() + "]");
      QualityRule other = kb.get(e.getKey());
      if (other == null) {
        emit(
            Rules.QUALITY_RULE_REMOVED,
            ChangeKind.REMOVED,
            path,
            field,
            "quality rule " + e.getKey() + " of " + where(path, "") + " was removed",
            null,
            null);
      } else {
        qualityRule(path, field, e.getValue(), other);
      }
    }
    for (Map.Entry<String, QualityRule> e : kb.entrySet()) {
      if (!ka.containsKey(e.getKey())) {
        String field = join(prefix, "quality[" + e.getKey() + "]");
        emit(
            Rules.QUALITY_RULE_ADDED,
            ChangeKind.ADDED,
            path,
            field,
            "quality rule " + e.getKey() + " was added to " + where(path, ""),
            null,
            null);
      }
    }
  }

  private static Map<String, QualityRule> qualityKeys(List<QualityRule> rules) {
    Map<String, QualityRule> map = new LinkedHashMap<>();
    Map<String, Integer> seen = new HashMap<>();
    for (QualityRule r : rules) {
      String key =
          r.id()
              .or(r::name)
              .orElseGet(
                  () ->
                      r.metric()
                          .map(m -> m.value())
                          .or(r::rule)
                          .or(() -> r.type().map(t -> t.value()))
                          .orElse("rule"));
      String unique = occurrence(key, seen);
      if (r.id().isEmpty() && r.name().isEmpty() && unique.equals(key)) {
        unique = key + "#1";
      }
      map.put(unique, r);
    }
    return map;
  }

  private void qualityRule(String path, String field, QualityRule a, QualityRule b) {
    String unitA = a.unit().orElse("rows").toLowerCase(Locale.ROOT);
    String unitB = b.unit().orElse("rows").toLowerCase(Locale.ROOT);
    String subject = "quality rule " + field + " of " + where(path, "");
    if (!unitA.equals(unitB)) {
      emit(
          Rules.QUALITY_THRESHOLD_CHANGED,
          ChangeKind.CHANGED,
          path,
          join(field, "unit"),
          "unit of " + subject + " changed" + fromTo(json(a.unit()), json(b.unit())),
          json(a.unit()),
          json(b.unit()));
    } else if (!a.operators().equals(b.operators())) {
      threshold(path, field, subject, a.operators(), b.operators());
    } else if (!a.unit().equals(b.unit())) {
      emit(
          Rules.METADATA_CHANGED,
          ChangeKind.CHANGED,
          path,
          join(field, "unit"),
          "unit of " + subject + " is written differently" + fromTo(json(a.unit()), json(b.unit())),
          json(a.unit()),
          json(b.unit()));
    }
    // validValues: the v3.0 list and the v3.1 argument.
    List<JsonValue> validA = validValues(a);
    List<JsonValue> validB = validValues(b);
    String validField = join(field, "validValues");
    if (!validA.isEmpty() && !validB.isEmpty()) {
      for (JsonValue v : validB) {
        if (!validA.contains(v)) {
          emit(
              Rules.VALID_VALUE_ADDED,
              ChangeKind.LOOSENED,
              path,
              validField,
              "valid value " + v + " was added to " + subject,
              null,
              v);
        }
      }
      for (JsonValue v : validA) {
        if (!validB.contains(v)) {
          emit(
              Rules.VALID_VALUE_REMOVED,
              ChangeKind.TIGHTENED,
              path,
              validField,
              "valid value " + v + " was removed from " + subject,
              v,
              null);
        }
      }
    } else if (!validA.equals(validB)) {
      JsonValue before = validA.isEmpty() ? null : new JsonValue.Arr(validA);
      JsonValue after = validB.isEmpty() ? null : new JsonValue.Arr(validB);
      emit(
          Rules.QUALITY_RULE_CHANGED,
          validA.isEmpty() ? ChangeKind.ADDED : ChangeKind.REMOVED,
          path,
          validField,
          "validValues of " + subject + " changed" + fromTo(before, after),
          before,
          after);
    }
    text(
        path,
        join(field, "arguments.pattern"),
        stringArgument(a, "pattern"),
        stringArgument(b, "pattern"),
        Rules.PATTERN_REMOVED,
        Rules.PATTERN_ADDED,
        Rules.PATTERN_CHANGED);
    Map<String, JsonValue> argsA = new LinkedHashMap<>(a.arguments());
    Map<String, JsonValue> argsB = new LinkedHashMap<>(b.arguments());
    for (String handled : List.of("validValues", "pattern")) {
      if (handledArgument(a, handled) && handledArgument(b, handled)) {
        argsA.remove(handled);
        argsB.remove(handled);
      } else if (handledArgument(a, handled) || handledArgument(b, handled)) {
        // One side's value is not what the rule expects; compare it as an argument.
        continue;
      } else {
        argsA.remove(handled);
        argsB.remove(handled);
      }
    }
    map(path, join(field, "arguments"), argsA, argsB, Rules.QUALITY_RULE_CHANGED);
    record(
        path,
        field,
        a,
        b,
        Set.of("operators", "unit", "validValues", "arguments"),
        Rules.METADATA_CHANGED);
  }

  private static boolean handledArgument(QualityRule r, String name) {
    JsonValue v = r.arguments().get(name);
    return v == null
        || (name.equals("pattern") ? v instanceof JsonValue.Str : v instanceof JsonValue.Arr);
  }

  private static Optional<String> stringArgument(QualityRule r, String name) {
    JsonValue v = r.arguments().get(name);
    return v instanceof JsonValue.Str s ? Optional.of(s.value()) : Optional.empty();
  }

  private static List<JsonValue> validValues(QualityRule r) {
    List<JsonValue> all = new ArrayList<>(r.validValues());
    if (r.arguments().get("validValues") instanceof JsonValue.Arr arr) {
      all.addAll(arr.values());
    }
    return List.copyOf(new LinkedHashSet<>(all));
  }

  private void threshold(
      String path,
      String field,
      String subject,
      Map<QualityOperator, JsonValue> a,
      Map<QualityOperator, JsonValue> b) {
    JsonValue before = operators(a);
    JsonValue after = operators(b);
    String f = field;
    if (a.size() == 1 && a.keySet().equals(b.keySet())) {
      f = join(field, a.keySet().iterator().next().value());
    }
    Optional<List<Thresholds.Interval>> sa = Thresholds.accepted(a);
    Optional<List<Thresholds.Interval>> sb = Thresholds.accepted(b);
    if (sa.isPresent() && sb.isPresent()) {
      boolean looser = Thresholds.subset(sa.get(), sb.get());
      boolean tighter = Thresholds.subset(sb.get(), sa.get());
      if (looser && tighter) {
        emit(
            Rules.METADATA_CHANGED,
            ChangeKind.CHANGED,
            path,
            f,
            "threshold of " + subject + " is written differently" + fromTo(before, after),
            before,
            after);
        return;
      }
      if (looser || tighter) {
        emit(
            looser ? Rules.QUALITY_THRESHOLD_LOOSENED : Rules.QUALITY_THRESHOLD_TIGHTENED,
            looser ? ChangeKind.LOOSENED : ChangeKind.TIGHTENED,
            path,
            f,
            "threshold of "
                + subject
                + (looser ? " loosened" : " tightened")
                + fromTo(before, after),
            before,
            after);
        return;
      }
    }
    emit(
        Rules.QUALITY_THRESHOLD_CHANGED,
        ChangeKind.CHANGED,
        path,
        f,
        "threshold of " + subject + " changed" + fromTo(before, after),
        before,
        after);
  }

  private static @Nullable JsonValue operators(Map<QualityOperator, JsonValue> ops) {
    if (ops.isEmpty()) {
      return null;
    }
    Map<String, JsonValue> m = new LinkedHashMap<>();
    ops.forEach((k, v) -> m.put(k.value(), v));
    return new JsonValue.Obj(m);
  }

  // ---------------------------------------------------------------- SLA

  private void sla(List<SlaProperty> a, List<SlaProperty> b) {
    if (a.equals(b)) {
      return;
    }
    Map<String, SlaProperty> ka = slaKeys(a);
    Map<String, SlaProperty> kb = slaKeys(b);
    for (Map.Entry<String, SlaProperty> e : ka.entrySet()) {
      SlaProperty other = kb.get(e.getKey());
      String field = "slaProperties[" + display(e.getKey(), e.getValue()) + "]";
      if (other == null) {
        emit(
            Rules.SLA_PROPERTY_REMOVED,
            ChangeKind.REMOVED,
            "",
            field,
            "SLA property "
                + e.getValue().property()
                + " was removed"
                + fromTo(slaValue(e.getValue()), null),
            slaValue(e.getValue()),
            null);
      } else {
        slaProperty(field, e.getValue(), other);
      }
    }
    for (Map.Entry<String, SlaProperty> e : kb.entrySet()) {
      if (!ka.containsKey(e.getKey())) {
        String field = "slaProperties[" + display(e.getKey(), e.getValue()) + "]";
        emit(
            Rules.SLA_PROPERTY_ADDED,
            ChangeKind.ADDED,
            "",
            field,
            "SLA property "
                + e.getValue().property()
                + " was added"
                + fromTo(null, slaValue(e.getValue())),
            null,
            slaValue(e.getValue()));
      }
    }
  }

  private static String display(String key, SlaProperty p) {
    int hash = key.indexOf('#');
    return hash < 0 ? p.property() : p.property() + key.substring(hash);
  }

  private static Map<String, SlaProperty> slaKeys(List<SlaProperty> list) {
    Map<String, SlaProperty> map = new LinkedHashMap<>();
    Map<String, Integer> seen = new HashMap<>();
    for (SlaProperty p : list) {
      map.put(occurrence(p.property().toLowerCase(Locale.ROOT), seen), p);
    }
    return map;
  }

  private static JsonValue slaValue(SlaProperty p) {
    if (p.unit().isPresent()) {
      String v = p.value() instanceof JsonValue.Str s ? s.value() : p.value().toString();
      return new JsonValue.Str(v + " " + p.unit().get());
    }
    return p.value();
  }

  private void slaProperty(String field, SlaProperty a, SlaProperty b) {
    record("", field, a, b, Set.of("property", "value", "unit"), Rules.METADATA_CHANGED);
    if (a.value().equals(b.value()) && a.unit().equals(b.unit())) {
      return;
    }
    JsonValue before = slaValue(a);
    JsonValue after = slaValue(b);
    String valueField = field + ".value";
    Optional<Sla.Quantity> qa = Sla.quantity(a.value(), a.unit());
    Optional<Sla.Quantity> qb = Sla.quantity(b.value(), b.unit());
    Optional<Integer> sign =
        qa.isPresent() && qb.isPresent() ? qb.get().compareTo(qa.get()) : Optional.empty();
    String key = a.property().toLowerCase(Locale.ROOT);
    Rules.SlaDirection direction = Rules.SLA_DIRECTIONS.get(key);
    if (sign.isPresent() && sign.get() == 0) {
      emit(
          Rules.METADATA_CHANGED,
          ChangeKind.CHANGED,
          "",
          valueField,
          "SLA "
              + a.property()
              + " is written differently but means the same"
              + fromTo(before, after),
          before,
          after);
      return;
    }
    if (sign.isEmpty() || direction == null) {
      emit(
          Rules.SLA_PROPERTY_CHANGED,
          ChangeKind.CHANGED,
          "",
          valueField,
          "SLA " + a.property() + " changed" + fromTo(before, after),
          before,
          after);
      return;
    }
    boolean worse =
        switch (direction) {
          case LOWER_IS_BETTER, EARLIER_IS_BETTER -> sign.get() > 0;
          case HIGHER_IS_BETTER, LATER_IS_BETTER -> sign.get() < 0;
        };
    Rule[] rules = Rules.SLA_RULES.get(key);
    Rule rule = worse ? rules[0] : rules[1];
    emit(
        rule,
        worse ? ChangeKind.LOOSENED : ChangeKind.TIGHTENED,
        "",
        valueField,
        "SLA " + a.property() + (worse ? " weakened" : " strengthened") + fromTo(before, after),
        before,
        after);
  }

  // ---------------------------------------------------------------- generic walk

  private void record(
      String path, String field, Record a, Record b, Set<String> skip, Rule inherited) {
    if (a.equals(b)) {
      return;
    }
    String type = a.getClass().getSimpleName();
    for (RecordComponent rc : a.getClass().getRecordComponents()) {
      if (skip.contains(rc.getName())) {
        continue;
      }
      Object va = read(rc, a);
      Object vb = read(rc, b);
      if (Objects.equals(va, vb)) {
        continue;
      }
      Rule rule = COMPONENT_RULES.getOrDefault(type + "." + rc.getName(), inherited);
      value(path, join(field, rc.getName()), va, vb, rule);
    }
  }

  private static Object read(RecordComponent rc, Record r) {
    try {
      return Objects.requireNonNull(rc.getAccessor().invoke(r), rc.getName());
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + rc.getName() + " of a " + r.getClass(), e);
    }
  }

  private void value(String path, String field, Object a, Object b, Rule rule) {
    if (a instanceof Optional<?> oa && b instanceof Optional<?> ob) {
      if (oa.isPresent() && ob.isPresent()) {
        value(path, field, oa.get(), ob.get(), rule);
      } else {
        Object present = oa.isPresent() ? oa.get() : Objects.requireNonNull(ob.orElse(null));
        emitPresence(path, field, oa.isPresent(), rule, present);
      }
    } else if (a instanceof List<?> la && b instanceof List<?> lb) {
      list(path, field, la, lb, rule);
    } else if (a instanceof Map<?, ?> ma && b instanceof Map<?, ?> mb) {
      map(path, field, ma, mb, rule);
    } else if (a instanceof Record ra
        && b instanceof Record rb
        && !(a instanceof JsonValue)
        && a.getClass() == b.getClass()) {
      record(path, field, ra, rb, Set.of(), rule);
    } else {
      JsonValue before = json(a);
      JsonValue after = json(b);
      emit(
          rule,
          ChangeKind.CHANGED,
          path,
          field,
          where(path, field) + " changed" + fromTo(before, after),
          before,
          after);
    }
  }

  private void emitPresence(
      String path, String field, boolean removed, Rule rule, @Nullable Object value) {
    JsonValue v = value == null ? null : json(value);
    emit(
        rule,
        removed ? ChangeKind.REMOVED : ChangeKind.ADDED,
        path,
        field,
        where(path, field)
            + (removed ? " was removed" : " was added")
            + (v == null ? "" : removed ? fromTo(v, null) : fromTo(null, v)),
        removed ? v : null,
        removed ? null : v);
  }

  private void map(String path, String field, Map<?, ?> a, Map<?, ?> b, Rule rule) {
    for (Map.Entry<?, ?> e : a.entrySet()) {
      String f = join(field, mapKey(e.getKey()));
      Object other = b.get(e.getKey());
      if (other == null) {
        emitPresence(path, f, true, rule, e.getValue());
      } else if (!other.equals(e.getValue())) {
        value(path, f, e.getValue(), other, rule);
      }
    }
    for (Map.Entry<?, ?> e : b.entrySet()) {
      if (!a.containsKey(e.getKey())) {
        emitPresence(path, join(field, mapKey(e.getKey())), false, rule, e.getValue());
      }
    }
  }

  private static String mapKey(Object key) {
    JsonValue j = json(key);
    return j instanceof JsonValue.Str s ? s.value() : String.valueOf(key);
  }

  private void list(String path, String field, List<?> a, List<?> b, Rule rule) {
    boolean records =
        a.stream().anyMatch(o -> o instanceof Record && !(o instanceof JsonValue))
            || b.stream().anyMatch(o -> o instanceof Record && !(o instanceof JsonValue));
    if (!records) {
      List<Object> removed = new ArrayList<>(a);
      List<Object> added = new ArrayList<>();
      for (Object o : b) {
        if (!removed.remove(o)) {
          added.add(o);
        }
      }
      for (Object o : removed) {
        emitPresence(path, field, true, rule, o);
      }
      for (Object o : added) {
        emitPresence(path, field, false, rule, o);
      }
      return;
    }
    Map<String, Object> ka = keyedRecords(a);
    Map<String, Object> kb = keyedRecords(b);
    for (Map.Entry<String, Object> e : ka.entrySet()) {
      String f = field + "[" + e.getKey() + "]";
      Object other = kb.get(e.getKey());
      if (other == null) {
        emitPresence(path, f, true, removalRule(e.getValue(), rule), null);
      } else {
        value(path, f, e.getValue(), other, rule);
      }
    }
    for (Map.Entry<String, Object> e : kb.entrySet()) {
      if (!ka.containsKey(e.getKey())) {
        emitPresence(path, field + "[" + e.getKey() + "]", false, rule, null);
      }
    }
  }

  private static Rule removalRule(Object element, Rule rule) {
    if (element instanceof Server) {
      return Rules.SERVER_REMOVED;
    }
    if (element instanceof Role) {
      return Rules.ROLE_REMOVED;
    }
    return rule;
  }

  private static Map<String, Object> keyedRecords(List<?> list) {
    Map<String, Object> map = new LinkedHashMap<>();
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < list.size(); i++) {
      map.put(occurrence(key(list.get(i), i), seen), list.get(i));
    }
    return map;
  }

  /** The natural key of a list element: a name, a username, a value; else its position. */
  private static String key(Object o, int index) {
    Optional<String> k;
    if (o instanceof CustomProperty c) {
      k = Optional.of(c.property());
    } else if (o instanceof AuthoritativeDefinition d) {
      k = Optional.of(d.url());
    } else if (o instanceof TeamMember m) {
      k = Optional.of(m.username());
    } else if (o instanceof Role r) {
      k = Optional.of(r.role());
    } else if (o instanceof SupportChannel s) {
      k = Optional.of(s.channel());
    } else if (o instanceof Server s) {
      k = Optional.of(s.server());
    } else if (o instanceof Synonym s) {
      k = s.synonym().or(s::id);
    } else if (o instanceof EnumValue v) {
      k =
          v.value()
              .map(j -> j instanceof JsonValue.Str s ? s.value() : j.toString())
              .or(v::id)
              .or(v::label);
    } else if (o instanceof Relationship r) {
      k = Optional.of(String.join(",", r.from()) + "->" + String.join(",", r.to()));
    } else if (o instanceof ContractContext.VerifiedStatement s) {
      k = s.id().or(() -> Optional.of(s.question()));
    } else if (o instanceof ContractContext.Constraint c) {
      k = c.id().or(() -> Optional.of(c.constraint()));
    } else {
      k = Optional.empty();
    }
    return k.orElse("#" + (index + 1));
  }

  private static String occurrence(String key, Map<String, Integer> seen) {
    int n = seen.merge(key, 1, Integer::sum);
    return n == 1 ? key : key + "#" + n;
  }

  /** Converts a model value to JSON for before/after; records become null (no single value). */
  static @Nullable JsonValue json(@Nullable Object o) {
    if (o == null) {
      return null;
    }
    if (o instanceof Optional<?> opt) {
      return opt.map(Differ::json).orElse(null);
    }
    if (o instanceof JsonValue j) {
      return j;
    }
    if (o instanceof String s) {
      return new JsonValue.Str(s);
    }
    if (o instanceof Boolean b) {
      return new JsonValue.Bool(b);
    }
    if (o instanceof BigDecimal d) {
      return new JsonValue.Num(d);
    }
    if (o instanceof Integer || o instanceof Long) {
      return new JsonValue.Num(BigDecimal.valueOf(((Number) o).longValue()));
    }
    if (o instanceof Enum<?> e) {
      try {
        Method m = e.getDeclaringClass().getMethod("value");
        return new JsonValue.Str(String.valueOf(m.invoke(e)));
      } catch (ReflectiveOperationException ex) {
        return new JsonValue.Str(e.name());
      }
    }
    if (o instanceof List<?> l) {
      List<JsonValue> values = new ArrayList<>();
      for (Object x : l) {
        JsonValue j = json(x);
        if (j == null) {
          return null;
        }
        values.add(j);
      }
      return new JsonValue.Arr(values);
    }
    return null;
  }

  // ---------------------------------------------------------------- matching

  /** An old element, a new element or both, under the key the new one (else the old one) has. */
  private record Pair<T>(String key, @Nullable T older, @Nullable T newer) {}

  private static <T> List<Pair<T>> match(
      List<T> older, List<T> newer, Function<T, Optional<String>> id, Function<T, String> name) {
    List<Pair<T>> pairs = new ArrayList<>();
    List<T> unmatched = new ArrayList<>(newer);
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < older.size(); i++) {
      T o = older.get(i);
      T found = null;
      Optional<String> oid = id.apply(o);
      if (oid.isPresent()) {
        for (T n : unmatched) {
          if (id.apply(n).equals(oid)) {
            found = n;
            break;
          }
        }
      }
      if (found == null) {
        String on = name.apply(o);
        for (T n : unmatched) {
          if (!on.isEmpty() && name.apply(n).equals(on)) {
            found = n;
            break;
          }
        }
      }
      if (found == null && name.apply(o).isEmpty() && i < newer.size()) {
        T n = newer.get(i);
        if (unmatched.contains(n) && name.apply(n).isEmpty()) {
          found = n;
        }
      }
      if (found != null) {
        unmatched.remove(found);
      }
      String key = name.apply(found != null ? found : o);
      pairs.add(new Pair<>(occurrence(key.isEmpty() ? "#" + (i + 1) : key, seen), o, found));
    }
    for (T n : unmatched) {
      String key = name.apply(n);
      pairs.add(
          new Pair<>(
              occurrence(key.isEmpty() ? "#" + (newer.indexOf(n) + 1) : key, seen), null, n));
    }
    return pairs;
  }
}
