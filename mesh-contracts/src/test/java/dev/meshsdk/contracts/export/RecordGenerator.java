package dev.meshsdk.contracts.export;

import dev.meshsdk.contracts.DataContract;
import dev.meshsdk.contracts.JsonValue;
import dev.meshsdk.contracts.LogicalType;
import dev.meshsdk.contracts.LogicalTypeOptions;
import dev.meshsdk.contracts.MapType;
import dev.meshsdk.contracts.RecordValidator;
import dev.meshsdk.contracts.SchemaObject;
import dev.meshsdk.contracts.SchemaProperty;
import dev.meshsdk.contracts.internal.export.ShapesForTests;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Random map records for a schema object: mostly valid ones built from the contract (examples,
 * allowed values, formats, values at and beyond bounds), then, half of the time, one mutation that
 * usually breaks them (a required field dropped or nulled, an undeclared field, a value of the
 * wrong type or out of bounds). Whether a record is valid is never assumed: the property compares
 * two validators.
 *
 * <p>Excluded on purpose, because JSON Schema cannot agree with the contract there: timestamps
 * without an offset, with a space separator or without seconds, and times without an offset (the
 * validator's ISO-8601 reading is more lenient than RFC 3339's {@code date-time} and {@code time}
 * formats). The generator writes only RFC 3339 forms, or text that is no date at all.
 */
final class RecordGenerator {
  private static final List<Object> ANY =
      List.of("text", 42L, 1.5, true, List.of("a", 1L), Map.of("k", "v"));
  private static final List<String> STRINGS =
      List.of("EUR", "ORD-00000042", "abc", "", "x", "hello world", "SKU-1", "PLACED", "ÄÖü");
  private final Random random;
  private final Map<SchemaProperty, RecordValidator<Map<String, ?>>> oracles;

  RecordGenerator(long seed, Map<SchemaProperty, RecordValidator<Map<String, ?>>> oracles) {
    this.random = new Random(seed);
    this.oracles = oracles;
  }

  private boolean chance(double p) {
    return random.nextDouble() < p;
  }

  private <T> T pick(List<T> list) {
    return list.get(random.nextInt(list.size()));
  }

