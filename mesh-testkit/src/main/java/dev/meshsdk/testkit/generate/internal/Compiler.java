package dev.meshsdk.testkit.generate.internal;

import dev.meshsdk.contracts.ContractDefinitionException;
import dev.meshsdk.contracts.JsonValue;
import dev.meshsdk.contracts.LogicalType;
import dev.meshsdk.contracts.LogicalTypeOptions;
import dev.meshsdk.contracts.SchemaObject;
import dev.meshsdk.contracts.SchemaProperty;
import dev.meshsdk.contracts.internal.format.Formats;
import dev.meshsdk.contracts.internal.regex.Regex;
import dev.meshsdk.contracts.internal.validate.PropertyConstraints;
import dev.meshsdk.testkit.generate.GeneratorOptions;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Compiles a schema object into a tree of {@link Node}s, reading each property the way the record
 * validator's compiler reads it (the same required, classification, enum and {@code invalidValues},
 * bound and format rules), so that what is generated is what is checked.
 */
final class Compiler {
  private final String objectName;
  private final GeneratorOptions options;

  private Compiler(String objectName, GeneratorOptions options) {
    this.objectName = objectName;
    this.options = options;
  }

  static Node.ObjectNode compile(SchemaObject object, GeneratorOptions options) {
    Compiler c = new Compiler(object.name(), options);
    return c.object(object.properties(), List.of(), "", true);
  }

  private static String child(String parent, String name) {
    return parent.isEmpty() ? name : parent + "." + name;
  }

  private static boolean shows(boolean parent, SchemaProperty p) {
    return parent
        && p.classification().map(c -> c.isBlank() || c.equalsIgnoreCase("public")).orElse(true);
  }

  private ContractDefinitionException definition(String label, String problem) {
    return new ContractDefinitionException(
        "schema object '" + objectName + "', property " + label + ": " + problem);
  }

  private Node.ObjectNode object(
      List<SchemaProperty> props, List<String> requiredByObject, String label, boolean show) {
    List<Node.ObjectNode.Field> fields = new ArrayList<>();
    for (SchemaProperty p : props) {
      String name = p.name().orElseThrow(() -> definition(label, "a property has no name"));
      boolean required = p.isRequired() || requiredByObject.contains(name);
      fields.add(
          new Node.ObjectNode.Field(name, value(p, child(label, name), shows(show, p)), required));
    }
    return new Node.ObjectNode(label, show, fields);
  }

  private Node value(SchemaProperty p, String label, boolean show) {
    LogicalType lt = PropertyConstraints.logicalType(p);
    if (lt == null) {
      return new Node.AnyNode(label, show);
    }
    LogicalTypeOptions o = p.logicalTypeOptions().orElse(LogicalTypeOptions.builder().build());
    return switch (lt) {
      case STRING -> string(p, o, label, show);
      case INTEGER, NUMBER -> number(o, label, show, lt == LogicalType.INTEGER);
      case BOOLEAN -> new Node.BooleanNode(label, show);
      case DATE, TIMESTAMP, TIME -> temporal(o, lt, label, show);
      case OBJECT -> object(p.properties(), o.required(), label, show);
      case ARRAY -> {
        Node items = p.items().map(i -> value(i, label + "[]", shows(show, i))).orElse(null);
        yield new Node.ArrayNode(
            label,
            show,
            o.minItems().orElse(0),
            o.maxItems().orElse(-1),
            o.isUniqueItems(),
            items,
            p.items().map(SchemaProperty::isRequired).orElse(false));
      }
      case MAP -> {
        Node keys =
            p.map().flatMap(m -> m.key()).map(k -> value(k, label + ".(key)", show)).orElse(null);
        Node values =
            p.map()
                .flatMap(m -> m.value())
                .map(v -> value(v, label + ".(value)", show))
                .orElse(null);
        yield new Node.MapNode(label, show, keys, values);
      }
    };
  }

  private Node string(SchemaProperty p, LogicalTypeOptions o, String label, boolean show) {
    Regex pattern = null;
    if (o.pattern().isPresent()) {
      try {
        pattern = Regex.compile(o.pattern().get(), Regex.Mode.SEARCH);
      } catch (ContractDefinitionException e) {
        throw definition(label, e.getMessage());
      }
    }
    String format = o.format().orElse(null);
    Optional<Predicate<String>> check = format == null ? Optional.empty() : Formats.forName(format);
    return new StringNode(
        label,
        show,
        o.minLength().orElse(0),
        o.maxLength().orElse(-1),
        pattern,
        format,
        check.orElse(null),
        allowedValues(p),
        options.maxStringLength());
  }

