package dev.meshsdk.testkit.internal;

import dev.meshsdk.contracts.ContractDefinitionException;
import dev.meshsdk.contracts.DataContract;
import dev.meshsdk.contracts.JsonValue;
import dev.meshsdk.contracts.LogicalType;
import dev.meshsdk.contracts.LogicalTypeOptions;
import dev.meshsdk.contracts.SchemaObject;
import dev.meshsdk.contracts.SchemaProperty;
import dev.meshsdk.testkit.StubRecords;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** The built-in {@link StubRecords}: typical records plus one record per edge. */
public enum SimpleStubRecords implements StubRecords {
  /** The one instance. */
  INSTANCE;

  private enum Mode {
    FULL,
    REQUIRED_ONLY,
    OPTIONAL_NULL
  }

  @Override
  public Stream<Map<String, Object>> records(
      DataContract contract, String schemaObject, long seed) {
    SchemaObject object =
        contract
            .schemaObject(schemaObject)
            .orElseThrow(
                () ->
                    new ContractDefinitionException(
                        "contract '"
                            + contract.id()
                            + "' has no schema object '"
                            + schemaObject
                            + "'"));
    Random random = new Random(seed);
    List<Map<String, Object>> out = new ArrayList<>();
    Map<String, Object> full = record(object.properties(), Mode.FULL, random);
    out.add(full);
    out.add(record(object.properties(), Mode.REQUIRED_ONLY, random));
    out.add(record(object.properties(), Mode.OPTIONAL_NULL, random));
    for (SchemaProperty p : object.properties()) {
      String name = p.name().orElse("");
      for (Object edge : edges(p, random)) {
        Map<String, Object> copy = new LinkedHashMap<>(full);
        copy.put(name, edge);
        out.add(Collections.unmodifiableMap(copy));
      }
    }
    return out.stream();
  }

