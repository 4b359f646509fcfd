package dev.meshsdk.samples.customers;

import dev.meshsdk.contracts.DataContract;
import dev.meshsdk.contracts.DataContracts;
import dev.meshsdk.contracts.JsonValue;
import dev.meshsdk.contracts.SlaProperty;
import dev.meshsdk.core.AccessPolicy;
import dev.meshsdk.core.DataProduct;
import dev.meshsdk.core.OutputPort;
import dev.meshsdk.core.ProductDescription;
import dev.meshsdk.core.ProductStatus;
import dev.meshsdk.core.governance.Policies;
import dev.meshsdk.core.governance.PolicySet;
import dev.meshsdk.core.governance.Severity;

/**
 * The customer profiles data product, declared with the builder around the contract derived from
 * {@link CustomerProfile}, and the customers domain's governance rules.
 */
public final class CustomersProduct {
  /** The product id. */
  public static final String ID = "customer-profiles";

  /** The output port serving profiles. */
  public static final String PORT = "customer-profiles";

  /** The schema object the port publishes. */
  public static final String SCHEMA_OBJECT = "customer_profiles";

  private CustomersProduct() {}

  /**
   * The port's contract, derived from the Java record, with the service levels the customers team
   * promises: profile changes arrive within 15 minutes, the profiles are refreshed at least hourly,
   * and kept two years.
   *
   * @return the contract
   */
  public static DataContract contract() {
    return DataContracts.derive(CustomerProfile.class).toBuilder()
        .slaProperty(sla("latency", 15, "m"))
        .slaProperty(sla("frequency", 1, "h"))
        .slaProperty(sla("retention", 2, "y"))
        .build();
  }

  private static SlaProperty sla(String property, long value, String unit) {
    return SlaProperty.builder().property(property).value(JsonValue.of(value)).unit(unit).build();
  }

  /**
   * The product as the customers team first wrote it: the port is open to every domain and its name
   * breaks the naming convention. Governance refuses it.
   *
   * @return the draft
   */
  public static DataProduct draft() {
    return declare(
        OutputPort.builder()
            .name("customer_profiles")
            .contract(contract())
            .schemaObject(SCHEMA_OBJECT)
            .location("kafka://kafka.customers.internal:9092/customers.profiles.v1")
            .format("json")
            .access(AccessPolicy.internal())
            .build());
  }

  /**
   * The product as registered: personal data only for the recommendations domain's personalisation
   * and the shop's own support desk.
   *
   * @return the product
   */
  public static DataProduct declare() {
    return declare(
        OutputPort.builder()
            .name(PORT)
            .contract(contract())
            .schemaObject(SCHEMA_OBJECT)
            .location("kafka://kafka.customers.internal:9092/customers.profiles.v1")
            .format("json")
            .access(
                AccessPolicy.restricted()
                    .domain("recommendations")
                    .consumer("support-desk")
                    .purpose("personalisation")
                    .purpose("customer-support")
                    .build())
            .build());
  }

  private static DataProduct declare(OutputPort port) {
    return DataProduct.builder()
        .id(ID)
        .domain("customers")
        .name("Customer profiles")
        .version("1.0.0")
        .status(ProductStatus.ACTIVE)
        .owner("customers-team")
        .description(ProductDescription.of("One profile per customer of the web shop"))
        .tag("customers")
        .tag("pii")
        .supportChannel("#customers-data", "https://chat.acme.example/customers-data")
        .termsOfUse("Personal data: read only for the purposes the port names")
        .outputPort(port)
        .build();
  }

  /**
   * The customers domain's rules on top of the organisation's: product ids start with {@code
   * customer-}, a support channel is required (raised from WARNING), and personal data needs named
   * purposes ({@link PersonalDataNeedsPurpose}).
   *
   * @return the domain's policy set
   */
  public static PolicySet policies() {
    return PolicySet.builder()
        .add(Policies.productIdPattern("customer-.*"), Severity.BLOCKING)
        .add(Policies.supportPresent(), Severity.BLOCKING)
        .add(new PersonalDataNeedsPurpose())
        .build();
  }
}