  /** The validator's allowed values: enum values and invalidValues rules with mustBe 0. */
  static @Nullable Set<String> allowedValues(SchemaProperty p) {
    return PropertyConstraints.allowedTexts(p);
  }

  private Node number(LogicalTypeOptions o, String label, boolean show, boolean integer) {
    List<NumberNode.Bound> lows = new ArrayList<>();
    List<NumberNode.Bound> highs = new ArrayList<>();
    for (PropertyConstraints.Bound b : PropertyConstraints.bounds(o)) {
      (b.lower() ? lows : highs).add(new NumberNode.Bound(b.value(), b.exclusive(), b.keyword()));
    }
    NumberNode.Bound lower = tightest(lows, 1);
    NumberNode.Bound upper = tightest(highs, -1);
    String format = o.format().orElse(null);
    BigDecimal fmin = null;
    BigDecimal fmax = null;
    if (integer && format != null && format.matches("[iu](8|16|32|64|128)")) {
      int bits = Integer.parseInt(format.substring(1));
      if (format.startsWith("u")) {
        fmin = BigDecimal.ZERO;
        fmax = new BigDecimal(BigInteger.TWO.pow(bits).subtract(BigInteger.ONE));
      } else {
        fmin = new BigDecimal(BigInteger.TWO.pow(bits - 1).negate());
        fmax = new BigDecimal(BigInteger.TWO.pow(bits - 1).subtract(BigInteger.ONE));
      }
    }
    return new NumberNode(
        label, show, integer, format, fmin, fmax, lower, upper, o.multipleOf().orElse(null));
  }

  private static NumberNode.@Nullable Bound tightest(List<NumberNode.Bound> bounds, int direction) {
    NumberNode.Bound best = null;
    for (NumberNode.Bound b : bounds) {
      if (best == null) {
        best = b;
        continue;
      }
      int c = b.value().compareTo(best.value()) * direction;
      if (c > 0 || (c == 0 && b.exclusive() && !best.exclusive())) {
        best = b;
      }
    }
    return best;
  }

  private Node temporal(LogicalTypeOptions o, LogicalType lt, String label, boolean show) {
    TemporalNode.Kind kind =
        switch (lt) {
          case DATE -> TemporalNode.Kind.DATE;
          case TIME -> TemporalNode.Kind.TIME;
          default -> TemporalNode.Kind.TIMESTAMP;
        };
    DateTimeFormatter formatter = o.format().map(f -> formatter(f, label)).orElse(null);
    ZoneId zone = o.defaultTimezone().map(ZoneId::of).orElse(ZoneOffset.UTC);
    boolean requireOffset = kind == TemporalNode.Kind.TIMESTAMP && o.timezone().orElse(false);
    TemporalNode node = new TemporalNode(label, show, kind, formatter, zone, requireOffset);
    bound(node, o.minimum(), true, false, "minimum", label);
    bound(node, o.maximum(), false, false, "maximum", label);
    bound(node, o.exclusiveMinimum(), true, true, "exclusiveMinimum", label);
    bound(node, o.exclusiveMaximum(), false, true, "exclusiveMaximum", label);
    return node;
  }

  private void bound(
      TemporalNode node,
      Optional<JsonValue> value,
      boolean lower,
      boolean exclusive,
      String rule,
      String label) {
    if (value.isPresent() && value.get() instanceof JsonValue.Str s) {
      if (!node.addBound(s.value(), lower, exclusive, rule)) {
        throw definition(
            label,
            "logicalTypeOptions."
                + rule
                + " '"
                + s.value()
                + "' does not parse in the property's format");
      }
    }
  }

  private DateTimeFormatter formatter(String pattern, String label) {
    try {
      return DateTimeFormatter.ofPattern(pattern, Locale.ROOT);
    } catch (IllegalArgumentException first) {
      String quoted = pattern.replaceAll("(?<=[dD])T(?=[Hh])", "'T'");
      try {
        return DateTimeFormatter.ofPattern(quoted, Locale.ROOT);
      } catch (IllegalArgumentException e) {
        throw definition(
            label, "format '" + pattern + "' is not a date-time pattern: " + first.getMessage());
      }
    }
  }
}
