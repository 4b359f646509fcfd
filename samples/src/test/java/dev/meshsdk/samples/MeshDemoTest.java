package dev.meshsdk.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeshDemoTest {
  @TempDir Path output;

  private String run(String... args) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int status =
        new MeshDemo(new PrintStream(bytes, true, StandardCharsets.UTF_8), output).run(args);
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(status).as(out).isZero();
    return out;
  }

  @Test
  void summarisesTheBundledContractAndFindsItConforming() {
    String out = run();

    assertThat(out)
        .contains("Contract   urn:meshsdk:orders:order-events  version 1.2.0")
        .contains("Standard   ODCS v3.1.0, status active")
        .contains("order_events (topic) as orders.order-events.v1: 8 properties")
        .containsPattern(
            "order_id +string, required, primary key #1, pattern \\^ORD-\\[0-9]\\{8}\\$")
        .containsPattern("quantity +integer, required, >= 1, <= 1000")
        .contains("Server     orders-kafka-prod (kafka, prod) at kafka.orders.internal:9092")
        .contains("Check against ODCS v3.1.0: conforms, no problems.");
    assertThat(output.resolve("contracts/order-events.odcs.yaml")).exists();
    assertThat(output.resolve("contracts/order-events.odcs.json")).exists();
  }

  @Test
  void showsHowBrokenContractsAreRefused() {
    String out = run();

    assertThat(out)
        .contains("costCenter: ")
        .contains("[unknown-field]")
        .contains("status: ")
        .contains(
            "orders-broken.odcs.yaml:48:22: schema[0].properties[3].logicalType: 'money' is not"
                + " one of [string,");
  }

  @Test
  void summarisesAContractFileGivenAsArgument(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("tiny.odcs.yaml");
    Files.writeString(
        file,
        """
        apiVersion: v3.0.2
        kind: DataContract
        id: tiny
        version: 0.1.0
        status: draft
        schema:
          - name: things
            properties:
              - name: id
                logicalType: integer
                x-unknown: 1
        """);

    String out = run(file.toString());

    assertThat(out)
        .contains("Contract   tiny  version 0.1.0")
        .contains("Check against ODCS v3.0.2: 1 problem(s)")
        .contains("schema[0].properties[0].x-unknown");
  }

  @Test
  void reportsAnUnreadableFileAndFails(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.odcs.yaml");
    Files.writeString(file, "apiVersion: v3.1.0\nkind: [\n");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    int status =
        new MeshDemo(new PrintStream(bytes, true, StandardCharsets.UTF_8), output)
            .run(new String[] {file.toString()});

    assertThat(status).isEqualTo(1);
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .startsWith("Cannot read the contract: " + file + ":")
        .contains("not valid YAML");
  }
}