  Map<String, Object> record(List<SchemaProperty> props, List<String> requiredByObject) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (SchemaProperty p : props) {
      String name = p.name().orElseThrow();
      boolean required = p.isRequired() || requiredByObject.contains(name);
      if (!required && chance(0.4)) {
        if (chance(0.3)) {
          out.put(name, null);
        }
        continue;
      }
      out.put(name, validValue(p));
    }
    return out;
  }

  /**
   * A value the contract accepts for the property, if one of a few tries finds it: each try is
   * checked by a validator of a one-property contract (the oracle), so that most records are valid
   * before a mutation, however narrow the property's pattern or bounds.
   */
  private Object validValue(SchemaProperty p) {
    RecordValidator<Map<String, ?>> oracle =
        oracles.computeIfAbsent(
            p,
            q ->
                RecordValidator.of(
                    DataContract.builder()
                        .id("oracle")
                        .version("1.0.0")
                        .schemaObject(
                            SchemaObject.builder()
                                .name("o")
                                .properties(List.of(q.toBuilder().name("v").required(true).build()))
                                .build())
                        .build(),
                    "o"));
    Object v = value(p, 0);
    for (int i = 0; i < 40 && !oracle.isValid(Collections.singletonMap("v", v)); i++) {
      v = value(p, 0);
    }
    return v;
  }

  /** One mutation that usually breaks the record. */
  Map<String, Object> mutate(Map<String, Object> record, List<SchemaProperty> props) {
    Map<String, Object> out = new LinkedHashMap<>(record);
    switch (random.nextInt(5)) {
      case 0 -> out.put("undeclared_" + random.nextInt(3), "surprise");
      case 1 -> {
        if (!out.isEmpty()) {
          out.remove(pick(new ArrayList<>(out.keySet())));
        }
      }
      case 2 -> {
        if (!out.isEmpty()) {
          out.put(pick(new ArrayList<>(out.keySet())), null);
        }
      }
      default -> {
        if (!props.isEmpty()) {
          SchemaProperty p = pick(props);
          out.put(p.name().orElseThrow(), chance(0.5) ? pick(ANY) : value(p, 0));
        }
      }
    }
    return out;
  }

  private Object value(SchemaProperty p, int depth) {
    if (!p.examples().isEmpty() && chance(0.3)) {
      Object v = pick(p.examples()).toJava().orElse(null);
      if (v != null) {
        return v;
      }
    }
    Optional<LogicalType> type = ShapesForTests.type(p);
    LogicalTypeOptions o = p.logicalTypeOptions().orElse(LogicalTypeOptions.builder().build());
    if (type.isEmpty()) {
      return pick(ANY);
    }
    return switch (type.get()) {
      case STRING -> string(p, o);
      case INTEGER -> integer(o);
      case NUMBER -> number(o);
      case BOOLEAN -> random.nextBoolean();
      case DATE -> pick(List.of("2024-02-29", "2026-01-05", "2023-02-29", "2024-1-5", "soon"));
      case TIMESTAMP ->
          pick(
              List.of(
                  "2024-01-02T03:04:05Z",
                  "2024-01-02T03:04:05.123+02:00",
                  "2024-02-30T03:04:05Z",
                  "yesterday"));
      case TIME -> pick(List.of("10:11:12Z", "23:59:59.5+01:00", "25:00:00Z", "noon"));
      case ARRAY -> array(p, o, depth);
      case OBJECT -> depth > 4 ? Map.of() : nested(record(p.properties(), o.required()), p, depth);
      case MAP -> map(p, depth);
    };
  }

  private Object nested(Map<String, Object> record, SchemaProperty p, int depth) {
    return chance(0.1) ? mutate(record, p.properties()) : record;
  }

  private Object string(SchemaProperty p, LogicalTypeOptions o) {
    Optional<List<String>> allowed = ShapesForTests.allowedValues(p);
    if (allowed.isPresent() && !allowed.get().isEmpty() && chance(0.8)) {
      return pick(allowed.get());
    }
    if (o.format().isPresent() && chance(0.7)) {
      return switch (o.format().get()) {
        case "email" -> pick(List.of("ada@example.com", "a.b+c@mail.example.org", "no-at-sign"));
        case "uri" -> pick(List.of("https://example.com/a?b=c", "urn:isbn:123", "not a uri"));
        case "uuid" ->
            pick(
                List.of(
                    "123e4567-e89b-12d3-a456-426614174000", "123e4567e89b12d3a456426614174000"));
        case "date" -> pick(List.of("2024-02-29", "2023-02-29"));
        case "date-time" -> pick(List.of("2024-01-02T03:04:05Z", "2024-01-02"));
        case "time" -> pick(List.of("10:11:12Z", "10:61:00Z"));
        case "ipv4" -> pick(List.of("192.168.0.1", "256.1.1.1"));
        case "ipv6" -> pick(List.of("2001:db8::1", "2001:db8:::1"));
        case "hostname" -> pick(List.of("example.com", "-bad-.example"));
        default -> pick(STRINGS);
      };
    }
    int min = o.minLength().orElse(0);
    int max = o.maxLength().orElse(12);
    if (chance(0.3)) {
      int length = Math.max(0, min + random.nextInt(Math.max(1, max - min + 2)) - 1);
      return "a".repeat(Math.min(length, 300));
    }
    return pick(STRINGS);
  }

  private Object integer(LogicalTypeOptions o) {
    List<BigDecimal> candidates = new ArrayList<>(edges(o));
    candidates.add(BigDecimal.ZERO);
    candidates.add(BigDecimal.valueOf(42));
    candidates.add(BigDecimal.valueOf(-7));
    candidates.add(new BigDecimal("300"));
    candidates.add(new BigDecimal("40000"));
    candidates.add(new BigDecimal("3000000000"));
    candidates.add(new BigDecimal("20000000000000000000"));
    BigDecimal v = pick(candidates);
    if (chance(0.05)) {
      return 2.5;
    }
    return v.stripTrailingZeros().scale() <= 0
            && v.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) < 0
        ? (Object) v.longValueExact()
        : v;
  }

  private Object number(LogicalTypeOptions o) {
    List<BigDecimal> candidates = new ArrayList<>(edges(o));
    candidates.add(BigDecimal.ZERO);
    candidates.add(new BigDecimal("12.34"));
    candidates.add(new BigDecimal("-0.5"));
    candidates.add(new BigDecimal("1E+40"));
    BigDecimal v = pick(candidates);
    return chance(0.5) ? v : v.doubleValue();
  }

  private static List<BigDecimal> edges(LogicalTypeOptions o) {
    List<BigDecimal> out = new ArrayList<>();
    for (Optional<JsonValue> b :
        List.of(o.minimum(), o.maximum(), o.exclusiveMinimum(), o.exclusiveMaximum())) {
      b.flatMap(JsonValue::asNumber)
          .ifPresent(
              v -> {
                out.add(v);
                out.add(v.add(BigDecimal.ONE));
                out.add(v.subtract(BigDecimal.ONE));
              });
    }
    o.multipleOf().ifPresent(m -> out.add(m.multiply(BigDecimal.valueOf(3))));
    return out;
  }

  private Object array(SchemaProperty p, LogicalTypeOptions o, int depth) {
    int min = o.minItems().orElse(0);
    int max = o.maxItems().orElse(4);
    int size = Math.max(0, min + random.nextInt(Math.max(1, Math.min(max, min + 4) - min + 2)) - 1);
    List<Object> out = new ArrayList<>();
    for (int i = 0; i < size && depth < 5; i++) {
      if (p.items().isEmpty()) {
        out.add(pick(ANY));
      } else if (!p.items().get().isRequired() && chance(0.1)) {
        out.add(null);
      } else {
        out.add(value(p.items().get(), depth + 1));
      }
    }
    if (o.isUniqueItems() && !out.isEmpty() && chance(0.2)) {
      out.add(out.get(0));
    }
    return out;
  }

  private Object map(SchemaProperty p, int depth) {
    Map<String, Object> out = new LinkedHashMap<>();
    int size = random.nextInt(3);
    Optional<SchemaProperty> key = p.map().flatMap(MapType::key);
    Optional<SchemaProperty> value = p.map().flatMap(MapType::value);
    for (int i = 0; i < size && depth < 5; i++) {
      String k = key.map(kp -> String.valueOf(value(kp, depth + 1))).orElse("k" + i);
      out.put(k, value.map(v -> value(v, depth + 1)).orElse("v"));
    }
    return out;
  }
}
