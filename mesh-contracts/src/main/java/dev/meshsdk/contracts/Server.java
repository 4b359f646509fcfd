package dev.meshsdk.contracts;

import dev.meshsdk.contracts.internal.Values;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A server where the data is physically stored or served: a database, a warehouse, a bucket, a
 * topic (ODCS {@code servers[]}).
 *
 * <p>The fields every server has are components; the type-specific fields ({@code host}, {@code
 * port}, {@code database}, {@code location} ...) are kept together in {@link #attributes()}, in
 * document order, and read with {@link #attribute(String)} or the accessors named after them. Only
 * the keys in {@link #ATTRIBUTE_KEYS} are attributes; any other field is an extension.
 *
 * @param server the server's identifier (required)
 * @param type the server's type (required)
 * @param id a stable identifier
 * @param description a description of the server
 * @param environment the environment, such as {@code prod}, {@code dev} or {@code uat}
 * @param attributes the type-specific fields, in document order: keys from {@link #ATTRIBUTE_KEYS},
 *     {@code port} an integer, the others strings
 * @param roles the roles that have access to the server
 * @param customProperties custom properties
 * @param extensions fields neither the standard nor {@link #ATTRIBUTE_KEYS} defines, kept as read
 */
public record Server(
    String server,
    ServerType type,
    Optional<String> id,
    Optional<String> description,
    Optional<String> environment,
    Map<String, JsonValue> attributes,
    List<Role> roles,
    List<CustomProperty> customProperties,
    Map<String, JsonValue> extensions) {

  /**
   * Checks the components and copies the collections.
   *
   * @param server the server's identifier (required)
   * @param type the server's type (required)
   * @param id a stable identifier
   * @param description a description of the server
   * @param environment the environment, such as {@code prod}, {@code dev} or {@code uat}
   * @param attributes the type-specific fields, in document order: keys from {@link
   *     #ATTRIBUTE_KEYS}, {@code port} an integer, the others strings
   * @param roles the roles that have access to the server
   * @param customProperties custom properties
   * @param extensions fields neither the standard nor {@link #ATTRIBUTE_KEYS} defines, kept as read
   */
  public Server {
    Objects.requireNonNull(server, "server");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(environment, "environment");
    attributes = checkAttributes(Values.orderedCopy(attributes, "attributes"));
    roles = List.copyOf(roles);
    customProperties = List.copyOf(customProperties);
    extensions = Values.orderedCopy(extensions, "extensions");
    for (String key : extensions.keySet()) {
      if (FIELDS.contains(key) || ATTRIBUTE_KEYS.contains(key)) {
        throw new IllegalArgumentException(
            "Server.extensions: '" + key + "' is a field the standard defines, not an extension");
      }
    }
  }

  /**
   * The type-specific fields a server may have, over all server types of ODCS v3.0.2, v3.1.0 and
   * the v3.2.0 draft. {@code port} is an integer; all others are strings. Which of them a given
   * type allows or requires is checked by {@code DataContracts.check}, not here.
   */
  public static final Set<String> ATTRIBUTE_KEYS =
      Collections.unmodifiableSet(
          new LinkedHashSet<>(
              List.of(
                  "host",
                  "port",
                  "database",
                  "schema",
                  "catalog",
                  "account",
                  "warehouse",
                  "project",
                  "dataset",
                  "location",
                  "path",
                  "format",
                  "delimiter",
                  "endpointUrl",
                  "region",
                  "regionName",
                  "stagingDir",
                  "workgroup",
                  "serviceName",
                  "stream")));

  private static final Set<String> FIELDS =
      Set.of("id", "server", "type", "description", "environment", "roles", "customProperties");

  /**
   * A server with a name and a type and no other field.
   *
   * @param server the server's identifier
   * @param type the type
   * @return the server
   */
  public static Server of(String server, ServerType type) {
    return builder().server(server).type(type).build();
  }

  /**
   * A type-specific field.
   *
   * @param key the field name, one of {@link #ATTRIBUTE_KEYS}
   * @return its value, or empty when absent
   */
  public Optional<JsonValue> attribute(String key) {
    return Optional.ofNullable(attributes.get(key));
  }

  /**
   * The {@code host} field: the host name; for Kafka, the bootstrap server.
   *
   * @return the value, or empty
   */
  public Optional<String> host() {
    return text("host");
  }

  /**
   * The {@code port} field: the server's port.
   *
   * @return the port, or empty
   */
  public Optional<Integer> port() {
    return attribute("port").flatMap(JsonValue::asNumber).map(BigDecimal::intValueExact);
  }

  /**
   * The {@code database} field: the database name.
   *
   * @return the value, or empty
   */
  public Optional<String> database() {
    return text("database");
  }

  /**
   * The {@code schema} field: the schema in the database.
   *
   * @return the value, or empty
   */
  public Optional<String> schema() {
    return text("schema");
  }

  /**
   * The {@code catalog} field: the catalog (Databricks, Trino, Presto, Athena).
   *
   * @return the value, or empty
   */
  public Optional<String> catalog() {
    return text("catalog");
  }

  /**
   * The {@code account} field: the account (Snowflake, Glue, Redshift).
   *
   * @return the value, or empty
   */
  public Optional<String> account() {
    return text("account");
  }

  /**
   * The {@code warehouse} field: the Snowflake virtual warehouse.
   *
   * @return the value, or empty
   */
  public Optional<String> warehouse() {
    return text("warehouse");
  }

  /**
   * The {@code project} field: the Google Cloud project (BigQuery, Pub/Sub).
   *
   * @return the value, or empty
   */
  public Optional<String> project() {
    return text("project");
  }

  /**
   * The {@code dataset} field: the BigQuery dataset.
   *
   * @return the value, or empty
   */
  public Optional<String> dataset() {
    return text("dataset");
  }

  /**
   * The {@code location} field: the URL of the files or the API (S3, Azure, SFTP, Glue, API), globs
   * allowed.
   *
   * @return the value, or empty
   */
  public Optional<String> location() {
    return text("location");
  }

  /**
   * The {@code path} field: the relative or absolute path of local files.
   *
   * @return the value, or empty
   */
  public Optional<String> path() {
    return text("path");
  }

  /**
   * The {@code format} field: the file or message format, such as {@code parquet}, {@code csv},
   * {@code json} or {@code avro}.
   *
   * @return the value, or empty
   */
  public Optional<String> format() {
    return text("format");
  }

  /**
   * The {@code delimiter} field: how JSON documents are delimited in a file, such as {@code
   * new_line} or {@code array}.
   *
   * @return the value, or empty
   */
  public Optional<String> delimiter() {
    return text("delimiter");
  }

  /**
   * The {@code endpointUrl} field: the endpoint of an S3-compatible server.
   *
   * @return the value, or empty
   */
  public Optional<String> endpointUrl() {
    return text("endpointUrl");
  }

  /**
   * The {@code region} field: the AWS region (Kinesis, Redshift).
   *
   * @return the value, or empty
   */
  public Optional<String> region() {
    return text("region");
  }

  /**
   * The {@code regionName} field: the AWS region (Athena).
   *
   * @return the value, or empty
   */
  public Optional<String> regionName() {
    return text("regionName");
  }

  /**
   * The {@code stagingDir} field: where Athena stores query results.
   *
   * @return the value, or empty
   */
  public Optional<String> stagingDir() {
    return text("stagingDir");
  }

  /**
   * The {@code workgroup} field: the Athena workgroup (v3.2.0 draft).
   *
   * @return the value, or empty
   */
  public Optional<String> workgroup() {
    return text("workgroup");
  }

  /**
   * The {@code serviceName} field: the Oracle service name.
   *
   * @return the value, or empty
   */
  public Optional<String> serviceName() {
    return text("serviceName");
  }

  /**
   * The {@code stream} field: the Kinesis stream (documented for Kinesis, defined by the schema for
   * custom servers).
   *
   * @return the value, or empty
   */
  public Optional<String> stream() {
    return text("stream");
  }

  private Optional<String> text(String key) {
    return attribute(key).flatMap(JsonValue::asString);
  }

  private static Map<String, JsonValue> checkAttributes(Map<String, JsonValue> attributes) {
    Map<String, JsonValue> out = new LinkedHashMap<>();
    attributes.forEach((k, v) -> out.put(k, checkAttribute(k, v)));
    return Collections.unmodifiableMap(out);
  }

  private static void checkKey(String key) {
    Objects.requireNonNull(key, "key");
    if (!ATTRIBUTE_KEYS.contains(key)) {
      throw new IllegalArgumentException(
          "Server.attributes: '"
              + key
              + "' is not a server field the standard defines ("
              + String.join(", ", ATTRIBUTE_KEYS)
              + "); put it in extensions");
    }
  }

  /** Checks an attribute and returns it, with {@code port} as a plain integer. */
  private static JsonValue checkAttribute(String key, JsonValue value) {
    checkKey(key);
    Objects.requireNonNull(value, key);
    if (key.equals("port")) {
      if (value instanceof JsonValue.Num n) {
        try {
          return JsonValue.of(n.value().intValueExact());
        } catch (ArithmeticException e) {
          // reported below
        }
      }
      throw new IllegalArgumentException(
          "Server.attributes: 'port' must be an integer, got " + value.typeName() + " " + value);
    }
    if (!(value instanceof JsonValue.Str)) {
      throw new IllegalArgumentException(
          "Server.attributes: '"
              + key
              + "' must be a string, got "
              + value.typeName()
              + " "
              + value);
    }
    return value;
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
    b.server = server;
    b.type = type;
    b.id = id;
    b.description = description;
    b.environment = environment;
    b.attributes = attributes;
    b.roles = new ArrayList<>(roles);
    b.customProperties = new ArrayList<>(customProperties);
    b.extensions = extensions;
    return b;
  }

  /** Builds a {@link Server}. */
  public static final class Builder {
    private @Nullable String server;
    private @Nullable ServerType type;
    private Optional<String> id = Optional.empty();
    private Optional<String> description = Optional.empty();
    private Optional<String> environment = Optional.empty();
    private Map<String, JsonValue> attributes = Map.of();
    private List<Role> roles = new ArrayList<>();
    private List<CustomProperty> customProperties = new ArrayList<>();
    private Map<String, JsonValue> extensions = Map.of();

    private Builder() {}

    /**
     * Sets the server's identifier (required).
     *
     * @param server the value
     * @return this
     */
    public Builder server(String server) {
      this.server = Objects.requireNonNull(server, "server");
      return this;
    }

    /**
     * Sets the server's type (required).
     *
     * @param type the value
     * @return this
     */
    public Builder type(ServerType type) {
      this.type = Objects.requireNonNull(type, "type");
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
     * Sets a description of the server.
     *
     * @param description the value
     * @return this
     */
    public Builder description(String description) {
      return description(Optional.of(description));
    }

    /**
     * Sets or clears a description of the server.
     *
     * @param description the value, or empty
     * @return this
     */
    public Builder description(Optional<String> description) {
      this.description = Objects.requireNonNull(description, "description");
      return this;
    }

    /**
     * Sets the environment, such as {@code prod}, {@code dev} or {@code uat}.
     *
     * @param environment the value
     * @return this
     */
    public Builder environment(String environment) {
      return environment(Optional.of(environment));
    }

    /**
     * Sets or clears the environment, such as {@code prod}, {@code dev} or {@code uat}.
     *
     * @param environment the value, or empty
     * @return this
     */
    public Builder environment(Optional<String> environment) {
      this.environment = Objects.requireNonNull(environment, "environment");
      return this;
    }

    /**
     * Sets the type-specific fields, in document order: keys from {@link #ATTRIBUTE_KEYS}, {@code
     * port} an integer, the others strings.
     *
     * @param attributes the fields
     * @return this
     * @throws IllegalArgumentException if a key is not a server field or a value has the wrong type
     */
    public Builder attributes(Map<String, JsonValue> attributes) {
      this.attributes = checkAttributes(Values.orderedCopy(attributes, "attributes"));
      return this;
    }

    /**
     * Replaces the roles that have access to the server.
     *
     * @param roles the values
     * @return this
     */
    public Builder roles(List<Role> roles) {
      this.roles = new ArrayList<>(List.copyOf(roles));
      return this;
    }

    /**
     * Adds a role that has access to the server.
     *
     * @param value the value to add
     * @return this
     */
    public Builder role(Role value) {
      this.roles.add(Objects.requireNonNull(value, "role"));
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
     * Sets fields neither the standard nor {@link #ATTRIBUTE_KEYS} defines, kept as read.
     *
     * @param extensions the fields
     * @return this
     */
    public Builder extensions(Map<String, JsonValue> extensions) {
      this.extensions = Values.orderedCopy(extensions, "extensions");
      return this;
    }

    /**
     * Sets one type-specific field.
     *
     * @param key the field name, one of {@link #ATTRIBUTE_KEYS}
     * @param value the value: an integer for {@code port}, a string for all others
     * @return this
     * @throws IllegalArgumentException if the key is not a server field or the value has the wrong
     *     type
     */
    public Builder attribute(String key, JsonValue value) {
      JsonValue checked = checkAttribute(key, value);
      Map<String, JsonValue> copy = new LinkedHashMap<>(attributes);
      copy.put(key, checked);
      this.attributes = copy;
      return this;
    }

    /**
     * Sets or clears one type-specific field.
     *
     * @param key the field name, one of {@link #ATTRIBUTE_KEYS}
     * @param value the value, or empty to remove the field
     * @return this
     * @throws IllegalArgumentException if the key is not a server field or the value has the wrong
     *     type
     */
    public Builder attribute(String key, Optional<JsonValue> value) {
      Objects.requireNonNull(value, "value");
      if (value.isPresent()) {
        return attribute(key, value.get());
      }
      checkKey(key);
      Map<String, JsonValue> copy = new LinkedHashMap<>(attributes);
      copy.remove(key);
      this.attributes = copy;
      return this;
    }

    /**
     * Sets the {@code host} field: the host name; for Kafka, the bootstrap server.
     *
     * @param host the value
     * @return this
     */
    public Builder host(String host) {
      return attribute("host", JsonValue.of(Objects.requireNonNull(host, "host")));
    }

    /**
     * Sets the {@code port} field.
     *
     * @param port the port
     * @return this
     */
    public Builder port(int port) {
      return attribute("port", JsonValue.of(Objects.requireNonNull(port, "port")));
    }

    /**
     * Sets the {@code database} field: the database name.
     *
     * @param database the value
     * @return this
     */
    public Builder database(String database) {
      return attribute("database", JsonValue.of(Objects.requireNonNull(database, "database")));
    }

    /**
     * Sets the {@code schema} field: the schema in the database.
     *
     * @param schema the value
     * @return this
     */
    public Builder schema(String schema) {
      return attribute("schema", JsonValue.of(Objects.requireNonNull(schema, "schema")));
    }

    /**
     * Sets the {@code catalog} field: the catalog (Databricks, Trino, Presto, Athena).
     *
     * @param catalog the value
     * @return this
     */
    public Builder catalog(String catalog) {
      return attribute("catalog", JsonValue.of(Objects.requireNonNull(catalog, "catalog")));
    }

    /**
     * Sets the {@code account} field: the account (Snowflake, Glue, Redshift).
     *
     * @param account the value
     * @return this
     */
    public Builder account(String account) {
      return attribute("account", JsonValue.of(Objects.requireNonNull(account, "account")));
    }

    /**
     * Sets the {@code warehouse} field: the Snowflake virtual warehouse.
     *
     * @param warehouse the value
     * @return this
     */
    public Builder warehouse(String warehouse) {
      return attribute("warehouse", JsonValue.of(Objects.requireNonNull(warehouse, "warehouse")));
    }

    /**
     * Sets the {@code project} field: the Google Cloud project (BigQuery, Pub/Sub).
     *
     * @param project the value
     * @return this
     */
    public Builder project(String project) {
      return attribute("project", JsonValue.of(Objects.requireNonNull(project, "project")));
    }

    /**
     * Sets the {@code dataset} field: the BigQuery dataset.
     *
     * @param dataset the value
     * @return this
     */
    public Builder dataset(String dataset) {
      return attribute("dataset", JsonValue.of(Objects.requireNonNull(dataset, "dataset")));
    }

    /**
     * Sets the {@code location} field: the URL of the files or the API (S3, Azure, SFTP, Glue,
     * API), globs allowed.
     *
     * @param location the value
     * @return this
     */
    public Builder location(String location) {
      return attribute("location", JsonValue.of(Objects.requireNonNull(location, "location")));
    }

    /**
     * Sets the {@code path} field: the relative or absolute path of local files.
     *
     * @param path the value
     * @return this
     */
    public Builder path(String path) {
      return attribute("path", JsonValue.of(Objects.requireNonNull(path, "path")));
    }

    /**
     * Sets the {@code format} field: the file or message format, such as {@code parquet}, {@code
     * csv}, {@code json} or {@code avro}.
     *
     * @param format the value
     * @return this
     */
    public Builder format(String format) {
      return attribute("format", JsonValue.of(Objects.requireNonNull(format, "format")));
    }

    /**
     * Sets the {@code delimiter} field: how JSON documents are delimited in a file, such as {@code
     * new_line} or {@code array}.
     *
     * @param delimiter the value
     * @return this
     */
    public Builder delimiter(String delimiter) {
      return attribute("delimiter", JsonValue.of(Objects.requireNonNull(delimiter, "delimiter")));
    }

    /**
     * Sets the {@code endpointUrl} field: the endpoint of an S3-compatible server.
     *
     * @param endpointUrl the value
     * @return this
     */
    public Builder endpointUrl(String endpointUrl) {
      return attribute(
          "endpointUrl", JsonValue.of(Objects.requireNonNull(endpointUrl, "endpointUrl")));
    }

    /**
     * Sets the {@code region} field: the AWS region (Kinesis, Redshift).
     *
     * @param region the value
     * @return this
     */
    public Builder region(String region) {
      return attribute("region", JsonValue.of(Objects.requireNonNull(region, "region")));
    }

    /**
     * Sets the {@code regionName} field: the AWS region (Athena).
     *
     * @param regionName the value
     * @return this
     */
    public Builder regionName(String regionName) {
      return attribute(
          "regionName", JsonValue.of(Objects.requireNonNull(regionName, "regionName")));
    }

    /**
     * Sets the {@code stagingDir} field: where Athena stores query results.
     *
     * @param stagingDir the value
     * @return this
     */
    public Builder stagingDir(String stagingDir) {
      return attribute(
          "stagingDir", JsonValue.of(Objects.requireNonNull(stagingDir, "stagingDir")));
    }

    /**
     * Sets the {@code workgroup} field: the Athena workgroup (v3.2.0 draft).
     *
     * @param workgroup the value
     * @return this
     */
    public Builder workgroup(String workgroup) {
      return attribute("workgroup", JsonValue.of(Objects.requireNonNull(workgroup, "workgroup")));
    }

    /**
     * Sets the {@code serviceName} field: the Oracle service name.
     *
     * @param serviceName the value
     * @return this
     */
    public Builder serviceName(String serviceName) {
      return attribute(
          "serviceName", JsonValue.of(Objects.requireNonNull(serviceName, "serviceName")));
    }

    /**
     * Sets the {@code stream} field: the Kinesis stream (documented for Kinesis, defined by the
     * schema for custom servers).
     *
     * @param stream the value
     * @return this
     */
    public Builder stream(String stream) {
      return attribute("stream", JsonValue.of(Objects.requireNonNull(stream, "stream")));
    }

    /**
     * Builds the server.
     *
     * @return the server
     * @throws IllegalStateException if the server or the type is missing
     * @throws IllegalArgumentException if an attribute key is not a server field, an attribute has
     *     the wrong type, or an extension has the name of a standard field
     */
    public Server build() {
      return new Server(
          Values.required(server, "Server.server"),
          Values.required(type, "Server.type"),
          id,
          description,
          environment,
          attributes,
          roles,
          customProperties,
          extensions);
    }
  }
}
