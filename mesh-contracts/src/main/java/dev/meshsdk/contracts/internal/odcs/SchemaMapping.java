package dev.meshsdk.contracts.internal.odcs;

import dev.meshsdk.contracts.EnumValue;
import dev.meshsdk.contracts.JsonValue;
import dev.meshsdk.contracts.LogicalType;
import dev.meshsdk.contracts.LogicalTypeOptions;
import dev.meshsdk.contracts.MapType;
import dev.meshsdk.contracts.QualityDimension;
import dev.meshsdk.contracts.QualityMetric;
import dev.meshsdk.contracts.QualityOperator;
import dev.meshsdk.contracts.QualityRule;
import dev.meshsdk.contracts.QualityType;
import dev.meshsdk.contracts.Relationship;
import dev.meshsdk.contracts.RelationshipType;
import dev.meshsdk.contracts.SchemaObject;
import dev.meshsdk.contracts.SchemaProperty;
import dev.meshsdk.contracts.SemanticType;
import dev.meshsdk.contracts.Synonym;
import dev.meshsdk.contracts.internal.tree.Node;
import dev.meshsdk.contracts.internal.tree.Nodes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads and writes schema objects and everything below them: properties (nested at any depth
 * through {@code properties}, {@code items} and {@code map}), logical type options, relationships,
 * quality rules, enum values and synonyms.
 *
 * <p>Reading is strict about JSON types (a wrong type, or an enum spelling the standard does not
 * have, throws {@link dev.meshsdk.contracts.ContractFormatException} naming the path) and lenient
 * about cross-field rules, which the conformance checks report. Only a schema object's {@code name}
 * is required. Writing puts fields in the order of the standard's examples (identity first, nested
 * structure and quality last) and unknown fields after them.
 */
public final class SchemaMapping {
  private SchemaMapping() {}

  // ---------------------------------------------------------------- schema objects

  /**
   * Reads a schema object.
   *
   * @param node the node
   * @param path its path, such as {@code schema[0]}
   * @return the schema object
   */
  public static SchemaObject schemaObject(Node node, String path) {
    Fields f = Fields.of(node, path);
    return SchemaObject.builder()
        .id(f.string("id"))
        .name(f.requiredString("name"))
        .physicalName(f.string("physicalName"))
        .physicalType(f.string("physicalType"))
        .logicalType(f.enumValue("logicalType", LogicalType.values(), LogicalType::value))
        .businessName(f.string("businessName"))
        .description(f.string("description"))
        .dataGranularityDescription(f.string("dataGranularityDescription"))
        .tags(f.strings("tags"))
        .synonyms(f.list("synonyms", SchemaMapping::synonym))
        .authoritativeDefinitions(
            f.list("authoritativeDefinitions", CommonMapping::authoritativeDefinition))
        .customProperties(f.list("customProperties", CommonMapping::customProperty))
        .context(f.object("context", PartsMapping::context))
        .relationships(f.list("relationships", SchemaMapping::relationship))
        .properties(f.list("properties", SchemaMapping::property))
        .quality(f.list("quality", SchemaMapping::qualityRule))
        .extensions(f.rest())
        .build();
  }

  /**
   * Writes a schema object.
   *
   * @param o the schema object
   * @return the JSON object
   */
  public static JsonValue.Obj schemaObject(SchemaObject o) {
    return Out.object()
        .opt("id", o.id())
        .put("name", o.name())
        .opt("physicalName", o.physicalName())
        .opt("physicalType", o.physicalType())
        .opt("logicalType", o.logicalType().map(LogicalType::value))
        .opt("businessName", o.businessName())
        .opt("description", o.description())
        .opt("dataGranularityDescription", o.dataGranularityDescription())
        .strings("tags", o.tags())
        .list("synonyms", o.synonyms(), SchemaMapping::synonym)
        .list(
            "authoritativeDefinitions",
            o.authoritativeDefinitions(),
            CommonMapping::authoritativeDefinition)
        .list("customProperties", o.customProperties(), CommonMapping::customProperty)
        .object("context", o.context(), PartsMapping::context)
        .list("relationships", o.relationships(), SchemaMapping::relationship)
        .list("properties", o.properties(), SchemaMapping::property)
        .list("quality", o.quality(), SchemaMapping::qualityRule)
        .extensions(o.extensions())
        .build();
  }

