package dev.meshsdk.core;

import dev.meshsdk.contracts.DataContract;
import dev.meshsdk.contracts.DataContracts;
import dev.meshsdk.contracts.JsonValue;
import dev.meshsdk.contracts.SlaProperty;
import dev.meshsdk.contracts.SupportChannel;
import dev.meshsdk.contracts.Team;
import dev.meshsdk.contracts.TeamMember;
import dev.meshsdk.contracts.annotation.ContractSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Products and contracts the tests share. */
public final class Fixtures {
  private Fixtures() {}

  /** The record the orders contract is derived from. */
  @ContractSchema(id = "orders", version = "1.0.0", object = "orders")
  public record Order(String orderId, String sku, int quantity) {}

  /**
   * The contract of {@link Order}.
   *
   * @return the contract
   */
  public static DataContract ordersContract() {
    return DataContracts.derive(Order.class);
  }

  /**
   * The customers contract from the test resources (email is pii).
   *
   * @return the contract
   */
  public static DataContract customersContract() {
    try (InputStream in =
        Fixtures.class.getClassLoader().getResourceAsStream("contracts/customers.odcs.yaml")) {
      return DataContracts.parse(
          new String(in.readAllBytes(), StandardCharsets.UTF_8), "customers.odcs.yaml");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A full product using every field.
   *
   * @return the product
   */
  public static DataProduct fullProduct() {
    return DataProduct.builder()
        .id("customer-360")
        .domain("crm")
        .name("Customer 360")
        .version("2.1.0")
        .status(ProductStatus.ACTIVE)
        .description(
            ProductDescription.of(
                "One view of every customer", "Join on customerId", "No data before 2020"))
        .owner(
            Team.builder()
                .name("crm-team")
                .member(TeamMember.builder().username("ana@example.com").role("owner").build())
                .build())
        .tags(java.util.List.of("customer", "gold"))
        .inputPort(
            InputPort.builder()
                .name("orders")
                .upstreamProduct("orders")
                .contract("orders", "1.0.0")
                .build())
        .outputPort(
            OutputPort.builder()
                .name("customers")
                .description("Customers with contact data")
                .contract(customersContract())
                .schemaObject("customers")
                .server("production")
                .location("kafka://broker:9092/customers")
                .format("json")
                .slaProperty(
                    SlaProperty.of("latency", JsonValue.of(1)).toBuilder().unit("h").build())
                .access(
                    AccessPolicy.restricted()
                        .domain("crm")
                        .consumer("marketing-app")
                        .purpose("marketing")
                        .build())
                .tag("pii")
                .build())
        .outputPort(
            OutputPort.builder()
                .name("orders-per-customer")
                .version("1.0.0")
                .contract(ordersContract())
                .location("file:///data/orders-per-customer")
                .format("jsonl")
                .access(AccessPolicy.publicAccess())
                .build())
        .support(
            java.util.List.of(
                SupportChannel.builder()
                    .channel("#crm-help")
                    .url("https://chat.example.com/crm-help")
                    .tool("slack")
                    .build()))
        .termsOfUse("Internal analytics only")
        .customProperty(
            dev.meshsdk.contracts.CustomProperty.of("costCentre", JsonValue.of("CC-42")))
        .build();
  }
}