  private static Map<String, Object> record(List<SchemaProperty> properties, Mode mode, Random r) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (SchemaProperty p : properties) {
      if (p.name().isEmpty()) {
        continue;
      }
      if (p.isRequired() || mode == Mode.FULL) {
        m.put(p.name().get(), value(p, mode, r));
      } else if (mode == Mode.OPTIONAL_NULL) {
        m.put(p.name().get(), null);
      }
    }
    return Collections.unmodifiableMap(m);
  }

  private static @Nullable Object value(SchemaProperty p, Mode mode, Random r) {
    Optional<Object> example = example(p);
    List<JsonValue> enums = enumValues(p);
    if (!enums.isEmpty()) {
      return enums.get(r.nextInt(enums.size())).toJava().orElse(null);
    }
    LogicalType type = p.logicalType().orElse(LogicalType.STRING);
    LogicalTypeOptions o = p.logicalTypeOptions().orElse(LogicalTypeOptions.builder().build());
    return switch (type) {
      case STRING -> example.orElseGet(() -> text(o, r));
      case DATE -> example.orElse("2024-02-29");
      case TIMESTAMP -> example.orElse("2024-02-29T12:30:00Z");
      case TIME -> example.orElse("12:30:00");
      case INTEGER ->
          example.orElseGet(
              () -> clamp(BigDecimal.valueOf(1 + r.nextInt(100)), o, true).longValue());
      case NUMBER ->
          example.orElseGet(() -> clamp(BigDecimal.valueOf(1 + r.nextInt(10_000), 2), o, false));
      case BOOLEAN -> r.nextBoolean();
      case OBJECT -> record(p.properties(), mode, r);
      case ARRAY -> {
        List<Object> items = new ArrayList<>();
        int n = Math.max(1, o.minItems().orElse(0));
        for (int i = 0; i < n && p.items().isPresent(); i++) {
          items.add(value(p.items().get(), mode, r));
        }
        yield Collections.unmodifiableList(items);
      }
      case MAP -> Map.of();
    };
  }

  private static List<Object> edges(SchemaProperty p, Random r) {
    List<Object> out = new ArrayList<>();
    List<JsonValue> enums = enumValues(p);
    if (!enums.isEmpty()) {
      for (JsonValue v : enums) {
        v.toJava().ifPresent(out::add);
      }
      return out;
    }
    LogicalType type = p.logicalType().orElse(LogicalType.STRING);
    LogicalTypeOptions o = p.logicalTypeOptions().orElse(LogicalTypeOptions.builder().build());
    switch (type) {
      case INTEGER, NUMBER -> {
        boolean integer = type == LogicalType.INTEGER;
        BigDecimal step = integer ? BigDecimal.ONE : new BigDecimal("0.01");
        o.minimumNumber().ifPresent(b -> out.add(number(b, integer)));
        o.exclusiveMinimumNumber().ifPresent(b -> out.add(number(b.add(step), integer)));
        o.maximumNumber().ifPresent(b -> out.add(number(b, integer)));
        o.exclusiveMaximumNumber().ifPresent(b -> out.add(number(b.subtract(step), integer)));
        if (o.minimumNumber().isEmpty() && o.exclusiveMinimumNumber().isEmpty()) {
          out.add(integer ? (Object) 0L : BigDecimal.ZERO);
          out.add(integer ? (Object) (-1L) : new BigDecimal("-0.01"));
        }
      }
      case STRING -> {
        if (o.pattern().isEmpty() && o.format().isEmpty()) {
          out.add(pad("", o.minLength().orElse(0)));
          o.maxLength().ifPresent(n -> out.add(pad("", n)));
        }
      }
      case ARRAY -> {
        if (o.minItems().orElse(0) == 0) {
          out.add(List.of());
        }
      }
      default -> {}
    }
    return out;
  }

  private static Object number(BigDecimal b, boolean integer) {
    return integer ? (Object) b.longValue() : b;
  }

  private static String text(LogicalTypeOptions o, Random r) {
    String format = o.format().orElse("");
    String base =
        switch (format) {
          case "email" -> "user" + r.nextInt(1000) + "@example.com";
          case "uuid" -> new UUID(r.nextLong(), r.nextLong()).toString();
          case "uri", "url" -> "https://example.com/" + r.nextInt(1000);
          default -> "stub-" + (char) ('a' + r.nextInt(26));
        };
    if (o.pattern().isPresent()) {
      Pattern p = Pattern.compile(o.pattern().get());
      for (String candidate : List.of(base, "A", "a", "1", "ABC-123", "abc")) {
        if (p.matcher(candidate).find()) {
          return candidate;
        }
      }
    }
    String padded = pad(base, o.minLength().orElse(0));
    return o.maxLength()
        .filter(n -> padded.length() > n)
        .map(n -> padded.substring(0, n))
        .orElse(padded);
  }

  private static String pad(String s, int length) {
    StringBuilder sb = new StringBuilder(s);
    while (sb.length() < length) {
      sb.append('x');
    }
    return sb.toString();
  }

  private static BigDecimal clamp(BigDecimal v, LogicalTypeOptions o, boolean integer) {
    BigDecimal step = integer ? BigDecimal.ONE : new BigDecimal("0.01");
    BigDecimal out = v;
    Optional<BigDecimal> min = o.minimumNumber();
    Optional<BigDecimal> exMin = o.exclusiveMinimumNumber().map(b -> b.add(step));
    Optional<BigDecimal> max = o.maximumNumber();
    Optional<BigDecimal> exMax = o.exclusiveMaximumNumber().map(b -> b.subtract(step));
    for (Optional<BigDecimal> lo : List.of(min, exMin)) {
      if (lo.isPresent() && out.compareTo(lo.get()) < 0) {
        out = lo.get();
      }
    }
    for (Optional<BigDecimal> hi : List.of(max, exMax)) {
      if (hi.isPresent() && out.compareTo(hi.get()) > 0) {
        out = hi.get();
      }
    }
    return out;
  }

  private static Optional<Object> example(SchemaProperty p) {
    return p.examples().stream().findFirst().flatMap(JsonValue::toJava);
  }

  private static List<JsonValue> enumValues(SchemaProperty p) {
    return ContractMatcher.enumValues(p);
  }
}
