package dev.meshsdk.contracts.internal.diff;

import static dev.meshsdk.contracts.internal.diff.Rule.Effect.BREAKS_BOTH;
import static dev.meshsdk.contracts.internal.diff.Rule.Effect.BREAKS_CONSUMERS;
import static dev.meshsdk.contracts.internal.diff.Rule.Effect.BREAKS_PRODUCERS;
import static dev.meshsdk.contracts.internal.diff.Rule.Effect.NEUTRAL;

import dev.meshsdk.contracts.ChangeSeverity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The catalogue of diff rules, in the order of the README's rule table. */
public final class Rules {
  private static final Map<String, Rule> BY_ID = new LinkedHashMap<>();

  private Rules() {}

  private static Rule def(String id, Rule.Effect effect, String summary) {
    return def(id, effect, ChangeSeverity.INFO, summary);
  }

  private static Rule def(
      String id, Rule.Effect effect, ChangeSeverity neutralSeverity, String summary) {
    Rule r = new Rule(id, effect, neutralSeverity, summary);
    if (BY_ID.putIfAbsent(id, r) != null) {
      throw new IllegalStateException("duplicate diff rule id " + id);
    }
    return r;
  }

  // Schema structure.
  static final Rule SCHEMA_OBJECT_REMOVED =
      def("schema-object-removed", BREAKS_CONSUMERS, "a schema object was removed");
  static final Rule SCHEMA_OBJECT_RENAMED =
      def("schema-object-renamed", BREAKS_BOTH, "a schema object (same id) has a new name");
  static final Rule SCHEMA_OBJECT_ADDED =
      def("schema-object-added", NEUTRAL, "a schema object was added");
  static final Rule PROPERTY_REMOVED =
      def("property-removed", BREAKS_CONSUMERS, "a property was removed");
  static final Rule PROPERTY_RENAMED =
      def("property-renamed", BREAKS_BOTH, "a property (same id) has a new name");
  static final Rule PROPERTY_ADDED =
      def("property-added", NEUTRAL, "an optional property was added");
  static final Rule REQUIRED_PROPERTY_ADDED =
      def("required-property-added", BREAKS_PRODUCERS, "a required property was added");
  static final Rule REQUIRED_RELAXED =
      def("required-relaxed", BREAKS_CONSUMERS, "a required property became optional");
  static final Rule REQUIRED_ADDED =
      def("required-added", BREAKS_PRODUCERS, "an optional property became required");
  static final Rule TYPE_CHANGED =
      def("type-changed", BREAKS_BOTH, "the logical type changed incompatibly");
  static final Rule TYPE_WIDENED =
      def(
          "type-widened",
          BREAKS_CONSUMERS,
          "the logical type accepts more (integer to number, a type or items removed)");
  static final Rule TYPE_NARROWED =
      def(
          "type-narrowed",
          BREAKS_PRODUCERS,
          "the logical type accepts less (number to integer, a type or items added)");
  // Logical type options.
  static final Rule MIN_LENGTH_DECREASED =
      def("min-length-decreased", BREAKS_CONSUMERS, "minLength lowered or removed");
  static final Rule MIN_LENGTH_INCREASED =
      def("min-length-increased", BREAKS_PRODUCERS, "minLength raised or added");
  static final Rule MAX_LENGTH_INCREASED =
      def("max-length-increased", BREAKS_CONSUMERS, "maxLength raised or removed");
  static final Rule MAX_LENGTH_DECREASED =
      def("max-length-decreased", BREAKS_PRODUCERS, "maxLength lowered or added");
  static final Rule MINIMUM_DECREASED =
      def(
          "minimum-decreased",
          BREAKS_CONSUMERS,
          "the lower bound (minimum, exclusiveMinimum) lowered or removed");
  static final Rule MINIMUM_INCREASED =
      def(
          "minimum-increased",
          BREAKS_PRODUCERS,
          "the lower bound (minimum, exclusiveMinimum) raised or added");
  static final Rule MAXIMUM_INCREASED =
      def(
          "maximum-increased",
          BREAKS_CONSUMERS,
          "the upper bound (maximum, exclusiveMaximum) raised or removed");
  static final Rule MAXIMUM_DECREASED =
      def(
          "maximum-decreased",
          BREAKS_PRODUCERS,
          "the upper bound (maximum, exclusiveMaximum) lowered or added");
  static final Rule BOUND_CHANGED =
      def("bound-changed", BREAKS_BOTH, "a bound changed to a value that cannot be compared");
  static final Rule MULTIPLE_OF_RELAXED =
      def(
          "multiple-of-relaxed",
          BREAKS_CONSUMERS,
          "multipleOf removed or now a divisor of the old");
  static final Rule MULTIPLE_OF_TIGHTENED =
      def(
          "multiple-of-tightened",
          BREAKS_PRODUCERS,
          "multipleOf added or now a multiple of the old");
  static final Rule MULTIPLE_OF_CHANGED =
      def("multiple-of-changed", BREAKS_BOTH, "multipleOf changed to an unrelated value");
  static final Rule MIN_ITEMS_DECREASED =
      def("min-items-decreased", BREAKS_CONSUMERS, "minItems lowered or removed");
  static final Rule MIN_ITEMS_INCREASED =
      def("min-items-increased", BREAKS_PRODUCERS, "minItems raised or added");
  static final Rule MAX_ITEMS_INCREASED =
      def("max-items-increased", BREAKS_CONSUMERS, "maxItems raised or removed");
  static final Rule MAX_ITEMS_DECREASED =
      def("max-items-decreased", BREAKS_PRODUCERS, "maxItems lowered or added");
  static final Rule MIN_PROPERTIES_DECREASED =
      def("min-properties-decreased", BREAKS_CONSUMERS, "minProperties lowered or removed");
  static final Rule MIN_PROPERTIES_INCREASED =
      def("min-properties-increased", BREAKS_PRODUCERS, "minProperties raised or added");
  static final Rule MAX_PROPERTIES_INCREASED =
      def("max-properties-increased", BREAKS_CONSUMERS, "maxProperties raised or removed");
  static final Rule MAX_PROPERTIES_DECREASED =
      def("max-properties-decreased", BREAKS_PRODUCERS, "maxProperties lowered or added");
  static final Rule UNIQUE_ITEMS_REMOVED =
      def("unique-items-removed", BREAKS_CONSUMERS, "uniqueItems no longer true");
  static final Rule UNIQUE_ITEMS_ADDED =
      def("unique-items-added", BREAKS_PRODUCERS, "uniqueItems became true");
  static final Rule PATTERN_REMOVED =
      def("pattern-removed", BREAKS_CONSUMERS, "a pattern was removed");
  static final Rule PATTERN_ADDED = def("pattern-added", BREAKS_PRODUCERS, "a pattern was added");
  static final Rule PATTERN_CHANGED =
      def("pattern-changed", BREAKS_BOTH, "a pattern was replaced by another");
  static final Rule FORMAT_REMOVED =
      def("format-removed", BREAKS_CONSUMERS, "a format was removed");
  static final Rule FORMAT_ADDED = def("format-added", BREAKS_PRODUCERS, "a format was added");
  static final Rule FORMAT_CHANGED =
      def("format-changed", BREAKS_BOTH, "a format was replaced by another");
  static final Rule TIMEZONE_CHANGED =
      def("timezone-changed", BREAKS_BOTH, "whether values carry a timezone changed");
  static final Rule DEFAULT_TIMEZONE_CHANGED =
      def(
          "default-timezone-changed",
          NEUTRAL,
          ChangeSeverity.WARNING,
          "the timezone of values without one changed");
  // Values.
  static final Rule ENUM_VALUE_ADDED =
      def("enum-value-added", BREAKS_CONSUMERS, "an allowed enum value was added");
  static final Rule ENUM_VALUE_REMOVED =
      def("enum-value-removed", BREAKS_PRODUCERS, "an allowed enum value was removed");
  static final Rule ENUM_ADDED =
      def("enum-added", BREAKS_PRODUCERS, "values are now restricted to an enum");
  static final Rule ENUM_REMOVED =
      def("enum-removed", BREAKS_CONSUMERS, "the enum restriction was removed");
  static final Rule UNIQUE_REMOVED =
      def("unique-removed", BREAKS_CONSUMERS, "values are no longer unique");
  static final Rule UNIQUE_ADDED = def("unique-added", BREAKS_PRODUCERS, "values must be unique");
  static final Rule PRIMARY_KEY_REMOVED =
      def("primary-key-removed", BREAKS_CONSUMERS, "the property is no longer a primary key");
  static final Rule PRIMARY_KEY_ADDED =
      def("primary-key-added", BREAKS_PRODUCERS, "the property became a primary key");
  static final Rule KEY_POSITION_CHANGED =
      def(
          "key-position-changed",
          NEUTRAL,
          ChangeSeverity.WARNING,
          "primaryKeyPosition, partitioned or partitionKeyPosition changed");
  static final Rule PHYSICAL_NAME_CHANGED =
      def("physical-name-changed", NEUTRAL, ChangeSeverity.WARNING, "a physical name changed");
  static final Rule PHYSICAL_TYPE_CHANGED =
      def("physical-type-changed", NEUTRAL, ChangeSeverity.WARNING, "a physical type changed");
  static final Rule CLASSIFICATION_CHANGED =
      def(
          "classification-changed",
          NEUTRAL,
          ChangeSeverity.WARNING,
          "the classification of a property changed");
  static final Rule RELATIONSHIP_CHANGED =
      def(
          "relationship-changed",
          NEUTRAL,
          ChangeSeverity.WARNING,
          "a relationship (foreign key) was added, removed or changed");
  // Quality.
  static final Rule QUALITY_RULE_REMOVED =
      def("quality-rule-removed", BREAKS_CONSUMERS, "a quality rule was removed");
  static final Rule QUALITY_RULE_ADDED =
      def("quality-rule-added", BREAKS_PRODUCERS, "a quality rule was added");
  static final Rule QUALITY_THRESHOLD_LOOSENED =
      def(
          "quality-threshold-loosened",
          BREAKS_CONSUMERS,
          "a quality threshold accepts more (nullValues mustBeLessThan 5 to 10)");
  static final Rule QUALITY_THRESHOLD_TIGHTENED =
      def("quality-threshold-tightened", BREAKS_PRODUCERS, "a quality threshold accepts less");
  static final Rule QUALITY_THRESHOLD_CHANGED =
      def(
          "quality-threshold-changed",
          BREAKS_BOTH,
          "a quality threshold or its unit changed incomparably");
  static final Rule VALID_VALUE_ADDED =
      def("valid-value-added", BREAKS_CONSUMERS, "a quality rule's validValues gained a value");
  static final Rule VALID_VALUE_REMOVED =
      def("valid-value-removed", BREAKS_PRODUCERS, "a quality rule's validValues lost a value");
  static final Rule QUALITY_RULE_CHANGED =
      def(
          "quality-rule-changed",
          NEUTRAL,
          ChangeSeverity.WARNING,
          "what a quality rule measures changed (metric, query, engine, arguments)");
  // SLA.
  static final Rule SLA_PROPERTY_REMOVED =
      def("sla-property-removed", BREAKS_CONSUMERS, "an SLA property was removed");
  static final Rule SLA_PROPERTY_ADDED =
      def("sla-property-added", BREAKS_PRODUCERS, "an SLA property was added");
  static final Rule SLA_PROPERTY_CHANGED =
      def(
          "sla-property-changed",
          NEUTRAL,
          ChangeSeverity.WARNING,
          "an SLA value changed where no direction is known (or units differ)");

