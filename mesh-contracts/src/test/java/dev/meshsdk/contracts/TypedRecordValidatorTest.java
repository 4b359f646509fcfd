package dev.meshsdk.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meshsdk.contracts.annotation.ContractField;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The typed-record validator: contract rules and Bean Validation constraints in one result. */
class TypedRecordValidatorTest {
  static final String CONTRACT_YAML =
      """
      apiVersion: v3.1.0
      kind: DataContract
      id: orders
      version: 1.0.0
      status: active
      schema:
        - name: orders
          properties:
            - name: order_id
              logicalType: string
              required: true
              logicalTypeOptions: {pattern: '^ORD-[0-9]{8}$'}
            - name: email
              logicalType: string
              classification: pii
              logicalTypeOptions: {format: email}
            - name: amount
              logicalType: number
              required: true
              logicalTypeOptions: {minimum: 0}
            - name: quantity
              logicalType: integer
              logicalTypeOptions: {minimum: 1}
            - name: status
              logicalType: string
              required: true
              quality:
                - metric: invalidValues
                  arguments: {validValues: [PLACED, PAID]}
                  mustBe: 0
            - name: createdAt
              logicalType: timestamp
            - name: lines
              logicalType: array
              logicalTypeOptions: {minItems: 1}
              items:
                logicalType: object
                properties:
                  - {name: sku, logicalType: string, required: true}
                  - {name: qty, logicalType: integer}
            - name: note
              logicalType: string
              logicalTypeOptions: {maxLength: 20}
      """;

  static final DataContract CONTRACT = DataContracts.parse(CONTRACT_YAML);
  static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
  static final ValidationOptions FIXED_CLOCK =
      ValidationOptions.defaults().withClock(Clock.fixed(NOW, ZoneOffset.UTC));

  enum Status {
    PLACED,
    PAID,
    LOST
  }

  record Line(@NotBlank String sku, @Positive int qty) {}

  record Order(
      @ContractField(name = "order_id") String orderId,
      String email,
      @DecimalMin("0.01") BigDecimal amount,
      @Max(1000) int quantity,
      Status status,
      @PastOrPresent Instant createdAt,
      List<Line> lines,
      Optional<@Size(max = 10) String> note) {}

  static Order order() {
    return new Order(
        "ORD-00000001",
        "ada@example.com",
        new BigDecimal("9.99"),
        3,
        Status.PAID,
        NOW.minusSeconds(60),
        List.of(new Line("SKU-1", 1)),
        Optional.of("gift"));
  }

  static final RecordValidator<Order> VALIDATOR =
      RecordValidator.of(CONTRACT, "orders", Order.class, FIXED_CLOCK);

  @Test
  void aValidRecordIsValid() {
    assertThat(VALIDATOR.validate(order())).isSameAs(ValidationResult.valid());
    assertThat(VALIDATOR.isValid(order())).isTrue();
  }

