package dev.meshsdk.observability.lineage;

import dev.meshsdk.observability.lineage.internal.Checks;
import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Dataset namespaces and names after the OpenLineage naming spec
 * (https://openlineage.io/docs/spec/naming): the namespace is the physical data source ({@code
 * scheme://authority}), the name identifies the dataset within it.
 *
 * <table>
 *   <caption>Names made here</caption>
 *   <tr><th>source</th><th>namespace</th><th>name</th></tr>
 *   <tr><td>Kafka</td><td>{@code kafka://{host}:{port}}</td><td>{@code {topic}}</td></tr>
 *   <tr><td>Postgres</td><td>{@code postgres://{host}:{port}}</td>
 *       <td>{@code {database}.{schema}.{table}}</td></tr>
 *   <tr><td>MySQL</td><td>{@code mysql://{host}:{port}}</td><td>{@code {database}.{table}}</td></tr>
 *   <tr><td>Trino</td><td>{@code trino://{host}:{port}}</td>
 *       <td>{@code {catalog}.{schema}.{table}}</td></tr>
 *   <tr><td>S3</td><td>{@code s3://{bucket}}</td><td>{@code {object key}}</td></tr>
 *   <tr><td>GCS</td><td>{@code gs://{bucket}}</td><td>{@code {object key}}</td></tr>
 *   <tr><td>ABFSS</td><td>{@code abfss://{container}@{service}.dfs.core.windows.net}</td>
 *       <td>{@code {path}}</td></tr>
 *   <tr><td>local file</td><td>{@code file}</td><td>{@code {absolute path}}</td></tr>
 *   <tr><td>remote file</td><td>{@code file://{host}}</td><td>{@code {path}}</td></tr>
 *   <tr><td>BigQuery</td><td>{@code bigquery}</td><td>{@code {project}.{dataset}.{table}}</td></tr>
 *   <tr><td>Snowflake</td><td>{@code snowflake://{org}-{account}}</td>
 *       <td>{@code {database}.{schema}.{table}}</td></tr>
 *   <tr><td>Pub/Sub</td><td>{@code pubsub}</td><td>{@code topic:{project}:{topic}}</td></tr>
 * </table>
 */
public final class LineageNames {
  /** Kafka's default port, used when a bootstrap server names none. */
  public static final int KAFKA_DEFAULT_PORT = 9092;

  private LineageNames() {}

  /**
   * A Kafka topic. The namespace is the first bootstrap server; a {@code PLAINTEXT://}-style prefix
   * is dropped and a missing port is {@link #KAFKA_DEFAULT_PORT}.
   *
   * @param bootstrapServers the producer's {@code bootstrap.servers}, such as {@code
   *     broker1:9092,broker2:9092}
   * @param topic the topic
   * @return the dataset name
   */
  public static DatasetName kafka(String bootstrapServers, String topic) {
    Checks.notBlank(bootstrapServers, "bootstrapServers");
    String first = bootstrapServers.split(",")[0].trim();
    int scheme = first.indexOf("://");
    if (scheme >= 0) {
      first = first.substring(scheme + 3);
    }
    if (first.isEmpty()) {
      throw new IllegalArgumentException(
          "bootstrapServers must start with host[:port]: was '" + bootstrapServers + "'");
    }
    boolean hasPort = first.startsWith("[") ? first.contains("]:") : first.contains(":");
    String authority = hasPort ? first : first + ":" + KAFKA_DEFAULT_PORT;
    return new DatasetName("kafka://" + authority, Checks.notBlank(topic, "topic"));
  }

  /**
   * A Postgres table.
   *
   * @param host the server's host
   * @param port the server's port
   * @param database the database
   * @param schema the schema
   * @param table the table
   * @return the dataset name
   */
  public static DatasetName postgres(
      String host, int port, String database, String schema, String table) {
    return new DatasetName(
        "postgres://" + authority(host, port),
        dotted(database, "database", schema, "schema", table));
  }

  /**
   * A MySQL table.
   *
   * @param host the server's host
   * @param port the server's port
   * @param database the database
   * @param table the table
   * @return the dataset name
   */
  public static DatasetName mysql(String host, int port, String database, String table) {
    return new DatasetName("mysql://" + authority(host, port), dotted(database, "database", table));
  }

  /**
   * A Trino table.
   *
   * @param host the coordinator's host
   * @param port the coordinator's port
   * @param catalog the catalog
   * @param schema the schema
   * @param table the table
   * @return the dataset name
   */
  public static DatasetName trino(
      String host, int port, String catalog, String schema, String table) {
    return new DatasetName(
        "trino://" + authority(host, port), dotted(catalog, "catalog", schema, "schema", table));
  }

  /**
   * An S3 object or prefix.
   *
   * @param bucket the bucket
   * @param key the object key or path (a leading {@code /} is dropped)
   * @return the dataset name
   */
  public static DatasetName s3(String bucket, String key) {
    return new DatasetName("s3://" + Checks.notBlank(bucket, "bucket"), objectKey(key));
  }

  /**
   * A Google Cloud Storage object or prefix.
   *
   * @param bucket the bucket
   * @param key the object key or path (a leading {@code /} is dropped)
   * @return the dataset name
   */
  public static DatasetName gcs(String bucket, String key) {
    return new DatasetName("gs://" + Checks.notBlank(bucket, "bucket"), objectKey(key));
  }

  /**
   * An Azure Data Lake Storage Gen2 path.
   *
   * @param container the container
   * @param service the storage account (service) name
   * @param path the path (a leading {@code /} is dropped)
   * @return the dataset name
   */
  public static DatasetName abfss(String container, String service, String path) {
    return new DatasetName(
        "abfss://"
            + Checks.notBlank(container, "container")
            + "@"
            + Checks.notBlank(service, "service")
            + ".dfs.core.windows.net",
        objectKey(path));
  }

  /**
   * A local file or folder: namespace {@code file}, name its absolute, normalised path.
   *
   * @param path the path
   * @return the dataset name
   */
  public static DatasetName localFile(Path path) {
    String p = path.toAbsolutePath().normalize().toString();
    return new DatasetName("file", p.replace('\\', '/'));
  }

  /**
   * A file or folder on another host: namespace {@code file://{host}}.
   *
   * @param host the host
   * @param path the path on that host
   * @return the dataset name
   */
  public static DatasetName remoteFile(String host, String path) {
    return new DatasetName(
        "file://" + Checks.notBlank(host, "host"), Checks.notBlank(path, "path"));
  }

  /**
   * A BigQuery table.
   *
   * @param project the project
   * @param dataset the dataset
   * @param table the table
   * @return the dataset name
   */
  public static DatasetName bigquery(String project, String dataset, String table) {
    return new DatasetName("bigquery", dotted(project, "project", dataset, "dataset", table));
  }

  /**
   * A Snowflake table.
   *
   * @param organization the organisation name
   * @param account the account name
   * @param database the database
   * @param schema the schema
   * @param table the table
   * @return the dataset name
   */
  public static DatasetName snowflake(
      String organization, String account, String database, String schema, String table) {
    return new DatasetName(
        "snowflake://"
            + Checks.notBlank(organization, "organization").toLowerCase(Locale.ROOT)
            + "-"
            + Checks.notBlank(account, "account").toLowerCase(Locale.ROOT),
        dotted(database, "database", schema, "schema", table));
  }

  /**
   * A Google Pub/Sub topic.
   *
   * @param project the project
   * @param topic the topic
   * @return the dataset name
   */
  public static DatasetName pubsub(String project, String topic) {
    return new DatasetName(
        "pubsub",
        "topic:" + Checks.notBlank(project, "project") + ":" + Checks.notBlank(topic, "topic"));
  }

  /**
   * The name of a location given as URI: {@code file:///path} (local file), {@code
   * file://host/path} (remote file), {@code s3://bucket/key} (also {@code s3a}, {@code s3n}),
   * {@code gs://bucket/key} and {@code kafka://host:port/topic}.
   *
   * @param location the location
   * @return the dataset name
   * @throws IllegalArgumentException for another scheme or a location without the parts named
   */
  public static DatasetName fromUri(URI location) {
    String scheme =
        location.getScheme() == null ? "" : location.getScheme().toLowerCase(Locale.ROOT);
    @Nullable String host = location.getHost();
    String path = location.getPath() == null ? "" : location.getPath();
    switch (scheme) {
      case "file":
        if (location.getAuthority() == null
            || location.getAuthority().isEmpty()
            || "localhost".equalsIgnoreCase(location.getAuthority())) {
          return new DatasetName("file", Checks.notBlank(path, "path of " + location));
        }
        return remoteFile(location.getAuthority(), Checks.notBlank(path, "path of " + location));
      case "s3":
      case "s3a":
      case "s3n":
        return s3(required(host, "bucket", location), path);
      case "gs":
        return gcs(required(host, "bucket", location), path);
      case "kafka":
        if (host == null || location.getPort() < 0) {
          throw new IllegalArgumentException(
              "location must be kafka://host:port/topic: was '" + location + "'");
        }
        return kafka(host + ":" + location.getPort(), objectKey(path));
      default:
        throw new IllegalArgumentException(
            "location scheme must be one of file, s3, s3a, s3n, gs, kafka: was '"
                + location
                + "'; use the LineageNames method for the source instead");
    }
  }

  private static String required(@Nullable String value, String part, URI location) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(
          "location must name a " + part + ": was '" + location + "'");
    }
    return value;
  }

  private static String authority(String host, int port) {
    Checks.notBlank(host, "host");
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("port must be in [1, 65535]: was " + port);
    }
    return host + ":" + port;
  }

  private static String objectKey(String key) {
    Checks.notBlank(key, "key");
    String k = key.startsWith("/") ? key.substring(1) : key;
    return Checks.notBlank(k, "key");
  }

  private static String dotted(String a, String aName, String b) {
    return Checks.notBlank(a, aName) + "." + Checks.notBlank(b, "table");
  }

  private static String dotted(String a, String aName, String b, String bName, String c) {
    return Checks.notBlank(a, aName)
        + "."
        + Checks.notBlank(b, bName)
        + "."
        + Checks.notBlank(c, "table");
  }
}