  /** SLA properties whose values are better when lower, higher, earlier or later. */
  enum SlaDirection {
    LOWER_IS_BETTER,
    HIGHER_IS_BETTER,
    LATER_IS_BETTER,
    EARLIER_IS_BETTER
  }

  /** Known SLA properties (lower case) and their direction. */
  static final Map<String, SlaDirection> SLA_DIRECTIONS = new LinkedHashMap<>();

  /** The loosening and tightening rules of known SLA properties (lower case). */
  static final Map<String, Rule[]> SLA_RULES = new LinkedHashMap<>();

  static {
    sla("latency", SlaDirection.LOWER_IS_BETTER);
    sla("frequency", SlaDirection.LOWER_IS_BETTER);
    sla("timeToDetect", SlaDirection.LOWER_IS_BETTER);
    sla("timeToNotify", SlaDirection.LOWER_IS_BETTER);
    sla("timeToRepair", SlaDirection.LOWER_IS_BETTER);
    sla("errorRate", SlaDirection.LOWER_IS_BETTER);
    sla("retention", SlaDirection.HIGHER_IS_BETTER);
    sla("availability", SlaDirection.HIGHER_IS_BETTER);
    sla("throughput", SlaDirection.HIGHER_IS_BETTER);
    sla("endOfSupport", SlaDirection.LATER_IS_BETTER);
    sla("endOfLife", SlaDirection.LATER_IS_BETTER);
    sla("generalAvailability", SlaDirection.EARLIER_IS_BETTER);
  }

