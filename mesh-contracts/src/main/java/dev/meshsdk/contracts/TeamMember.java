package dev.meshsdk.contracts;

import dev.meshsdk.contracts.internal.Values;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A member of the team that owns a contract, with the history of their membership (ODCS {@code
 * team.members[]}, or an item of the deprecated v3.0 {@code team} array). Dates are kept as the
 * text of the document ({@code 2022-10-01}).
 *
 * @param username the user's username or email (required)
 * @param name the user's name
 * @param description a description of the user, such as their responsibilities
 * @param role the user's job role, such as {@code owner} or {@code data steward}
 * @param dateIn the date the user joined the team, as written ({@code 2022-08-02})
 * @param dateOut the date the user left the team, as written
 * @param replacedByUsername the username of the user who replaced this one
 * @param id a stable identifier
 * @param tags tags
 * @param customProperties custom properties
 * @param authoritativeDefinitions links to authoritative definitions
 * @param extensions fields the standard does not define, kept as read
 */
public record TeamMember(
    String username,
    Optional<String> name,
    Optional<String> description,
    Optional<String> role,
    Optional<String> dateIn,
    Optional<String> dateOut,
    Optional<String> replacedByUsername,
    Optional<String> id,
    List<String> tags,
    List<CustomProperty> customProperties,
    List<AuthoritativeDefinition> authoritativeDefinitions,
    Map<String, JsonValue> extensions) {

  /**
   * Checks the components and copies the collections.
   *
   * @param username the user's username or email (required)
   * @param name the user's name
   * @param description a description of the user, such as their responsibilities
   * @param role the user's job role, such as {@code owner} or {@code data steward}
   * @param dateIn the date the user joined the team, as written ({@code 2022-08-02})
   * @param dateOut the date the user left the team, as written
   * @param replacedByUsername the username of the user who replaced this one
   * @param id a stable identifier
   * @param tags tags
   * @param customProperties custom properties
   * @param authoritativeDefinitions links to authoritative definitions
   * @param extensions fields the standard does not define, kept as read
   */
  public TeamMember {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(dateIn, "dateIn");
    Objects.requireNonNull(dateOut, "dateOut");
    Objects.requireNonNull(replacedByUsername, "replacedByUsername");
    Objects.requireNonNull(id, "id");
    tags = List.copyOf(tags);
    customProperties = List.copyOf(customProperties);
    authoritativeDefinitions = List.copyOf(authoritativeDefinitions);
    extensions = Values.orderedCopy(extensions, "extensions");
  }

  /**
   * A member with only a username.
   *
   * @param username the username or email
   * @return the member
   */
  public static TeamMember of(String username) {
    return builder().username(username).build();
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
    b.username = username;
    b.name = name;
    b.description = description;
    b.role = role;
    b.dateIn = dateIn;
    b.dateOut = dateOut;
    b.replacedByUsername = replacedByUsername;
    b.id = id;
    b.tags = new ArrayList<>(tags);
    b.customProperties = new ArrayList<>(customProperties);
    b.authoritativeDefinitions = new ArrayList<>(authoritativeDefinitions);
    b.extensions = extensions;
    return b;
  }

  /** Builds a {@link TeamMember}. */
  public static final class Builder {
    private @Nullable String username;
    private Optional<String> name = Optional.empty();
    private Optional<String> description = Optional.empty();
    private Optional<String> role = Optional.empty();
    private Optional<String> dateIn = Optional.empty();
    private Optional<String> dateOut = Optional.empty();
    private Optional<String> replacedByUsername = Optional.empty();
    private Optional<String> id = Optional.empty();
    private List<String> tags = new ArrayList<>();
    private List<CustomProperty> customProperties = new ArrayList<>();
    private List<AuthoritativeDefinition> authoritativeDefinitions = new ArrayList<>();
    private Map<String, JsonValue> extensions = Map.of();

    private Builder() {}

    /**
     * Sets the user's username or email (required).
     *
     * @param username the value
     * @return this
     */
    public Builder username(String username) {
      this.username = Objects.requireNonNull(username, "username");
      return this;
    }

    /**
     * Sets the user's name.
     *
     * @param name the value
     * @return this
     */
    public Builder name(String name) {
      return name(Optional.of(name));
    }

    /**
     * Sets or clears the user's name.
     *
     * @param name the value, or empty
     * @return this
     */
    public Builder name(Optional<String> name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * Sets a description of the user, such as their responsibilities.
     *
     * @param description the value
     * @return this
     */
    public Builder description(String description) {
      return description(Optional.of(description));
    }

    /**
     * Sets or clears a description of the user, such as their responsibilities.
     *
     * @param description the value, or empty
     * @return this
     */
    public Builder description(Optional<String> description) {
      this.description = Objects.requireNonNull(description, "description");
      return this;
    }

    /**
     * Sets the user's job role, such as {@code owner} or {@code data steward}.
     *
     * @param role the value
     * @return this
     */
    public Builder role(String role) {
      return role(Optional.of(role));
    }

    /**
     * Sets or clears the user's job role, such as {@code owner} or {@code data steward}.
     *
     * @param role the value, or empty
     * @return this
     */
    public Builder role(Optional<String> role) {
      this.role = Objects.requireNonNull(role, "role");
      return this;
    }

    /**
     * Sets the date the user joined the team, as written ({@code 2022-08-02}).
     *
     * @param dateIn the value
     * @return this
     */
    public Builder dateIn(String dateIn) {
      return dateIn(Optional.of(dateIn));
    }

    /**
     * Sets or clears the date the user joined the team, as written ({@code 2022-08-02}).
     *
     * @param dateIn the value, or empty
     * @return this
     */
    public Builder dateIn(Optional<String> dateIn) {
      this.dateIn = Objects.requireNonNull(dateIn, "dateIn");
      return this;
    }

    /**
     * Sets the date the user left the team, as written.
     *
     * @param dateOut the value
     * @return this
     */
    public Builder dateOut(String dateOut) {
      return dateOut(Optional.of(dateOut));
    }

    /**
     * Sets or clears the date the user left the team, as written.
     *
     * @param dateOut the value, or empty
     * @return this
     */
    public Builder dateOut(Optional<String> dateOut) {
      this.dateOut = Objects.requireNonNull(dateOut, "dateOut");
      return this;
    }

    /**
     * Sets the username of the user who replaced this one.
     *
     * @param replacedByUsername the value
     * @return this
     */
    public Builder replacedByUsername(String replacedByUsername) {
      return replacedByUsername(Optional.of(replacedByUsername));
    }

    /**
     * Sets or clears the username of the user who replaced this one.
     *
     * @param replacedByUsername the value, or empty
     * @return this
     */
    public Builder replacedByUsername(Optional<String> replacedByUsername) {
      this.replacedByUsername = Objects.requireNonNull(replacedByUsername, "replacedByUsername");
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
     * Replaces tags.
     *
     * @param tags the values
     * @return this
     */
    public Builder tags(List<String> tags) {
      this.tags = new ArrayList<>(List.copyOf(tags));
      return this;
    }

    /**
     * Adds a tag.
     *
     * @param value the value to add
     * @return this
     */
    public Builder tag(String value) {
      this.tags.add(Objects.requireNonNull(value, "tag"));
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
     * Builds the team member.
     *
     * @return the team member
     * @throws IllegalStateException if the username is missing
     */
    public TeamMember build() {
      return new TeamMember(
          Values.required(username, "TeamMember.username"),
          name,
          description,
          role,
          dateIn,
          dateOut,
          replacedByUsername,
          id,
          tags,
          customProperties,
          authoritativeDefinitions,
          extensions);
    }
  }
}
