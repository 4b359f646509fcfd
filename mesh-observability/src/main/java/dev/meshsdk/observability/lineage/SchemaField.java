package dev.meshsdk.observability.lineage;

import dev.meshsdk.observability.lineage.internal.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One field of a {@link SchemaDatasetFacet}, possibly with nested fields (the members of a
 * structure, the {@code _element} of an array, the {@code key} and {@code value} of a map).
 *
 * @param name the field's name
 * @param type the type's name, such as {@code string} or {@code struct}
 * @param description what the field holds
 * @param ordinalPosition the 1-based position among its siblings
 * @param fields the nested fields
 */
public record SchemaField(
    String name,
    Optional<String> type,
    Optional<String> description,
    Optional<Integer> ordinalPosition,
    List<SchemaField> fields) {

  /**
   * Checks the components and copies the list.
   *
   * @param name the field's name, not blank
   * @param type the type's name
   * @param description what the field holds
   * @param ordinalPosition the 1-based position, at least 1
   * @param fields the nested fields
   */
  public SchemaField {
    Checks.notBlank(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(ordinalPosition, "ordinalPosition");
    ordinalPosition.ifPresent(p -> Checks.atLeast(p, 1, "ordinalPosition"));
    fields = List.copyOf(fields);
  }

  /**
   * A field with a name and type and nothing else.
   *
   * @param name the name
   * @param type the type's name
   * @return the field
   */
  public static SchemaField of(String name, String type) {
    return builder(name).type(type).build();
  }

  /**
   * A new builder.
   *
   * @param name the field's name
   * @return the builder
   */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /**
   * A builder holding this field's values.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(name);
    b.type = type;
    b.description = description;
    b.ordinalPosition = ordinalPosition;
    b.fields = new ArrayList<>(fields);
    return b;
  }

  /** Builds a {@link SchemaField}. */
  public static final class Builder {
    private final String name;
    private Optional<String> type = Optional.empty();
    private Optional<String> description = Optional.empty();
    private Optional<Integer> ordinalPosition = Optional.empty();
    private List<SchemaField> fields = new ArrayList<>();

    private Builder(String name) {
      this.name = Checks.notBlank(name, "name");
    }

    /**
     * Sets the type's name.
     *
     * @param type the value
     * @return this
     */
    public Builder type(String type) {
      this.type = Optional.of(Checks.notBlank(type, "type"));
      return this;
    }

    /**
     * Sets the description.
     *
     * @param description the value
     * @return this
     */
    public Builder description(String description) {
      this.description = Optional.of(Objects.requireNonNull(description, "description"));
      return this;
    }

    /**
     * Sets the 1-based position among the siblings.
     *
     * @param ordinalPosition the value, at least 1
     * @return this
     */
    public Builder ordinalPosition(int ordinalPosition) {
      this.ordinalPosition = Optional.of(Checks.atLeast(ordinalPosition, 1, "ordinalPosition"));
      return this;
    }

    /**
     * Adds a nested field.
     *
     * @param field the field
     * @return this
     */
    public Builder field(SchemaField field) {
      fields.add(Objects.requireNonNull(field, "field"));
      return this;
    }

    /**
     * Replaces the nested fields.
     *
     * @param fields the fields
     * @return this
     */
    public Builder fields(List<SchemaField> fields) {
      this.fields = new ArrayList<>(List.copyOf(fields));
      return this;
    }

    /**
     * Builds the field.
     *
     * @return the field
     */
    public SchemaField build() {
      return new SchemaField(name, type, description, ordinalPosition, fields);
    }
  }
}
