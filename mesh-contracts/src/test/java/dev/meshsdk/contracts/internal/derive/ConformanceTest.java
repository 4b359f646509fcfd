package dev.meshsdk.contracts.internal.derive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.meshsdk.contracts.ContractDefinitionException;
import dev.meshsdk.contracts.DataContract;
import dev.meshsdk.contracts.DataContracts;
import dev.meshsdk.contracts.Drift;
import dev.meshsdk.contracts.DriftKind;
import dev.meshsdk.contracts.annotation.ContractField;
import dev.meshsdk.contracts.annotation.ContractSchema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ConformanceTest {

  // -------------------------------------------------------------------------------------------
  // Fixtures

  enum Status {
    NEW,
    PAID,
    SHIPPED
  }

  record Line(@NotBlank @Size(max = 20) String sku, @Positive int quantity) {}

  record Order(
      @NotNull UUID orderId,
      @NotNull @Email String email,
      @NotNull Status status,
      @NotEmpty List<@NotNull Line> lines,
      Optional<String> note,
      @NotNull Instant createdAt) {}

  private static final String HEADER =
      """
      apiVersion: v3.1.0
      kind: DataContract
      id: orders
      version: 1.0.0
      status: active
      """;

  private static final String ORDER_PROPERTIES =
      """
      - name: orderId
        logicalType: string
        logicalTypeOptions: {format: uuid}
        required: true
      - name: email
        logicalType: string
        logicalTypeOptions: {format: email}
        required: true
      - name: status
        logicalType: string
        required: true
        quality:
          - metric: invalidValues
            arguments: {validValues: [NEW, PAID, SHIPPED]}
            mustBe: 0
      - name: lines
        logicalType: array
        logicalTypeOptions: {minItems: 1}
        required: true
        items:
          logicalType: object
          properties:
            - name: sku
              logicalType: string
              logicalTypeOptions: {minLength: 1, maxLength: 20}
              required: true
            - name: quantity
              logicalType: integer
              logicalTypeOptions: {minimum: 1}
              required: true
      - name: note
        logicalType: string
      - name: createdAt
        logicalType: timestamp
        required: true
      """;

  /** A v3.1.0 contract with one schema object of that name and those properties. */
  private static DataContract contract(String object, String propertiesYaml) {
    return contract(HEADER, object, propertiesYaml);
  }

  private static DataContract contract(String header, String object, String propertiesYaml) {
    DataContract c =
        DataContracts.parse(
            header
                + "schema:\n  - name: "
                + object
                + "\n    properties:\n"
                + propertiesYaml.indent(6));
    assertThat(DataContracts.check(c)).as("the test contract itself").isEmpty();
    return c;
  }

  private static DataContract orders(String propertiesYaml) {
    return contract("order", propertiesYaml);
  }

  private static List<Drift> drifts(Class<?> type, DataContract contract) {
    return ContractDeriver.conformance(type, contract);
  }

  // -------------------------------------------------------------------------------------------
  // Tests

  @Test
  void aTypeThatMatchesItsContractHasNoDrift() {
    assertThat(DataContracts.conformance(Order.class, orders(ORDER_PROPERTIES))).isEmpty();
  }

  @Test
  void codeStricterThanTheContractIsNoDrift() {
    String looser =
        ORDER_PROPERTIES
            .replace("logicalTypeOptions: {minLength: 1, maxLength: 20}", "")
            .replace("logicalTypeOptions: {minimum: 1}", "")
            .replace("logicalTypeOptions: {minItems: 1}", "")
            .replace("required: true", "required: false");

    assertThat(drifts(Order.class, orders(looser))).isEmpty();
  }

  @Nested
  class Fields {
    @Test
    void aContractPropertyWithoutFieldIsMissingInCode() {
      String more =
          ORDER_PROPERTIES
              + """
              - name: discount
                logicalType: number
              """;

      assertThat(drifts(Order.class, orders(more)))
          .extracting(Drift::path, Drift::kind, Drift::message)
          .containsExactly(
              tuple(
                  "discount",
                  DriftKind.MISSING_IN_CODE,
                  "the contract has number 'discount' but the Java type has no such field"));
    }

    @Test
    void aFieldTheContractLacksIsMissingInContract() {
      String fewer =
          ORDER_PROPERTIES.replace(
              """
              - name: note
                logicalType: string
              """,
              "");

      assertThat(drifts(Order.class, orders(fewer)))
          .extracting(Drift::path, Drift::kind, Drift::message)
          .containsExactly(
              tuple(
                  "note",
                  DriftKind.MISSING_IN_CONTRACT,
                  "the Java type has string 'note' that the contract does not list"));
    }

    @Test
    void nestedFieldsAreComparedWithArrayItemsLeftOutOfThePath() {
      String renamed = ORDER_PROPERTIES.replace("- name: sku", "- name: article");

      assertThat(drifts(Order.class, orders(renamed)))
          .extracting(Drift::path, Drift::kind)
          .containsExactly(
              tuple("lines.article", DriftKind.MISSING_IN_CODE),
              tuple("lines.sku", DriftKind.MISSING_IN_CONTRACT));
    }

    record Address(@NotNull @Size(max = 2) String country) {}

    record Shipping(@NotNull Address address) {}

    record Parcel(@NotNull Shipping shipping) {}

    @Test
    void objectsAreComparedAtAnyDepth() {
      DataContract contract =
          contract(
              "parcel",
              """
              - name: shipping
                logicalType: object
                required: true
                properties:
                  - name: address
                    logicalType: object
                    required: true
                    properties:
                      - name: country
                        logicalType: string
                        logicalTypeOptions: {maxLength: 1}
                        required: true
              """);

      assertThat(drifts(Parcel.class, contract))
          .extracting(Drift::path, Drift::kind)
          .containsExactly(tuple("shipping.address.country", DriftKind.WEAKER_CONSTRAINT));
    }

    @Test
    void anObjectWithoutListedPropertiesTakesAnyFields() {
      DataContract contract =
          contract(
              "parcel",
              """
              - name: shipping
                logicalType: object
                required: true
              """);

      assertThat(drifts(Parcel.class, contract)).isEmpty();
    }

    @Test
    void aPropertyWithoutLogicalTypeTakesAnyType() {
      DataContract contract =
          contract(
              "parcel",
              """
              - name: shipping
              """);

      assertThat(drifts(Parcel.class, contract)).isEmpty();
    }
  }

  @Nested
  class Types {
    record Counter(int count, double ratio, @NotNull LocalDateTime at) {}

    @Test
    void anIntWhereTheContractSaysStringIsATypeMismatch() {
      DataContract contract =
          contract(
              "counter",
              """
              - name: count
                logicalType: string
              - name: ratio
                logicalType: number
              - name: at
                logicalType: timestamp
              """);

      assertThat(drifts(Counter.class, contract))
          .extracting(Drift::path, Drift::kind, Drift::message)
          .containsExactly(
              tuple(
                  "count",
                  DriftKind.TYPE_MISMATCH,
                  "the contract's type is string but the Java type's is integer (i32)"));
    }

    @Test
    void integerAgainstNumberCounts() {
      DataContract contract =
          contract(
              "counter",
              """
              - name: count
                logicalType: number
              - name: ratio
                logicalType: integer
              - name: at
                logicalType: timestamp
              """);

      assertThat(drifts(Counter.class, contract))
          .extracting(Drift::path, Drift::kind)
          .containsExactly(
              tuple("count", DriftKind.TYPE_MISMATCH), tuple("ratio", DriftKind.TYPE_MISMATCH));
    }

    @Test
    void aTimestampWithoutZoneWhereTheContractWantsOneIsATypeMismatch() {
      DataContract contract =
          contract(
              "counter",
              """
              - name: count
                logicalType: integer
              - name: ratio
                logicalType: number
              - name: at
                logicalType: timestamp
                logicalTypeOptions: {timezone: true}
              """);

      assertThat(drifts(Counter.class, contract))
          .extracting(Drift::path, Drift::kind)
          .containsExactly(tuple("at", DriftKind.TYPE_MISMATCH));
    }
  }

  @Nested
  class Required {
    @Test
    void requiredInTheContractButOptionalInCodeIsARequiredMismatch() {
      String required =
          ORDER_PROPERTIES.replace(
              """
              - name: note
                logicalType: string
              """,
              """
              - name: note
                logicalType: string
                required: true
              """);

      assertThat(drifts(Order.class, orders(required)))
          .extracting(Drift::path, Drift::kind, Drift::message)
          .containsExactly(
              tuple(
                  "note",
                  DriftKind.REQUIRED_MISMATCH,
                  "the contract requires a value but the Java type allows none (an Optional, or"
                      + " no @NotNull, @NotBlank or @NotEmpty on a reference type)"));
    }

    record Item(String code, @NotNull String name) {}

    record Basket(@NotNull Item item, List<String> notes) {}

    @Test
    void requiredNamesOfTheParentObjectAndItemsCount() {
      DataContract contract =
          contract(
              "basket",
              """
              - name: item
                logicalType: object
                required: true
                logicalTypeOptions: {required: [code, name]}
                properties:
                  - name: code
                    logicalType: string
                  - name: name
                    logicalType: string
              - name: notes
                logicalType: array
                items:
                  logicalType: string
                  required: true
              """);

      assertThat(drifts(Basket.class, contract))
          .extracting(Drift::path, Drift::kind)
          .containsExactly(
              tuple("item.code", DriftKind.REQUIRED_MISMATCH),
              tuple("notes", DriftKind.REQUIRED_MISMATCH));
    }
  }

  @Nested
  class WeakerConstraints {
    record Text(
        @Size(min = 2, max = 30) String name,
        @NotNull String code,
        String mail,
        @Pattern(regexp = "[A-Z]+") String upper) {}

    @Test
    void longerShorterUnpatternedAndUnformattedStringsAreWeaker() {
      DataContract contract =
          contract(
              "text",
              """
              - name: name
                logicalType: string
                logicalTypeOptions: {minLength: 3, maxLength: 20}
              - name: code
                logicalType: string
                logicalTypeOptions: {pattern: '^[A-Z]{3}$'}
                required: true
              - name: mail
                logicalType: string
                logicalTypeOptions: {format: email}
              - name: upper
                logicalType: string
                logicalTypeOptions: {pattern: '^[A-Z]+$', format: password}
              """);

      assertThat(drifts(Text.class, contract))
          .extracting(Drift::path, Drift::kind, Drift::message)
          .containsExactly(
              tuple(
                  "name",
                  DriftKind.WEAKER_CONSTRAINT,
                  "the contract needs at least 3 characters but the Java type allows 2 (use"
                      + " @Size(min) or @NotBlank)"),
              tuple(
                  "name",
                  DriftKind.WEAKER_CONSTRAINT,
                  "the contract allows at most 20 characters but the Java type allows 30 (use"
                      + " @Size(max))"),
              tuple(
                  "code",
                  DriftKind.WEAKER_CONSTRAINT,
                  "the contract's values match the pattern '^[A-Z]{3}$' but the Java type has no"
                      + " @Pattern"),
              tuple(
                  "mail",
                  DriftKind.WEAKER_CONSTRAINT,
                  "the contract's values have the format email but the Java type's have none (use"
                      + " @Email)"));
    }

    record Amounts(
        @Min(0) @Max(1000) long quantity,
        long total,
        @PositiveOrZero double ratio,
        double price,
        @Positive int count) {}

    @Test
    void widerBoundsAreWeaker() {
      DataContract contract =
          contract(
              "amounts",
              """
              - name: quantity
                logicalType: integer
                logicalTypeOptions: {format: i32, minimum: 0, maximum: 500}
              - name: total
                logicalType: integer
                logicalTypeOptions: {format: i32}
              - name: ratio
                logicalType: number
                logicalTypeOptions: {exclusiveMinimum: 0}
              - name: price
                logicalType: number
                logicalTypeOptions: {format: f32}
              - name: count
                logicalType: integer
                logicalTypeOptions: {minimum: 1, format: i32}
              """);

      assertThat(drifts(Amounts.class, contract))
          .extracting(Drift::path, Drift::kind, Drift::message)
          .containsExactly(
              tuple(
                  "quantity",
                  DriftKind.WEAKER_CONSTRAINT,
                  "the contract's values are <= 500 but the Java type allows values <= 1000 (use"
                      + " @Max, @DecimalMax, @Negative or @NegativeOrZero)"),
              tuple(
                  "total",
                  DriftKind.WEAKER_CONSTRAINT,
                  "the contract's values are >= -2147483648 but the Java type allows values >="
                      + " -9223372036854775808 (use @Min, @DecimalMin, @Positive or"
                      + " @PositiveOrZero)"),
              tuple(
                  "total",
                  DriftKind.WEAKER_CONSTRAINT,
                  "the contract's values are <= 2147483647 but the Java type allows values <="
                      + " 9223372036854775807 (use @Max, @DecimalMax, @Negative or"
                      + " @NegativeOrZero)"),
              tuple(
                  "ratio",
                  DriftKind.WEAKER_CONSTRAINT,
                  "the contract's values are > 0 but the Java type allows values >= 0 (use @Min,"
                      + " @DecimalMin, @Positive or @PositiveOrZero)"),
              tuple(
                  "price",
                  DriftKind.WEAKER_CONSTRAINT,
                  "the contract's values are f32 but the Java type is a double (f64)"));
    }

    @Test
    void aBoundedLongFitsAnI32Contract() {
      DataContract contract =
          contract(
              "amounts",
              """
              - name: quantity
                logicalType: integer
                logicalTypeOptions: {format: i32}
              - name: total
                logicalType: integer
              - name: ratio
                logicalType: number
              - name: price
                logicalType: number
              - name: count
                logicalType: integer
                logicalTypeOptions: {exclusiveMinimum: 0.5}
              """);

      assertThat(drifts(Amounts.class, contract)).isEmpty();
    }

    record Tags(
        List<String> tags, @Size(max = 20) List<String> labels, Set<@Size(max = 5) String> codes) {}

    @Test
    void moreItemsAndDuplicatesAreWeaker() {
      DataContract contract =
          contract(
              "tags",
              """
              - name: tags
                logicalType: array
                logicalTypeOptions: {uniqueItems: true, minItems: 1}
                items: {logicalType: string}
              - name: labels
                logicalType: array
                logicalTypeOptions: {maxItems: 10}
                items: {logicalType: string}
              - name: codes
                logicalType: array
                logicalTypeOptions: {uniqueItems: true}
                items:
                  logicalType: string
                  logicalTypeOptions: {maxLength: 3}
              """);

      assertThat(drifts(Tags.class, contract))
          .extracting(Drift::path, Drift::kind, Drift::message)
          .containsExactly(
              tuple(
                  "tags",
                  DriftKind.WEAKER_CONSTRAINT,
                  "the contract needs at least 1 items but the Java type allows 0 (use @Size(min)"
                      + " or @NotEmpty)"),
              tuple(
                  "tags",
                  DriftKind.WEAKER_CONSTRAINT,
                  "the contract's items are unique (uniqueItems: true) but the Java type is not a"
                      + " Set"),
              tuple(
                  "labels",
                  DriftKind.WEAKER_CONSTRAINT,
                  "the contract allows at most 10 items but the Java type allows 20 (use"
                      + " @Size(max))"),
              tuple(
                  "codes",
                  DriftKind.WEAKER_CONSTRAINT,
                  "the contract allows at most 3 characters but the Java type allows 5 (use"
                      + " @Size(max))"));
    }

    record Ticket(@NotNull Status status, @NotNull String priority) {}

    @Test
    void anEnumWithValuesTheContractLacksIsWeaker() {
      DataContract contract =
          contract(
              "ticket",
              """
              - name: status
                logicalType: string
                required: true
                quality:
                  - metric: invalidValues
                    arguments: {validValues: [NEW, PAID]}
                    mustBe: 0
              - name: priority
                logicalType: string
                required: true
                quality:
                  - metric: invalidValues
                    arguments: {validValues: [low, high]}
                    mustBe: 0
              """);

      assertThat(drifts(Ticket.class, contract))
          .extracting(Drift::path, Drift::kind, Drift::message)
          .containsExactly(
              tuple(
                  "status",
                  DriftKind.WEAKER_CONSTRAINT,
                  "the Java type allows [SHIPPED], which the contract does not (it allows only"
                      + " [NEW, PAID])"),
              tuple(
                  "priority",
                  DriftKind.WEAKER_CONSTRAINT,
                  "the contract allows only [low, high] but the Java type allows any value"));
    }

    @Test
    void v32EnumValuesRestrictToo() {
      DataContract contract =
          contract(
              HEADER.replace("v3.1.0", "v3.2.0"),
              "ticket",
              """
              - name: status
                logicalType: string
                required: true
                enum:
                  - value: NEW
                  - value: PAID
                  - value: SHIPPED
                  - value: CANCELLED
              - name: priority
                logicalType: string
                required: true
              """);

      assertThat(drifts(Ticket.class, contract)).isEmpty();
      assertThat(
              drifts(
                  Ticket.class,
                  contract(
                      HEADER.replace("v3.1.0", "v3.2.0"),
                      "ticket",
                      """
                      - name: status
                        logicalType: string
                        required: true
                        enum: [{value: NEW}]
                      - name: priority
                        logicalType: string
                        required: true
                      """)))
          .extracting(Drift::path, Drift::kind)
          .containsExactly(tuple("status", DriftKind.WEAKER_CONSTRAINT));
    }

    record Scores(Map<String, @Max(10) Integer> scores) {}

    @Test
    void v32MapValuesAreComparedAtTheMapsPath() {
      DataContract contract =
          contract(
              HEADER.replace("v3.1.0", "v3.2.0"),
              "scores",
              """
              - name: scores
                logicalType: map
                map:
                  key: {logicalType: string}
                  value:
                    logicalType: integer
                    logicalTypeOptions: {maximum: 5}
              """);

      assertThat(drifts(Scores.class, contract))
          .extracting(Drift::path, Drift::kind)
          .containsExactly(tuple("scores", DriftKind.WEAKER_CONSTRAINT));
    }
  }

  @Nested
  class SchemaObjects {
    @ContractSchema(object = "purchases")
    record Purchase(@ContractField(name = "purchase_id") @NotNull String id) {}

    record Refund(String id) {}

    private static final String TWO_OBJECTS =
        HEADER
            + """
            schema:
              - name: purchases
                properties:
                  - name: purchase_id
                    logicalType: string
                    required: true
              - name: refunds
                properties:
                  - name: id
                    logicalType: string
            """;

    @Test
    void theObjectNamedByContractSchemaIsCompared() {
      assertThat(drifts(Purchase.class, DataContracts.parse(TWO_OBJECTS))).isEmpty();
    }

    @Test
    void theOnlyObjectIsComparedWhateverItsName() {
      DataContract contract =
          contract(
              "anything",
              """
              - name: id
                logicalType: string
              """);

      assertThat(drifts(Refund.class, contract)).isEmpty();
    }

    @Test
    void aMissingNamedObjectIsRefused() {
      DataContract contract =
          contract(
              "anything",
              """
              - name: id
                logicalType: string
              """);

      assertThatThrownBy(() -> drifts(Purchase.class, contract))
          .isInstanceOf(ContractDefinitionException.class)
          .hasMessage(
              "The contract orders has no schema object 'purchases' (named by"
                  + " @ContractSchema(object) on "
                  + Purchase.class.getName()
                  + "); it has [anything]");
    }

    @Test
    void noMatchAmongSeveralObjectsIsRefused() {
      assertThatThrownBy(() -> drifts(Refund.class, DataContracts.parse(TWO_OBJECTS)))
          .isInstanceOf(ContractDefinitionException.class)
          .hasMessage(
              "The contract orders has no schema object 'refund' for "
                  + Refund.class.getName()
                  + " and several: [purchases, refunds]; name one with @ContractSchema(object ="
                  + " ...)");
    }

    record Node(String name, List<Node> children) {}

    @Test
    void aRecursiveTypeIsRefused() {
      DataContract contract =
          contract(
              "node",
              """
              - name: name
                logicalType: string
              """);

      assertThatThrownBy(() -> drifts(Node.class, contract))
          .isInstanceOf(ContractDefinitionException.class)
          .hasMessageContaining("contains itself at 'children'");
    }
  }
}
