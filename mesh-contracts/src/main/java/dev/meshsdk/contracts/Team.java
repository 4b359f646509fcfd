package dev.meshsdk.contracts;

import dev.meshsdk.contracts.internal.Values;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The team that owns a contract (ODCS {@code team}).
 *
 * <p>ODCS v3.1 writes the team as an object with members; v3.0 wrote a plain array of members,
 * which v3.1 still accepts (deprecated, to be removed in v4). {@link #legacyMemberList()} records
 * which form was read, so either form is written back as it came; a team in the legacy form holds
 * members only. Build a new team in the object form; turn a legacy team into one with {@code
 * toBuilder().legacyMemberList(false)}.
 *
 * @param id a stable identifier
 * @param name the team's name
 * @param description the team's description
 * @param members the members
 * @param tags tags
 * @param customProperties custom properties
 * @param authoritativeDefinitions links to authoritative definitions
 * @param legacyMemberList whether the team is in the deprecated v3.0 form, a plain array of members
 * @param extensions fields the standard does not define, kept as read
 */
public record Team(
    Optional<String> id,
    Optional<String> name,
    Optional<String> description,
    List<TeamMember> members,
    List<String> tags,
    List<CustomProperty> customProperties,
    List<AuthoritativeDefinition> authoritativeDefinitions,
    boolean legacyMemberList,
    Map<String, JsonValue> extensions) {

  /**
   * Checks the components and copies the collections.
   *
   * @param id a stable identifier
   * @param name the team's name
   * @param description the team's description
   * @param members the members
   * @param tags tags
   * @param customProperties custom properties
   * @param authoritativeDefinitions links to authoritative definitions
   * @param legacyMemberList whether the team is in the deprecated v3.0 form, a plain array of
   *     members
   * @param extensions fields the standard does not define, kept as read
   */
  public Team {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    members = List.copyOf(members);
    tags = List.copyOf(tags);
    customProperties = List.copyOf(customProperties);
    authoritativeDefinitions = List.copyOf(authoritativeDefinitions);
    extensions = Values.orderedCopy(extensions, "extensions");
    if (legacyMemberList) {
      List<String> set = new ArrayList<>();
      addIf(set, id.isPresent(), "id");
      addIf(set, name.isPresent(), "name");
      addIf(set, description.isPresent(), "description");
      addIf(set, !tags.isEmpty(), "tags");
      addIf(set, !customProperties.isEmpty(), "customProperties");
      addIf(set, !authoritativeDefinitions.isEmpty(), "authoritativeDefinitions");
      addIf(set, !extensions.isEmpty(), "extensions");
      if (!set.isEmpty()) {
        throw new IllegalArgumentException(
            "Team: the legacy member list (v3.0 form) holds members only, but "
                + String.join(", ", set)
                + (set.size() == 1 ? " is" : " are")
                + " set; use the object form (legacyMemberList false)");
      }
    }
  }

  /**
   * A team in the object form with these members and nothing else.
   *
   * @param members the members
   * @return the team
   */
  public static Team of(List<TeamMember> members) {
    return builder().members(members).build();
  }

  /**
   * A team in the deprecated v3.0 form: a plain array of members.
   *
   * @param members the members
   * @return the team
   */
  public static Team legacy(List<TeamMember> members) {
    return builder().members(members).legacyMemberList(true).build();
  }

  /**
   * The member with that username.
   *
   * @param username the username
   * @return the first member with that username, or empty
   */
  public Optional<TeamMember> member(String username) {
    return members.stream().filter(m -> m.username().equals(username)).findFirst();
  }

  private static void addIf(List<String> set, boolean present, String field) {
    if (present) {
      set.add(field);
    }
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
    b.name = name;
    b.description = description;
    b.members = new ArrayList<>(members);
    b.tags = new ArrayList<>(tags);
    b.customProperties = new ArrayList<>(customProperties);
    b.authoritativeDefinitions = new ArrayList<>(authoritativeDefinitions);
    b.legacyMemberList = legacyMemberList;
    b.extensions = extensions;
    return b;
  }

  /** Builds a {@link Team}. */
  public static final class Builder {
    private Optional<String> id = Optional.empty();
    private Optional<String> name = Optional.empty();
    private Optional<String> description = Optional.empty();
    private List<TeamMember> members = new ArrayList<>();
    private List<String> tags = new ArrayList<>();
    private List<CustomProperty> customProperties = new ArrayList<>();
    private List<AuthoritativeDefinition> authoritativeDefinitions = new ArrayList<>();
    private boolean legacyMemberList;
    private Map<String, JsonValue> extensions = Map.of();

    private Builder() {}

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
     * Sets the team's name.
     *
     * @param name the value
     * @return this
     */
    public Builder name(String name) {
      return name(Optional.of(name));
    }

    /**
     * Sets or clears the team's name.
     *
     * @param name the value, or empty
     * @return this
     */
    public Builder name(Optional<String> name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * Sets the team's description.
     *
     * @param description the value
     * @return this
     */
    public Builder description(String description) {
      return description(Optional.of(description));
    }

    /**
     * Sets or clears the team's description.
     *
     * @param description the value, or empty
     * @return this
     */
    public Builder description(Optional<String> description) {
      this.description = Objects.requireNonNull(description, "description");
      return this;
    }

    /**
     * Replaces the members.
     *
     * @param members the values
     * @return this
     */
    public Builder members(List<TeamMember> members) {
      this.members = new ArrayList<>(List.copyOf(members));
      return this;
    }

    /**
     * Adds a member.
     *
     * @param value the value to add
     * @return this
     */
    public Builder member(TeamMember value) {
      this.members.add(Objects.requireNonNull(value, "member"));
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
     * Sets whether the team is in the deprecated v3.0 form, a plain array of members.
     *
     * @param legacyMemberList the value
     * @return this
     */
    public Builder legacyMemberList(boolean legacyMemberList) {
      this.legacyMemberList = legacyMemberList;
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
     * Builds the team.
     *
     * @return the team
     * @throws IllegalArgumentException if the team is in the legacy form but has fields other than
     *     members
     */
    public Team build() {
      return new Team(
          id,
          name,
          description,
          members,
          tags,
          customProperties,
          authoritativeDefinitions,
          legacyMemberList,
          extensions);
    }
  }
}
