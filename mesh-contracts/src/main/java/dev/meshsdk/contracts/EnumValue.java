package dev.meshsdk.contracts;

import dev.meshsdk.contracts.internal.Values;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One allowed value of a property ({@code enum[]}, a v3.2.0 draft addition, RFC 0033).
 *
 * <p>The standard requires {@code value}; it is optional here so that a document without one can be
 * read and {@code DataContracts.check} can report it.
 *
 * @param id a stable identifier for references (letters, digits, {@code _} and {@code -})
 * @param value the allowed value: a string, a number or a boolean (required by the standard)
 * @param label a label for people, such as in a drop-down list
 * @param description what it is
 * @param tags tags
 * @param authoritativeDefinitions links to authoritative definitions
 * @param customProperties custom properties
 * @param extensions fields the standard does not define, kept as read
 */
public record EnumValue(
    Optional<String> id,
    Optional<JsonValue> value,
    Optional<String> label,
    Optional<String> description,
    List<String> tags,
    List<AuthoritativeDefinition> authoritativeDefinitions,
    List<CustomProperty> customProperties,
    Map<String, JsonValue> extensions) {

  /**
   * Checks the components and copies the collections.
   *
   * @param id a stable identifier for references (letters, digits, {@code _} and {@code -})
   * @param value the allowed value: a string, a number or a boolean (required by the standard)
   * @param label a label for people, such as in a drop-down list
   * @param description what it is
   * @param tags tags
   * @param authoritativeDefinitions links to authoritative definitions
   * @param customProperties custom properties
   * @param extensions fields the standard does not define, kept as read
   */
  public EnumValue {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(value, "value");
    checkValue(value);
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(description, "description");
    tags = List.copyOf(tags);
    authoritativeDefinitions = List.copyOf(authoritativeDefinitions);
    customProperties = List.copyOf(customProperties);
    extensions = Values.orderedCopy(extensions, "extensions");
  }

  /**
   * An allowed value with nothing else.
   *
   * @param value the value: a string, number or boolean
   * @return the enum value
   */
  public static EnumValue of(JsonValue value) {
    return builder().value(value).build();
  }

  /**
   * An allowed string value with nothing else.
   *
   * @param value the value
   * @return the enum value
   */
  public static EnumValue of(String value) {
    return of(JsonValue.of(value));
  }

  private static void checkValue(Optional<JsonValue> value) {
    value.ifPresent(
        v -> {
          if (!(v instanceof JsonValue.Str
              || v instanceof JsonValue.Num
              || v instanceof JsonValue.Bool)) {
            throw new IllegalArgumentException(
                "EnumValue.value must be a string, a number or a boolean, got " + v.typeName());
          }
        });
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this value's fields.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.id = id;
    b.value = value;
    b.label = label;
    b.description = description;
    b.tags = new ArrayList<>(tags);
    b.authoritativeDefinitions = new ArrayList<>(authoritativeDefinitions);
    b.customProperties = new ArrayList<>(customProperties);
    b.extensions = extensions;
    return b;
  }

  /** Builds a {@link EnumValue}. */
  public static final class Builder {
    private Optional<String> id = Optional.empty();
    private Optional<JsonValue> value = Optional.empty();
    private Optional<String> label = Optional.empty();
    private Optional<String> description = Optional.empty();
    private List<String> tags = new ArrayList<>();
    private List<AuthoritativeDefinition> authoritativeDefinitions = new ArrayList<>();
    private List<CustomProperty> customProperties = new ArrayList<>();
    private Map<String, JsonValue> extensions = Map.of();

    private Builder() {}

    /**
     * Sets the stable identifier.
     *
     * @param id the value
     * @return this
     */
    public Builder id(String id) {
      return id(Optional.of(id));
    }

    /**
     * Sets or clears the stable identifier.
     *
     * @param id the value, or empty
     * @return this
     */
    public Builder id(Optional<String> id) {
      this.id = Objects.requireNonNull(id, "id");
      return this;
    }

    /**
     * Sets the allowed value.
     *
     * @param value the value
     * @return this
     */
    public Builder value(JsonValue value) {
      return value(Optional.of(value));
    }

    /**
     * Sets or clears the allowed value.
     *
     * @param value the value, or empty
     * @return this
     */
    public Builder value(Optional<JsonValue> value) {
      this.value = Objects.requireNonNull(value, "value");
      return this;
    }

    /**
     * Sets the label.
     *
     * @param label the value
     * @return this
     */
    public Builder label(String label) {
      return label(Optional.of(label));
    }

    /**
     * Sets or clears the label.
     *
     * @param label the value, or empty
     * @return this
     */
    public Builder label(Optional<String> label) {
      this.label = Objects.requireNonNull(label, "label");
      return this;
    }

    /**
     * Sets the description.
     *
     * @param description the value
     * @return this
     */
    public Builder description(String description) {
      return description(Optional.of(description));
    }

    /**
     * Sets or clears the description.
     *
     * @param description the value, or empty
     * @return this
     */
    public Builder description(Optional<String> description) {
      this.description = Objects.requireNonNull(description, "description");
      return this;
    }

    /**
     * Replaces the tags.
     *
     * @param tags the values
     * @return this
     */
    public Builder tags(List<String> tags) {
      this.tags = new ArrayList<>(List.copyOf(tags));
      return this;
    }

    /**
     * Adds to the tags.
     *
     * @param value the value to add
     * @return this
     */
    public Builder tag(String value) {
      this.tags.add(Objects.requireNonNull(value, "tag"));
      return this;
    }

    /**
     * Replaces the links to authoritative definitions.
     *
     * @param authoritativeDefinitions the values
     * @return this
     */
    public Builder authoritativeDefinitions(
        List<AuthoritativeDefinition> authoritativeDefinitions) {
      this.authoritativeDefinitions = new ArrayList<>(List.copyOf(authoritativeDefinitions));
      return this;
    }

    /**
     * Adds to the links to authoritative definitions.
     *
     * @param value the value to add
     * @return this
     */
    public Builder authoritativeDefinition(AuthoritativeDefinition value) {
      this.authoritativeDefinitions.add(Objects.requireNonNull(value, "authoritativeDefinition"));
      return this;
    }

    /**
     * Replaces the custom properties.
     *
     * @param customProperties the values
     * @return this
     */
    public Builder customProperties(List<CustomProperty> customProperties) {
      this.customProperties = new ArrayList<>(List.copyOf(customProperties));
      return this;
    }

    /**
     * Adds to the custom properties.
     *
     * @param value the value to add
     * @return this
     */
    public Builder customProperty(CustomProperty value) {
      this.customProperties.add(Objects.requireNonNull(value, "customProperty"));
      return this;
    }

    /**
     * Sets the fields the standard does not define.
     *
     * @param extensions the fields
     * @return this
     */
    public Builder extensions(Map<String, JsonValue> extensions) {
      this.extensions = Values.orderedCopy(extensions, "extensions");
      return this;
    }

    /**
     * Builds the enum value.
     *
     * @return the enum value
     * @throws IllegalArgumentException if the value is an array or an object
     */
    public EnumValue build() {
      return new EnumValue(
          id,
          value,
          label,
          description,
          tags,
          authoritativeDefinitions,
          customProperties,
          extensions);
    }
  }
}
