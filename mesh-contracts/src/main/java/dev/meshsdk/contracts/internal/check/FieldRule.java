package dev.meshsdk.contracts.internal.check;

import dev.meshsdk.contracts.JsonValue;

/** The rule for the value of one field: reports what is wrong with it to the context. */
@FunctionalInterface
interface FieldRule {
  /**
   * Checks a value.
   *
   * @param context where problems go
   * @param value the field's value
   * @param path the field's path
   */
  void check(CheckContext context, JsonValue value, String path);
}
