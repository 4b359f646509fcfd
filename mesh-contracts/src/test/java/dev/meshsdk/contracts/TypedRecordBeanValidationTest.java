package dev.meshsdk.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshsdk.contracts.annotation.ContractField;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Constraints meshsdk does not compile run through Hibernate Validator on every typed object of a
 * record, and are reported like the compiled ones: under the contract's names, at any depth, with
 * or without {@code @Valid}, and never quoting a classified value.
 */
class TypedRecordBeanValidationTest {
  static final DataContract CONTRACT =
      DataContracts.parse(
          """
          apiVersion: v3.1.0
          kind: DataContract
          id: shipments
          version: 1.0.0
          status: active
          schema:
            - name: shipments
              properties:
                - name: shipment_id
                  logicalType: string
                  required: true
                - name: secret_code
                  logicalType: string
                  classification: restricted
                - name: lines
                  logicalType: array
                  items:
                    logicalType: object
                    properties:
                      - name: sku
                        logicalType: string
                      - name: quantity
                        logicalType: integer
                - name: tags
                  logicalType: array
                  items:
                    logicalType: string
                - name: window
                  logicalType: object
                  properties:
                    - name: from
                      logicalType: integer
                    - name: to
                      logicalType: integer
                - name: by_depot
                  logicalType: map
                  map:
                    key: {logicalType: string}
                    value:
                      logicalType: object
                      properties:
                        - name: sku
                          logicalType: string
                        - name: quantity
                          logicalType: integer
          """);

  /** A line: no {@code @Valid} on the property that holds it. */
  record Line(@Shouted String sku, @Even Integer quantity) {}

  @Ordered
  record Window(int from, int to) implements Ordered.Range {}

  record Shipment(
      @ContractField(name = "shipment_id") @Shouted String shipmentId,
      @ContractField(name = "secret_code") @Shouted String secretCode,
      List<Line> lines,
      List<@Shouted String> tags,
      Optional<Window> window,
      @ContractField(name = "by_depot") Map<String, Line> byDepot) {}

  static final RecordValidator<Shipment> VALIDATOR =
      RecordValidator.of(CONTRACT, "shipments", Shipment.class);

  static Shipment valid() {
    return new Shipment(
        "SHP-1",
        "S3CRET",
        List.of(new Line("A-1", 2), new Line("B-2", 4)),
        List.of("FRAGILE"),
        Optional.of(new Window(1, 2)),
        Map.of("north", new Line("C-3", 6)));
  }

  @Test
  void aValidRecordPassesEveryRule() {
    assertThat(VALIDATOR.isValid(valid())).isTrue();
    assertThat(VALIDATOR.validate(valid()).isValid()).isTrue();
  }

  @Test
  void aRenamedPropertyIsReportedUnderItsContractName() {
    Shipment s = new Shipment("shp-1", "S3CRET", List.of(), List.of(), Optional.empty(), Map.of());

    assertThat(VALIDATOR.isValid(s)).isFalse();
    assertThat(VALIDATOR.validate(s).violations())
        .containsExactly(new Violation("shipment_id", "Shouted", "'shp-1' must be upper case"));
  }

  @Test
  void nestedObjectsWithoutValidAreCheckedAtTheirPaths() {
    Shipment s =
        new Shipment(
            "SHP-1",
            "S3CRET",
            List.of(new Line("A-1", 2), new Line("b-2", 3)),
            List.of(),
            Optional.empty(),
            Map.of("north", new Line("C-3", 5)));

    assertThat(VALIDATOR.isValid(s)).isFalse();
    assertThat(VALIDATOR.validate(s).violations())
        .containsExactlyInAnyOrder(
            new Violation("lines[1].sku", "Shouted", "'b-2' must be upper case"),
            new Violation("lines[1].quantity", "Even", "must be even"),
            new Violation("by_depot.north.quantity", "Even", "must be even"));
  }

  @Test
  void containerElementConstraintsAreReportedAtTheItem() {
    Shipment s =
        new Shipment(
            "SHP-1", "S3CRET", List.of(), List.of("OK", "fragile"), Optional.empty(), Map.of());

    assertThat(VALIDATOR.validate(s).violations())
        .containsExactly(new Violation("tags[1]", "Shouted", "'fragile' must be upper case"));
  }

  @Test
  void classLevelConstraintsOfNestedTypesAreReportedAtTheObject() {
    Shipment s =
        new Shipment(
            "SHP-1", "S3CRET", List.of(), List.of(), Optional.of(new Window(5, 1)), Map.of());

    assertThat(VALIDATOR.isValid(s)).isFalse();
    assertThat(VALIDATOR.validate(s).violations())
        .containsExactly(new Violation("window", "Ordered", "from must not be after to"));
  }

