package dev.meshsdk.contracts;

import dev.meshsdk.contracts.internal.Values;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An alternative name of a schema object or property ({@code synonyms[]}, a v3.2.0 draft addition,
 * RFC 0041).
 *
 * <p>The standard requires {@code synonym}; it is optional here so that a document without one can
 * be read and {@code DataContracts.check} can report it.
 *
 * @param id a stable identifier for references (letters, digits, {@code _} and {@code -})
 * @param synonym the alternative name (required by the standard)
 * @param description what it is
 * @param locale the BCP 47 language tag when the synonym belongs to a language, such as {@code
 *     fr-FR}
 * @param source where the synonym comes from, such as {@code glossary}
 * @param status the lifecycle status, such as {@code active} or {@code deprecated}
 * @param customProperties custom properties
 * @param extensions fields the standard does not define, kept as read
 */
public record Synonym(
    Optional<String> id,
    Optional<String> synonym,
    Optional<String> description,
    Optional<String> locale,
    Optional<String> source,
    Optional<String> status,
    List<CustomProperty> customProperties,
    Map<String, JsonValue> extensions) {

  /**
   * Checks the components and copies the collections.
   *
   * @param id a stable identifier for references (letters, digits, {@code _} and {@code -})
   * @param synonym the alternative name (required by the standard)
   * @param description what it is
   * @param locale the BCP 47 language tag when the synonym belongs to a language, such as {@code
   *     fr-FR}
   * @param source where the synonym comes from, such as {@code glossary}
   * @param status the lifecycle status, such as {@code active} or {@code deprecated}
   * @param customProperties custom properties
   * @param extensions fields the standard does not define, kept as read
   */
  public Synonym {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(synonym, "synonym");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(status, "status");
    customProperties = List.copyOf(customProperties);
    extensions = Values.orderedCopy(extensions, "extensions");
  }

  /**
   * A synonym with nothing else.
   *
   * @param synonym the term
   * @return the synonym
   */
  public static Synonym of(String synonym) {
    return builder().synonym(synonym).build();
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
    b.synonym = synonym;
    b.description = description;
    b.locale = locale;
    b.source = source;
    b.status = status;
    b.customProperties = new ArrayList<>(customProperties);
    b.extensions = extensions;
    return b;
  }

  /** Builds a {@link Synonym}. */
  public static final class Builder {
    private Optional<String> id = Optional.empty();
    private Optional<String> synonym = Optional.empty();
    private Optional<String> description = Optional.empty();
    private Optional<String> locale = Optional.empty();
    private Optional<String> source = Optional.empty();
    private Optional<String> status = Optional.empty();
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
     * Sets the alternative name.
     *
     * @param synonym the value
     * @return this
     */
    public Builder synonym(String synonym) {
      return synonym(Optional.of(synonym));
    }

    /**
     * Sets or clears the alternative name.
     *
     * @param synonym the value, or empty
     * @return this
     */
    public Builder synonym(Optional<String> synonym) {
      this.synonym = Objects.requireNonNull(synonym, "synonym");
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
     * Sets the locale.
     *
     * @param locale the value
     * @return this
     */
    public Builder locale(String locale) {
      return locale(Optional.of(locale));
    }

    /**
     * Sets or clears the locale.
     *
     * @param locale the value, or empty
     * @return this
     */
    public Builder locale(Optional<String> locale) {
      this.locale = Objects.requireNonNull(locale, "locale");
      return this;
    }

    /**
     * Sets the source.
     *
     * @param source the value
     * @return this
     */
    public Builder source(String source) {
      return source(Optional.of(source));
    }

    /**
     * Sets or clears the source.
     *
     * @param source the value, or empty
     * @return this
     */
    public Builder source(Optional<String> source) {
      this.source = Objects.requireNonNull(source, "source");
      return this;
    }

    /**
     * Sets the status.
     *
     * @param status the value
     * @return this
     */
    public Builder status(String status) {
      return status(Optional.of(status));
    }

    /**
     * Sets or clears the status.
     *
     * @param status the value, or empty
     * @return this
     */
    public Builder status(Optional<String> status) {
      this.status = Objects.requireNonNull(status, "status");
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
     * Builds the synonym.
     *
     * @return the synonym
     */
    public Synonym build() {
      return new Synonym(
          id, synonym, description, locale, source, status, customProperties, extensions);
    }
  }
}
