package dev.meshsdk.contracts;

import dev.meshsdk.contracts.internal.Values;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The contract's high-level description of the data: what it is for, how to use it and what it
 * cannot do (ODCS top-level {@code description} object).
 *
 * @param usage the intended usage of the data
 * @param purpose the purpose of the data
 * @param limitations the limitations of the data
 * @param authoritativeDefinitions links to authoritative definitions
 * @param customProperties custom properties
 * @param extensions fields the standard does not define, kept as read
 */
public record ContractDescription(
    Optional<String> usage,
    Optional<String> purpose,
    Optional<String> limitations,
    List<AuthoritativeDefinition> authoritativeDefinitions,
    List<CustomProperty> customProperties,
    Map<String, JsonValue> extensions) {

  /**
   * Checks the components and copies the collections.
   *
   * @param usage the intended usage of the data
   * @param purpose the purpose of the data
   * @param limitations the limitations of the data
   * @param authoritativeDefinitions links to authoritative definitions
   * @param customProperties custom properties
   * @param extensions fields the standard does not define, kept as read
   */
  public ContractDescription {
    Objects.requireNonNull(usage, "usage");
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(limitations, "limitations");
    authoritativeDefinitions = List.copyOf(authoritativeDefinitions);
    customProperties = List.copyOf(customProperties);
    extensions = Values.orderedCopy(extensions, "extensions");
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
    b.usage = usage;
    b.purpose = purpose;
    b.limitations = limitations;
    b.authoritativeDefinitions = new ArrayList<>(authoritativeDefinitions);
    b.customProperties = new ArrayList<>(customProperties);
    b.extensions = extensions;
    return b;
  }

  /** Builds a {@link ContractDescription}. */
  public static final class Builder {
    private Optional<String> usage = Optional.empty();
    private Optional<String> purpose = Optional.empty();
    private Optional<String> limitations = Optional.empty();
    private List<AuthoritativeDefinition> authoritativeDefinitions = new ArrayList<>();
    private List<CustomProperty> customProperties = new ArrayList<>();
    private Map<String, JsonValue> extensions = Map.of();

    private Builder() {}

    /**
     * Sets the intended usage of the data.
     *
     * @param usage the value
     * @return this
     */
    public Builder usage(String usage) {
      return usage(Optional.of(usage));
    }

    /**
     * Sets or clears the intended usage of the data.
     *
     * @param usage the value, or empty
     * @return this
     */
    public Builder usage(Optional<String> usage) {
      this.usage = Objects.requireNonNull(usage, "usage");
      return this;
    }

    /**
     * Sets the purpose of the data.
     *
     * @param purpose the value
     * @return this
     */
    public Builder purpose(String purpose) {
      return purpose(Optional.of(purpose));
    }

    /**
     * Sets or clears the purpose of the data.
     *
     * @param purpose the value, or empty
     * @return this
     */
    public Builder purpose(Optional<String> purpose) {
      this.purpose = Objects.requireNonNull(purpose, "purpose");
      return this;
    }

    /**
     * Sets the limitations of the data.
     *
     * @param limitations the value
     * @return this
     */
    public Builder limitations(String limitations) {
      return limitations(Optional.of(limitations));
    }

    /**
     * Sets or clears the limitations of the data.
     *
     * @param limitations the value, or empty
     * @return this
     */
    public Builder limitations(Optional<String> limitations) {
      this.limitations = Objects.requireNonNull(limitations, "limitations");
      return this;
    }

    /**
     * Replaces links to authoritative definitions.
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
     * Adds a link to an authoritative definition.
     *
     * @param value the value to add
     * @return this
     */
    public Builder authoritativeDefinition(AuthoritativeDefinition value) {
      this.authoritativeDefinitions.add(Objects.requireNonNull(value, "authoritativeDefinition"));
      return this;
    }

    /**
     * Replaces custom properties.
     *
     * @param customProperties the values
     * @return this
     */
    public Builder customProperties(List<CustomProperty> customProperties) {
      this.customProperties = new ArrayList<>(List.copyOf(customProperties));
      return this;
    }

    /**
     * Adds a custom property.
     *
     * @param value the value to add
     * @return this
     */
    public Builder customProperty(CustomProperty value) {
      this.customProperties.add(Objects.requireNonNull(value, "customProperty"));
      return this;
    }

    /**
     * Sets fields the standard does not define, kept as read.
     *
     * @param extensions the fields
     * @return this
     */
    public Builder extensions(Map<String, JsonValue> extensions) {
      this.extensions = Values.orderedCopy(extensions, "extensions");
      return this;
    }

    /**
     * Builds the description.
     *
     * @return the description
     */
    public ContractDescription build() {
      return new ContractDescription(
          usage, purpose, limitations, authoritativeDefinitions, customProperties, extensions);
    }
  }
}
