package dev.meshsdk.samples.providers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshsdk.contracts.ContractDiff;
import dev.meshsdk.contracts.DataContract;
import dev.meshsdk.contracts.DataContracts;
import dev.meshsdk.samples.Resources;
import dev.meshsdk.samples.orders.OrdersProduct;
import dev.meshsdk.testkit.CanIDeploy;
import dev.meshsdk.testkit.DeployReport;
import dev.meshsdk.testkit.Expectations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Can the orders team deploy a new version of its contract without breaking a consumer? */
class OrdersDeploymentTest {
  private static final String RELEASED = Resources.text("contracts/orders.odcs.yaml");

  private static List<Expectations> consumers() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/expectations"))) {
      return files.sorted().map(Expectations::read).toList();
    }
  }

  private static DataContract proposed(String from, String to, String version) {
    String yaml = RELEASED.replace(from, to).replace("version: 1.2.0", "version: " + version);
    assertThat(yaml).as("the edit applies").isNotEqualTo(RELEASED);
    return DataContracts.parse(yaml, "orders-" + version + ".odcs.yaml");
  }

  @Test
  void aNewOrderStatusBreaksFinanceAndCanIDeploySaysWhoAndWhich() throws IOException {
    DataContract refunds =
        proposed(
            "validValues: [PLACED, PAID, SHIPPED, CANCELLED]",
            "validValues: [PLACED, PAID, SHIPPED, CANCELLED, REFUNDED]",
            "1.3.0");

    DeployReport report =
        CanIDeploy.check(refunds, OrdersProduct.ID, OrdersProduct.PORT, consumers());

    assertThat(report.canDeploy()).isFalse();
    assertThat(report.broken()).hasSize(1);
    assertThat(report.describe())
        .startsWith("CANNOT DEPLOY")
        .contains("BROKEN consumer 'revenue-job' (domain finance, purpose revenue-reporting)")
        .contains("status")
        .contains("REFUNDED")
        .containsPattern("ok +consumer 'recommendation-engine'");
    assertThat(ContractDiff.between(OrdersProduct.contract(), refunds).isBreaking()).isTrue();
  }

  @Test
  void aNewOptionalFieldIsCompatibleWithEveryConsumer() throws IOException {
    DataContract coupons =
        proposed(
            "      - name: currency\n",
            "      - name: coupon_code\n"
                + "        logicalType: string\n"
                + "      - name: currency\n",
            "1.3.0");

    DeployReport report =
        CanIDeploy.check(coupons, OrdersProduct.ID, OrdersProduct.PORT, consumers());

    assertThat(report.canDeploy()).as(report.describe()).isTrue();
    assertThat(report.describe()).contains("revenue-job").contains("recommendation-engine");
    assertThat(ContractDiff.between(OrdersProduct.contract(), coupons).isBreaking()).isFalse();
  }
}