  private static void sla(String property, SlaDirection direction) {
    String kebab = property.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    String worse;
    String better;
    switch (direction) {
      case LOWER_IS_BETTER -> {
        worse = "increased";
        better = "decreased";
      }
      case HIGHER_IS_BETTER -> {
        worse = "decreased";
        better = "increased";
      }
      case LATER_IS_BETTER -> {
        worse = "earlier";
        better = "later";
      }
      default -> {
        worse = "later";
        better = "earlier";
      }
    }
    Rule loosened =
        def(
            "sla-" + kebab + "-" + worse,
            BREAKS_CONSUMERS,
            "SLA " + property + " " + worse + " (a weaker promise)");
    Rule tightened =
        def(
            "sla-" + kebab + "-" + better,
            BREAKS_PRODUCERS,
            "SLA " + property + " " + better + " (a stronger promise)");
    String key = property.toLowerCase(Locale.ROOT);
    SLA_DIRECTIONS.put(key, direction);
    SLA_RULES.put(key, new Rule[] {loosened, tightened});
  }

  // Servers, roles and the rest of the document.
  static final Rule SERVER_REMOVED =
      def("server-removed", BREAKS_CONSUMERS, "a server consumers read from was removed");
  static final Rule SERVER_CHANGED =
      def("server-changed", BREAKS_CONSUMERS, "a server's type or location attributes changed");
  static final Rule ROLE_REMOVED =
      def("role-removed", NEUTRAL, ChangeSeverity.WARNING, "an access role was removed");
  static final Rule CONTRACT_ID_CHANGED =
      def("contract-id-changed", NEUTRAL, ChangeSeverity.WARNING, "the contract id changed");
  static final Rule STATUS_CHANGED =
      def("status-changed", NEUTRAL, ChangeSeverity.WARNING, "the contract status changed");
  static final Rule PRICE_CHANGED =
      def("price-changed", NEUTRAL, ChangeSeverity.WARNING, "the price changed");
  static final Rule VERSION_CHANGED = def("version-changed", NEUTRAL, "the version changed");
  static final Rule API_VERSION_CHANGED =
      def("api-version-changed", NEUTRAL, "the ODCS apiVersion changed");
  static final Rule METADATA_CHANGED =
      def(
          "metadata-changed",
          NEUTRAL,
          "documentation or metadata changed (descriptions, tags, team, support, custom properties,"
              + " authoritative definitions, extensions...)");
  // Versioning.
  static final Rule SEMVER_MAJOR_REQUIRED =
      def(
          "semver-major-required",
          NEUTRAL,
          ChangeSeverity.BREAKING,
          "a breaking change without a new major version (a new minor for 0.x)");
  static final Rule SEMVER_UNCHECKED =
      def(
          "semver-unchecked",
          NEUTRAL,
          ChangeSeverity.WARNING,
          "a breaking change, but a version is not semantic so the bump cannot be checked");

  /**
   * A rule by id.
   *
   * @param id the id
   * @return the rule, or empty if no rule has that id
   */
  public static Optional<Rule> byId(String id) {
    return Optional.ofNullable(BY_ID.get(id));
  }

  /**
   * Every rule, in catalogue order.
   *
   * @return the rules
   */
  public static List<Rule> all() {
    return Collections.unmodifiableList(new ArrayList<>(BY_ID.values()));
  }

  /**
   * The id of the semantic-version rule.
   *
   * @return {@code semver-major-required}
   */
  public static Rule semverMajorRequired() {
    return SEMVER_MAJOR_REQUIRED;
  }

  /**
   * The rule for versions that are not semantic.
   *
   * @return {@code semver-unchecked}
   */
  public static Rule semverUnchecked() {
    return SEMVER_UNCHECKED;
  }
}
