package dev.meshsdk.contracts;

import dev.meshsdk.contracts.internal.Values;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An IAM role that gives access to the data, with its approvers (ODCS {@code roles[]} and {@code
 * servers[].roles[]}).
 *
 * @param role the name of the IAM role (required)
 * @param description the role and its permissions
 * @param access the type of access the role gives, such as {@code read} or {@code write}
 * @param firstLevelApprovers the first-level approver(s) of the role
 * @param secondLevelApprovers the second-level approver(s) of the role
 * @param id a stable identifier
 * @param customProperties custom properties
 * @param extensions fields the standard does not define, kept as read
 */
public record Role(
    String role,
    Optional<String> description,
    Optional<String> access,
    Optional<String> firstLevelApprovers,
    Optional<String> secondLevelApprovers,
    Optional<String> id,
    List<CustomProperty> customProperties,
    Map<String, JsonValue> extensions) {

  /**
   * Checks the components and copies the collections.
   *
   * @param role the name of the IAM role (required)
   * @param description the role and its permissions
   * @param access the type of access the role gives, such as {@code read} or {@code write}
   * @param firstLevelApprovers the first-level approver(s) of the role
   * @param secondLevelApprovers the second-level approver(s) of the role
   * @param id a stable identifier
   * @param customProperties custom properties
   * @param extensions fields the standard does not define, kept as read
   */
  public Role {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(access, "access");
    Objects.requireNonNull(firstLevelApprovers, "firstLevelApprovers");
    Objects.requireNonNull(secondLevelApprovers, "secondLevelApprovers");
    Objects.requireNonNull(id, "id");
    customProperties = List.copyOf(customProperties);
    extensions = Values.orderedCopy(extensions, "extensions");
  }

  /**
   * A role with only a name.
   *
   * @param role the role name
   * @return the role
   */
  public static Role of(String role) {
    return builder().role(role).build();
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
    b.role = role;
    b.description = description;
    b.access = access;
    b.firstLevelApprovers = firstLevelApprovers;
    b.secondLevelApprovers = secondLevelApprovers;
    b.id = id;
    b.customProperties = new ArrayList<>(customProperties);
    b.extensions = extensions;
    return b;
  }

  /** Builds a {@link Role}. */
  public static final class Builder {
    private @Nullable String role;
    private Optional<String> description = Optional.empty();
    private Optional<String> access = Optional.empty();
    private Optional<String> firstLevelApprovers = Optional.empty();
    private Optional<String> secondLevelApprovers = Optional.empty();
    private Optional<String> id = Optional.empty();
    private List<CustomProperty> customProperties = new ArrayList<>();
    private Map<String, JsonValue> extensions = Map.of();

    private Builder() {}

    /**
     * Sets the name of the IAM role (required).
     *
     * @param role the value
     * @return this
     */
    public Builder role(String role) {
      this.role = Objects.requireNonNull(role, "role");
      return this;
    }

    /**
     * Sets the role and its permissions.
     *
     * @param description the value
     * @return this
     */
    public Builder description(String description) {
      return description(Optional.of(description));
    }

    /**
     * Sets or clears the role and its permissions.
     *
     * @param description the value, or empty
     * @return this
     */
    public Builder description(Optional<String> description) {
      this.description = Objects.requireNonNull(description, "description");
      return this;
    }

    /**
     * Sets the type of access the role gives, such as {@code read} or {@code write}.
     *
     * @param access the value
     * @return this
     */
    public Builder access(String access) {
      return access(Optional.of(access));
    }

    /**
     * Sets or clears the type of access the role gives, such as {@code read} or {@code write}.
     *
     * @param access the value, or empty
     * @return this
     */
    public Builder access(Optional<String> access) {
      this.access = Objects.requireNonNull(access, "access");
      return this;
    }

    /**
     * Sets the first-level approver(s) of the role.
     *
     * @param firstLevelApprovers the value
     * @return this
     */
    public Builder firstLevelApprovers(String firstLevelApprovers) {
      return firstLevelApprovers(Optional.of(firstLevelApprovers));
    }

    /**
     * Sets or clears the first-level approver(s) of the role.
     *
     * @param firstLevelApprovers the value, or empty
     * @return this
     */
    public Builder firstLevelApprovers(Optional<String> firstLevelApprovers) {
      this.firstLevelApprovers = Objects.requireNonNull(firstLevelApprovers, "firstLevelApprovers");
      return this;
    }

    /**
     * Sets the second-level approver(s) of the role.
     *
     * @param secondLevelApprovers the value
     * @return this
     */
    public Builder secondLevelApprovers(String secondLevelApprovers) {
      return secondLevelApprovers(Optional.of(secondLevelApprovers));
    }

    /**
     * Sets or clears the second-level approver(s) of the role.
     *
     * @param secondLevelApprovers the value, or empty
     * @return this
     */
    public Builder secondLevelApprovers(Optional<String> secondLevelApprovers) {
      this.secondLevelApprovers =
          Objects.requireNonNull(secondLevelApprovers, "secondLevelApprovers");
      return this;
    }

    /**
     * Sets a stable identifier.
     *
     * @param id the value
     * @return this
     */
    public Builder id(String id) {
      return id(Optional.of(id));
    }

    /**
     * Sets or clears a stable identifier.
     *
     * @param id the value, or empty
     * @return this
     */
    public Builder id(Optional<String> id) {
      this.id = Objects.requireNonNull(id, "id");
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
     * Builds the role.
     *
     * @return the role
     * @throws IllegalStateException if the role name is missing
     */
    public Role build() {
      return new Role(
          Values.required(role, "Role.role"),
          description,
          access,
          firstLevelApprovers,
          secondLevelApprovers,
          id,
          customProperties,
          extensions);
    }
  }
}
