package dev.meshsdk.samples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshsdk.contracts.Changelog;
import dev.meshsdk.contracts.ContractDiff;
import dev.meshsdk.contracts.DataContract;
import dev.meshsdk.contracts.DataContracts;
import dev.meshsdk.testkit.CanIDeploy;
import dev.meshsdk.testkit.DeployReport;
import dev.meshsdk.testkit.Expectations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's quick start for platform teams (a CI gate), compiled and run. */
class PlatformQuickStartTest {
  private static final Path RELEASED = Path.of("src/main/resources/contracts/orders.odcs.yaml");
  private static final Path CONSUMERS = Path.of("src/test/resources/expectations");

  @TempDir Path dir;

  // tag::platform[]
  /** Fails the pull request when a contract change breaks a consumer or needs a major version. */
  static boolean contractGate(Path released, Path proposed, Path expectations) throws IOException {
    DataContract before = DataContracts.read(released); // from the last release tag
    DataContract after = DataContracts.read(proposed); // the file in the pull request

    ContractDiff diff = ContractDiff.between(before, after);
    System.out.println(Changelog.of(diff).toMarkdown()); // paste into the PR comment

    List<Expectations> consumers;
    try (Stream<Path> files = Files.list(expectations)) { // the files consumers published
      consumers =
          files.filter(f -> f.toString().endsWith(".json")).map(Expectations::read).toList();
    }
    DeployReport report = CanIDeploy.check(after, "orders", "order-events", consumers);
    System.out.println(report.describe()); // names each broken consumer and field

    return report.canDeploy() && !diff.isBreaking();
  }

  // end::platform[]

  private Path proposal(String from, String to) throws IOException {
    String yaml = Files.readString(RELEASED);
    String changed = yaml.replace(from, to).replace("version: 1.2.0", "version: 1.3.0");
    assertThat(changed).isNotEqualTo(yaml);
    return Files.writeString(dir.resolve("orders.odcs.yaml"), changed);
  }

  @Test
  void gateStopsANewStatusThatFinanceDoesNotKnow() throws IOException {
    Path refunds =
        proposal(
            "validValues: [PLACED, PAID, SHIPPED, CANCELLED]",
            "validValues: [PLACED, PAID, SHIPPED, CANCELLED, REFUNDED]");

    assertThat(contractGate(RELEASED, refunds, CONSUMERS)).isFalse();
  }

  @Test
  void gatePassesANewOptionalField() throws IOException {
    Path coupons =
        proposal(
            "      - name: currency\n",
            "      - name: coupon_code\n        logicalType: string\n      - name: currency\n");

    assertThat(contractGate(RELEASED, coupons, CONSUMERS)).isTrue();
  }
}
