package dev.meshsdk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meshsdk.contracts.SupportChannel;
import dev.meshsdk.core.annotation.Access;
import dev.meshsdk.core.annotation.InputPort;
import dev.meshsdk.core.annotation.OutputPort;
import dev.meshsdk.core.annotation.Support;
import java.util.List;
import org.junit.jupiter.api.Test;

class DataProductsAnnotationTest {

  @dev.meshsdk.core.annotation.DataProduct(
      id = "customer-360",
      domain = "crm",
      name = "Customer 360",
      version = "2.1.0",
      owner = "crm-team",
      description = "One view of every customer",
      status = ProductStatus.ACTIVE,
      tags = {"customer", "gold"},
      support =
          @Support(
              channel = "#crm-help",
              url = "https://chat.example.com/crm-help",
              tool = "slack"),
      termsOfUse = "Internal analytics only")
  @InputPort(name = "orders", product = "orders", contractId = "orders", contractVersion = "1.0.0")
  @OutputPort(
      name = "customers",
      contract = "contracts/customers.odcs.yaml",
      schemaObject = "customers",
      location = "kafka://broker:9092/customers",
      format = "json",
      access =
          @Access(
              level = AccessLevel.RESTRICTED,
              domains = "crm",
              consumers = "marketing-app",
              purposes = "marketing"))
  @OutputPort(
      name = "orders-per-customer",
      recordType = Fixtures.Order.class,
      location = "file:///data/orders-per-customer",
      format = "jsonl",
      access = @Access(level = AccessLevel.PUBLIC))
  static final class Customer360 {}

  @Test
  void annotationsGiveTheSameDescriptorAsTheBuilder() {
    DataProduct built =
        DataProduct.builder()
            .id("customer-360")
            .domain("crm")
            .name("Customer 360")
            .version("2.1.0")
            .owner("crm-team")
            .description(ProductDescription.of("One view of every customer"))
            .status(ProductStatus.ACTIVE)
            .tags(List.of("customer", "gold"))
            .supportChannel(
                SupportChannel.builder()
                    .channel("#crm-help")
                    .url("https://chat.example.com/crm-help")
                    .tool("slack")
                    .build())
            .termsOfUse("Internal analytics only")
            .inputPort(
                dev.meshsdk.core.InputPort.builder()
                    .name("orders")
                    .upstreamProduct("orders")
                    .contract("orders", "1.0.0")
                    .build())
            .outputPort(
                dev.meshsdk.core.OutputPort.builder()
                    .name("customers")
                    .contract(Fixtures.customersContract())
                    .schemaObject("customers")
                    .location("kafka://broker:9092/customers")
                    .format("json")
                    .access(
                        AccessPolicy.restricted()
                            .domain("crm")
                            .consumer("marketing-app")
                            .purpose("marketing")
                            .build())
                    .build())
            .outputPort(
                dev.meshsdk.core.OutputPort.builder()
                    .name("orders-per-customer")
                    .contract(Fixtures.ordersContract())
                    .location("file:///data/orders-per-customer")
                    .format("jsonl")
                    .access(AccessPolicy.publicAccess())
                    .build())
            .build();
    assertThat(DataProducts.fromAnnotations(Customer360.class)).isEqualTo(built);
  }

  static final class NotAnnotated {}

  @Test
  void rejectsClassWithoutDataProduct() {
    assertThatThrownBy(() -> DataProducts.fromAnnotations(NotAnnotated.class))
        .isInstanceOf(ProductDefinitionException.class)
        .hasMessage(
            "class "
                + NotAnnotated.class.getName()
                + ": @DataProduct: is not annotated with @dev.meshsdk.core.annotation.DataProduct"
                + " [annotated]");
  }

  @dev.meshsdk.core.annotation.DataProduct(id = " ")
  static final class BlankId {}

  @Test
  void namesClassAndAttributeForBlankId() {
    assertThatThrownBy(() -> DataProducts.fromAnnotations(BlankId.class))
        .isInstanceOf(ProductDefinitionException.class)
        .hasMessage(
            "@DataProduct on "
                + BlankId.class.getName()
                + ": id: must not be blank, got ' ' [not-blank]");
  }

  @dev.meshsdk.core.annotation.DataProduct(id = "x")
  @OutputPort(name = "orders", contract = "contracts/missing.odcs.yaml")
  static final class MissingResource {}

  @Test
  void namesClassAndAttributeForMissingContractResource() {
    assertThatThrownBy(() -> DataProducts.fromAnnotations(MissingResource.class))
        .isInstanceOf(ProductDefinitionException.class)
        .hasMessage(
            "@OutputPort(name=\"orders\") on "
                + MissingResource.class.getName()
                + ": contract: classpath resource 'contracts/missing.odcs.yaml' does not exist"
                + " [resource-exists]");
  }

  @dev.meshsdk.core.annotation.DataProduct(id = "x")
  @OutputPort(name = "orders")
  static final class NoContract {}

  @Test
  void requiresAContractSource() {
    assertThatThrownBy(() -> DataProducts.fromAnnotations(NoContract.class))
        .isInstanceOf(ProductDefinitionException.class)
        .hasMessageContaining(": recordType: needs a contract: set contract")
        .hasMessageEndingWith("[one-contract-source]");
  }

  @dev.meshsdk.core.annotation.DataProduct(id = "x")
  @OutputPort(
      name = "orders",
      recordType = Fixtures.Order.class,
      access = @Access(level = AccessLevel.INTERNAL, domains = "sales"))
  static final class ListsOnInternal {}

  @Test
  void rejectsDomainsOnANonRestrictedAccess() {
    assertThatThrownBy(() -> DataProducts.fromAnnotations(ListsOnInternal.class))
        .isInstanceOf(ProductDefinitionException.class)
        .hasMessage(
            "@OutputPort(name=\"orders\") on "
                + ListsOnInternal.class.getName()
                + ": access: level INTERNAL takes no domains, consumers or purposes; use level"
                + " RESTRICTED to list them [restricted-lists]");
  }

  @dev.meshsdk.core.annotation.DataProduct(id = "x")
  @OutputPort(
      name = "orders",
      recordType = Fixtures.Order.class,
      access = @Access(level = AccessLevel.RESTRICTED, purposes = "audit"))
  static final class RestrictedToNobody {}

  @Test
  void namesTheAccessAttributeOfARestrictedPolicyWithoutGrantees() {
    assertThatThrownBy(() -> DataProducts.fromAnnotations(RestrictedToNobody.class))
        .isInstanceOf(ProductDefinitionException.class)
        .hasMessageStartingWith(
            "@OutputPort(name=\"orders\") on "
                + RestrictedToNobody.class.getName()
                + ": access.domains: a restricted policy must list at least one domain");
  }

  @dev.meshsdk.core.annotation.DataProduct(id = "x")
  @OutputPort(name = "orders", recordType = Fixtures.Order.class, location = "not a uri")
  static final class BadLocation {}

  @Test
  void namesTheLocationAttribute() {
    assertThatThrownBy(() -> DataProducts.fromAnnotations(BadLocation.class))
        .isInstanceOf(ProductDefinitionException.class)
        .hasMessageStartingWith(
            "@OutputPort(name=\"orders\") on " + BadLocation.class.getName() + ": location: ")
        .hasMessageEndingWith("[uri]");
  }
}
