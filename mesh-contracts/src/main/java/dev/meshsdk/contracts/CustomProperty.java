package dev.meshsdk.contracts;

import dev.meshsdk.contracts.internal.Values;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A custom property: a key and any JSON value, the standard's way to carry what it has no field for
 * (ODCS {@code customProperties[]}).
 *
 * @param property the property name (required)
 * @param value the value, any JSON (required; may be {@link JsonValue.Null})
 * @param description what it means
 * @param id a stable identifier
 * @param extensions fields the standard does not define, kept as read
 */
public record CustomProperty(
    String property,
    JsonValue value,
    Optional<String> description,
    Optional<String> id,
    Map<String, JsonValue> extensions) {
  /**
   * Checks and copies the components.
   *
   * @param property the property name (required)
   * @param value the value, any JSON (required; may be {@link JsonValue.Null})
   * @param description what it means
   * @param id a stable identifier
   * @param extensions fields the standard does not define, kept as read
   */
  public CustomProperty {
    Objects.requireNonNull(property, "property");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(id, "id");
    extensions = Values.orderedCopy(extensions, "extensions");
  }

  /**
   * A custom property with a name and a value.
   *
   * @param property the name
   * @param value the value
   * @return the custom property
   */
  public static CustomProperty of(String property, JsonValue value) {
    return new CustomProperty(property, value, Optional.empty(), Optional.empty(), Map.of());
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
    b.property = property;
    b.value = value;
    b.description = description;
    b.id = id;
    b.extensions = extensions;
    return b;
  }

  /** Builds a {@link CustomProperty}. */
  public static final class Builder {
    private @Nullable String property;
    private @Nullable JsonValue value;
    private Optional<String> description = Optional.empty();
    private Optional<String> id = Optional.empty();
    private Map<String, JsonValue> extensions = Map.of();

    private Builder() {}

    /**
     * Sets the property name.
     *
     * @param property the name
     * @return this
     */
    public Builder property(String property) {
      this.property = Objects.requireNonNull(property, "property");
      return this;
    }

    /**
     * Sets the value.
     *
     * @param value the value
     * @return this
     */
    public Builder value(JsonValue value) {
      this.value = Objects.requireNonNull(value, "value");
      return this;
    }

    /**
     * Sets the description.
     *
     * @param description the description
     * @return this
     */
    public Builder description(String description) {
      return description(Optional.of(description));
    }

    /**
     * Sets or clears the description.
     *
     * @param description the description
     * @return this
     */
    public Builder description(Optional<String> description) {
      this.description = Objects.requireNonNull(description, "description");
      return this;
    }

    /**
     * Sets the id.
     *
     * @param id the id
     * @return this
     */
    public Builder id(String id) {
      return id(Optional.of(id));
    }

    /**
     * Sets or clears the id.
     *
     * @param id the id
     * @return this
     */
    public Builder id(Optional<String> id) {
      this.id = Objects.requireNonNull(id, "id");
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
     * Builds the custom property.
     *
     * @return the custom property
     * @throws IllegalStateException if the property or the value is missing
     */
    public CustomProperty build() {
      return new CustomProperty(
          Values.required(property, "CustomProperty.property"),
          Values.required(value, "CustomProperty.value"),
          description,
          id,
          extensions);
    }
  }
}