  // ---------------------------------------------------------------- properties

  /**
   * Reads a property, an array's {@code items}, or a map's key or value.
   *
   * @param node the node
   * @param path its path, such as {@code schema[0].properties[1]}
   * @return the property
   */
  public static SchemaProperty property(Node node, String path) {
    Fields f = Fields.of(node, path);
    return SchemaProperty.builder()
        .id(f.string("id"))
        .name(f.string("name"))
        .physicalName(f.string("physicalName"))
        .businessName(f.string("businessName"))
        .logicalType(f.enumValue("logicalType", LogicalType.values(), LogicalType::value))
        .logicalTypeOptions(f.object("logicalTypeOptions", SchemaMapping::logicalTypeOptions))
        .physicalType(f.string("physicalType"))
        .semanticType(f.enumValue("semanticType", SemanticType.values(), SemanticType::value))
        .description(f.string("description"))
        .required(f.bool("required"))
        .unique(f.bool("unique"))
        .primaryKey(f.bool("primaryKey"))
        .primaryKeyPosition(f.integer("primaryKeyPosition"))
        .partitioned(f.bool("partitioned"))
        .partitionKeyPosition(f.integer("partitionKeyPosition"))
        .classification(f.string("classification"))
        .criticalDataElement(f.bool("criticalDataElement"))
        .encryptedName(f.string("encryptedName"))
        .transformSourceObjects(f.strings("transformSourceObjects"))
        .transformLogic(f.string("transformLogic"))
        .transformDescription(f.string("transformDescription"))
        .examples(anyList(f, "examples"))
        .enumValues(keptEmpty(node, "enum") ? List.of() : f.list("enum", SchemaMapping::enumValue))
        .tags(f.strings("tags"))
        .synonyms(f.list("synonyms", SchemaMapping::synonym))
        .authoritativeDefinitions(
            f.list("authoritativeDefinitions", CommonMapping::authoritativeDefinition))
        .customProperties(f.list("customProperties", CommonMapping::customProperty))
        .relationships(f.list("relationships", SchemaMapping::relationship))
        .properties(f.list("properties", SchemaMapping::property))
        .items(f.object("items", SchemaMapping::property))
        .map(f.object("map", SchemaMapping::mapType))
        .quality(f.list("quality", SchemaMapping::qualityRule))
        .extensions(f.rest())
        .build();
  }

  /**
   * Writes a property.
   *
   * @param p the property
   * @return the JSON object
   */
  public static JsonValue.Obj property(SchemaProperty p) {
    return Out.object()
        .opt("id", p.id())
        .opt("name", p.name())
        .opt("physicalName", p.physicalName())
        .opt("businessName", p.businessName())
        .opt("logicalType", p.logicalType().map(LogicalType::value))
        .object("logicalTypeOptions", p.logicalTypeOptions(), SchemaMapping::logicalTypeOptions)
        .opt("physicalType", p.physicalType())
        .opt("semanticType", p.semanticType().map(SemanticType::value))
        .opt("description", p.description())
        .opt("required", p.required())
        .opt("unique", p.unique())
        .opt("primaryKey", p.primaryKey())
        .opt("primaryKeyPosition", p.primaryKeyPosition())
        .opt("partitioned", p.partitioned())
        .opt("partitionKeyPosition", p.partitionKeyPosition())
        .opt("classification", p.classification())
        .opt("criticalDataElement", p.criticalDataElement())
        .opt("encryptedName", p.encryptedName())
        .strings("transformSourceObjects", p.transformSourceObjects())
        .opt("transformLogic", p.transformLogic())
        .opt("transformDescription", p.transformDescription())
        .list("examples", p.examples(), v -> v)
        .list("enum", p.enumValues(), SchemaMapping::enumValue)
        .strings("tags", p.tags())
        .list("synonyms", p.synonyms(), SchemaMapping::synonym)
        .list(
            "authoritativeDefinitions",
            p.authoritativeDefinitions(),
            CommonMapping::authoritativeDefinition)
        .list("customProperties", p.customProperties(), CommonMapping::customProperty)
        .list("relationships", p.relationships(), SchemaMapping::relationship)
        .list("properties", p.properties(), SchemaMapping::property)
        .object("items", p.items(), SchemaMapping::property)
        .object("map", p.map(), SchemaMapping::mapType)
        .list("quality", p.quality(), SchemaMapping::qualityRule)
        .extensions(p.extensions())
        .build();
  }

