package dev.meshsdk.contracts;

import java.util.Optional;

/**
 * The type of a server ({@code servers[].type}): every value of ODCS v3.0.2, v3.1.0 and the v3.2.0
 * draft. The v3.2.0 draft defines no type beyond v3.1.0's 34; {@link #HIVE}, {@link #IMPALA} and
 * {@link #ZEN} are new in v3.1.0. Use {@link #CUSTOM} for a server the standard does not list.
 */
public enum ServerType {
  /** {@code api}: an HTTP API; {@code location} is its URL. */
  API("api"),
  /** {@code athena}: Amazon Athena. */
  ATHENA("athena"),
  /** {@code azure}: Azure Blob Storage or Azure Data Lake Storage. */
  AZURE("azure"),
  /** {@code bigquery}: Google BigQuery. */
  BIGQUERY("bigquery"),
  /** {@code clickhouse}: ClickHouse. */
  CLICKHOUSE("clickhouse"),
  /** {@code databricks}: Databricks. */
  DATABRICKS("databricks"),
  /** {@code denodo}: Denodo. */
  DENODO("denodo"),
  /** {@code dremio}: Dremio. */
  DREMIO("dremio"),
  /** {@code duckdb}: DuckDB. */
  DUCKDB("duckdb"),
  /** {@code glue}: AWS Glue Data Catalog. */
  GLUE("glue"),
  /** {@code cloudsql}: Google Cloud SQL. */
  CLOUDSQL("cloudsql"),
  /** {@code db2}: IBM Db2. */
  DB2("db2"),
  /** {@code hive}: Apache Hive (since v3.1.0). */
  HIVE("hive"),
  /** {@code impala}: Apache Impala (since v3.1.0). */
  IMPALA("impala"),
  /** {@code informix}: IBM or HCL Informix. */
  INFORMIX("informix"),
  /** {@code kafka}: Apache Kafka; {@code host} is the bootstrap server. */
  KAFKA("kafka"),
  /** {@code kinesis}: Amazon Kinesis Data Streams. */
  KINESIS("kinesis"),
  /** {@code local}: local files. */
  LOCAL("local"),
  /** {@code mysql}: MySQL. */
  MYSQL("mysql"),
  /** {@code oracle}: Oracle Database. */
  ORACLE("oracle"),
  /** {@code postgresql}: PostgreSQL; the same server fields as {@link #POSTGRES}. */
  POSTGRESQL("postgresql"),
  /** {@code postgres}: PostgreSQL; the same server fields as {@link #POSTGRESQL}. */
  POSTGRES("postgres"),
  /** {@code presto}: Presto. */
  PRESTO("presto"),
  /** {@code pubsub}: Google Cloud Pub/Sub. */
  PUBSUB("pubsub"),
  /** {@code redshift}: Amazon Redshift. */
  REDSHIFT("redshift"),
  /** {@code s3}: Amazon S3 and S3-compatible object stores. */
  S3("s3"),
  /** {@code sftp}: an SFTP server. */
  SFTP("sftp"),
  /** {@code snowflake}: Snowflake. */
  SNOWFLAKE("snowflake"),
  /** {@code sqlserver}: Microsoft SQL Server. */
  SQLSERVER("sqlserver"),
  /** {@code synapse}: Azure Synapse Analytics. */
  SYNAPSE("synapse"),
  /** {@code trino}: Trino. */
  TRINO("trino"),
  /** {@code vertica}: Vertica. */
  VERTICA("vertica"),
  /** {@code zen}: Actian Zen (since v3.1.0). */
  ZEN("zen"),
  /**
   * {@code custom}: any other server: every type-specific field is allowed and none is required.
   */
  CUSTOM("custom");

  private final String value;

  ServerType(String value) {
    this.value = value;
  }

  /**
   * The standard's spelling, such as {@code postgres}.
   *
   * @return the spelling
   */
  public String value() {
    return value;
  }

  /**
   * The server type with that spelling (case-sensitive, as in the standard).
   *
   * @param value the spelling, such as {@code snowflake}
   * @return the type, or empty if the standard has no such type
   */
  public static Optional<ServerType> fromValue(String value) {
    for (ServerType t : values()) {
      if (t.value.equals(value)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
