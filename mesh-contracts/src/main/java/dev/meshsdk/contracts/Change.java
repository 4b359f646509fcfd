package dev.meshsdk.contracts;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One difference between two versions of a contract, found by {@link ContractDiff}.
 *
 * <p>{@link #path()} says where in the schema: the schema object's name, then property names
 * ({@code shipments.lines.sku}); array {@code items} and map values are transparent, so a property
 * of the objects in the {@code lines} array is {@code shipments.lines.sku}. Changes outside the
 * schema (servers, SLA, team...) have an empty path. {@link #field()} says which attribute of that
 * place changed, relative to it: {@code logicalTypeOptions.maxLength}, {@code required}, {@code
 * items.logicalTypeOptions.maxLength}, {@code quality[nulls]}, {@code slaProperties[latency]},
 * {@code servers[production].host}; it is empty when the place itself was added or removed. List
 * elements are addressed by their key in brackets (a name, an id, a value).
 *
 * @param path the schema path, or empty for changes outside the schema
 * @param field the attribute relative to the path, or empty when the path itself was added or
 *     removed
 * @param kind what happened
 * @param severity how much it matters in the diff's perspective
 * @param rule the stable id of the rule that found it, such as {@code max-length-increased}
 * @param message a sentence for people
 * @param before the old value where one applies (a contract value, never a record value)
 * @param after the new value where one applies
 */
public record Change(
    String path,
    String field,
    ChangeKind kind,
    ChangeSeverity severity,
    String rule,
    String message,
    Optional<JsonValue> before,
    Optional<JsonValue> after) {
  private static final Pattern RULE_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  /**
   * Checks the change.
   *
   * @param path the schema path, or empty for changes outside the schema
   * @param field the attribute relative to the path, or empty
   * @param kind what happened
   * @param severity how much it matters
   * @param rule the rule id: lower-case words joined by {@code -}
   * @param message a sentence for people, not blank
   * @param before the old value where one applies
   * @param after the new value where one applies
   */
  public Change {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    if (!RULE_ID.matcher(rule).matches()) {
      throw new IllegalArgumentException(
          "Change.rule must be lower-case words joined by '-', got '" + rule + "'");
    }
    if (message.isBlank()) {
      throw new IllegalArgumentException("Change.message must not be blank (rule " + rule + ")");
    }
  }

  /**
   * The path and the field joined with a dot, or whichever of them is not empty: {@code
   * orders.sku.logicalTypeOptions.maxLength}, {@code slaProperties[latency]}. This is what ignore
   * globs are matched against (besides the path alone).
   *
   * @return the location
   */
  public String location() {
    if (path.isEmpty()) {
      return field;
    }
    return field.isEmpty() ? path : path + "." + field;
  }

  /**
   * Whether the change is breaking.
   *
   * @return {@code severity() == BREAKING}
   */
  public boolean isBreaking() {
    return severity == ChangeSeverity.BREAKING;
  }

  /**
   * A builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this change's values.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.path = path;
    b.field = field;
    b.kind = kind;
    b.severity = severity;
    b.rule = rule;
    b.message = message;
    b.before = before;
    b.after = after;
    return b;
  }

  /** Builds a {@link Change}; path and field default to empty, before and after to absent. */
  public static final class Builder {
    private String path = "";
    private String field = "";
    private @Nullable ChangeKind kind;
    private @Nullable ChangeSeverity severity;
    private @Nullable String rule;
    private @Nullable String message;
    private Optional<JsonValue> before = Optional.empty();
    private Optional<JsonValue> after = Optional.empty();

    private Builder() {}

    /**
     * Sets the path.
     *
     * @param path the schema path, or empty
     * @return this builder
     */
    public Builder path(String path) {
      this.path = Objects.requireNonNull(path, "path");
      return this;
    }

    /**
     * Sets the field.
     *
     * @param field the attribute relative to the path, or empty
     * @return this builder
     */
    public Builder field(String field) {
      this.field = Objects.requireNonNull(field, "field");
      return this;
    }

    /**
     * Sets the kind.
     *
     * @param kind what happened
     * @return this builder
     */
    public Builder kind(ChangeKind kind) {
      this.kind = Objects.requireNonNull(kind, "kind");
      return this;
    }

    /**
     * Sets the severity.
     *
     * @param severity how much it matters
     * @return this builder
     */
    public Builder severity(ChangeSeverity severity) {
      this.severity = Objects.requireNonNull(severity, "severity");
      return this;
    }

    /**
     * Sets the rule id.
     *
     * @param rule the stable rule id
     * @return this builder
     */
    public Builder rule(String rule) {
      this.rule = Objects.requireNonNull(rule, "rule");
      return this;
    }

    /**
     * Sets the message.
     *
     * @param message a sentence for people
     * @return this builder
     */
    public Builder message(String message) {
      this.message = Objects.requireNonNull(message, "message");
      return this;
    }

    /**
     * Sets the old value.
     *
     * @param before the old value, or empty
     * @return this builder
     */
    public Builder before(Optional<JsonValue> before) {
      this.before = Objects.requireNonNull(before, "before");
      return this;
    }

    /**
     * Sets the new value.
     *
     * @param after the new value, or empty
     * @return this builder
     */
    public Builder after(Optional<JsonValue> after) {
      this.after = Objects.requireNonNull(after, "after");
      return this;
    }

    /**
     * Builds the change.
     *
     * @return the change
     * @throws IllegalStateException naming the first of kind, severity, rule or message not set
     */
    public Change build() {
      return new Change(
          path,
          field,
          require(kind, "kind"),
          require(severity, "severity"),
          require(rule, "rule"),
          require(message, "message"),
          before,
          after);
    }

    private static <T> T require(@Nullable T value, String name) {
      if (value == null) {
        throw new IllegalStateException("Change.builder(): " + name + " is required but not set");
      }
      return value;
    }
  }
}