  /**
   * Reads the {@code map} block of a map property (v3.2 draft).
   *
   * @param node the node
   * @param path its path, such as {@code schema[0].properties[1].map}
   * @return the map type
   */
  public static MapType mapType(Node node, String path) {
    Fields f = Fields.of(node, path);
    Optional<SchemaProperty> key = f.object("key", SchemaMapping::property);
    Optional<SchemaProperty> value = f.object("value", SchemaMapping::property);
    return new MapType(key, value, f.rest());
  }

  /**
   * Writes the {@code map} block of a map property.
   *
   * @param m the map type
   * @return the JSON object
   */
  public static JsonValue.Obj mapType(MapType m) {
    return Out.object()
        .object("key", m.key(), SchemaMapping::property)
        .object("value", m.value(), SchemaMapping::property)
        .extensions(m.extensions())
        .build();
  }

  /**
   * Reads one allowed value of a property's {@code enum} (v3.2 draft).
   *
   * @param node the node
   * @param path its path, such as {@code schema[0].properties[1].enum[0]}
   * @return the enum value
   */
  public static EnumValue enumValue(Node node, String path) {
    Fields f = Fields.of(node, path);
    return EnumValue.builder()
        .id(f.string("id"))
        .value(
            f.node("value")
                .map(
                    n -> {
                      if (n instanceof Node.Scalar s && !(s.value() instanceof JsonValue.Null)) {
                        return s.value();
                      }
                      throw Fields.typeError(
                          n, Nodes.child(path, "value"), "a string, a number or a boolean");
                    }))
        .label(f.string("label"))
        .description(f.string("description"))
        .tags(f.strings("tags"))
        .authoritativeDefinitions(
            f.list("authoritativeDefinitions", CommonMapping::authoritativeDefinition))
        .customProperties(f.list("customProperties", CommonMapping::customProperty))
        .extensions(f.rest())
        .build();
  }

  /**
   * Writes one allowed value of a property's {@code enum}.
   *
   * @param e the enum value
   * @return the JSON object
   */
  public static JsonValue.Obj enumValue(EnumValue e) {
    return Out.object()
        .opt("id", e.id())
        .opt("value", e.value())
        .opt("label", e.label())
        .opt("description", e.description())
        .strings("tags", e.tags())
        .list(
            "authoritativeDefinitions",
            e.authoritativeDefinitions(),
            CommonMapping::authoritativeDefinition)
        .list("customProperties", e.customProperties(), CommonMapping::customProperty)
        .extensions(e.extensions())
        .build();
  }

  /**
   * Reads a synonym (v3.2 draft).
   *
   * @param node the node
   * @param path its path, such as {@code schema[0].synonyms[0]}
   * @return the synonym
   */
  public static Synonym synonym(Node node, String path) {
    Fields f = Fields.of(node, path);
    return Synonym.builder()
        .id(f.string("id"))
        .synonym(f.string("synonym"))
        .description(f.string("description"))
        .locale(f.string("locale"))
        .source(f.string("source"))
        .status(f.string("status"))
        .customProperties(f.list("customProperties", CommonMapping::customProperty))
        .extensions(f.rest())
        .build();
  }

