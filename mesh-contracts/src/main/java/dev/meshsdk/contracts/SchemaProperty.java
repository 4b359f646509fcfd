package dev.meshsdk.contracts;

import dev.meshsdk.contracts.internal.Values;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A property of a schema object ({@code properties[]}): a column, a field, or the element type of
 * an array ({@code items}) or of a map ({@code map.key}, {@code map.value}).
 *
 * <p>Nesting follows the logical type: {@link LogicalType#OBJECT} has {@link #properties()}, {@link
 * LogicalType#ARRAY} has {@link #items()}, and {@link LogicalType#MAP} (v3.2 draft) has {@link
 * #map()}. The name is optional because array items and map keys and values have none; a property
 * in {@code properties[]} without a name is reported by {@code DataContracts.check}, as are other
 * cross-field rules. Booleans are kept as written ({@code required: false} stays), with convenience
 * methods such as {@link #isRequired()} that apply the standard's default.
 *
 * <p>An empty {@code enum: []}, which the standard forbids, cannot be told from an absent one by
 * {@link #enumValues()}; it is kept in {@link #extensions()} so that it is written back and {@code
 * DataContracts.check} reports it.
 *
 * @param id a stable identifier for references (letters, digits, {@code _} and {@code -})
 * @param name the name; absent for array items and map keys and values
 * @param physicalName the name in the store, such as {@code col_str_a}
 * @param businessName the business name
 * @param logicalType the logical type
 * @param logicalTypeOptions options that refine the logical type
 * @param physicalType the type in the store, such as {@code VARCHAR(18)} or {@code DECIMAL(7,2)}
 * @param semanticType the semantic role: column, measure or dimension (v3.2 draft)
 * @param description what it is
 * @param required whether values must not be null (the standard's default is false)
 * @param unique whether values are unique (default false)
 * @param primaryKey whether the property is (part of) the primary key (default false)
 * @param primaryKeyPosition the 1-based position in a composite primary key (the standard's default
 *     is -1)
 * @param partitioned whether the data is partitioned by this property (default false)
 * @param partitionKeyPosition the 1-based position among the partition keys (default -1)
 * @param classification the data classification, free text such as {@code confidential}, {@code
 *     restricted} or {@code public}
 * @param criticalDataElement whether the property is a critical data element (default false)
 * @param encryptedName the name of the property that holds the encrypted value
 * @param transformSourceObjects the objects the value is derived from
 * @param transformLogic how the value is derived, such as SQL; for a measure, its aggregation
 * @param transformDescription the transform logic in plain words
 * @param examples example values, any JSON
 * @param enumValues the allowed values ({@code enum}, v3.2 draft)
 * @param tags tags
 * @param synonyms alternative names (v3.2 draft)
 * @param authoritativeDefinitions links to authoritative definitions
 * @param customProperties custom properties
 * @param relationships foreign-key relationships from this property, {@code from} implicit (since
 *     v3.1.0)
 * @param properties the nested properties of an object
 * @param items the element type of an array
 * @param map the key and value types of a map (v3.2 draft)
 * @param quality data quality rules
 * @param extensions fields the standard does not define, kept as read
 */
public record SchemaProperty(
    Optional<String> id,
    Optional<String> name,
    Optional<String> physicalName,
    Optional<String> businessName,
    Optional<LogicalType> logicalType,
    Optional<LogicalTypeOptions> logicalTypeOptions,
    Optional<String> physicalType,
    Optional<SemanticType> semanticType,
    Optional<String> description,
    Optional<Boolean> required,
    Optional<Boolean> unique,
    Optional<Boolean> primaryKey,
    Optional<Integer> primaryKeyPosition,
    Optional<Boolean> partitioned,
    Optional<Integer> partitionKeyPosition,
    Optional<String> classification,
    Optional<Boolean> criticalDataElement,
    Optional<String> encryptedName,
    List<String> transformSourceObjects,
    Optional<String> transformLogic,
    Optional<String> transformDescription,
    List<JsonValue> examples,
    List<EnumValue> enumValues,
    List<String> tags,
    List<Synonym> synonyms,
    List<AuthoritativeDefinition> authoritativeDefinitions,
    List<CustomProperty> customProperties,
    List<Relationship> relationships,
    List<SchemaProperty> properties,
    Optional<SchemaProperty> items,
    Optional<MapType> map,
    List<QualityRule> quality,
    Map<String, JsonValue> extensions) {

  /**
   * Checks the components and copies the collections.
   *
   * @param id a stable identifier for references (letters, digits, {@code _} and {@code -})
   * @param name the name; absent for array items and map keys and values
   * @param physicalName the name in the store, such as {@code col_str_a}
   * @param businessName the business name
   * @param logicalType the logical type
   * @param logicalTypeOptions options that refine the logical type
   * @param physicalType the type in the store, such as {@code VARCHAR(18)} or {@code DECIMAL(7,2)}
   * @param semanticType the semantic role: column, measure or dimension (v3.2 draft)
   * @param description what it is
   * @param required whether values must not be null (the standard's default is false)
   * @param unique whether values are unique (default false)
   * @param primaryKey whether the property is (part of) the primary key (default false)
   * @param primaryKeyPosition the 1-based position in a composite primary key (the standard's
   *     default is -1)
   * @param partitioned whether the data is partitioned by this property (default false)
   * @param partitionKeyPosition the 1-based position among the partition keys (default -1)
   * @param classification the data classification, free text such as {@code confidential}, {@code
   *     restricted} or {@code public}
   * @param criticalDataElement whether the property is a critical data element (default false)
   * @param encryptedName the name of the property that holds the encrypted value
   * @param transformSourceObjects the objects the value is derived from
   * @param transformLogic how the value is derived, such as SQL; for a measure, its aggregation
   * @param transformDescription the transform logic in plain words
   * @param examples example values, any JSON
   * @param enumValues the allowed values ({@code enum}, v3.2 draft)
   * @param tags tags
   * @param synonyms alternative names (v3.2 draft)
   * @param authoritativeDefinitions links to authoritative definitions
   * @param customProperties custom properties
   * @param relationships foreign-key relationships from this property, {@code from} implicit (since
   *     v3.1.0)
   * @param properties the nested properties of an object
   * @param items the element type of an array
   * @param map the key and value types of a map (v3.2 draft)
   * @param quality data quality rules
   * @param extensions fields the standard does not define, kept as read
   */
  public SchemaProperty {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(physicalName, "physicalName");
    Objects.requireNonNull(businessName, "businessName");
    Objects.requireNonNull(logicalType, "logicalType");
    Objects.requireNonNull(logicalTypeOptions, "logicalTypeOptions");
    Objects.requireNonNull(physicalType, "physicalType");
    Objects.requireNonNull(semanticType, "semanticType");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(required, "required");
    Objects.requireNonNull(unique, "unique");
    Objects.requireNonNull(primaryKey, "primaryKey");
    Objects.requireNonNull(primaryKeyPosition, "primaryKeyPosition");
    Objects.requireNonNull(partitioned, "partitioned");
    Objects.requireNonNull(partitionKeyPosition, "partitionKeyPosition");
    Objects.requireNonNull(classification, "classification");
    Objects.requireNonNull(criticalDataElement, "criticalDataElement");
    Objects.requireNonNull(encryptedName, "encryptedName");
    transformSourceObjects = List.copyOf(transformSourceObjects);
    Objects.requireNonNull(transformLogic, "transformLogic");
    Objects.requireNonNull(transformDescription, "transformDescription");
    examples = List.copyOf(examples);
    enumValues = List.copyOf(enumValues);
    tags = List.copyOf(tags);
    synonyms = List.copyOf(synonyms);
    authoritativeDefinitions = List.copyOf(authoritativeDefinitions);
    customProperties = List.copyOf(customProperties);
    relationships = List.copyOf(relationships);
    properties = List.copyOf(properties);
    Objects.requireNonNull(items, "items");
    Objects.requireNonNull(map, "map");
    quality = List.copyOf(quality);
    extensions = Values.orderedCopy(extensions, "extensions");
  }

  /**
   * A property with a name and a logical type.
   *
   * @param name the name
   * @param logicalType the logical type
   * @return the property
   */
  public static SchemaProperty of(String name, LogicalType logicalType) {
    return builder().name(name).logicalType(logicalType).build();
  }

  /**
   * Whether values must not be null; {@code false} unless set.
   *
   * @return the flag
   */
  public boolean isRequired() {
    return required.orElse(false);
  }

  /**
   * Whether values are unique; {@code false} unless set.
   *
   * @return the flag
   */
  public boolean isUnique() {
    return unique.orElse(false);
  }

  /**
   * Whether the property is (part of) the primary key; {@code false} unless set.
   *
   * @return the flag
   */
  public boolean isPrimaryKey() {
    return primaryKey.orElse(false);
  }

  /**
   * Whether the data is partitioned by this property; {@code false} unless set.
   *
   * @return the flag
   */
  public boolean isPartitioned() {
    return partitioned.orElse(false);
  }

  /**
   * Whether the property is a critical data element; {@code false} unless set.
   *
   * @return the flag
   */
  public boolean isCriticalDataElement() {
    return criticalDataElement.orElse(false);
  }

  /**
   * The nested property of that name (for {@code logicalType: object}).
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
    b.businessName = businessName;
    b.logicalType = logicalType;
    b.logicalTypeOptions = logicalTypeOptions;
    b.physicalType = physicalType;
    b.semanticType = semanticType;
    b.description = description;
    b.required = required;
    b.unique = unique;
    b.primaryKey = primaryKey;
    b.primaryKeyPosition = primaryKeyPosition;
    b.partitioned = partitioned;
    b.partitionKeyPosition = partitionKeyPosition;
    b.classification = classification;
    b.criticalDataElement = criticalDataElement;
    b.encryptedName = encryptedName;
    b.transformSourceObjects = new ArrayList<>(transformSourceObjects);
    b.transformLogic = transformLogic;
    b.transformDescription = transformDescription;
    b.examples = new ArrayList<>(examples);
    b.enumValues = new ArrayList<>(enumValues);
    b.tags = new ArrayList<>(tags);
    b.synonyms = new ArrayList<>(synonyms);
    b.authoritativeDefinitions = new ArrayList<>(authoritativeDefinitions);
    b.customProperties = new ArrayList<>(customProperties);
    b.relationships = new ArrayList<>(relationships);
    b.properties = new ArrayList<>(properties);
    b.items = items;
    b.map = map;
    b.quality = new ArrayList<>(quality);
    b.extensions = extensions;
    return b;
  }

  /** Builds a {@link SchemaProperty}. */
  public static final class Builder {
    private Optional<String> id = Optional.empty();
    private Optional<String> name = Optional.empty();
    private Optional<String> physicalName = Optional.empty();
    private Optional<String> businessName = Optional.empty();
    private Optional<LogicalType> logicalType = Optional.empty();
    private Optional<LogicalTypeOptions> logicalTypeOptions = Optional.empty();
    private Optional<String> physicalType = Optional.empty();
    private Optional<SemanticType> semanticType = Optional.empty();
    private Optional<String> description = Optional.empty();
    private Optional<Boolean> required = Optional.empty();
    private Optional<Boolean> unique = Optional.empty();
    private Optional<Boolean> primaryKey = Optional.empty();
    private Optional<Integer> primaryKeyPosition = Optional.empty();
    private Optional<Boolean> partitioned = Optional.empty();
    private Optional<Integer> partitionKeyPosition = Optional.empty();
    private Optional<String> classification = Optional.empty();
    private Optional<Boolean> criticalDataElement = Optional.empty();
    private Optional<String> encryptedName = Optional.empty();
    private List<String> transformSourceObjects = new ArrayList<>();
    private Optional<String> transformLogic = Optional.empty();
    private Optional<String> transformDescription = Optional.empty();
    private List<JsonValue> examples = new ArrayList<>();
    private List<EnumValue> enumValues = new ArrayList<>();
    private List<String> tags = new ArrayList<>();
    private List<Synonym> synonyms = new ArrayList<>();
    private List<AuthoritativeDefinition> authoritativeDefinitions = new ArrayList<>();
    private List<CustomProperty> customProperties = new ArrayList<>();
    private List<Relationship> relationships = new ArrayList<>();
    private List<SchemaProperty> properties = new ArrayList<>();
    private Optional<SchemaProperty> items = Optional.empty();
    private Optional<MapType> map = Optional.empty();
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
      return name(Optional.of(name));
    }

    /**
     * Sets or clears the name.
     *
     * @param name the value, or empty
     * @return this
     */
    public Builder name(Optional<String> name) {
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
     * Sets the logical type options.
     *
     * @param logicalTypeOptions the value
     * @return this
     */
    public Builder logicalTypeOptions(LogicalTypeOptions logicalTypeOptions) {
      return logicalTypeOptions(Optional.of(logicalTypeOptions));
    }

    /**
     * Sets or clears the logical type options.
     *
     * @param logicalTypeOptions the value, or empty
     * @return this
     */
    public Builder logicalTypeOptions(Optional<LogicalTypeOptions> logicalTypeOptions) {
      this.logicalTypeOptions = Objects.requireNonNull(logicalTypeOptions, "logicalTypeOptions");
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
     * Sets the semantic role (v3.2 draft).
     *
     * @param semanticType the value
     * @return this
     */
    public Builder semanticType(SemanticType semanticType) {
      return semanticType(Optional.of(semanticType));
    }

    /**
     * Sets or clears the semantic role (v3.2 draft).
     *
     * @param semanticType the value, or empty
     * @return this
     */
    public Builder semanticType(Optional<SemanticType> semanticType) {
      this.semanticType = Objects.requireNonNull(semanticType, "semanticType");
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
     * Sets whether values must not be null.
     *
     * @param required the value
     * @return this
     */
    public Builder required(boolean required) {
      return required(Optional.of(required));
    }

    /**
     * Sets or clears whether values must not be null.
     *
     * @param required the value, or empty
     * @return this
     */
    public Builder required(Optional<Boolean> required) {
      this.required = Objects.requireNonNull(required, "required");
      return this;
    }

    /**
     * Sets whether values are unique.
     *
     * @param unique the value
     * @return this
     */
    public Builder unique(boolean unique) {
      return unique(Optional.of(unique));
    }

    /**
     * Sets or clears whether values are unique.
     *
     * @param unique the value, or empty
     * @return this
     */
    public Builder unique(Optional<Boolean> unique) {
      this.unique = Objects.requireNonNull(unique, "unique");
      return this;
    }

    /**
     * Sets whether the property is part of the primary key.
     *
     * @param primaryKey the value
     * @return this
     */
    public Builder primaryKey(boolean primaryKey) {
      return primaryKey(Optional.of(primaryKey));
    }

    /**
     * Sets or clears whether the property is part of the primary key.
     *
     * @param primaryKey the value, or empty
     * @return this
     */
    public Builder primaryKey(Optional<Boolean> primaryKey) {
      this.primaryKey = Objects.requireNonNull(primaryKey, "primaryKey");
      return this;
    }

    /**
     * Sets the position in the primary key.
     *
     * @param primaryKeyPosition the value
     * @return this
     */
    public Builder primaryKeyPosition(int primaryKeyPosition) {
      return primaryKeyPosition(Optional.of(primaryKeyPosition));
    }

    /**
     * Sets or clears the position in the primary key.
     *
     * @param primaryKeyPosition the value, or empty
     * @return this
     */
    public Builder primaryKeyPosition(Optional<Integer> primaryKeyPosition) {
      this.primaryKeyPosition = Objects.requireNonNull(primaryKeyPosition, "primaryKeyPosition");
      return this;
    }

    /**
     * Sets whether the data is partitioned by this property.
     *
     * @param partitioned the value
     * @return this
     */
    public Builder partitioned(boolean partitioned) {
      return partitioned(Optional.of(partitioned));
    }

    /**
     * Sets or clears whether the data is partitioned by this property.
     *
     * @param partitioned the value, or empty
     * @return this
     */
    public Builder partitioned(Optional<Boolean> partitioned) {
      this.partitioned = Objects.requireNonNull(partitioned, "partitioned");
      return this;
    }

    /**
     * Sets the position among the partition keys.
     *
     * @param partitionKeyPosition the value
     * @return this
     */
    public Builder partitionKeyPosition(int partitionKeyPosition) {
      return partitionKeyPosition(Optional.of(partitionKeyPosition));
    }

    /**
     * Sets or clears the position among the partition keys.
     *
     * @param partitionKeyPosition the value, or empty
     * @return this
     */
    public Builder partitionKeyPosition(Optional<Integer> partitionKeyPosition) {
      this.partitionKeyPosition =
          Objects.requireNonNull(partitionKeyPosition, "partitionKeyPosition");
      return this;
    }

    /**
     * Sets the classification.
     *
     * @param classification the value
     * @return this
     */
    public Builder classification(String classification) {
      return classification(Optional.of(classification));
    }

    /**
     * Sets or clears the classification.
     *
     * @param classification the value, or empty
     * @return this
     */
    public Builder classification(Optional<String> classification) {
      this.classification = Objects.requireNonNull(classification, "classification");
      return this;
    }

    /**
     * Sets whether the property is a critical data element.
     *
     * @param criticalDataElement the value
     * @return this
     */
    public Builder criticalDataElement(boolean criticalDataElement) {
      return criticalDataElement(Optional.of(criticalDataElement));
    }

    /**
     * Sets or clears whether the property is a critical data element.
     *
     * @param criticalDataElement the value, or empty
     * @return this
     */
    public Builder criticalDataElement(Optional<Boolean> criticalDataElement) {
      this.criticalDataElement = Objects.requireNonNull(criticalDataElement, "criticalDataElement");
      return this;
    }

    /**
     * Sets the encrypted name.
     *
     * @param encryptedName the value
     * @return this
     */
    public Builder encryptedName(String encryptedName) {
      return encryptedName(Optional.of(encryptedName));
    }

    /**
     * Sets or clears the encrypted name.
     *
     * @param encryptedName the value, or empty
     * @return this
     */
    public Builder encryptedName(Optional<String> encryptedName) {
      this.encryptedName = Objects.requireNonNull(encryptedName, "encryptedName");
      return this;
    }

    /**
     * Replaces the objects the value is derived from.
     *
     * @param transformSourceObjects the values
     * @return this
     */
    public Builder transformSourceObjects(List<String> transformSourceObjects) {
      this.transformSourceObjects = new ArrayList<>(List.copyOf(transformSourceObjects));
      return this;
    }

    /**
     * Adds to the objects the value is derived from.
     *
     * @param value the value to add
     * @return this
     */
    public Builder transformSourceObject(String value) {
      this.transformSourceObjects.add(Objects.requireNonNull(value, "transformSourceObject"));
      return this;
    }

    /**
     * Sets the transform logic.
     *
     * @param transformLogic the value
     * @return this
     */
    public Builder transformLogic(String transformLogic) {
      return transformLogic(Optional.of(transformLogic));
    }

    /**
     * Sets or clears the transform logic.
     *
     * @param transformLogic the value, or empty
     * @return this
     */
    public Builder transformLogic(Optional<String> transformLogic) {
      this.transformLogic = Objects.requireNonNull(transformLogic, "transformLogic");
      return this;
    }

    /**
     * Sets the transform description.
     *
     * @param transformDescription the value
     * @return this
     */
    public Builder transformDescription(String transformDescription) {
      return transformDescription(Optional.of(transformDescription));
    }

    /**
     * Sets or clears the transform description.
     *
     * @param transformDescription the value, or empty
     * @return this
     */
    public Builder transformDescription(Optional<String> transformDescription) {
      this.transformDescription =
          Objects.requireNonNull(transformDescription, "transformDescription");
      return this;
    }

    /**
     * Replaces the example values.
     *
     * @param examples the values
     * @return this
     */
    public Builder examples(List<JsonValue> examples) {
      this.examples = new ArrayList<>(List.copyOf(examples));
      return this;
    }

    /**
     * Adds to the example values.
     *
     * @param value the value to add
     * @return this
     */
    public Builder example(JsonValue value) {
      this.examples.add(Objects.requireNonNull(value, "example"));
      return this;
    }

    /**
     * Replaces the allowed values (v3.2 draft).
     *
     * @param enumValues the values
     * @return this
     */
    public Builder enumValues(List<EnumValue> enumValues) {
      this.enumValues = new ArrayList<>(List.copyOf(enumValues));
      return this;
    }

    /**
     * Adds to the allowed values (v3.2 draft).
     *
     * @param value the value to add
     * @return this
     */
    public Builder enumValue(EnumValue value) {
      this.enumValues.add(Objects.requireNonNull(value, "enumValue"));
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
     * Replaces the nested properties.
     *
     * @param properties the values
     * @return this
     */
    public Builder properties(List<SchemaProperty> properties) {
      this.properties = new ArrayList<>(List.copyOf(properties));
      return this;
    }

    /**
     * Adds to the nested properties.
     *
     * @param value the value to add
     * @return this
     */
    public Builder property(SchemaProperty value) {
      this.properties.add(Objects.requireNonNull(value, "property"));
      return this;
    }

    /**
     * Sets the element type of an array.
     *
     * @param items the value
     * @return this
     */
    public Builder items(SchemaProperty items) {
      return items(Optional.of(items));
    }

    /**
     * Sets or clears the element type of an array.
     *
     * @param items the value, or empty
     * @return this
     */
    public Builder items(Optional<SchemaProperty> items) {
      this.items = Objects.requireNonNull(items, "items");
      return this;
    }

    /**
     * Sets the key and value types of a map (v3.2 draft).
     *
     * @param map the value
     * @return this
     */
    public Builder map(MapType map) {
      return map(Optional.of(map));
    }

    /**
     * Sets or clears the key and value types of a map (v3.2 draft).
     *
     * @param map the value, or empty
     * @return this
     */
    public Builder map(Optional<MapType> map) {
      this.map = Objects.requireNonNull(map, "map");
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
     * Builds the schema property.
     *
     * @return the schema property
     */
    public SchemaProperty build() {
      return new SchemaProperty(
          id,
          name,
          physicalName,
          businessName,
          logicalType,
          logicalTypeOptions,
          physicalType,
          semanticType,
          description,
          required,
          unique,
          primaryKey,
          primaryKeyPosition,
          partitioned,
          partitionKeyPosition,
          classification,
          criticalDataElement,
          encryptedName,
          transformSourceObjects,
          transformLogic,
          transformDescription,
          examples,
          enumValues,
          tags,
          synonyms,
          authoritativeDefinitions,
          customProperties,
          relationships,
          properties,
          items,
          map,
          quality,
          extensions);
    }
  }
}
