package dev.meshsdk.testkit;

import static dev.meshsdk.testkit.ConsumerContract.field;
import static org.assertj.core.api.Assertions.assertThat;

import dev.meshsdk.contracts.DataContract;
import dev.meshsdk.contracts.LogicalType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CanIDeployTest {
  @TempDir Path tmp;

  static final Expectations BILLING = Orders.billing().build();
  static final Expectations SHIPPING =
      ConsumerContract.forProvider("orders-product", "orders-port")
          .consumer("shipping", "logistics")
          .purpose("fulfilment")
          .reads(field("order_id").type(LogicalType.STRING).required())
          .reads(field("lines.qty").type(LogicalType.INTEGER).required().atLeast(1))
          .build();
  static final Expectations OTHER_PORT =
      ConsumerContract.forProvider("orders-product", "returns-port")
          .consumer("audit", "risk")
          .purpose("audit")
          .reads(field("customer_email").required())
          .build();

  @Test
  void aBreakingChangeNoConsumerReliesOnPasses() {
    DataContract noEmail =
        Orders.changed(
            "      - name: customer_email\n"
                + "        logicalType: string\n"
                + "        classification: pii\n"
                + "        logicalTypeOptions: {maxLength: 60}\n",
            "");

    DeployReport report =
        CanIDeploy.check(
            noEmail, "orders-product", "orders-port", List.of(BILLING, SHIPPING, OTHER_PORT));

    assertThat(report.canDeploy()).isTrue();
    assertThat(report.results()).hasSize(2);
    assertThat(report.describe())
        .startsWith(
            "CAN DEPLOY: contract orders 2.0.0 for orders-product/orders-port checked against 2"
                + " consumers");
  }

  @Test
  void aChangeThatLooksCompatibleButViolatesAStatedConstraintFails() {
    DataContract longerIds = Orders.changed("{maxLength: 20}", "{maxLength: 64}");

    DeployReport report =
        CanIDeploy.check(longerIds, "orders-product", "orders-port", List.of(BILLING, SHIPPING));

    assertThat(report.canDeploy()).isFalse();
    assertThat(report.broken())
        .extracting(r -> r.expectations().consumerId())
        .containsExactly("billing");
    assertThat(report.describe())
        .contains(
            "CANNOT DEPLOY: contract orders 2.0.0 for orders-product/orders-port checked against 2 consumers, 1 broken")
        .contains("  BROKEN consumer 'billing'")
        .contains(
            "  - order_id: expects string, required, maxLength 20, but the contract allows up to 64 characters")
        .contains("  ok    consumer 'shipping'");
  }

  @Test
  void removingAFieldAConsumerReadsFailsForThatConsumerOnly() {
    DataContract noQty =
        Orders.changed(
            "            - name: qty\n"
                + "              logicalType: integer\n"
                + "              required: true\n"
                + "              logicalTypeOptions: {minimum: 1}\n",
            "");

    DeployReport report =
        CanIDeploy.check(noQty, "orders-product", "orders-port", List.of(BILLING, SHIPPING));

    assertThat(report.broken()).hasSize(1);
    assertThat(report.broken().get(0).mismatches())
        .extracting(Mismatch::consumer, Mismatch::subject, Mismatch::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "shipping", "lines.qty", "the contract has no field 'lines.qty' in 'orders'"));
  }

  @Test
  void cliExitsZeroAndPrintsTheReportWhenDeployable() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("expectations"));
    BILLING.writeTo(dir);
    SHIPPING.writeTo(dir.resolve("nested"));
    Path contract = Files.writeString(tmp.resolve("new.odcs.yaml"), Orders.YAML);

    Run run =
        run(
            "--contract",
            contract.toString(),
            "--expectations",
            dir.toString(),
            "--product",
            "orders-product",
            "--port",
            "orders-port");

    assertThat(run.status).isZero();
    assertThat(run.out).startsWith("CAN DEPLOY: contract orders 1.0.0").contains("2 consumers");
    assertThat(run.err).isEmpty();
  }

  @Test
  void cliExitsOneWhenAConsumerBreaks() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("expectations"));
    BILLING.writeTo(dir);
    Path contract =
        Files.writeString(
            tmp.resolve("new.odcs.yaml"),
            Orders.YAML.replace("validValues: [NEW, PAID]", "validValues: [NEW, PAID, REFUNDED]"));

    Run run =
        run(
            "--contract",
            contract.toString(),
            "--expectations",
            dir.resolve(BILLING.fileName()).toString(),
            "--product",
            "orders-product",
            "--port",
            "orders-port");

    assertThat(run.status).isEqualTo(CanIDeployCli.BROKEN);
    assertThat(run.out)
        .startsWith("CANNOT DEPLOY")
        .contains(
            "status: expects one of ['NEW', 'PAID', 'CANCELLED'], but the contract also allows 'REFUNDED'");
  }

  @Test
  void cliExitsTwoOnBadArgumentsOrFiles() throws IOException {
    Run missing = run("--contract", "x.yaml");
    assertThat(missing.status).isEqualTo(CanIDeployCli.USAGE);
    assertThat(missing.err).contains("missing --product").contains("usage: CanIDeployCli");

    Path bad = Files.writeString(tmp.resolve("bad-expectations.json"), "{}");
    Path contract = Files.writeString(tmp.resolve("c.yaml"), Orders.YAML);
    Run badFile =
        run(
            "--contract",
            contract.toString(),
            "--expectations",
            bad.toString(),
            "--product",
            "p",
            "--port",
            "q");
    assertThat(badFile.status).isEqualTo(CanIDeployCli.USAGE);
    assertThat(badFile.err)
        .contains("bad-expectations.json at $.formatVersion: required member is missing");

    Run unknown = run("--force", "yes");
    assertThat(unknown.status).isEqualTo(CanIDeployCli.USAGE);
    assertThat(unknown.err).contains("unknown option --force");
  }

  private record Run(int status, String out, String err) {}

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        CanIDeployCli.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