  /**
   * Writes a synonym.
   *
   * @param s the synonym
   * @return the JSON object
   */
  public static JsonValue.Obj synonym(Synonym s) {
    return Out.object()
        .opt("id", s.id())
        .opt("synonym", s.synonym())
        .opt("description", s.description())
        .opt("locale", s.locale())
        .opt("source", s.source())
        .opt("status", s.status())
        .list("customProperties", s.customProperties(), CommonMapping::customProperty)
        .extensions(s.extensions())
        .build();
  }

  // ---------------------------------------------------------------- logical type options

  /**
   * Reads logical type options. Every key of every logical type is accepted whatever the property's
   * type; the conformance checks report keys that do not belong.
   *
   * @param node the node
   * @param path its path, such as {@code schema[0].properties[1].logicalTypeOptions}
   * @return the options
   */
  public static LogicalTypeOptions logicalTypeOptions(Node node, String path) {
    Fields f = Fields.of(node, path);
    return LogicalTypeOptions.builder()
        .format(f.string("format"))
        .minLength(f.integer("minLength"))
        .maxLength(f.integer("maxLength"))
        .pattern(f.string("pattern"))
        .minimum(bound(f, "minimum", false))
        .exclusiveMinimum(bound(f, "exclusiveMinimum", true))
        .maximum(bound(f, "maximum", false))
        .exclusiveMaximum(bound(f, "exclusiveMaximum", true))
        .multipleOf(f.number("multipleOf"))
        .timezone(f.bool("timezone"))
        .defaultTimezone(f.string("defaultTimezone"))
        .minProperties(f.integer("minProperties"))
        .maxProperties(f.integer("maxProperties"))
        .required(keptEmpty(node, "required") ? List.of() : f.strings("required"))
        .minItems(f.integer("minItems"))
        .maxItems(f.integer("maxItems"))
        .uniqueItems(f.bool("uniqueItems"))
        .extensions(f.rest())
        .build();
  }

  /**
   * Writes logical type options.
   *
   * @param o the options
   * @return the JSON object
   */
  public static JsonValue.Obj logicalTypeOptions(LogicalTypeOptions o) {
    return Out.object()
        .opt("format", o.format())
        .opt("minLength", o.minLength())
        .opt("maxLength", o.maxLength())
        .opt("pattern", o.pattern())
        .opt("minimum", o.minimum())
        .opt("exclusiveMinimum", o.exclusiveMinimum())
        .opt("maximum", o.maximum())
        .opt("exclusiveMaximum", o.exclusiveMaximum())
        .opt("multipleOf", o.multipleOf())
        .opt("timezone", o.timezone())
        .opt("defaultTimezone", o.defaultTimezone())
        .opt("minProperties", o.minProperties())
        .opt("maxProperties", o.maxProperties())
        .strings("required", o.required())
        .opt("minItems", o.minItems())
        .opt("maxItems", o.maxItems())
        .opt("uniqueItems", o.uniqueItems())
        .extensions(o.extensions())
        .build();
  }

  /** A bound: a number or a string, or (exclusive bounds before v3.1.0) a boolean. */
  private static Optional<JsonValue> bound(Fields f, String key, boolean flagAllowed) {
    return f.node(key)
        .map(
            n -> {
              if (n instanceof Node.Scalar s
                  && (s.value() instanceof JsonValue.Num
                      || s.value() instanceof JsonValue.Str
                      || (flagAllowed && s.value() instanceof JsonValue.Bool))) {
                return s.value();
              }
              throw Fields.typeError(
                  n,
                  Nodes.child(f.path(), key),
                  flagAllowed ? "a number, a string or a boolean" : "a number or a string");
            });
  }

  // ---------------------------------------------------------------- relationships

