package dev.meshsdk.contracts;

import dev.meshsdk.contracts.internal.Values;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A schema object ({@code schema[]}): a table, view, topic, file or document, and the properties it
 * has.
 *
 * <p>Only {@code name} is required. Cross-field rules (a {@code logicalType} other than {@code
 * object}, relationships without {@code from}) are not enforced here; {@code DataContracts.check}
 * reports them.
 *
 * @param id a stable identifier for references (letters, digits, {@code _} and {@code -})
 * @param name the name (required)
 * @param physicalName the name in the store, such as {@code table_1_2_0}
 * @param physicalType the kind of object in the store: {@code table}, {@code view}, {@code topic},
 *     {@code file} ...
 * @param logicalType the logical type; the standard allows only {@link LogicalType#OBJECT} here
 * @param businessName the business name
 * @param description what it is
 * @param dataGranularityDescription the grain of the data, such as "Aggregation by country"
 * @param tags tags
 * @param synonyms alternative names (v3.2 draft)
 * @param authoritativeDefinitions links to authoritative definitions
 * @param customProperties custom properties
 * @param context guidance for AI agents and tools (v3.2 draft)
 * @param relationships foreign-key relationships between properties, with explicit {@code from}
 *     (since v3.1.0)
 * @param properties the properties (columns, fields)
 * @param quality data quality rules
 * @param extensions fields the standard does not define, kept as read
 */
public record SchemaObject(
    Optional<String> id,
    String name,
    Optional<String> physicalName,
    Optional<String> physicalType,
    Optional<LogicalType> logicalType,
    Optional<String> businessName,
    Optional<String> description,
    Optional<String> dataGranularityDescription,
    List<String> tags,
    List<Synonym> synonyms,
    List<AuthoritativeDefinition> authoritativeDefinitions,
    List<CustomProperty> customProperties,
    Optional<ContractContext> context,
    List<Relationship> relationships,
    List<SchemaProperty> properties,
    List<QualityRule> quality,
    Map<String, JsonValue> extensions) {

  /**
   * Checks the components and copies the collections.
   *
   * @param id a stable identifier for references (letters, digits, {@code _} and {@code -})
   * @param name the name (required)
   * @param physicalName the name in the store, such as {@code table_1_2_0}
   * @param physicalType the kind of object in the store: {@code table}, {@code view}, {@code
   *     topic}, {@code file} ...
   * @param logicalType the logical type; the standard allows only {@link LogicalType#OBJECT} here
   * @param businessName the business name
   * @param description what it is
   * @param dataGranularityDescription the grain of the data, such as "Aggregation by country"
   * @param tags tags
   * @param synonyms alternative names (v3.2 draft)
   * @param authoritativeDefinitions links to authoritative definitions
   * @param customProperties custom properties
   * @param context guidance for AI agents and tools (v3.2 draft)
   * @param relationships foreign-key relationships between properties, with explicit {@code from}
   *     (since v3.1.0)
   * @param properties the properties (columns, fields)
   * @param quality data quality rules
   * @param extensions fields the standard does not define, kept as read
   */
  public SchemaObject {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(physicalName, "physicalName");
    Objects.requireNonNull(physicalType, "physicalType");
    Objects.requireNonNull(logicalType, "logicalType");
    Objects.requireNonNull(businessName, "businessName");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(dataGranularityDescription, "dataGranularityDescription");
    tags = List.copyOf(tags);
    synonyms = List.copyOf(synonyms);
    authoritativeDefinitions = List.copyOf(authoritativeDefinitions);
    customProperties = List.copyOf(customProperties);
    Objects.requireNonNull(context, "context");
    relationships = List.copyOf(relationships);
    properties = List.copyOf(properties);
    quality = List.copyOf(quality);
    extensions = Values.orderedCopy(extensions, "extensions");
  }

  /**
   * The property of that name at the top level of this object.
   *
   * @param name the name
   * @return the property, or empty
   */
  public Optional<SchemaProperty> property(String name) {
    return properties.stream().filter(p -> p.name().filter(name::equals).isPresent()).findFirst();
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
    b.physicalName = physicalName;
    b.physicalType = physicalType;
    b.logicalType = logicalType;
    b.businessName = businessName;
    b.description = description;
    b.dataGranularityDescription = dataGranularityDescription;
    b.tags = new ArrayList<>(tags);
    b.synonyms = new ArrayList<>(synonyms);
    b.authoritativeDefinitions = new ArrayList<>(authoritativeDefinitions);
    b.customProperties = new ArrayList<>(customProperties);
    b.context = context;
    b.relationships = new ArrayList<>(relationships);
    b.properties = new ArrayList<>(properties);
    b.quality = new ArrayList<>(quality);
    b.extensions = extensions;
    return b;
  }

  /** Builds a {@link SchemaObject}. */
  public static final class Builder {
    private Optional<String> id = Optional.empty();
    private @Nullable String name;
    private Optional<String> physicalName = Optional.empty();
    private Optional<String> physicalType = Optional.empty();
    private Optional<LogicalType> logicalType = Optional.empty();
    private Optional<String> businessName = Optional.empty();
    private Optional<String> description = Optional.empty();
    private Optional<String> dataGranularityDescription = Optional.empty();
    private List<String> tags = new ArrayList<>();
    private List<Synonym> synonyms = new ArrayList<>();
    private List<AuthoritativeDefinition> authoritativeDefinitions = new ArrayList<>();
    private List<CustomProperty> customProperties = new ArrayList<>();
    private Optional<ContractContext> context = Optional.empty();
    private List<Relationship> relationships = new ArrayList<>();
    private List<SchemaProperty> properties = new ArrayList<>();
    private List<QualityRule> quality = new ArrayList<>();
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
     * Sets the name.
     *
     * @param name the value
     * @return this
     */
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * Sets the physical name.
     *
     * @param physicalName the value
     * @return this
     */
    public Builder physicalName(String physicalName) {
      return physicalName(Optional.of(physicalName));
    }

    /**
     * Sets or clears the physical name.
     *
     * @param physicalName the value, or empty
     * @return this
     */
    public Builder physicalName(Optional<String> physicalName) {
      this.physicalName = Objects.requireNonNull(physicalName, "physicalName");
      return this;
    }

    /**
     * Sets the physical type.
     *
     * @param physicalType the value
     * @return this
     */
    public Builder physicalType(String physicalType) {
      return physicalType(Optional.of(physicalType));
    }

    /**
     * Sets or clears the physical type.
     *
     * @param physicalType the value, or empty
     * @return this
     */
    public Builder physicalType(Optional<String> physicalType) {
      this.physicalType = Objects.requireNonNull(physicalType, "physicalType");
      return this;
    }

    /**
     * Sets the logical type.
     *
     * @param logicalType the value
     * @return this
     */
    public Builder logicalType(LogicalType logicalType) {
      return logicalType(Optional.of(logicalType));
    }

    /**
     * Sets or clears the logical type.
     *
     * @param logicalType the value, or empty
     * @return this
     */
    public Builder logicalType(Optional<LogicalType> logicalType) {
      this.logicalType = Objects.requireNonNull(logicalType, "logicalType");
      return this;
    }

    /**
     * Sets the business name.
     *
     * @param businessName the value
     * @return this
     */
    public Builder businessName(String businessName) {
      return businessName(Optional.of(businessName));
    }

    /**
     * Sets or clears the business name.
     *
     * @param businessName the value, or empty
     * @return this
     */
    public Builder businessName(Optional<String> businessName) {
      this.businessName = Objects.requireNonNull(businessName, "businessName");
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
     * Sets the grain of the data.
     *
     * @param dataGranularityDescription the value
     * @return this
     */
    public Builder dataGranularityDescription(String dataGranularityDescription) {
      return dataGranularityDescription(Optional.of(dataGranularityDescription));
    }

    /**
     * Sets or clears the grain of the data.
     *
     * @param dataGranularityDescription the value, or empty
     * @return this
     */
    public Builder dataGranularityDescription(Optional<String> dataGranularityDescription) {
      this.dataGranularityDescription =
          Objects.requireNonNull(dataGranularityDescription, "dataGranularityDescription");
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
     * Replaces the alternative names (v3.2 draft).
     *
     * @param synonyms the values
     * @return this
     */
    public Builder synonyms(List<Synonym> synonyms) {
      this.synonyms = new ArrayList<>(List.copyOf(synonyms));
      return this;
    }

    /**
     * Adds to the alternative names (v3.2 draft).
     *
     * @param value the value to add
     * @return this
     */
    public Builder synonym(Synonym value) {
      this.synonyms.add(Objects.requireNonNull(value, "synonym"));
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
     * Sets the context block (v3.2 draft).
     *
     * @param context the value
     * @return this
     */
    public Builder context(ContractContext context) {
      return context(Optional.of(context));
    }

    /**
     * Sets or clears the context block (v3.2 draft).
     *
     * @param context the value, or empty
     * @return this
     */
    public Builder context(Optional<ContractContext> context) {
      this.context = Objects.requireNonNull(context, "context");
      return this;
    }

    /**
     * Replaces the relationships.
     *
     * @param relationships the values
     * @return this
     */
    public Builder relationships(List<Relationship> relationships) {
      this.relationships = new ArrayList<>(List.copyOf(relationships));
      return this;
    }

    /**
     * Adds to the relationships.
     *
     * @param value the value to add
     * @return this
     */
    public Builder relationship(Relationship value) {
      this.relationships.add(Objects.requireNonNull(value, "relationship"));
      return this;
    }

    /**
     * Replaces the properties.
     *
     * @param properties the values
     * @return this
     */
    public Builder properties(List<SchemaProperty> properties) {
      this.properties = new ArrayList<>(List.copyOf(properties));
      return this;
    }

    /**
     * Adds to the properties.
     *
     * @param value the value to add
     * @return this
     */
    public Builder property(SchemaProperty value) {
      this.properties.add(Objects.requireNonNull(value, "property"));
      return this;
    }

    /**
     * Replaces the data quality rules.
     *
     * @param quality the values
     * @return this
     */
    public Builder quality(List<QualityRule> quality) {
      this.quality = new ArrayList<>(List.copyOf(quality));
      return this;
    }

    /**
     * Adds to the data quality rules.
     *
     * @param value the value to add
     * @return this
     */
    public Builder qualityRule(QualityRule value) {
      this.quality.add(Objects.requireNonNull(value, "qualityRule"));
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
     * Builds the schema object.
     *
     * @return the schema object
     * @throws IllegalStateException if the name is missing
     */
    public SchemaObject build() {
      return new SchemaObject(
          id,
          Values.required(name, "SchemaObject.name"),
          physicalName,
          physicalType,
          logicalType,
          businessName,
          description,
          dataGranularityDescription,
          tags,
          synonyms,
          authoritativeDefinitions,
          customProperties,
          context,
          relationships,
          properties,
          quality,
          extensions);
    }
  }
}