  @Test
  void contractRulesAndBeanValidationConstraintsAreReportedTogether() {
    Order bad =
        new Order(
            "ORD-1",
            "ada@example.com",
            new BigDecimal("0.00"),
            0,
            Status.LOST,
            NOW.plusSeconds(60),
            List.of(new Line(" ", 0)),
            Optional.of("a note of 14 c"));

    ValidationResult r = VALIDATOR.validate(bad);

    assertThat(r.violations())
        .extracting(Violation::path, Violation::rule)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("order_id", "pattern"),
            org.assertj.core.groups.Tuple.tuple("amount", "minimum"),
            org.assertj.core.groups.Tuple.tuple("quantity", "minimum"),
            org.assertj.core.groups.Tuple.tuple("status", "validValues"),
            org.assertj.core.groups.Tuple.tuple("createdAt", "pastOrPresent"),
            org.assertj.core.groups.Tuple.tuple("lines[0].sku", "notBlank"),
            org.assertj.core.groups.Tuple.tuple("lines[0].qty", "exclusiveMinimum"),
            org.assertj.core.groups.Tuple.tuple("note", "maxLength"));
    assertThat(r.violations().get(1).message()).isEqualTo("must be at least 0.01 but was 0.00");
    assertThat(r.violations().get(4).message()).startsWith("must be in the past or the present");
  }

  @Test
  void absentOptionalAndMissingRequiredValues() {
    Order noNote =
        new Order(
            "ORD-00000001",
            null,
            BigDecimal.ONE,
            1,
            Status.PLACED,
            null,
            List.of(new Line("a", 1)),
            Optional.empty());
    Order noAmount =
        new Order(
            "ORD-00000001",
            null,
            null,
            1,
            Status.PLACED,
            null,
            List.of(new Line("a", 1)),
            Optional.empty());

    assertThat(VALIDATOR.validate(noNote).isValid()).isTrue();
    assertThat(VALIDATOR.validate(noAmount).violations())
        .containsExactly(new Violation("amount", "required", "is required but missing"));
  }

  @Test
  void classifiedValuesStayHidden() {
    Order leaky =
        new Order(
            "ORD-00000001",
            "secret@@x",
            BigDecimal.ONE,
            1,
            Status.PAID,
            null,
            List.of(new Line("a", 1)),
            Optional.empty());

    assertThat(VALIDATOR.validate(leaky).toString()).doesNotContain("secret").contains("email");
  }

  record Counted(@ContractField(name = "order_id") String orderId, @Even Integer quantity) {}

  @Test
  void constraintsMeshsdkCannotCompileRunThroughHibernateValidator() {
    DataContract c =
        DataContracts.parse(
            """
            apiVersion: v3.1.0
            kind: DataContract
            id: counted
            version: 1.0.0
            status: active
            schema:
              - name: orders
                properties:
                  - name: order_id
                    logicalType: string
                    logicalTypeOptions: {pattern: '^ORD-[0-9]{8}$'}
                  - name: quantity
                    logicalType: integer
            """);
    RecordValidator<Counted> v =
        RecordValidator.of(c, "orders", Counted.class, ValidationOptions.defaults());

    assertThat(v.validate(new Counted("ORD-00000001", 4)).isValid()).isTrue();
    assertThat(v.validate(new Counted("ORD-00000001", 3)).violations())
        .containsExactly(new Violation("quantity", "Even", "must be even"));
    assertThat(v.validate(new Counted("ORD-1", 3)).rules()).containsExactly("pattern", "Even");
  }

  record Same(
      @ContractField(name = "order_id")
          @jakarta.validation.constraints.Pattern(regexp = "ORD-[0-9]{8}")
          String orderId,
      @jakarta.validation.constraints.PositiveOrZero BigDecimal amount,
      String status) {}

  @Test
  void aConstraintThatRepeatsTheContractIsCheckedAndReportedOnce() {
    RecordValidator<Same> v = RecordValidator.of(CONTRACT, "orders", Same.class);

    assertThat(v.validate(new Same("ORD-1", new BigDecimal("-1"), "PAID")).rules())
        .containsExactly("pattern", "minimum");
  }

  record Extra(
      @ContractField(name = "order_id") String orderId,
      BigDecimal amount,
      String status,
      String secret) {}

  @Test
  void componentsTheContractDoesNotDeclareAreViolationsWhenSet() {
    RecordValidator<Extra> v = RecordValidator.of(CONTRACT, "orders", Extra.class);

    assertThat(v.validate(new Extra("ORD-00000001", BigDecimal.ONE, "PAID", null)).isValid())
        .isTrue();
    assertThat(v.validate(new Extra("ORD-00000001", BigDecimal.ONE, "PAID", "x")).violations())
        .containsExactly(new Violation("secret", "undeclared", "is not declared in the contract"));
  }

  record MissingAmount(@ContractField(name = "order_id") String orderId, String status) {}

  @Test
  void aTypeWithoutAnAccessorForARequiredPropertyIsADefinitionError() {
    assertThatThrownBy(() -> RecordValidator.of(CONTRACT, "orders", MissingAmount.class))
        .isInstanceOf(ContractDefinitionException.class)
        .hasMessageContaining("property amount: the contract requires it but")
        .hasMessageContaining("has no accessor for it");
  }

  record WrongType(
      @ContractField(name = "order_id") int orderId, BigDecimal amount, String status) {}

  @Test
  void aPrimitiveOfTheWrongLogicalTypeIsADefinitionError() {
    assertThatThrownBy(() -> RecordValidator.of(CONTRACT, "orders", WrongType.class))
        .isInstanceOf(ContractDefinitionException.class)
        .hasMessage(
            "schema object 'orders', property order_id: the contract says string but the Java type is int");
  }

  /** A JavaBean works like a record. */
  public static final class Bean {
    private final String orderId;

    Bean(String orderId) {
      this.orderId = orderId;
    }

    /**
     * The id.
     *
     * @return the id
     */
    @ContractField(name = "order_id")
    public String getOrderId() {
      return orderId;
    }

    /**
     * The amount.
     *
     * @return the amount
     */
    public BigDecimal getAmount() {
      return BigDecimal.TEN;
    }

    /**
     * The status.
     *
     * @return the status
     */
    public String getStatus() {
      return "PAID";
    }
  }

  @Test
  void beansAreReadThroughTheirGetters() {
    RecordValidator<Bean> v = RecordValidator.of(CONTRACT, "orders", Bean.class);

    assertThat(v.validate(new Bean("ORD-00000001")).isValid()).isTrue();
    assertThat(v.validate(new Bean("nope")).rules()).containsExactly("pattern");
  }

  /** A bean whose getter names start with an acronym. */
  public static final class Link {
    private final String url;

    /**
     * Creates a link.
     *
     * @param url the address
     */
    public Link(String url) {
      this.url = url;
    }

    /**
     * The address.
     *
     * @return the address
     */
    public String getURL() {
      return url;
    }
  }

  @Test
  void derivationAndValidationNameAcronymGettersAlikeTheJavaBeansWay() {
    DataContract derived = DataContracts.derive(Link.class);
    SchemaObject object = derived.schema().get(0);

    assertThat(object.properties()).extracting(p -> p.name().orElseThrow()).containsExactly("URL");
    RecordValidator<Link> v = RecordValidator.of(derived, object.name(), Link.class);
    assertThat(v.validate(new Link("https://example.com")).isValid()).isTrue();
  }
}
