package dev.meshsdk.testkit.generate;

import static dev.meshsdk.testkit.generate.RecordGeneratorPropertyTest.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meshsdk.contracts.ContractDefinitionException;
import dev.meshsdk.contracts.DataContract;
import dev.meshsdk.contracts.DataContracts;
import dev.meshsdk.contracts.RecordValidator;
import dev.meshsdk.contracts.annotation.ContractField;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class RecordGeneratorTest {
  private static final DataContract ORDERS = resource("contracts/orders.odcs.yaml");
  private static final DataContract EVERYTHING = resource("contracts/everything.odcs.yaml");

  enum Status {
    PLACED,
    PAID,
    SHIPPED
  }

  record Line(String sku, int quantity) {}

  record Shipping(String city, String country) {}

  record Order(
      String order_id,
      Instant placed_at,
      Optional<LocalDate> delivery_date,
      BigDecimal total,
      Status status,
      @ContractField(name = "customer_email") Optional<String> customerEmail,
      List<Line> lines,
      @Nullable Shipping shipping) {}

  @Test
  void buildsTypedRecordsWithNestingThatTheTypedValidatorAccepts() {
    RecordGenerator<Order> orders = RecordGenerator.of(ORDERS, "orders", Order.class);
    RecordValidator<Order> validator = RecordValidator.of(ORDERS, "orders", Order.class);

    List<Order> sample = orders.sample(60);

    assertThat(sample).allSatisfy(o -> assertThat(validator.validate(o).violations()).isEmpty());
    assertThat(sample).anySatisfy(o -> assertThat(o.lines()).isNotEmpty());
    assertThat(sample).anySatisfy(o -> assertThat(o.shipping()).isNotNull());
    assertThat(sample).anySatisfy(o -> assertThat(o.delivery_date()).isEmpty());
    assertThat(sample).anySatisfy(o -> assertThat(o.customerEmail()).isPresent());
    assertThat(sample.get(0).order_id()).matches("ORD-[0-9]{8}");
    assertThat(sample.get(0).lines()).allSatisfy(l -> assertThat(l.quantity()).isBetween(1, 99));
  }

  @Test
  void typedAndMapGeneratorsWithTheSameSeedDescribeTheSameRecords() {
    Map<String, Object> map = RecordGenerator.of(ORDERS, "orders").sample(1).get(0);
    Order order = RecordGenerator.of(ORDERS, "orders", Order.class).sample(1).get(0);

    assertThat(order.order_id()).isEqualTo(map.get("order_id"));
    assertThat(order.status().name()).isEqualTo(map.get("status"));
    assertThat(order.total()).isEqualByComparingTo((BigDecimal) map.get("total"));
  }

  @Test
  void mixesInOptionalAbsentNullEdgeAndUnicodeValues() {
    List<Map<String, Object>> sample = RecordGenerator.of(EVERYTHING, "everything").sample(300);

    assertThat(sample).anySatisfy(r -> assertThat(r).doesNotContainKey("flag"));
    assertThat(sample).anySatisfy(r -> assertThat(r).containsEntry("flag", null));
    assertThat(sample).anySatisfy(r -> assertThat(r.get("flag")).isInstanceOf(Boolean.class));
    assertThat(sample).anySatisfy(r -> assertThat(r.get("small")).isIn(-5L, 5000L));
    assertThat(sample)
        .anySatisfy(r -> assertThat(r.get("big")).isIn(Long.MIN_VALUE, Long.MAX_VALUE));
    assertThat(sample)
        .anySatisfy(r -> assertThat(r.get("birthday")).isIn("1900-01-01", "2020-12-31"));
    assertThat(sample).anySatisfy(r -> assertThat((List<?>) r.get("tags")).hasSize(2));
    assertThat(sample).anySatisfy(r -> assertThat((List<?>) r.get("tags")).hasSize(6));
    assertThat(sample).anySatisfy(r -> assertThat((List<?>) r.get("matrix")).isEmpty());
    assertThat(sample).anySatisfy(r -> assertThat((String) r.get("free")).hasSize(10));
    assertThat(sample)
        .anySatisfy(
            r ->
                assertThat((String) r.get("longText"))
                    .matches(s -> s.chars().anyMatch(c -> c > 127)));
    assertThat(sample)
        .allSatisfy(r -> assertThat((String) r.get("code")).matches("[A-Z]{3}-[0-9]{4,6}"));
    assertThat(sample)
        .filteredOn(r -> r.get("lookahead") != null)
        .allSatisfy(
            r -> assertThat((String) r.get("lookahead")).matches("(?=[a-z]*\\d)[a-z0-9]{3}"));
  }

  @Test
  void invalidRecordNamesItsRuleAndPath() {
    RecordGenerator<Map<String, Object>> orders = RecordGenerator.of(ORDERS, "orders");

    InvalidRecord r = orders.invalid("pattern").orElseThrow();

    assertThat(r.rule()).isEqualTo("pattern");
    assertThat(r.path()).isIn("order_id", "lines[0].sku", "shipping.country");
    assertThat(RecordValidator.of(ORDERS, "orders").validate(r.record()).violations())
        .singleElement()
        .satisfies(v -> assertThat(v.path()).isEqualTo(r.path()));
    assertThat(r.toString()).isEqualTo("InvalidRecord[rule=pattern, path=" + r.path() + "]");
  }

  @Test
  void acceptsTheEnumAndAdditionalPropertiesAliases() {
    RecordGenerator<Map<String, Object>> orders = RecordGenerator.of(ORDERS, "orders");

    assertThat(orders.invalid("enum"))
        .get()
        .extracting(InvalidRecord::rule)
        .isEqualTo("validValues");
    assertThat(orders.invalid("additionalProperties"))
        .get()
        .extracting(InvalidRecord::rule)
        .isEqualTo("undeclared");
  }

  @Test
  void saysSoWhenTheContractHasNoSuchRule() {
    RecordGenerator<Map<String, Object>> orders = RecordGenerator.of(ORDERS, "orders");

    assertThat(orders.invalid("uniqueItems")).isEmpty();
    assertThat(orders.invalid("no such rule")).isEmpty();
    assertThat(orders.rules())
        .contains("required", "pattern", "validValues")
        .doesNotContain("uniqueItems");
  }

  @Test
  void refusesAnUnknownSchemaObjectWithTheValidatorsMessage() {
    assertThatThrownBy(() -> RecordGenerator.of(ORDERS, "shipments"))
        .isInstanceOf(ContractDefinitionException.class)
        .hasMessageContaining("has no schema object 'shipments'");
  }

  @Test
  void failsClearlyWhenConstraintsExcludeEachOther() {
    DataContract impossible =
        DataContracts.parse(
            """
            apiVersion: v3.1.0
            kind: DataContract
            id: impossible
            version: 1.0.0
            status: draft
            schema:
              - name: things
                properties:
                  - {name: code, logicalType: string, required: true,
                     logicalTypeOptions: {pattern: "^[A-Z]{5}$", maxLength: 3}}
            """);
    RecordGenerator<Map<String, Object>> g = RecordGenerator.of(impossible, "things");

    assertThatThrownBy(() -> g.sample(1))
        .isInstanceOf(GenerationException.class)
        .hasMessageContaining("cannot generate a value for code")
        .hasMessageContaining("^[A-Z]{5}$");
  }

  @Test
  void optionsFailFastNamingTheOptionAndValue() {
    assertThatThrownBy(() -> GeneratorOptions.builder().optionalPresence(1.5).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "GeneratorOptions.optionalPresence must be a probability from 0 to 1 but was 1.5");
    assertThatThrownBy(() -> GeneratorOptions.builder().maxArraySize(-1).build())
        .hasMessage("GeneratorOptions.maxArraySize must be 0 to 10000 but was -1");
  }

  @Test
  void honoursPresenceAndSizeOptions() {
    GeneratorOptions none =
        GeneratorOptions.builder().optionalPresence(0).nullProbability(0).maxArraySize(0).build();

    List<Map<String, Object>> sample = RecordGenerator.of(ORDERS, "orders", none).sample(20);

    assertThat(sample)
        .allSatisfy(
            r ->
                assertThat(r)
                    .containsOnlyKeys("order_id", "placed_at", "total", "status", "lines"));
    assertThat(sample).allSatisfy(r -> assertThat((List<?>) r.get("lines")).isEmpty());
  }
}
