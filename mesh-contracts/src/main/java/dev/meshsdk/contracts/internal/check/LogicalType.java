package dev.meshsdk.contracts.internal.check;

import dev.meshsdk.contracts.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A property's {@code logicalType}, which selects the schema's conditional branches: the allowed
 * {@code logicalTypeOptions}, and whether {@code properties}, {@code items} or {@code map} may
 * appear.
 */
enum LogicalType {
  STRING,
  DATE,
  TIMESTAMP,
  TIME,
  NUMBER,
  INTEGER,
  OBJECT,
  ARRAY,
  BOOLEAN,
  /** v3.2.0 only. */
  MAP,
  /** No logicalType: in the schema every {@code if} branch then applies at once. */
  ABSENT,
  /** A logicalType that is not a known value (already reported): no branch applies. */
  INVALID;

  /** The logicalType values a version allows, in schema order. */
  static List<String> names(SchemaVersion version) {
    List<String> out = new ArrayList<>();
    for (LogicalType t : values()) {
      if (t.ordinal() < MAP.ordinal() || (t == MAP && version.isV32())) {
        out.add(t.schemaName());
      }
    }
    return List.copyOf(out);
  }

  /** The logicalType of a property. */
  static LogicalType of(JsonValue.Obj property, SchemaVersion version) {
    JsonValue value = property.members().get("logicalType");
    if (value == null) {
      return ABSENT;
    }
    if (value instanceof JsonValue.Str s && names(version).contains(s.value())) {
      return valueOf(s.value().toUpperCase(Locale.ROOT));
    }
    return INVALID;
  }

  /** The name used in documents. */
  String schemaName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether a branch that is taken when logicalType is {@code branch} applies to this type. */
  boolean takes(LogicalType branch) {
    return this == branch || this == ABSENT;
  }
}
