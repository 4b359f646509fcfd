package dev.meshsdk.contracts.internal.derive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meshsdk.contracts.ContractDefinitionException;
import dev.meshsdk.contracts.CustomProperty;
import dev.meshsdk.contracts.DataContract;
import dev.meshsdk.contracts.DataContracts;
import dev.meshsdk.contracts.EnumValue;
import dev.meshsdk.contracts.JsonValue;
import dev.meshsdk.contracts.LogicalType;
import dev.meshsdk.contracts.LogicalTypeOptions;
import dev.meshsdk.contracts.OdcsVersion;
import dev.meshsdk.contracts.QualityMetric;
import dev.meshsdk.contracts.QualityOperator;
import dev.meshsdk.contracts.QualityRule;
import dev.meshsdk.contracts.SchemaObject;
import dev.meshsdk.contracts.SchemaProperty;
import dev.meshsdk.contracts.annotation.ContractField;
import dev.meshsdk.contracts.annotation.ContractSchema;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NegativeOrZero;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SortedSet;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ContractDeriverTest {

  // -------------------------------------------------------------------------------------------
  // Fixtures

  enum Status {
    NEW,
    PAID,
    SHIPPED
  }

  record Scalars(
      String text,
      CharSequence chars,
      char letter,
      Character boxedLetter,
      boolean flag,
      Boolean boxedFlag,
      byte tiny,
      Byte boxedTiny,
      short small,
      Short boxedSmall,
      int count,
      Integer boxedCount,
      long big,
      Long boxedBig,
      BigInteger huge,
      float ratio,
      Float boxedRatio,
      double amount,
      Double boxedAmount,
      BigDecimal exact,
      LocalDate day,
      Instant instant,
      OffsetDateTime offsetDateTime,
      ZonedDateTime zonedDateTime,
      LocalDateTime localDateTime,
      LocalTime localTime,
      OffsetTime offsetTime,
      UUID uuid,
      URI uri,
      URL url,
      Status status,
      byte[] payload) {}

  record Optionals(
      Optional<String> note,
      @NotNull Optional<@Size(max = 10) String> code,
      OptionalInt maybeInt,
      OptionalLong maybeLong,
      OptionalDouble maybeDouble,
      Optional<Line> line) {}

  record Line(
      @NotBlank @Size(max = 20) String sku,
      @Positive int quantity,
      @NotNull @Digits(integer = 5, fraction = 2) @DecimalMin("0.00") BigDecimal price) {}

  record Address(
      @NotBlank String street,
      @NotNull @Pattern(regexp = "[A-Z]{2}") String country,
      Optional<String> postcode) {}

  @ContractSchema(
      id = "urn:test:orders",
      name = "Orders",
      version = "2.1.0",
      domain = "sales",
      object = "orders",
      description = "One order per row")
  record Order(
      @ContractField(name = "order_id", primaryKey = true, description = "The order's id") @NotNull
          UUID orderId,
      @ContractField(
              classification = "restricted",
              examples = {"a@example.com"})
          @Email
          @NotNull
          String email,
      @NotNull Status status,
      @NotEmpty @Size(max = 100) List<@NotNull Line> lines,
      Set<@NotBlank String> tags,
      Address shippingAddress,
      @PastOrPresent @NotNull Instant createdAt,
      Map<String, @Positive Integer> counters) {}

  record Strings(
      @Size(min = 2, max = 5) String sized,
      @NotBlank String notBlank,
      @NotEmpty String notEmpty,
      @Pattern(regexp = "[A-Z]{3}") String code,
      @NotBlank @Pattern(regexp = "[a-z]+") String word,
      @Email String email,
      @Email(regexp = ".+@example\\.com") String companyEmail,
      @Pattern(regexp = "abc", flags = Pattern.Flag.CASE_INSENSITIVE) String caseless,
      @NotBlank @Size(max = 1) char initial,
      @Pattern(regexp = "[0-9]+") @Pattern(regexp = "\\d{4}") String repeated) {}

  record Numbers(
      @Min(1) @Max(10) int minMax,
      @DecimalMin(value = "0.5", inclusive = false) @DecimalMax(value = "99.5") double decimals,
      @Positive long positive,
      @PositiveOrZero short positiveOrZero,
      @Negative Integer negative,
      @NegativeOrZero byte negativeOrZero,
      @Min(0) @Positive @Min(3) int tightest,
      @Digits(integer = 5, fraction = 2) BigDecimal price,
      @Digits(integer = 3, fraction = 0) int threeDigits,
      @Min(5) String ignoredOnText) {}

  record Temporals(
      @Past LocalDate born,
      @Future Instant due,
      @PastOrPresent @NotNull OffsetDateTime seen,
      @AssertTrue boolean accepted) {}

  record Many(
      List<String> list,
      Set<Integer> set,
      SortedSet<String> sorted,
      Collection<UUID> collection,
      @Size(min = 1, max = 3) List<@NotBlank @Size(max = 8) String> codes,
      @Size(max = 2) String[] array,
      List<List<@Size(max = 3) String>> nested,
      @NotEmpty List<Line> lines,
      int[] numbers) {}

  record Maps(@Size(max = 5) Map<String, Integer> counters, Map<String, Line> lines) {}

  /** A bean: getters in the order of the fields, then the others by name. */
  public static final class Customer {
    @NotBlank private String name = "";
    private boolean active;

    @ContractField(name = "customer_id", primaryKey = true)
    @NotNull
    private Long id = 0L;

    private List<@Email String> emails = List.of();

    public String getName() {
      return name;
    }

    public boolean isActive() {
      return active;
    }

    public Long getId() {
      return id;
    }

    public List<String> getEmails() {
      return emails;
    }

    public String getDisplayName() {
      return name;
    }

    public int getAge() {
      return 0;
    }

    public static String getIgnored() {
      return "";
    }

    public String getWithParameter(int x) {
      return "" + x;
    }
  }

  record WithBean(@NotNull Customer customer) {}

  /** A generic bean superclass: its type variable is bound by the subclass. */
  public static class Base<T> {
    @NotNull private T value;

    Base(T value) {
      this.value = value;
    }

    public T getValue() {
      return value;
    }
  }

  /** A bean whose inherited getter returns the type argument it gives its superclass. */
  public static final class Labelled extends Base<String> {
    @Size(max = 4)
    private String label = "";

    Labelled() {
      super("");
    }

    public String getLabel() {
      return label;
    }
  }

  record Keys(
      @ContractField(primaryKey = true) String region,
      @ContractField(primaryKey = true, primaryKeyPosition = 1) String tenant,
      @ContractField(primaryKey = true) String code,
      @ContractField(examples = {"7", "x"}) int count,
      @ContractField(examples = {"1.50"}) BigDecimal price,
      @ContractField(examples = {"true"}) boolean flag) {}

  record Page<T>(List<T> items, int total) {}

  record Catalogue(Page<Line> lines, Page<Page<String>> nested) {}

  record Node(String name, List<Node> children) {}

  record Tree(String name, Branch root) {}

  record Branch(String label, Optional<Leaf> leaf) {}

  record Leaf(int weight, Branch parent) {}

  record Contradiction(@Min(10) @Max(5) int impossible) {}

  record SizeContradiction(@Size(min = 5, max = 2) String impossible) {}

  record Twins(@ContractField(name = "x") String a, @ContractField(name = "x") String b) {}

  record WithDuration(String name, Duration timeout) {}

  @SuppressWarnings("rawtypes")
  record RawList(List things) {}

  record BadPattern(@Pattern(regexp = "[unclosed") String code) {}

  record Empty() {}

  record OrderLine(String sku) {}

  record HTTPRequest(String path) {}

  // -------------------------------------------------------------------------------------------
  // Helpers

  private static DataContract derive(Class<?> type) {
    return ContractDeriver.derive(type);
  }

  private static SchemaProperty property(DataContract contract, String path) {
    String[] parts = path.split("\\.");
    SchemaObject object = contract.schema().get(0);
    SchemaProperty p =
        object.property(parts[0]).orElseThrow(() -> new AssertionError("no property " + parts[0]));
    for (int i = 1; i < parts.length; i++) {
      SchemaProperty current = p;
      while (current.items().isPresent()) {
        current = current.items().get();
      }
      String part = parts[i];
      p = current.property(part).orElseThrow(() -> new AssertionError("no property " + part));
    }
    return p;
  }

  private static SchemaProperty property(Class<?> type, String path) {
    return property(derive(type), path);
  }

  private static LogicalTypeOptions options(SchemaProperty p) {
    return p.logicalTypeOptions().orElse(LogicalTypeOptions.builder().build());
  }

  private static List<String> names(List<SchemaProperty> properties) {
    return properties.stream().map(p -> p.name().orElse("?")).toList();
  }

  private static Optional<JsonValue> custom(SchemaProperty p, String name) {
    return p.customProperties().stream()
        .filter(c -> c.property().equals(name))
        .map(CustomProperty::value)
        .findFirst();
  }

  // -------------------------------------------------------------------------------------------
  // Tests

  @Nested
  class Types {
    @ParameterizedTest
    @CsvSource(
        nullValues = "-",
        value = {
          "text, string, -",
          "chars, string, -",
          "letter, string, -",
          "boxedLetter, string, -",
          "flag, boolean, -",
          "boxedFlag, boolean, -",
          "tiny, integer, i8",
          "boxedTiny, integer, i8",
          "small, integer, i16",
          "boxedSmall, integer, i16",
          "count, integer, i32",
          "boxedCount, integer, i32",
          "big, integer, i64",
          "boxedBig, integer, i64",
          "huge, integer, -",
          "ratio, number, f32",
          "boxedRatio, number, f32",
          "amount, number, f64",
          "boxedAmount, number, f64",
          "exact, number, -",
          "day, date, -",
          "instant, timestamp, -",
          "offsetDateTime, timestamp, -",
          "zonedDateTime, timestamp, -",
          "localDateTime, timestamp, -",
          "localTime, time, -",
          "offsetTime, time, -",
          "uuid, string, uuid",
          "uri, string, uri",
          "url, string, uri",
          "status, string, -",
          "payload, string, byte"
        })
    void javaTypesMapToLogicalTypesAndFormats(String name, String logicalType, String format) {
      SchemaProperty p = property(Scalars.class, name);

      assertThat(p.logicalType()).contains(LogicalType.fromValue(logicalType).orElseThrow());
      assertThat(options(p).format()).isEqualTo(Optional.ofNullable(format));
    }

    @ParameterizedTest
    @CsvSource({
      "instant, true",
      "offsetDateTime, true",
      "zonedDateTime, true",
      "localDateTime, false",
      "localTime, false",
      "offsetTime, true"
    })
    void timestampsAndTimesSayWhetherTheyCarryATimezone(String name, boolean timezone) {
      assertThat(options(property(Scalars.class, name)).timezone()).contains(timezone);
    }

    @Test
    void aCharIsAStringOfOneCharacter() {
      LogicalTypeOptions o = options(property(Scalars.class, "letter"));

      assertThat(o.minLength()).contains(1);
      assertThat(o.maxLength()).contains(1);
    }

    @Test
    void propertiesKeepTheOrderOfTheRecordComponents() {
      assertThat(names(derive(Scalars.class).schema().get(0).properties()))
          .startsWith("text", "chars", "letter", "boxedLetter", "flag")
          .endsWith("status", "payload");
    }

    @Test
    void anEnumIsAStringWithAnInvalidValuesRule() {
      SchemaProperty p = property(Scalars.class, "status");

      assertThat(p.enumValues()).isEmpty();
      assertThat(p.quality()).hasSize(1);
      QualityRule rule = p.quality().get(0);
      assertThat(rule.metric()).contains(QualityMetric.INVALID_VALUES);
      assertThat(rule.arguments().get("validValues"))
          .isEqualTo(
              new JsonValue.Arr(
                  List.of(JsonValue.of("NEW"), JsonValue.of("PAID"), JsonValue.of("SHIPPED"))));
      assertThat(rule.operators()).containsEntry(QualityOperator.MUST_BE, JsonValue.of(0));
    }

    @Test
    void anEnumInV32AlsoHasEnumValues() {
      DataContract contract = ContractDeriver.derive(Scalars.class, OdcsVersion.V3_2_0);
      SchemaProperty p = property(contract, "status");

      assertThat(p.enumValues())
          .containsExactly(EnumValue.of("NEW"), EnumValue.of("PAID"), EnumValue.of("SHIPPED"));
      assertThat(p.quality()).hasSize(1);
      assertThat(DataContracts.check(contract)).isEmpty();
    }

    @Test
    void optionalsAreTheirValueTypeAndNeverRequired() {
      DataContract c = derive(Optionals.class);

      assertThat(property(c, "note").logicalType()).contains(LogicalType.STRING);
      assertThat(property(c, "code").isRequired()).isFalse();
      assertThat(options(property(c, "code")).maxLength()).contains(10);
      assertThat(property(c, "maybeInt").logicalType()).contains(LogicalType.INTEGER);
      assertThat(options(property(c, "maybeInt")).format()).contains("i32");
      assertThat(options(property(c, "maybeLong")).format()).contains("i64");
      assertThat(property(c, "maybeDouble").logicalType()).contains(LogicalType.NUMBER);
      assertThat(property(c, "line").logicalType()).contains(LogicalType.OBJECT);
      assertThat(property(c, "line.sku").isRequired()).isTrue();
      assertThat(c.schema().get(0).properties())
          .allSatisfy(p -> assertThat(p.isRequired()).as(p.name().orElse("")).isFalse());
    }

    @Test
    void collectionsAndArraysAreArraysWithItems() {
      DataContract c = derive(Many.class);

      assertThat(property(c, "list").logicalType()).contains(LogicalType.ARRAY);
      assertThat(property(c, "list").items().flatMap(SchemaProperty::logicalType))
          .contains(LogicalType.STRING);
      assertThat(options(property(c, "list")).uniqueItems()).isEmpty();
      assertThat(options(property(c, "set")).uniqueItems()).contains(true);
      assertThat(options(property(c, "sorted")).uniqueItems()).contains(true);
      assertThat(property(c, "collection").items().flatMap(SchemaProperty::logicalTypeOptions))
          .flatMap(LogicalTypeOptions::format)
          .contains("uuid");
      assertThat(property(c, "numbers").items().flatMap(SchemaProperty::logicalType))
          .contains(LogicalType.INTEGER);
      SchemaProperty nested = property(c, "nested");
      SchemaProperty inner = nested.items().orElseThrow();
      assertThat(inner.logicalType()).contains(LogicalType.ARRAY);
      assertThat(options(inner.items().orElseThrow()).maxLength()).contains(3);
    }

    @Test
    void aMapIsAnObjectInV31() {
      DataContract c = derive(Maps.class);
      SchemaProperty counters = property(c, "counters");

      assertThat(counters.logicalType()).contains(LogicalType.OBJECT);
      assertThat(counters.properties()).isEmpty();
      assertThat(counters.map()).isEmpty();
      assertThat(options(counters).maxProperties()).contains(5);
      assertThat(DataContracts.check(c)).isEmpty();
    }

    @Test
    void aMapIsAMapInV32() {
      DataContract c = ContractDeriver.derive(Maps.class, OdcsVersion.V3_2_0);
      SchemaProperty lines = property(c, "lines");

      assertThat(lines.logicalType()).contains(LogicalType.MAP);
      assertThat(lines.map().flatMap(m -> m.key()).flatMap(SchemaProperty::logicalType))
          .contains(LogicalType.STRING);
      SchemaProperty value = lines.map().flatMap(m -> m.value()).orElseThrow();
      assertThat(value.logicalType()).contains(LogicalType.OBJECT);
      assertThat(names(value.properties())).containsExactly("sku", "quantity", "price");
      assertThat(property(c, "counters").logicalTypeOptions()).isEmpty();
      assertThat(DataContracts.check(c)).isEmpty();
    }

    @Test
    void nestedRecordsAreObjects() {
      DataContract c = derive(Order.class);
      SchemaProperty address = property(c, "shippingAddress");

      assertThat(address.logicalType()).contains(LogicalType.OBJECT);
      assertThat(names(address.properties())).containsExactly("street", "country", "postcode");
      assertThat(property(c, "shippingAddress.country").isRequired()).isTrue();
      assertThat(property(c, "lines").items().flatMap(SchemaProperty::logicalType))
          .contains(LogicalType.OBJECT);
      assertThat(property(c, "lines.sku").isRequired()).isTrue();
    }

    @Test
    void beansGiveTheirGettersInFieldOrderThenByName() {
      DataContract c = derive(WithBean.class);
      SchemaProperty customer = property(c, "customer");

      assertThat(customer.isRequired()).isTrue();
      assertThat(names(customer.properties()))
          .containsExactly("name", "active", "customer_id", "emails", "age", "displayName");
      assertThat(property(c, "customer.name").isRequired()).isTrue();
      assertThat(property(c, "customer.active").logicalType()).contains(LogicalType.BOOLEAN);
      assertThat(property(c, "customer.active").isRequired()).isTrue();
      assertThat(property(c, "customer.customer_id").isPrimaryKey()).isTrue();
      assertThat(property(c, "customer.customer_id").isRequired()).isTrue();
      assertThat(property(c, "customer.emails").items().flatMap(SchemaProperty::logicalTypeOptions))
          .flatMap(LogicalTypeOptions::format)
          .contains("email");
    }

    @Test
    void beansResolveTheTypeArgumentsOfTheirSuperclassesAndListItsFieldsFirst() {
      DataContract c = derive(Labelled.class);

      assertThat(names(c.schema().get(0).properties())).containsExactly("value", "label");
      assertThat(property(c, "value").logicalType()).contains(LogicalType.STRING);
      assertThat(property(c, "value").isRequired()).isTrue();
      assertThat(options(property(c, "label")).maxLength()).contains(4);
    }

    @Test
    void aBeanCanBeTheRoot() {
      DataContract c = derive(Customer.class);

      assertThat(c.schema().get(0).name()).isEqualTo("customer");
      assertThat(DataContracts.check(c)).isEmpty();
    }

    @Test
    void typeArgumentsOfGenericRecordsAreResolved() {
      DataContract c = derive(Catalogue.class);

      assertThat(property(c, "lines.items").items().flatMap(SchemaProperty::logicalType))
          .contains(LogicalType.OBJECT);
      assertThat(property(c, "lines.items.sku").logicalType()).contains(LogicalType.STRING);
      SchemaProperty nested = property(c, "nested.items.items");
      assertThat(nested.items().flatMap(SchemaProperty::logicalType)).contains(LogicalType.STRING);
      assertThat(DataContracts.check(c)).isEmpty();
    }
  }

  @Nested
  class Required {
    @Test
    void primitivesAndNotNullNotBlankNotEmptyAreRequired() {
      DataContract c = derive(Strings.class);

      assertThat(property(c, "sized").isRequired()).isFalse();
      assertThat(property(c, "notBlank").isRequired()).isTrue();
      assertThat(property(c, "notEmpty").isRequired()).isTrue();
      assertThat(property(c, "initial").isRequired()).isTrue();
      assertThat(property(Scalars.class, "count").isRequired()).isTrue();
      assertThat(property(Scalars.class, "boxedCount").isRequired()).isFalse();
      assertThat(property(Scalars.class, "text").isRequired()).isFalse();
      assertThat(property(Order.class, "order_id").isRequired()).isTrue();
    }

    @Test
    void constraintsOnTypeArgumentsMakeItemsRequired() {
      SchemaProperty lines = property(Order.class, "lines");

      assertThat(lines.isRequired()).isTrue();
      assertThat(lines.items().orElseThrow().isRequired()).isTrue();
      assertThat(property(Order.class, "tags").items().orElseThrow().isRequired()).isTrue();
    }
  }

  @Nested
  class StringConstraints {
    @Test
    void sizeGivesMinAndMaxLength() {
      LogicalTypeOptions o = options(property(Strings.class, "sized"));

      assertThat(o.minLength()).contains(2);
      assertThat(o.maxLength()).contains(5);
    }

    @Test
    void notBlankGivesMinLengthOneAndANonSpacePattern() {
      LogicalTypeOptions o = options(property(Strings.class, "notBlank"));

      assertThat(o.minLength()).contains(1);
      assertThat(o.pattern()).contains("\\S");
    }

    @Test
    void notEmptyGivesMinLengthOne() {
      LogicalTypeOptions o = options(property(Strings.class, "notEmpty"));

      assertThat(o.minLength()).contains(1);
      assertThat(o.pattern()).isEmpty();
    }

    @Test
    void patternIsAnchoredBecauseOdcsPatternsSearch() {
      assertThat(options(property(Strings.class, "code")).pattern()).contains("^(?:[A-Z]{3})$");
    }

    @Test
    void severalPatternsBecomeLookaheads() {
      String word = options(property(Strings.class, "word")).pattern().orElseThrow();
      String repeated = options(property(Strings.class, "repeated")).pattern().orElseThrow();

      assertThat(word).isEqualTo("^(?=[\\s\\S]*?(?:\\S))(?=(?:[a-z]+)$)");
      assertThat(java.util.regex.Pattern.compile(word).matcher("abc").find()).isTrue();
      assertThat(java.util.regex.Pattern.compile(word).matcher("ab c").find()).isFalse();
      assertThat(java.util.regex.Pattern.compile(repeated).matcher("1234").find()).isTrue();
      assertThat(java.util.regex.Pattern.compile(repeated).matcher("123").find()).isFalse();
      assertThat(java.util.regex.Pattern.compile(repeated).matcher("12345").find()).isFalse();
    }

    @Test
    void emailGivesTheEmailFormatAndItsRegexpAPattern() {
      assertThat(options(property(Strings.class, "email")).format()).contains("email");
      assertThat(options(property(Strings.class, "email")).pattern()).isEmpty();
      assertThat(options(property(Strings.class, "companyEmail")).pattern())
          .contains("^(?:.+@example\\.com)$");
    }

    @Test
    void aPatternWithFlagsIsKeptAsACustomProperty() {
      SchemaProperty p = property(Strings.class, "caseless");

      assertThat(options(p).pattern()).isEmpty();
      assertThat(custom(p, TypeWalker.JAVA_PATTERN))
          .contains(
              new JsonValue.Obj(
                  Map.of(
                      "regexp",
                      JsonValue.of("abc"),
                      "flags",
                      new JsonValue.Arr(List.of(JsonValue.of("CASE_INSENSITIVE"))))));
    }

    @Test
    void constraintsOnTypeArgumentsApplyToItems() {
      SchemaProperty codes = property(Many.class, "codes");
      LogicalTypeOptions items = options(codes.items().orElseThrow());

      assertThat(options(codes).minItems()).contains(1);
      assertThat(options(codes).maxItems()).contains(3);
      assertThat(items.maxLength()).contains(8);
      assertThat(items.minLength()).contains(1);
      assertThat(items.pattern()).contains("\\S");
    }

    @Test
    void aSizeBeforeAnArrayTypeLimitsTheArrayNotItsItems() {
      SchemaProperty array = property(Many.class, "array");

      assertThat(options(array).maxItems()).contains(2);
      assertThat(array.items().orElseThrow().logicalTypeOptions()).isEmpty();
    }

    @Test
    void notEmptyOnACollectionGivesMinItems() {
      SchemaProperty lines = property(Many.class, "lines");

      assertThat(lines.isRequired()).isTrue();
      assertThat(options(lines).minItems()).contains(1);
    }
  }

  @Nested
  class NumericConstraints {
    @Test
    void minAndMaxAreInclusiveBounds() {
      LogicalTypeOptions o = options(property(Numbers.class, "minMax"));

      assertThat(o.minimumNumber()).contains(BigDecimal.ONE);
      assertThat(o.maximumNumber()).contains(BigDecimal.TEN);
      assertThat(o.format()).contains("i32");
    }

    @Test
    void decimalMinNotInclusiveIsAnExclusiveMinimum() {
      LogicalTypeOptions o = options(property(Numbers.class, "decimals"));

      assertThat(o.exclusiveMinimumNumber()).contains(new BigDecimal("0.5"));
      assertThat(o.minimum()).isEmpty();
      assertThat(o.maximumNumber()).contains(new BigDecimal("99.5"));
    }

    @ParameterizedTest
    @CsvSource(
        nullValues = "-",
        value = {
          "positive, -, 0, -, -",
          "positiveOrZero, 0, -, -, -",
          "negative, -, -, -, 0",
          "negativeOrZero, -, -, 0, -"
        })
    void signConstraintsAreBoundsAtZero(
        String name,
        BigDecimal minimum,
        BigDecimal exclusiveMinimum,
        BigDecimal maximum,
        BigDecimal exclusiveMaximum) {
      LogicalTypeOptions o = options(property(Numbers.class, name));

      assertThat(o.minimumNumber()).isEqualTo(Optional.ofNullable(minimum));
      assertThat(o.exclusiveMinimumNumber()).isEqualTo(Optional.ofNullable(exclusiveMinimum));
      assertThat(o.maximumNumber()).isEqualTo(Optional.ofNullable(maximum));
      assertThat(o.exclusiveMaximumNumber()).isEqualTo(Optional.ofNullable(exclusiveMaximum));
    }

    @Test
    void theTightestBoundWins() {
      LogicalTypeOptions o = options(property(Numbers.class, "tightest"));

      assertThat(o.minimumNumber()).contains(BigDecimal.valueOf(3));
      assertThat(o.exclusiveMinimum()).isEmpty();
    }

    @Test
    void digitsOnABigDecimalGiveADecimalPhysicalTypeAndBounds() {
      SchemaProperty p = property(Numbers.class, "price");

      assertThat(p.physicalType()).contains("DECIMAL(7,2)");
      assertThat(options(p).exclusiveMaximumNumber()).contains(new BigDecimal("100000"));
      assertThat(options(p).exclusiveMinimumNumber()).contains(new BigDecimal("-100000"));
    }

    @Test
    void digitsOnAnIntegerBoundIt() {
      SchemaProperty p = property(Numbers.class, "threeDigits");

      assertThat(p.physicalType()).isEmpty();
      assertThat(options(p).exclusiveMaximumNumber()).contains(new BigDecimal("1000"));
    }

    @Test
    void numericConstraintsOnTextAreIgnored() {
      assertThat(property(Numbers.class, "ignoredOnText").logicalTypeOptions()).isEmpty();
    }
  }

  @Nested
  class Temporal {
    @Test
    void relativeTimeConstraintsAreRecordedAsACustomProperty() {
      DataContract c = derive(Temporals.class);

      assertThat(custom(property(c, "born"), TypeWalker.TEMPORAL_CONSTRAINT))
          .contains(JsonValue.of("past"));
      assertThat(custom(property(c, "due"), TypeWalker.TEMPORAL_CONSTRAINT))
          .contains(JsonValue.of("future"));
      assertThat(custom(property(c, "seen"), TypeWalker.TEMPORAL_CONSTRAINT))
          .contains(JsonValue.of("pastOrPresent"));
      assertThat(property(c, "born").logicalTypeOptions()).isEmpty();
    }

    @Test
    void assertTrueIsRecordedAsACustomProperty() {
      assertThat(custom(property(Temporals.class, "accepted"), TypeWalker.BOOLEAN_CONSTRAINT))
          .contains(JsonValue.of("assertTrue"));
    }
  }

  @Nested
  class Annotations {
    @Test
    void contractDefaultsComeFromTheTypeName() {
      DataContract c = derive(OrderLine.class);

      assertThat(c.apiVersion()).isEqualTo(OdcsVersion.V3_1_0);
      assertThat(c.id())
          .isEqualTo(
              "urn:meshsdk:dev.meshsdk.contracts.internal.derive.ContractDeriverTest.OrderLine");
      assertThat(c.name()).contains("OrderLine");
      assertThat(c.version()).isEqualTo("1.0.0");
      assertThat(c.status()).contains("draft");
      assertThat(c.domain()).isEmpty();
      assertThat(c.schema()).hasSize(1);
      assertThat(c.schema().get(0).name()).isEqualTo("order_line");
      assertThat(c.schema().get(0).logicalType()).contains(LogicalType.OBJECT);
    }

    @Test
    void snakeCaseSplitsAcronyms() {
      assertThat(derive(HTTPRequest.class).schema().get(0).name()).isEqualTo("http_request");
      assertThat(Names.snakeCase("V2Order")).isEqualTo("v2_order");
    }

    @Test
    void contractSchemaOverridesTheDefaults() {
      DataContract c = derive(Order.class);

      assertThat(c.id()).isEqualTo("urn:test:orders");
      assertThat(c.name()).contains("Orders");
      assertThat(c.version()).isEqualTo("2.1.0");
      assertThat(c.domain()).contains("sales");
      assertThat(c.schema().get(0).name()).isEqualTo("orders");
      assertThat(c.schema().get(0).description()).contains("One order per row");
    }

    @Test
    void contractFieldNamesDescribesAndClassifies() {
      DataContract c = derive(Order.class);
      SchemaProperty id = property(c, "order_id");
      SchemaProperty email = property(c, "email");

      assertThat(names(c.schema().get(0).properties())).startsWith("order_id", "email");
      assertThat(id.description()).contains("The order's id");
      assertThat(id.isPrimaryKey()).isTrue();
      assertThat(id.primaryKeyPosition()).contains(1);
      assertThat(email.classification()).contains("restricted");
      assertThat(email.examples()).containsExactly(JsonValue.of("a@example.com"));
    }

    @Test
    void primaryKeyPositionsFollowDeclarationAroundTheGivenOnes() {
      DataContract c = derive(Keys.class);

      assertThat(property(c, "tenant").primaryKeyPosition()).contains(1);
      assertThat(property(c, "region").primaryKeyPosition()).contains(2);
      assertThat(property(c, "code").primaryKeyPosition()).contains(3);
      assertThat(property(c, "count").primaryKey()).isEmpty();
    }

    @Test
    void examplesTakeThePropertysTypeWhenTheyCan() {
      DataContract c = derive(Keys.class);

      assertThat(property(c, "count").examples())
          .containsExactly(JsonValue.of(7), JsonValue.of("x"));
      assertThat(property(c, "price").examples())
          .containsExactly(new JsonValue.Num(new BigDecimal("1.50")));
      assertThat(property(c, "flag").examples()).containsExactly(JsonValue.of(true));
    }
  }

  @Nested
  class Refusals {
    @Test
    void aTypeThatContainsItselfIsRefused() {
      assertThatThrownBy(() -> derive(Node.class))
          .isInstanceOf(ContractDefinitionException.class)
          .hasMessageStartingWith(
              "Cannot derive a contract from "
                  + Node.class.getName()
                  + ": the type "
                  + Node.class.getName()
                  + " contains itself at 'children'.");
    }

    @Test
    void anIndirectCycleIsRefusedWithItsPath() {
      assertThatThrownBy(() -> derive(Tree.class))
          .isInstanceOf(ContractDefinitionException.class)
          .hasMessageContaining("the type " + Branch.class.getName())
          .hasMessageContaining("contains itself at 'root.leaf.parent'");
    }

    @Test
    void contradictoryBoundsAreRefused() {
      assertThatThrownBy(() -> derive(Contradiction.class))
          .isInstanceOf(ContractDefinitionException.class)
          .hasMessage(
              "Cannot derive a contract from "
                  + Contradiction.class.getName()
                  + " at 'impossible': the lower bound 10 (@Min) and the upper bound 5 (@Max)"
                  + " allow no value");
    }

    @Test
    void contradictorySizesAreRefused() {
      assertThatThrownBy(() -> derive(SizeContradiction.class))
          .isInstanceOf(ContractDefinitionException.class)
          .hasMessageEndingWith(
              "at 'impossible': the minimum size 5 (@Size, @NotEmpty, @NotBlank) is above the"
                  + " maximum size 2, so no value is valid");
    }

    @Test
    void twoFieldsWithOneNameAreRefused() {
      assertThatThrownBy(() -> derive(Twins.class))
          .isInstanceOf(ContractDefinitionException.class)
          .hasMessageEndingWith(
              "at 'x': both Twins.a and Twins.b are named 'x'; names must be unique");
    }

    @Test
    void aJdkTypeWithoutLogicalTypeIsRefused() {
      assertThatThrownBy(() -> derive(WithDuration.class))
          .isInstanceOf(ContractDefinitionException.class)
          .hasMessageContaining(
              "at 'timeout': the type java.time.Duration has no ODCS logical type");
    }

    @Test
    void aRawCollectionIsRefused() {
      assertThatThrownBy(() -> derive(RawList.class))
          .isInstanceOf(ContractDefinitionException.class)
          .hasMessageContaining(
              "at 'things': the type java.util.List does not give its element type");
    }

    @Test
    void anUnboundTypeVariableIsRefused() {
      assertThatThrownBy(() -> derive(Page.class))
          .isInstanceOf(ContractDefinitionException.class)
          .hasMessageContaining("at 'items': the type variable T of")
          .hasMessageContaining("is not bound");
    }

    @Test
    void aBadPatternIsRefused() {
      assertThatThrownBy(() -> derive(BadPattern.class))
          .isInstanceOf(ContractDefinitionException.class)
          .hasMessageContaining(
              "at 'code': @Pattern '^(?:[unclosed)$' is not a regular expression");
    }

    @Test
    void aTypeWithoutPropertiesIsRefused() {
      assertThatThrownBy(() -> derive(Empty.class))
          .isInstanceOf(ContractDefinitionException.class)
          .hasMessageContaining(Empty.class.getName() + " has no properties");
    }

    @Test
    void aScalarIsNotARoot() {
      assertThatThrownBy(() -> derive(String.class))
          .isInstanceOf(ContractDefinitionException.class)
          .hasMessage(
              "Cannot derive a contract from java.lang.String: only a record or a bean describes"
                  + " a schema object");
    }

    @Test
    void versionsBeforeV31AreRefused() {
      assertThatThrownBy(() -> ContractDeriver.derive(Line.class, OdcsVersion.V3_0_2))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("version: contracts are derived in v3.1.0 or v3.2.0, got v3.0.2");
    }
  }

  static Stream<Arguments> derivable() {
    Stream.Builder<Arguments> out = Stream.builder();
    for (OdcsVersion v : List.of(OdcsVersion.V3_1_0, OdcsVersion.V3_2_0)) {
      for (Class<?> type :
          List.of(
              Scalars.class,
              Optionals.class,
              Order.class,
              Strings.class,
              Numbers.class,
              Temporals.class,
              Many.class,
              Maps.class,
              WithBean.class,
              Keys.class,
              Catalogue.class)) {
        out.add(Arguments.of(type.getSimpleName(), v, type));
      }
    }
    return out.build();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("derivable")
  void derivedContractsConformToTheStandard(String name, OdcsVersion version, Class<?> type) {
    DataContract contract = ContractDeriver.derive(type, version);

    assertThat(DataContracts.check(contract)).isEmpty();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("derivable")
  void derivedContractsSurviveAYamlRoundTrip(String name, OdcsVersion version, Class<?> type) {
    DataContract contract = ContractDeriver.derive(type, version);

    assertThat(DataContracts.parse(DataContracts.toYaml(contract))).isEqualTo(contract);
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("derivable")
  void aTypeConformsToItsOwnContract(String name, OdcsVersion version, Class<?> type) {
    DataContract contract = ContractDeriver.derive(type, version);

    assertThat(ContractDeriver.conformance(type, contract)).isEmpty();
  }
}
