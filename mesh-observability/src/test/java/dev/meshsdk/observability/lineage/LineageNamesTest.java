package dev.meshsdk.observability.lineage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LineageNamesTest {

  @Test
  void kafkaUsesTheFirstBootstrapServerAndTheTopic() {
    assertThat(LineageNames.kafka("b1:9093,b2:9093", "orders"))
        .isEqualTo(new DatasetName("kafka://b1:9093", "orders"));
    assertThat(LineageNames.kafka("SASL_SSL://b1:9094", "orders").namespace())
        .isEqualTo("kafka://b1:9094");
    assertThat(LineageNames.kafka("broker", "orders").namespace()).isEqualTo("kafka://broker:9092");
  }

  @Test
  void databasesUseHostPortAndDottedNames() {
    assertThat(LineageNames.postgres("db", 5432, "shop", "public", "orders"))
        .isEqualTo(new DatasetName("postgres://db:5432", "shop.public.orders"));
    assertThat(LineageNames.mysql("db", 3306, "shop", "orders"))
        .isEqualTo(new DatasetName("mysql://db:3306", "shop.orders"));
    assertThat(LineageNames.trino("t", 8080, "hive", "s", "orders"))
        .isEqualTo(new DatasetName("trino://t:8080", "hive.s.orders"));
    assertThat(LineageNames.bigquery("p", "d", "t"))
        .isEqualTo(new DatasetName("bigquery", "p.d.t"));
    assertThat(LineageNames.snowflake("Org", "Acct", "db", "s", "t"))
        .isEqualTo(new DatasetName("snowflake://org-acct", "db.s.t"));
  }

  @Test
  void objectStoresUseTheBucketAsNamespaceAndTheKeyAsName() {
    assertThat(LineageNames.s3("lake", "/orders/2026/"))
        .isEqualTo(new DatasetName("s3://lake", "orders/2026/"));
    assertThat(LineageNames.gcs("lake", "orders"))
        .isEqualTo(new DatasetName("gs://lake", "orders"));
    assertThat(LineageNames.abfss("c", "acct", "/x/y"))
        .isEqualTo(new DatasetName("abfss://c@acct.dfs.core.windows.net", "x/y"));
    assertThat(LineageNames.pubsub("p", "t")).isEqualTo(new DatasetName("pubsub", "topic:p:t"));
  }

  @Test
  void filesUseFileForLocalAndFileHostForRemote() {
    DatasetName local = LineageNames.localFile(Path.of("/data/out/../orders.jsonl"));
    assertThat(local).isEqualTo(new DatasetName("file", "/data/orders.jsonl"));
    assertThat(LineageNames.remoteFile("nas", "/exports/orders.csv"))
        .isEqualTo(new DatasetName("file://nas", "/exports/orders.csv"));
  }

  @Test
  void urisMapAfterTheirScheme() {
    assertThat(LineageNames.fromUri(URI.create("file:///data/orders.jsonl")))
        .isEqualTo(new DatasetName("file", "/data/orders.jsonl"));
    assertThat(LineageNames.fromUri(URI.create("file://nas/exports/o.csv")))
        .isEqualTo(new DatasetName("file://nas", "/exports/o.csv"));
    assertThat(LineageNames.fromUri(URI.create("s3a://lake/orders/part-0.parquet")))
        .isEqualTo(new DatasetName("s3://lake", "orders/part-0.parquet"));
    assertThat(LineageNames.fromUri(URI.create("gs://lake/orders")))
        .isEqualTo(new DatasetName("gs://lake", "orders"));
    assertThat(LineageNames.fromUri(URI.create("kafka://broker:9092/orders")))
        .isEqualTo(new DatasetName("kafka://broker:9092", "orders"));
  }

  @Test
  void refusesWhatItCannotName() {
    assertThatThrownBy(() -> LineageNames.fromUri(URI.create("ftp://h/x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("location scheme must be one of file, s3, s3a, s3n, gs, kafka")
        .hasMessageContaining("ftp://h/x");
    assertThatThrownBy(() -> LineageNames.fromUri(URI.create("kafka://broker/orders")))
        .hasMessage("location must be kafka://host:port/topic: was 'kafka://broker/orders'");
    assertThatThrownBy(() -> LineageNames.postgres("db", 0, "a", "b", "c"))
        .hasMessage("port must be in [1, 65535]: was 0");
    assertThatThrownBy(() -> LineageNames.kafka("b:9092", " "))
        .hasMessage("topic must not be blank: was ' '");
  }
}
