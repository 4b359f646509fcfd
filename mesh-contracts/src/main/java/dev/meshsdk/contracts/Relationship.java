package dev.meshsdk.contracts;

import dev.meshsdk.contracts.internal.Values;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A relationship between properties, a foreign key ({@code relationships[]}, since v3.1.0).
 *
 * <p>On a schema object both {@code from} and {@code to} are given; on a property only {@code to},
 * and {@code from} is the property itself. A reference is {@code table.column} shorthand (more
 * segments for nested properties in the v3.2 draft) or a fully qualified {@code
 * schema/<objectId>/properties/<propertyId>}, optionally prefixed with {@code file.yaml#}.
 *
 * <p>{@code from} and {@code to} may each be a string or an array (composite keys). Both are kept
 * as lists, a string being a one-element list; {@link #fromArray()} and {@link #toArray()} record
 * whether a side was an array, so that a one-element array and a plain string are each written back
 * as they came. A side with more than one reference is always an array. Which sides are required
 * and that composite sides have equal lengths is reported by {@code DataContracts.check}.
 *
 * @param type the kind of relationship; {@code foreignKey} when absent
 * @param from the source references, empty when absent (property level)
 * @param fromArray whether {@code from} is written as an array; always true with more than one
 *     reference
 * @param to the target references, empty when absent
 * @param toArray whether {@code to} is written as an array; always true with more than one
 *     reference
 * @param customProperties custom properties
 * @param extensions fields the standard does not define, kept as read
 */
public record Relationship(
    Optional<RelationshipType> type,
    List<String> from,
    boolean fromArray,
    List<String> to,
    boolean toArray,
    List<CustomProperty> customProperties,
    Map<String, JsonValue> extensions) {

  /**
   * Checks the components and copies the collections.
   *
   * @param type the kind of relationship; {@code foreignKey} when absent
   * @param from the source references, empty when absent (property level)
   * @param fromArray whether {@code from} is written as an array; always true with more than one
   *     reference
   * @param to the target references, empty when absent
   * @param toArray whether {@code to} is written as an array; always true with more than one
   *     reference
   * @param customProperties custom properties
   * @param extensions fields the standard does not define, kept as read
   */
  public Relationship {
    Objects.requireNonNull(type, "type");
    from = List.copyOf(from);
    fromArray = fromArray || from.size() > 1;
    to = List.copyOf(to);
    toArray = toArray || to.size() > 1;
    customProperties = List.copyOf(customProperties);
    extensions = Values.orderedCopy(extensions, "extensions");
  }

  /**
   * A property-level foreign key to one target; {@code from} is the property it is declared on.
   *
   * @param to the target, {@code table.column} or {@code schema/<id>/properties/<id>}
   * @return the relationship
   */
  public static Relationship foreignKey(String to) {
    return builder().to(to).build();
  }

  /**
   * A schema-level foreign key from one property to another.
   *
   * @param from the source
   * @param to the target
   * @return the relationship
   */
  public static Relationship foreignKey(String from, String to) {
    return builder().from(from).to(to).build();
  }

  /**
   * The type, or the standard's default {@link RelationshipType#FOREIGN_KEY} when absent.
   *
   * @return the type
   */
  public RelationshipType effectiveType() {
    return type.orElse(RelationshipType.FOREIGN_KEY);
  }

  /**
   * Whether the key has more than one column on either side.
   *
   * @return true for a composite key
   */
  public boolean isComposite() {
    return from.size() > 1 || to.size() > 1;
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
    b.type = type;
    b.from = from;
    b.fromArray = fromArray;
    b.to = to;
    b.toArray = toArray;
    b.customProperties = new ArrayList<>(customProperties);
    b.extensions = extensions;
    return b;
  }

  /** Builds a {@link Relationship}. */
  public static final class Builder {
    private Optional<RelationshipType> type = Optional.empty();
    private List<String> from = List.of();
    private boolean fromArray = false;
    private List<String> to = List.of();
    private boolean toArray = false;
    private List<CustomProperty> customProperties = new ArrayList<>();
    private Map<String, JsonValue> extensions = Map.of();

    private Builder() {}

    /**
     * Sets the kind of relationship.
     *
     * @param type the value
     * @return this
     */
    public Builder type(RelationshipType type) {
      return type(Optional.of(type));
    }

    /**
     * Sets or clears the kind of relationship.
     *
     * @param type the value, or empty
     * @return this
     */
    public Builder type(Optional<RelationshipType> type) {
      this.type = Objects.requireNonNull(type, "type");
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
     * Sets the source as one reference, written as a plain string.
     *
     * @param reference the reference, {@code table.column} or {@code schema/<id>/properties/<id>}
     * @return this
     */
    public Builder from(String reference) {
      this.from = List.of(Objects.requireNonNull(reference, "from"));
      this.fromArray = false;
      return this;
    }

    /**
     * Sets the source as a list of references, written as an array even when it has one element
     * (composite keys use arrays of equal length on both sides).
     *
     * @param references the references
     * @return this
     */
    public Builder from(List<String> references) {
      this.from = List.copyOf(references);
      this.fromArray = true;
      return this;
    }

    /**
     * Clears the source.
     *
     * @return this
     */
    public Builder clearFrom() {
      this.from = List.of();
      this.fromArray = false;
      return this;
    }

    /**
     * Sets the target as one reference, written as a plain string.
     *
     * @param reference the reference, {@code table.column} or {@code schema/<id>/properties/<id>}
     * @return this
     */
    public Builder to(String reference) {
      this.to = List.of(Objects.requireNonNull(reference, "to"));
      this.toArray = false;
      return this;
    }

    /**
     * Sets the target as a list of references, written as an array even when it has one element
     * (composite keys use arrays of equal length on both sides).
     *
     * @param references the references
     * @return this
     */
    public Builder to(List<String> references) {
      this.to = List.copyOf(references);
      this.toArray = true;
      return this;
    }

    /**
     * Clears the target.
     *
     * @return this
     */
    public Builder clearTo() {
      this.to = List.of();
      this.toArray = false;
      return this;
    }

    /**
     * Builds the relationship.
     *
     * @return the relationship
     */
    public Relationship build() {
      return new Relationship(type, from, fromArray, to, toArray, customProperties, extensions);
    }
  }
}
