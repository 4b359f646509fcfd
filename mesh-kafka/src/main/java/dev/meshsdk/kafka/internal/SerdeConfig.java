package dev.meshsdk.kafka.internal;

import dev.meshsdk.contracts.DataContract;
import dev.meshsdk.contracts.DataContracts;
import dev.meshsdk.contracts.RecordValidator;
import dev.meshsdk.contracts.SchemaObject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.jspecify.annotations.Nullable;

/** Reads the validating serde's settings from a Kafka {@code configure(Map)} call. */
public final class SerdeConfig {
  /** The contract as a class-path resource, such as {@code contracts/orders.odcs.yaml}. */
  public static final String CONTRACT_RESOURCE = "mesh.contract.resource";

  /** The contract as a file path. */
  public static final String CONTRACT_PATH = "mesh.contract.path";

  /** The schema object; optional when the contract has exactly one. */
  public static final String SCHEMA_OBJECT = "mesh.contract.schema-object";

  /** Serializer only: a Java record or bean class to validate as a typed record. */
  public static final String RECORD_CLASS = "mesh.record.class";

  private SerdeConfig() {}

  /**
   * The contract the settings name.
   *
   * @param configs the settings
   * @return the contract
   * @throws ConfigException if neither or both of resource and path are set, or it cannot be read
   */
  public static DataContract contract(Map<String, ?> configs) {
    @Nullable Object resource = configs.get(CONTRACT_RESOURCE);
    @Nullable Object path = configs.get(CONTRACT_PATH);
    if ((resource == null) == (path == null)) {
      throw new ConfigException(
          "set exactly one of '"
              + CONTRACT_RESOURCE
              + "' (a class-path resource) and '"
              + CONTRACT_PATH
              + "' (a file) to name the contract records are validated against");
    }
    if (path != null) {
      return DataContracts.read(Path.of(path.toString()));
    }
    String name = resource.toString();
    String lookup = name.startsWith("/") ? name.substring(1) : name;
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    if (loader == null) {
      loader = SerdeConfig.class.getClassLoader();
    }
    try (InputStream in = loader.getResourceAsStream(lookup)) {
      if (in == null) {
        throw new ConfigException(CONTRACT_RESOURCE, name, "no such class-path resource");
      }
      return DataContracts.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), name);
    } catch (IOException e) {
      throw new ConfigException(CONTRACT_RESOURCE, name, "cannot be read: " + e.getMessage());
    }
  }

  /**
   * The schema object the settings name, or the contract's only one.
   *
   * @param contract the contract
   * @param configs the settings
   * @return the schema object's name
   * @throws ConfigException if it is not set and the contract has several, or does not exist
   */
  public static String schemaObject(DataContract contract, Map<String, ?> configs) {
    @Nullable Object name = configs.get(SCHEMA_OBJECT);
    if (name == null) {
      if (contract.schema().size() == 1) {
        return contract.schema().get(0).name();
      }
      throw new ConfigException(
          "set '"
              + SCHEMA_OBJECT
              + "': contract "
              + contract.id()
              + "@"
              + contract.version()
              + " has "
              + contract.schema().stream().map(SchemaObject::name).toList());
    }
    if (contract.schemaObject(name.toString()).isEmpty()) {
      throw new ConfigException(
          SCHEMA_OBJECT,
          name,
          "contract "
              + contract.id()
              + "@"
              + contract.version()
              + " has no such schema object; it has "
              + contract.schema().stream().map(SchemaObject::name).toList());
    }
    return name.toString();
  }

  /**
   * The validator the settings describe: for maps, or for the class named by {@link #RECORD_CLASS}.
   *
   * @param configs the settings
   * @param typed whether {@link #RECORD_CLASS} is honoured
   * @return the validator
   * @throws ConfigException for bad settings
   */
  public static RecordValidator<?> validator(Map<String, ?> configs, boolean typed) {
    DataContract contract = contract(configs);
    String object = schemaObject(contract, configs);
    @Nullable Object type = typed ? configs.get(RECORD_CLASS) : null;
    if (type == null) {
      return RecordValidator.of(contract, object);
    }
    Class<?> c;
    if (type instanceof Class<?> k) {
      c = k;
    } else {
      try {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        c = Class.forName(type.toString(), false, loader);
      } catch (ClassNotFoundException e) {
        throw new ConfigException(RECORD_CLASS, type, "no such class");
      }
    }
    return RecordValidator.of(contract, object, c);
  }
}