  @Test
  void aClassifiedValueQuotedByACustomValidatorNeverAppears() {
    Shipment s =
        new Shipment("SHP-1", "hunter2-secret", List.of(), List.of(), Optional.empty(), Map.of());

    ValidationResult r = VALIDATOR.validate(s);

    assertThat(r.violations())
        .containsExactly(new Violation("secret_code", "Shouted", "must satisfy @Shouted"));
    assertThat(r.toString()).doesNotContain("hunter2");
  }

  @Test
  void contractAndBeanViolationsComeTogether() {
    Shipment s =
        new Shipment(
            null, "S3CRET", List.of(new Line("x", 1)), List.of(), Optional.empty(), Map.of());

    assertThat(VALIDATOR.validate(s).violations())
        .containsExactly(
            new Violation("shipment_id", "required", "is required but missing"),
            new Violation("lines[0].sku", "Shouted", "'x' must be upper case"),
            new Violation("lines[0].quantity", "Even", "must be even"));
  }

  static final DataContract PLAIN =
      DataContracts.parse(
          """
          apiVersion: v3.1.0
          kind: DataContract
          id: plain
          version: 1.0.0
          status: active
          schema:
            - name: items
              properties:
                - name: sku
                  logicalType: string
                - name: email
                  logicalType: string
                - name: labels
                  logicalType: map
                  map:
                    key: {logicalType: string}
                    value: {logicalType: string}
                - name: window
                  logicalType: object
                  properties:
                    - {name: from, logicalType: integer}
                    - {name: to, logicalType: integer}
                - name: addresses
                - name: paid
          """);

  /** Its class-level constraint is inherited from an interface (not @Inherited, as usual). */
  @Ordered
  interface Span extends Ordered.Range {}

  record Interval(int from, int to) implements Span {}

  record Address(String street) {}

  /** A bean whose {@code Boolean isPaid()} is no property to Hibernate Validator. */
  public static final class Item {
    private final String sku;
    private final String email;
    private final Map<String, @Shouted String> labels;
    private final Interval window;
    private final List<Address> addresses;

    Item(String sku, String email, Map<String, String> labels, Interval window) {
      this.sku = sku;
      this.email = email;
      this.labels = labels;
      this.window = window;
      this.addresses = List.of(new Address("Main St 1"));
    }

    /**
     * The SKU.
     *
     * @return the SKU
     */
    public @Sku String getSku() {
      return sku;
    }

    /**
     * The email.
     *
     * @return the email
     */
    public @jakarta.validation.constraints.Email(regexp = ".+@example[.]com") String getEmail() {
      return email;
    }

    /**
     * The labels.
     *
     * @return the labels
     */
    public Map<String, @Shouted String> getLabels() {
      return labels;
    }

    /**
     * The window.
     *
     * @return the window
     */
    public Interval getWindow() {
      return window;
    }

    /**
     * Addresses, which the contract gives no logical type: the service's own records.
     *
     * @return the addresses
     */
    public List<Address> getAddresses() {
      return addresses;
    }

    /**
     * Paid, with a custom constraint Hibernate Validator never sees (a boxed is-getter).
     *
     * @return true
     */
    public @Shouted Boolean isPaid() {
      return Boolean.TRUE;
    }
  }

  static final RecordValidator<Item> ITEMS = RecordValidator.of(PLAIN, "items", Item.class);

  @Test
  void constraintsOfBeansMapsComposedAndInheritedConstraintsAreReportedOnce() {
    Item good = new Item("ABC-1", "a@example.com", Map.of("k", "UP"), new Interval(1, 2));
    Item bad = new Item("abc", "a@other.org", Map.of("k", "down"), new Interval(3, 1));

    assertThat(ITEMS.isValid(good)).isTrue();
    assertThat(ITEMS.validate(good).isValid()).isTrue();
    assertThat(ITEMS.isValid(bad)).isFalse();
    assertThat(ITEMS.validate(bad).violations())
        .extracting(Violation::path, Violation::rule)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("email", "Email"),
            org.assertj.core.groups.Tuple.tuple("labels.k", "Shouted"),
            org.assertj.core.groups.Tuple.tuple("sku", "Pattern"),
            org.assertj.core.groups.Tuple.tuple("window", "Ordered"));
  }

  /** A generic holder Hibernate Validator cannot extract values from. */
  record Box<T>(T value) {}

  record Boxed(Box<@Shouted String> box) {}

  @Test
  void aTypeHibernateValidatorCannotReadIsAContractDefinitionError() {
    DataContract c =
        DataContracts.parse(
            """
            apiVersion: v3.1.0
            kind: DataContract
            id: boxed
            version: 1.0.0
            status: active
            schema:
              - name: boxed
                properties:
                  - name: box
            """);

    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> RecordValidator.of(c, "boxed", Boxed.class))
        .isInstanceOf(ContractDefinitionException.class)
        .hasMessageContaining(Boxed.class.getName())
        .hasMessageContaining("cannot be read by Hibernate Validator");
  }
}
