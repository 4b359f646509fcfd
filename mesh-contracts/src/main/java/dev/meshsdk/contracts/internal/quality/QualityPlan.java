package dev.meshsdk.contracts.internal.quality;

import dev.meshsdk.contracts.ContractDefinitionException;
import dev.meshsdk.contracts.JsonValue;
import dev.meshsdk.contracts.QualityDimension;
import dev.meshsdk.contracts.QualityEngine;
import dev.meshsdk.contracts.QualityMetric;
import dev.meshsdk.contracts.QualityOperator;
import dev.meshsdk.contracts.QualityResult;
import dev.meshsdk.contracts.QualityRule;
import dev.meshsdk.contracts.QualityStatus;
import dev.meshsdk.contracts.QualityType;
import dev.meshsdk.contracts.SchemaObject;
import dev.meshsdk.contracts.SchemaProperty;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The quality rules of one schema object, compiled: each rule becomes a counter fed from a value
 * path, a call to an engine, or a result known in advance (text rules, rules that cannot be
 * evaluated). Immutable; {@link #evaluate} makes fresh counters. Not API.
 */
public final class QualityPlan {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final String METRICS =
      "nullValues, missingValues, invalidValues, duplicateValues, rowCount";

  /** The deprecated v3.0 {@code rule} names that name a library metric without doubt. */
  private static final Map<String, QualityMetric> ALIASES =
      Map.ofEntries(
          Map.entry("nullValues", QualityMetric.NULL_VALUES),
          Map.entry("nullCheck", QualityMetric.NULL_VALUES),
          Map.entry("nullCount", QualityMetric.NULL_VALUES),
          Map.entry("missingValues", QualityMetric.MISSING_VALUES),
          Map.entry("missingCount", QualityMetric.MISSING_VALUES),
          Map.entry("invalidValues", QualityMetric.INVALID_VALUES),
          Map.entry("invalidCount", QualityMetric.INVALID_VALUES),
          Map.entry("validValues", QualityMetric.INVALID_VALUES),
          Map.entry("duplicateValues", QualityMetric.DUPLICATE_VALUES),
          Map.entry("duplicateCount", QualityMetric.DUPLICATE_VALUES),
          Map.entry("rowCount", QualityMetric.ROW_COUNT));

  private final SchemaObject object;
  private final List<Item> items;

  private QualityPlan(SchemaObject object, List<Item> items) {
    this.object = object;
    this.items = List.copyOf(items);
  }

  /**
   * Compiles the rules of a schema object.
   *
   * @param object the schema object
   * @return the plan
   * @throws ContractDefinitionException if an {@code invalidValues} pattern cannot be compiled
   */
  public static QualityPlan compile(SchemaObject object) {
    Compiler c = new Compiler(object);
    c.object();
    return new QualityPlan(object, c.out);
  }

  /**
   * The schema object.
   *
   * @return the schema object
   */
  public SchemaObject schemaObject() {
    return object;
  }

  /**
   * Evaluates the rules over a batch: one pass over the records per value path, one for the
   * schema-level metrics, then one call per SQL or custom rule.
   *
   * @param records the records, an immutable list
   * @param engines the engines, in the order they are offered rules
   * @return one result per rule, in contract order
   */
  public List<QualityResult> evaluate(List<Map<String, ?>> records, List<QualityEngine> engines) {
    Counter[] counters = new Counter[items.size()];
    Map<ValuePath, List<Counter>> byPath = new LinkedHashMap<>();
    List<Counter> perRecord = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i) instanceof Measure m) {
        Counter c = m.counter().get();
        counters[i] = c;
        if (m.values().isPresent()) {
          byPath.computeIfAbsent(m.values().get(), k -> new ArrayList<>()).add(c);
        } else {
          perRecord.add(c);
        }
      }
    }
    for (Map.Entry<ValuePath, List<Counter>> e : byPath.entrySet()) {
      Counter[] group = e.getValue().toArray(new Counter[0]);
      ValuePath.Sink sink =
          v -> {
            for (Counter c : group) {
              c.accept(v);
            }
          };
      for (Map<String, ?> record : records) {
        e.getKey().forEach(record, sink);
      }
    }
    if (!perRecord.isEmpty()) {
      Counter[] group = perRecord.toArray(new Counter[0]);
      for (Map<String, ?> record : records) {
        for (Counter c : group) {
          c.accept(record);
        }
      }
    }
    List<QualityResult> results = new ArrayList<>(items.size());
    QualityEngine.@Nullable Batch batch = null;
    for (int i = 0; i < items.size(); i++) {
      Item item = items.get(i);
      if (item instanceof Fixed f) {
        results.add(f.result());
      } else if (item instanceof Measure m) {
        results.add(m.result(counters[i]));
      } else if (item instanceof Delegate d) {
        if (batch == null || !batch.path().equals(d.path())) {
          batch = new QualityEngine.Batch(object, d.path(), records);
        }
        results.add(d.result(batch, engines));
      }
    }
    return results;
  }

  // ------------------------------------------------------------------ compiled items

  /** One rule, compiled. */
  private sealed interface Item permits Fixed, Measure, Delegate {}

  /** A result known when compiling: a text rule, or a rule that cannot be evaluated. */
  private record Fixed(QualityResult result) implements Item {}

  /**
   * A library metric: a counter fed the values of a path (or whole records when {@code values} is
   * empty), and the operator it is compared with.
   */
  private record Measure(
      String path,
      QualityRule rule,
      QualityMetric metric,
      Optional<ValuePath> values,
      Threshold threshold,
      boolean percent,
      Supplier<Counter> counter,
      String counted,
      Optional<String> synthesisedFrom,
      Optional<String> classification)
      implements Item {

    QualityResult result(Counter c) {
      BigDecimal measured = percent ? percentOf(c.count, c.examined) : BigDecimal.valueOf(c.count);
      String unit = percent ? "percent" : "rows";
      String observed =
          metric == QualityMetric.ROW_COUNT
              ? c.count + (c.count == 1 ? " record" : " records")
              : c.count + " of " + c.examined + " " + counted;
      StringBuilder msg = new StringBuilder();
      synthesisedFrom.ifPresent(s -> msg.append("rule synthesised from ").append(s).append(": "));
      msg.append(metric.value())
          .append(" is ")
          .append(Keys.plain(measured))
          .append(' ')
          .append(unit)
          .append(" (")
          .append(observed)
          .append(')');
      QualityStatus status;
      if (c.gaveUp > 0) {
        status = QualityStatus.NOT_EVALUATED;
        msg.append(", not evaluated: the pattern gave up on ")
            .append(c.gaveUp)
            .append(c.gaveUp == 1 ? " value" : " values")
            .append(" (too much backtracking), so the count is a lower bound");
      } else if (threshold.usable()) {
        boolean ok = threshold.test(measured);
        status = ok ? QualityStatus.PASSED : QualityStatus.FAILED;
        msg.append(ok ? ", which satisfies " : ", which breaks ")
            .append(threshold.threshold().orElseThrow().text());
      } else {
        status = QualityStatus.NOT_EVALUATED;
        msg.append(", not evaluated: ").append(threshold.problem().orElse("no operator"));
      }
      if (c.count > 0 && status != QualityStatus.PASSED) {
        List<String> samples = c.samples();
        if (classification.isPresent() && showsValues(metric)) {
          msg.append("; values not shown: classification '")
              .append(classification.get())
              .append('\'');
        } else if (!samples.isEmpty()) {
          msg.append("; for example ").append(String.join(", ", samples));
        }
      }
      return QualityResult.builder()
          .path(path)
          .rule(rule)
          .metric(metric)
          .status(status)
          .measured(measured)
          .threshold(threshold.threshold())
          .unit(unit)
          .message(msg.toString())
          .build();
    }

    private static boolean showsValues(QualityMetric m) {
      return m == QualityMetric.MISSING_VALUES
          || m == QualityMetric.INVALID_VALUES
          || m == QualityMetric.DUPLICATE_VALUES;
    }
  }

  /** A SQL or custom rule, for the first engine that supports it. */
  private record Delegate(String path, QualityRule rule) implements Item {

    QualityResult result(QualityEngine.Batch batch, List<QualityEngine> engines) {
      for (QualityEngine engine : engines) {
        String name = engineName(engine);
        QualityEngine.Outcome outcome;
        try {
          if (!engine.supports(rule)) {
            continue;
          }
          outcome = engine.evaluate(rule, batch);
        } catch (Exception e) {
          return notEvaluated(
              "QualityEngine '"
                  + name
                  + "' threw "
                  + e.getClass().getName()
                  + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
        return outcome(name, outcome);
      }
      return notEvaluated(needs() + ": " + noEngine(engines));
    }

    private QualityResult outcome(String engine, QualityEngine.Outcome outcome) {
      Threshold threshold = Threshold.of(rule);
      QualityResult.Builder b =
          QualityResult.builder()
              .path(path)
              .rule(rule)
              .unit(unitOf(rule))
              .threshold(threshold.threshold());
      if (outcome instanceof QualityEngine.Outcome.Verdict v) {
        return b.status(v.passed() ? QualityStatus.PASSED : QualityStatus.FAILED)
            .message(engine + ": " + v.message())
            .build();
      }
      if (outcome instanceof QualityEngine.Outcome.Measured m) {
        String note = m.message().map(s -> "; " + s).orElse("");
        String measured = engine + " measured " + Keys.plain(m.value());
        b.measured(m.value());
        if (!threshold.usable()) {
          return b.status(QualityStatus.NOT_EVALUATED)
              .message(
                  measured + ", not evaluated: " + threshold.problem().orElse("no operator") + note)
              .build();
        }
        boolean ok = threshold.test(m.value());
        return b.status(ok ? QualityStatus.PASSED : QualityStatus.FAILED)
            .message(
                measured
                    + (ok ? ", which satisfies " : ", which breaks ")
                    + threshold.threshold().orElseThrow().text()
                    + note)
            .build();
      }
      return b.status(QualityStatus.NOT_EVALUATED)
          .message("QualityEngine '" + engine + "' returned no outcome")
          .build();
    }

    private String needs() {
      if (rule.effectiveType() == QualityType.CUSTOM) {
        return rule.engine()
            .map(e -> "custom rule for engine '" + e + "'")
            .orElse("custom rule without an engine");
      }
      return "sql rule";
    }

    private static String noEngine(List<QualityEngine> engines) {
      if (engines.isEmpty()) {
        return "no QualityEngine registered";
      }
      return "none of the registered QualityEngines ("
          + engines.stream().map(e -> "'" + engineName(e) + "'").collect(Collectors.joining(", "))
          + ") supports it";
    }

    private QualityResult notEvaluated(String message) {
      return QualityResult.builder()
          .path(path)
          .rule(rule)
          .status(QualityStatus.NOT_EVALUATED)
          .threshold(Threshold.of(rule).threshold())
          .unit(unitOf(rule))
          .message(message)
          .build();
    }

    private static String engineName(QualityEngine engine) {
      try {
        String name = engine.name();
        return name == null || name.isBlank() ? engine.getClass().getName() : name;
      } catch (RuntimeException e) {
        return engine.getClass().getName();
      }
    }
  }

  static BigDecimal percentOf(long count, long examined) {
    if (examined == 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal p =
        BigDecimal.valueOf(count)
            .multiply(HUNDRED)
            .divide(BigDecimal.valueOf(examined), MathContext.DECIMAL64);
    BigDecimal s = p.signum() == 0 ? BigDecimal.ZERO : p.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }

  private static String unitOf(QualityRule rule) {
    return rule.unit().filter(u -> !u.isBlank()).orElse("rows");
  }

  // ------------------------------------------------------------------ compiler

  /** Walks the schema object in contract order and compiles each rule. */
  private static final class Compiler {
    private final SchemaObject object;
    private final List<SchemaProperty> primaryKey;
    private final List<Item> out = new ArrayList<>();

    Compiler(SchemaObject object) {
      this.object = object;
      List<SchemaProperty> keys = new ArrayList<>();
      for (SchemaProperty p : object.properties()) {
        if (p.isPrimaryKey() && p.name().isPresent()) {
          keys.add(p);
        }
      }
      // Positioned keys first, by position; the others after them, in declaration order.
      keys.sort(
          Comparator.comparingInt(
              p -> p.primaryKeyPosition().filter(i -> i > 0).orElse(Integer.MAX_VALUE)));
      this.primaryKey = List.copyOf(keys);
    }

    void object() {
      for (SchemaProperty p : object.properties()) {
        property(p, ValuePath.ROOT, object.name(), Optional.empty(), true);
      }
      if (primaryKey.size() > 1) {
        List<String> names = primaryKey.stream().map(p -> p.name().orElseThrow()).toList();
        QualityRule rule =
            synthesised(QualityMetric.DUPLICATE_VALUES, QualityDimension.UNIQUENESS)
                .argument(
                    "properties", new JsonValue.Arr(names.stream().map(JsonValue::of).toList()))
                .description(
                    "Synthesised from primaryKey: true: the compound primary key ("
                        + String.join(", ", names)
                        + ") has no duplicates in the batch")
                .build();
        compoundDuplicates(
            rule, names, "primaryKey: true (compound key " + String.join(", ", names) + ")");
      }
      for (QualityRule q : object.quality()) {
        rule(q, object.name(), Optional.empty(), Optional.empty());
      }
    }

    private void property(
        SchemaProperty p,
        ValuePath parent,
        String parentPath,
        Optional<String> parentClassification,
        boolean topLevel) {
      if (p.name().isEmpty()) {
        unreachable(p, parentPath + ".(unnamed)", "the property has no name");
        return;
      }
      String name = p.name().get();
      ValuePath values = parent.get(name);
      String path = parentPath + "." + name;
      Optional<String> classification = classification(p, parentClassification);
      boolean key = topLevel && primaryKey.contains(p);
      if (key) {
        QualityRule rule =
            synthesised(QualityMetric.NULL_VALUES, QualityDimension.COMPLETENESS)
                .description("Synthesised from primaryKey: true: a primary key is never null")
                .build();
        measure(
            path,
            rule,
            QualityMetric.NULL_VALUES,
            Optional.of(values),
            false,
            Counter.Nulls::new,
            "values null or absent",
            Optional.of("primaryKey: true"),
            classification);
      }
      boolean singleKey = key && primaryKey.size() == 1;
      if (p.isUnique() || singleKey) {
        String from =
            singleKey && p.isUnique()
                ? "primaryKey: true and unique: true"
                : singleKey ? "primaryKey: true" : "unique: true";
        QualityRule rule =
            synthesised(QualityMetric.DUPLICATE_VALUES, QualityDimension.UNIQUENESS)
                .description("Synthesised from " + from + ": no duplicate values in the batch")
                .build();
        boolean show = classification.isEmpty();
        measure(
            path,
            rule,
            QualityMetric.DUPLICATE_VALUES,
            Optional.of(values),
            false,
            () -> new Counter.Duplicates(show),
            "values repeat an earlier value",
            Optional.of(from),
            classification);
      }
      for (QualityRule q : p.quality()) {
        rule(q, path, Optional.of(values), classification);
      }
      for (SchemaProperty child : p.properties()) {
        property(child, values, path, classification, false);
      }
      p.items().ifPresent(it -> items(it, values.expand(), path, path + "[]", classification));
      p.map()
          .ifPresent(
              m -> {
                m.key().ifPresent(k -> unreachable(k, path + "{key}", "map keys"));
                m.value().ifPresent(v -> unreachable(v, path + "{value}", "map values"));
              });
    }

    private void items(
        SchemaProperty items,
        ValuePath values,
        String childPath,
        String itemPath,
        Optional<String> parentClassification) {
      Optional<String> classification = classification(items, parentClassification);
      for (QualityRule q : items.quality()) {
        rule(q, itemPath, Optional.of(values), classification);
      }
      for (SchemaProperty child : items.properties()) {
        property(child, values, childPath, classification, false);
      }
      items
          .items()
          .ifPresent(it -> items(it, values.expand(), childPath, itemPath + "[]", classification));
      items
          .map()
          .ifPresent(
              m -> {
                m.key().ifPresent(k -> unreachable(k, itemPath + "{key}", "map keys"));
                m.value().ifPresent(v -> unreachable(v, itemPath + "{value}", "map values"));
              });
    }

    /** Every rule at and below a property whose values cannot be reached is not evaluated. */
    private void unreachable(SchemaProperty p, String path, String why) {
      String reason =
          why.startsWith("map")
              ? "rules on " + why + " are not evaluated over a batch"
              : why + ", so its values cannot be found";
      for (QualityRule q : p.quality()) {
        fixed(path, q, aliasOrMetric(q), reason);
      }
      for (SchemaProperty child : p.properties()) {
        unreachable(child, path + "." + child.name().orElse("(unnamed)"), why);
      }
      p.items().ifPresent(it -> unreachable(it, path + "[]", why));
      p.map()
          .ifPresent(
              m -> {
                m.key().ifPresent(k -> unreachable(k, path + "{key}", why));
                m.value().ifPresent(v -> unreachable(v, path + "{value}", why));
              });
    }

    private void rule(
        QualityRule q, String path, Optional<ValuePath> values, Optional<String> classification) {
      QualityType type = q.effectiveType();
      if (type == QualityType.TEXT) {
        fixed(path, q, Optional.empty(), "documentation only");
      } else if (type == QualityType.SQL || type == QualityType.CUSTOM) {
        out.add(new Delegate(path, q));
      } else {
        library(q, path, values, classification);
      }
    }

    private void library(
        QualityRule q, String path, Optional<ValuePath> values, Optional<String> classification) {
      Optional<QualityMetric> found = aliasOrMetric(q);
      if (found.isEmpty()) {
        fixed(path, q, found, noMetric(q));
        return;
      }
      QualityMetric metric = found.get();
      String unit = q.unit().orElse("rows");
      if (!unit.equals("rows") && !unit.equals("percent")) {
        fixed(path, q, found, "unit '" + unit + "' is neither rows nor percent");
        return;
      }
      boolean percent = unit.equals("percent");
      boolean schemaLevel = values.isEmpty();
      if (schemaLevel
          && (metric == QualityMetric.NULL_VALUES
              || metric == QualityMetric.MISSING_VALUES
              || metric == QualityMetric.INVALID_VALUES)) {
        fixed(
            path,
            q,
            found,
            metric.value() + " applies to properties, not to the schema object " + path);
        return;
      }
      if (metric == QualityMetric.ROW_COUNT && !schemaLevel) {
        fixed(path, q, found, "rowCount applies to schema objects, not to the property " + path);
        return;
      }
      if (metric == QualityMetric.ROW_COUNT && percent) {
        fixed(path, q, found, "rowCount is a number of records; unit percent does not apply");
        return;
      }
      boolean show = classification.isEmpty();
      switch (metric) {
        case NULL_VALUES ->
            measure(
                path,
                q,
                metric,
                values,
                percent,
                Counter.Nulls::new,
                "values null or absent",
                Optional.empty(),
                classification);
        case MISSING_VALUES -> missing(q, path, values, percent, classification);
        case INVALID_VALUES -> invalid(q, path, values, percent, classification);
        case DUPLICATE_VALUES -> {
          if (schemaLevel) {
            compoundArguments(q, path, percent);
          } else {
            measure(
                path,
                q,
                metric,
                values,
                percent,
                () -> new Counter.Duplicates(show),
                "values repeat an earlier value",
                Optional.empty(),
                classification);
          }
        }
        case ROW_COUNT ->
            measure(
                path,
                q,
                metric,
                Optional.empty(),
                false,
                Counter.Rows::new,
                "records",
                Optional.empty(),
                Optional.empty());
      }
    }

    private void missing(
        QualityRule q,
        String path,
        Optional<ValuePath> values,
        boolean percent,
        Optional<String> classification) {
      Optional<JsonValue> arg = Optional.ofNullable(q.arguments().get("missingValues"));
      List<JsonValue> listed;
      if (arg.isEmpty()) {
        listed = List.of(JsonValue.Null.INSTANCE, JsonValue.of(""));
      } else if (arg.get() instanceof JsonValue.Arr a) {
        listed = a.values();
      } else {
        fixed(
            path,
            q,
            Optional.of(QualityMetric.MISSING_VALUES),
            "arguments.missingValues must be an array, got " + arg.get().typeName());
        return;
      }
      Set<Object> keys = keys(listed);
      boolean show = classification.isEmpty();
      measure(
          path,
          q,
          QualityMetric.MISSING_VALUES,
          values,
          percent,
          () -> new Counter.Missing(keys, show),
          "values missing (null, absent or one of " + list(listed) + ")",
          Optional.empty(),
          classification);
    }

    private void invalid(
        QualityRule q,
        String path,
        Optional<ValuePath> values,
        boolean percent,
        Optional<String> classification) {
      Optional<QualityMetric> metric = Optional.of(QualityMetric.INVALID_VALUES);
      @Nullable JsonValue validArg = q.arguments().get("validValues");
      @Nullable JsonValue patternArg = q.arguments().get("pattern");
      Optional<List<JsonValue>> valid = Optional.empty();
      if (validArg instanceof JsonValue.Arr a) {
        valid = Optional.of(a.values());
      } else if (validArg != null) {
        fixed(
            path, q, metric, "arguments.validValues must be an array, got " + validArg.typeName());
        return;
      } else if (!q.validValues().isEmpty()) {
        valid = Optional.of(q.validValues());
      }
      Optional<TextPattern> pattern = Optional.empty();
      if (patternArg instanceof JsonValue.Str s) {
        try {
          pattern = Optional.of(TextPattern.compile(s.value()));
        } catch (ContractDefinitionException e) {
          throw new ContractDefinitionException(
              "BatchQuality: the invalidValues pattern of " + path + ": " + e.getMessage(), e);
        }
      } else if (patternArg != null) {
        fixed(path, q, metric, "arguments.pattern must be a string, got " + patternArg.typeName());
        return;
      }
      if (valid.isEmpty() && pattern.isEmpty()) {
        fixed(
            path,
            q,
            metric,
            "invalidValues needs arguments.validValues or arguments.pattern to tell valid values");
        return;
      }
      List<String> criteria = new ArrayList<>(2);
      valid.ifPresent(v -> criteria.add("not one of " + list(v)));
      pattern.ifPresent(p -> criteria.add("not matching '" + p.source() + "'"));
      Optional<Set<Object>> validKeys = valid.map(QualityPlan::keys);
      Optional<TextPattern> compiled = pattern;
      boolean show = classification.isEmpty();
      measure(
          path,
          q,
          QualityMetric.INVALID_VALUES,
          values,
          percent,
          () -> new Counter.Invalid(validKeys, compiled, show),
          "values invalid (" + String.join(" or ", criteria) + ")",
          Optional.empty(),
          classification);
    }

    private void compoundArguments(QualityRule q, String path, boolean percent) {
      Optional<QualityMetric> metric = Optional.of(QualityMetric.DUPLICATE_VALUES);
      @Nullable JsonValue arg = q.arguments().get("properties");
      if (arg == null) {
        fixed(
            path,
            q,
            metric,
            "duplicateValues on a schema object needs arguments.properties, the compound key");
        return;
      }
      if (!(arg instanceof JsonValue.Arr a)
          || a.values().isEmpty()
          || !a.values().stream().allMatch(v -> v instanceof JsonValue.Str)) {
        fixed(
            path,
            q,
            metric,
            "arguments.properties must be a non-empty array of property names, got " + arg);
        return;
      }
      List<String> names = a.values().stream().map(JsonValue::toString).toList();
      compound(q, path, names, percent, Optional.empty());
    }

    private void compoundDuplicates(QualityRule rule, List<String> names, String from) {
      compound(rule, object.name(), names, false, Optional.of(from));
    }

    private void compound(
        QualityRule q,
        String path,
        List<String> names,
        boolean percent,
        Optional<String> synthesisedFrom) {
      List<ValuePath> parts = new ArrayList<>(names.size());
      Optional<String> classification = Optional.empty();
      for (String name : names) {
        ValuePath part = ValuePath.ROOT;
        List<SchemaProperty> level = object.properties();
        Optional<String> partClassification = Optional.empty();
        for (String segment : name.split("\\.", -1)) {
          Optional<SchemaProperty> p =
              level.stream().filter(x -> x.name().filter(segment::equals).isPresent()).findFirst();
          if (p.isEmpty()) {
            fixed(
                path,
                q,
                Optional.of(QualityMetric.DUPLICATE_VALUES),
                "arguments.properties names '"
                    + name
                    + "', which schema object "
                    + object.name()
                    + " does not have");
            return;
          }
          if (p.get().items().isPresent()) {
            fixed(
                path,
                q,
                Optional.of(QualityMetric.DUPLICATE_VALUES),
                "arguments.properties names '"
                    + name
                    + "', an array; a compound key part must hold one value per record");
            return;
          }
          partClassification = classification(p.get(), partClassification);
          part = part.get(segment);
          level = p.get().properties();
        }
        parts.add(part);
        if (classification.isEmpty()) {
          classification = partClassification;
        }
      }
      boolean show = classification.isEmpty();
      List<ValuePath> key = List.copyOf(parts);
      measure(
          path,
          q,
          QualityMetric.DUPLICATE_VALUES,
          Optional.empty(),
          percent,
          () -> new Counter.CompoundDuplicates(key, show),
          "records repeat an earlier key (" + String.join(", ", names) + ")",
          synthesisedFrom,
          classification);
    }

    private void measure(
        String path,
        QualityRule rule,
        QualityMetric metric,
        Optional<ValuePath> values,
        boolean percent,
        Supplier<Counter> counter,
        String counted,
        Optional<String> synthesisedFrom,
        Optional<String> classification) {
      out.add(
          new Measure(
              path,
              rule,
              metric,
              values,
              Threshold.of(rule),
              percent,
              counter,
              counted,
              synthesisedFrom,
              classification));
    }

    private void fixed(
        String path, QualityRule rule, Optional<QualityMetric> metric, String message) {
      out.add(
          new Fixed(
              QualityResult.builder()
                  .path(path)
                  .rule(rule)
                  .metric(metric)
                  .status(QualityStatus.NOT_EVALUATED)
                  .threshold(Threshold.of(rule).threshold())
                  .unit(unitOf(rule))
                  .message(message)
                  .build()));
    }

    private static QualityRule.Builder synthesised(
        QualityMetric metric, QualityDimension dimension) {
      return QualityRule.builder()
          .type(QualityType.LIBRARY)
          .metric(metric)
          .operator(QualityOperator.MUST_BE, 0)
          .unit("rows")
          .dimension(dimension);
    }

    private static Optional<String> classification(SchemaProperty p, Optional<String> parent) {
      if (parent.isPresent()) {
        return parent;
      }
      return p.classification().filter(c -> !c.trim().equalsIgnoreCase("public"));
    }

    private static String noMetric(QualityRule q) {
      if (q.rule().isPresent()) {
        return "the deprecated rule name '"
            + q.rule().get()
            + "' names no library metric ("
            + METRICS
            + ")";
      }
      if (q.query().isPresent()) {
        return "a library rule needs a metric ("
            + METRICS
            + "); a rule with a query needs type: sql";
      }
      if (q.engine().isPresent() || q.implementation().isPresent()) {
        return "a library rule needs a metric ("
            + METRICS
            + "); a rule for another engine needs type: custom";
      }
      return "a library rule needs a metric (" + METRICS + ")";
    }
  }

  private static Optional<QualityMetric> aliasOrMetric(QualityRule q) {
    return q.metric().or(() -> q.rule().map(ALIASES::get));
  }

  private static Set<Object> keys(List<JsonValue> values) {
    Set<Object> keys = new HashSet<>();
    for (JsonValue v : values) {
      keys.add(Keys.of(v));
    }
    return Set.copyOf(keys);
  }

  private static String list(List<JsonValue> values) {
    return values.stream()
        .map(v -> v instanceof JsonValue.Str s ? "'" + s.value() + "'" : String.valueOf(v))
        .collect(Collectors.joining(", ", "[", "]"));
  }
}