  /**
   * Reads a relationship. {@code from} and {@code to} may each be a string or an array of strings;
   * which form was used is kept.
   *
   * @param node the node
   * @param path its path, such as {@code schema[0].relationships[0]}
   * @return the relationship
   */
  public static Relationship relationship(Node node, String path) {
    Fields f = Fields.of(node, path);
    Relationship.Builder b =
        Relationship.builder()
            .type(f.enumValue("type", RelationshipType.values(), RelationshipType::value));
    Optional<Node> from = f.node("from");
    if (from.isPresent()) {
      if (from.get() instanceof Node.Sequence) {
        b.from(references(from.get(), Nodes.child(path, "from")));
      } else {
        b.from(Fields.stringOf(from.get(), Nodes.child(path, "from")));
      }
    }
    Optional<Node> to = f.node("to");
    if (to.isPresent()) {
      if (to.get() instanceof Node.Sequence) {
        b.to(references(to.get(), Nodes.child(path, "to")));
      } else {
        b.to(Fields.stringOf(to.get(), Nodes.child(path, "to")));
      }
    }
    return b.customProperties(f.list("customProperties", CommonMapping::customProperty))
        .extensions(f.rest())
        .build();
  }

  private static List<String> references(Node node, String path) {
    List<Node> items = ((Node.Sequence) node).items();
    List<String> out = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      out.add(Fields.stringOf(items.get(i), Nodes.index(path, i)));
    }
    return out;
  }

  /**
   * Writes a relationship, each side as a string or an array as it was read or built.
   *
   * @param r the relationship
   * @return the JSON object
   */
  public static JsonValue.Obj relationship(Relationship r) {
    Out out = Out.object().opt("type", r.type().map(RelationshipType::value));
    references(out, "from", r.from(), r.fromArray());
    references(out, "to", r.to(), r.toArray());
    return out.list("customProperties", r.customProperties(), CommonMapping::customProperty)
        .extensions(r.extensions())
        .build();
  }

  private static void references(Out out, String key, List<String> refs, boolean array) {
    if (array) {
      List<JsonValue> values = new ArrayList<>(refs.size());
      refs.forEach(s -> values.add(JsonValue.of(s)));
      out.put(key, new JsonValue.Arr(values));
    } else if (!refs.isEmpty()) {
      out.put(key, refs.get(0));
    }
  }

  // ---------------------------------------------------------------- quality

  /**
   * Reads a quality rule. Every field is optional here; the operators are kept in document order,
   * however many there are.
   *
   * @param node the node
   * @param path its path, such as {@code schema[0].quality[0]}
   * @return the rule
   */
  public static QualityRule qualityRule(Node node, String path) {
    Fields f = Fields.of(node, path);
    Map<QualityOperator, JsonValue> operators = new LinkedHashMap<>();
    for (String key : ((Node.Mapping) node).members().keySet()) {
      Optional<QualityOperator> op = QualityOperator.fromValue(key);
      if (op.isPresent()) {
        operatorValue(f, op.get()).ifPresent(v -> operators.put(op.get(), v));
      }
    }
    return QualityRule.builder()
        .id(f.string("id"))
        .name(f.string("name"))
        .type(f.enumValue("type", QualityType.values(), QualityType::value))
        .metric(f.enumValue("metric", QualityMetric.values(), QualityMetric::value))
        .rule(f.string("rule"))
        .arguments(f.jsonObject("arguments"))
        .validValues(anyList(f, "validValues"))
        .query(f.string("query"))
        .engine(f.string("engine"))
        .implementation(
            f.node("implementation")
                .map(
                    n -> {
                      if (n instanceof Node.Mapping
                          || (n instanceof Node.Scalar s && s.value() instanceof JsonValue.Str)) {
                        return Nodes.toJsonValue(n);
                      }
                      throw Fields.typeError(
                          n, Nodes.child(path, "implementation"), "a string or an object");
                    }))
        .operators(operators)
        .unit(f.string("unit"))
        .description(f.string("description"))
        .dimension(f.enumValue("dimension", QualityDimension.values(), QualityDimension::value))
        .method(f.string("method"))
        .severity(f.string("severity"))
        .businessImpact(f.string("businessImpact"))
        .schedule(f.string("schedule"))
        .scheduler(f.string("scheduler"))
        .tags(f.strings("tags"))
        .authoritativeDefinitions(
            f.list("authoritativeDefinitions", CommonMapping::authoritativeDefinition))
        .customProperties(f.list("customProperties", CommonMapping::customProperty))
        .extensions(f.rest())
        .build();
  }

  /**
   * An operator's value: any JSON (a null kept) for {@code mustBe} and {@code mustNotBe}, a number
   * for the ordering operators, an array of numbers (of any length: the checks report the length)
   * for the between operators. A null ordering or between value counts as absent, as for every
   * typed field.
   */
  private static Optional<JsonValue> operatorValue(Fields f, QualityOperator op) {
    String key = op.value();
    if (op.takesNumber()) {
      return f.number(key).map(JsonValue.Num::new);
    }
    if (op.takesRange()) {
      return f.node(key)
          .map(
              n -> {
                String p = Nodes.child(f.path(), key);
                if (!(n instanceof Node.Sequence seq)) {
                  throw Fields.typeError(n, p, "an array of two numbers");
                }
                List<JsonValue> values = new ArrayList<>(seq.items().size());
                for (int i = 0; i < seq.items().size(); i++) {
                  Node item = seq.items().get(i);
                  if (!(item instanceof Node.Scalar s && s.value() instanceof JsonValue.Num)) {
                    throw Fields.typeError(item, Nodes.index(p, i), "a number");
                  }
                  values.add(s.value());
                }
                return new JsonValue.Arr(values);
              });
    }
    return f.any(key);
  }

  /**
   * Writes a quality rule, the operators where the standard's examples put them (after what is
   * measured, before the unit).
   *
   * @param q the rule
   * @return the JSON object
   */
  public static JsonValue.Obj qualityRule(QualityRule q) {
    Out out =
        Out.object()
            .opt("id", q.id())
            .opt("name", q.name())
            .opt("type", q.type().map(QualityType::value))
            .opt("metric", q.metric().map(QualityMetric::value))
            .opt("rule", q.rule())
            .jsonObject("arguments", q.arguments())
            .list("validValues", q.validValues(), v -> v)
            .opt("query", q.query())
            .opt("engine", q.engine())
            .opt("implementation", q.implementation());
    q.operators().forEach((op, v) -> out.put(op.value(), v));
    return out.opt("unit", q.unit())
        .opt("description", q.description())
        .opt("dimension", q.dimension().map(QualityDimension::value))
        .opt("method", q.method())
        .opt("severity", q.severity())
        .opt("businessImpact", q.businessImpact())
        .opt("schedule", q.schedule())
        .opt("scheduler", q.scheduler())
        .strings("tags", q.tags())
        .list(
            "authoritativeDefinitions",
            q.authoritativeDefinitions(),
            CommonMapping::authoritativeDefinition)
        .list("customProperties", q.customProperties(), CommonMapping::customProperty)
        .extensions(q.extensions())
        .build();
  }

  // ---------------------------------------------------------------- helpers

  /**
   * Whether the member is an empty array where the standard requires at least one element ({@code
   * enum: []}, {@code required: []}). Such a member is left unread, so it stays in the extensions
   * and is written back for the conformance checks, which run on the written document, to report: a
   * model list cannot tell an empty array from an absent one.
   */
  private static boolean keptEmpty(Node node, String key) {
    return ((Node.Mapping) node)
        .get(key)
        .filter(n -> n instanceof Node.Sequence seq && seq.items().isEmpty())
        .isPresent();
  }

  /** An optional array of any JSON values (a null element kept). */
  private static List<JsonValue> anyList(Fields f, String key) {
    return f.list(key, (n, p) -> Nodes.toJsonValue(n));
  }
}
