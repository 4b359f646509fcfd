package dev.meshsdk.contracts.internal.check;

import dev.meshsdk.contracts.JsonValue;
import java.math.BigDecimal;

/** The JSON Schema {@code type} keyword's values, with the article used in messages. */
enum JsonType {
  STRING("a string"),
  NUMBER("a number"),
  INTEGER("an integer"),
  BOOLEAN("a boolean"),
  ARRAY("an array"),
  OBJECT("an object");

  private final String described;

  JsonType(String described) {
    this.described = described;
  }

  /** The type with its article, for messages: "a string", "an integer". */
  String described() {
    return described;
  }

  /**
   * Whether a value has this type; as in JSON Schema, an integer is any number without a fraction
   * ({@code 1.0} is one).
   */
  boolean matches(JsonValue value) {
    switch (this) {
      case STRING:
        return value instanceof JsonValue.Str;
      case NUMBER:
        return value instanceof JsonValue.Num;
      case INTEGER:
        return value instanceof JsonValue.Num n && isIntegral(n.value());
      case BOOLEAN:
        return value instanceof JsonValue.Bool;
      case ARRAY:
        return value instanceof JsonValue.Arr;
      case OBJECT:
        return value instanceof JsonValue.Obj;
    }
    throw new AssertionError(this);
  }

  static boolean isIntegral(BigDecimal number) {
    return number.signum() == 0 || number.stripTrailingZeros().scale() <= 0;
  }

  /** How a value that has the wrong type is described: "a number", "the number 1.5", "null". */
  static String describe(JsonValue value) {
    if (value instanceof JsonValue.Null) {
      return "null";
    }
    if (value instanceof JsonValue.Str s) {
      String text = s.value().length() > 60 ? s.value().substring(0, 57) + "..." : s.value();
      return "the string '" + text + "'";
    }
    if (value instanceof JsonValue.Num || value instanceof JsonValue.Bool) {
      return "the " + value.typeName() + " " + value;
    }
    return value instanceof JsonValue.Arr ? "an array" : "an object";
  }
}
