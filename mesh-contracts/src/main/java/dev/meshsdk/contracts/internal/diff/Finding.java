package dev.meshsdk.contracts.internal.diff;

import dev.meshsdk.contracts.ChangeKind;
import dev.meshsdk.contracts.JsonValue;
import java.util.Objects;
import java.util.Optional;

/**
 * A change as the walk finds it, before the perspective gives it a severity.
 *
 * @param rule the rule
 * @param kind what happened
 * @param path the schema path, or empty
 * @param field the attribute relative to the path, or empty
 * @param message a sentence for people
 * @param before the old value where one applies
 * @param after the new value where one applies
 */
public record Finding(
    Rule rule,
    ChangeKind kind,
    String path,
    String field,
    String message,
    Optional<JsonValue> before,
    Optional<JsonValue> after) {

  /**
   * Checks the finding.
   *
   * @param rule the rule
   * @param kind what happened
   * @param path the schema path, or empty
   * @param field the attribute relative to the path, or empty
   * @param message a sentence for people
   * @param before the old value where one applies
   * @param after the new value where one applies
   */
  public Finding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
  }
}
