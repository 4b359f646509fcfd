package dev.meshsdk.contracts.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meshsdk.contracts.DataContract;
import dev.meshsdk.contracts.DataContracts;
import dev.meshsdk.contracts.JsonValue;
import dev.meshsdk.contracts.SchemaObject;
import dev.meshsdk.contracts.SchemaProperty;
import dev.meshsdk.contracts.export.OrdersFixture;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class ContractLintTest {
  private static final String CLEAN =
      """
      apiVersion: v3.1.0
      kind: DataContract
      id: urn:test:orders
      version: 1.2.0
      status: active
      description:
        purpose: Orders as placed.
      team:
        name: orders-team
      support:
        - channel: '#orders'
          url: https://chat.example/orders
      schema:
        - name: orders
          description: One row per order.
          properties:
            - name: order_id
              logicalType: string
              description: The order's id.
              required: true
              primaryKey: true
              examples: [ORD-1]
            - name: customer_email
              logicalType: string
              description: Where the receipt goes.
              classification: pii
              examples: [ada@example.com]
            - name: lines
              logicalType: array
              description: The order lines.
              items:
                logicalType: object
                properties:
                  - name: sku
                    logicalType: string
                    description: The product.
                    examples: [SKU-1]
      """;

  private static DataContract clean() {
    return DataContracts.parse(CLEAN);
  }

  private static DataContract withOrders(UnaryOperator<SchemaObject> change) {
    DataContract c = clean();
    return c.toBuilder().schema(List.of(change.apply(c.schema().get(0)))).build();
  }

  private static DataContract withProperty(
      int index, UnaryOperator<SchemaProperty.Builder> change) {
    return withOrders(
        o -> {
          List<SchemaProperty> props = new java.util.ArrayList<>(o.properties());
          props.set(index, change.apply(props.get(index).toBuilder()).build());
          return o.toBuilder().properties(props).build();
        });
  }

  private static DataContract withNewProperty(SchemaProperty p) {
    return withOrders(
        o -> {
          List<SchemaProperty> props = new java.util.ArrayList<>(o.properties());
          props.add(p);
          return o.toBuilder().properties(props).build();
        });
  }

  private static SchemaProperty documented(String name) {
    return SchemaProperty.builder()
        .name(name)
        .logicalType(dev.meshsdk.contracts.LogicalType.STRING)
        .description("described")
        .example(JsonValue.of("x"))
        .build();
  }

  @Test
  void findsNothingInACleanContract() {
    assertThat(ContractLint.lint(clean())).isEmpty();
  }

  @Test
  void reportsAMissingContractDescription() {
    DataContract c = clean().toBuilder().description(Optional.empty()).build();
    assertThat(ContractLint.lint(c))
        .containsExactly(
            new LintFinding(
                "contract-description",
                LintSeverity.WARNING,
                "description",
                "the contract has no description; say its purpose, usage and limitations"));
  }

  @Test
  void reportsADescriptionWithOnlyBlankParts() {
    DataContract c =
        clean().toBuilder()
            .description(dev.meshsdk.contracts.ContractDescription.builder().purpose(" ").build())
            .build();
    assertThat(ContractLint.lint(c))
        .extracting(LintFinding::rule)
        .containsExactly("contract-description");
  }

  @Test
  void reportsAMissingOwner() {
    DataContract c = clean().toBuilder().team(Optional.empty()).build();
    assertThat(ContractLint.lint(c))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo("contract-owner");
              assertThat(f.path()).isEqualTo("team");
              assertThat(f.message()).contains("names no owner");
            });
  }

  @Test
  void acceptsATeamWithMembersButNoName() {
    DataContract c =
        clean().toBuilder()
            .team(
                dev.meshsdk.contracts.Team.of(List.of(dev.meshsdk.contracts.TeamMember.of("ada"))))
            .build();
    assertThat(ContractLint.lint(c)).isEmpty();
  }

  @Test
  void reportsAMissingSupportChannel() {
    DataContract c = clean().toBuilder().support(List.of()).build();
    assertThat(ContractLint.lint(c))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo("support-channel");
              assertThat(f.severity()).isEqualTo(LintSeverity.WARNING);
              assertThat(f.path()).isEqualTo("support");
            });
  }

  @Test
  void reportsASchemaObjectWithoutDescription() {
    DataContract c = withOrders(o -> o.toBuilder().description(Optional.empty()).build());
    assertThat(ContractLint.lint(c))
        .containsExactly(
            new LintFinding(
                "schema-description",
                LintSeverity.WARNING,
                "orders",
                "schema object 'orders' has no description"));
  }

  @Test
  void reportsTopLevelAndNestedPropertiesWithoutDescription() {
    DataContract c =
        DataContracts.parse(
            CLEAN
                .replaceAll("(?m)^ *description: Where the receipt goes\\.\n", "")
                .replaceAll("(?m)^ *description: The product\\.\n", ""));
    assertThat(ContractLint.lint(c))
        .extracting(LintFinding::rule, LintFinding::path, LintFinding::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "property-description",
                "orders.customer_email",
                "property 'customer_email' has no description"),
            org.assertj.core.groups.Tuple.tuple(
                "property-description", "orders.lines[].sku", "property 'sku' has no description"));
  }

  @Test
  void reportsLeafPropertiesWithoutExamplesAsInfo() {
    DataContract c = withProperty(1, b -> b.examples(List.of()));
    assertThat(ContractLint.lint(c))
        .containsExactly(
            new LintFinding(
                "property-examples",
                LintSeverity.INFO,
                "orders.customer_email",
                "property 'customer_email' has no examples"));
  }

  @Test
  void doesNotAskContainersForExamples() {
    // 'lines' is an array without examples in the clean contract.
    assertThat(clean().schema().get(0).property("lines").orElseThrow().examples()).isEmpty();
    assertThat(ContractLint.lint(clean())).isEmpty();
  }

  @Test
  void reportsASchemaObjectWithoutPrimaryKey() {
    DataContract c = withProperty(0, b -> b.primaryKey(Optional.empty()));
    assertThat(ContractLint.lint(c))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo("primary-key");
              assertThat(f.path()).isEqualTo("orders");
              assertThat(f.message()).contains("has no primary key");
            });
  }

  @Test
  void reportsAPrimaryKeyThatIsNotRequiredAsError() {
    DataContract c = withProperty(0, b -> b.required(false));
    assertThat(ContractLint.lint(c))
        .containsExactly(
            new LintFinding(
                "primary-key-required",
                LintSeverity.ERROR,
                "orders.order_id",
                "primary key property 'order_id' is not required; set required: true"));
  }

  @Test
  void reportsUnclassifiedPersonalDataAsError() {
    DataContract c = withProperty(1, b -> b.classification(Optional.empty()));
    assertThat(ContractLint.lint(c))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo("personal-data-classified");
              assertThat(f.severity()).isEqualTo(LintSeverity.ERROR);
              assertThat(f.path()).isEqualTo("orders.customer_email");
              assertThat(f.message())
                  .isEqualTo(
                      "property 'customer_email' looks like personal data (email) but has no"
                          + " classification; set one such as pii, restricted or public");
            });
  }

  @Test
  void acceptsPersonalDataClassifiedEvenAsPublic() {
    DataContract c = withProperty(1, b -> b.classification("public"));
    assertThat(ContractLint.lint(c)).isEmpty();
  }

  @Test
  void decidesUsernameIsPersonalDataButABareNameIsNot() {
    DataContract c = withNewProperty(documented("name"));
    assertThat(ContractLint.lint(c)).isEmpty();
    DataContract d = withNewProperty(documented("username"));
    assertThat(ContractLint.lint(d))
        .extracting(LintFinding::path)
        .containsExactly("orders.username");
  }

  @Test
  void reportsPersonalDataNamesInNestedProperties() {
    DataContract c = DataContracts.parse(CLEAN.replace("name: sku", "name: shippingAddress"));
    assertThat(ContractLint.lint(c))
        .extracting(LintFinding::rule, LintFinding::path)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "personal-data-classified", "orders.lines[].shippingAddress"));
  }

  @Test
  void reportsAVersionThatIsNotSemver() {
    DataContract c = clean().toBuilder().version("v1.2").build();
    assertThat(ContractLint.lint(c))
        .containsExactly(
            new LintFinding(
                "version-semver",
                LintSeverity.WARNING,
                "version",
                "version 'v1.2' is not a semantic version MAJOR.MINOR.PATCH such as 1.2.0"));
  }

  @Test
  void acceptsPreReleaseAndBuildVersions() {
    for (String v : List.of("0.0.1", "1.0.0-rc.1", "2.3.4+build.7", "1.0.0-alpha-1+x")) {
      assertThat(ContractLint.lint(clean().toBuilder().version(v).build())).as(v).isEmpty();
    }
    for (String v : List.of("1", "1.0", "01.0.0", "1.0.0.0", "latest")) {
      assertThat(ContractLint.lint(clean().toBuilder().version(v).build()))
          .as(v)
          .extracting(LintFinding::rule)
          .containsExactly("version-semver");
    }
  }

  @Test
  void reportsAnUnknownStatus() {
    DataContract c = clean().toBuilder().status("shipping").build();
    assertThat(ContractLint.lint(c))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo("status-known");
              assertThat(f.message())
                  .isEqualTo(
                      "status 'shipping' is not one of [proposed, draft, active, deprecated,"
                          + " retired]");
            });
  }

  @Test
  void reportsAMissingStatusAndAcceptsKnownOnesInAnyCase() {
    assertThat(ContractLint.lint(clean().toBuilder().status(Optional.empty()).build()))
        .extracting(LintFinding::rule, LintFinding::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "status-known",
                "the contract has no status; use one of [proposed, draft, active, deprecated,"
                    + " retired]"));
    assertThat(ContractLint.lint(clean().toBuilder().status("Deprecated").build())).isEmpty();
  }

  @Test
  void acceptsConfiguredStatuses() {
    LintOptions options = LintOptions.builder().knownStatuses(Set.of("shipping")).build();
    assertThat(ContractLint.lint(clean().toBuilder().status("shipping").build(), options))
        .isEmpty();
    assertThat(ContractLint.lint(clean(), options))
        .extracting(LintFinding::rule)
        .containsExactly("status-known");
  }

  @Test
  void overridesSeverityAndSwitchesRulesOff() {
    DataContract c = clean().toBuilder().support(List.of()).version("one").build();
    LintOptions options =
        LintOptions.builder()
            .severity(LintRule.SUPPORT_CHANNEL, LintSeverity.ERROR)
            .severity("version-semver", LintSeverity.OFF)
            .build();
    assertThat(ContractLint.lint(c, options))
        .extracting(LintFinding::rule, LintFinding::severity)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("support-channel", LintSeverity.ERROR));
    assertThat(ContractLint.lint(c))
        .extracting(LintFinding::rule, LintFinding::severity)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("version-semver", LintSeverity.WARNING),
            org.assertj.core.groups.Tuple.tuple("support-channel", LintSeverity.WARNING));
  }

  @Test
  void optionsAreImmutableAndRoundTripThroughTheirBuilder() {
    LintOptions options =
        LintOptions.defaults().toBuilder()
            .severity(LintRule.PROPERTY_EXAMPLES, LintSeverity.OFF)
            .build();
    assertThat(options.severity(LintRule.PROPERTY_EXAMPLES)).isEqualTo(LintSeverity.OFF);
    assertThat(options.severity(LintRule.PRIMARY_KEY_REQUIRED)).isEqualTo(LintSeverity.ERROR);
    assertThat(LintOptions.defaults().severity(LintRule.PROPERTY_EXAMPLES))
        .isEqualTo(LintSeverity.INFO);
    assertThat(options.toBuilder().build()).isEqualTo(options);
    assertThatThrownBy(() -> options.severities().put(LintRule.PRIMARY_KEY, LintSeverity.OFF))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void rejectsAnUnknownRuleIdNamingTheKnownOnes() {
    assertThatThrownBy(() -> LintOptions.builder().severity("no-such-rule", LintSeverity.ERROR))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "ruleId: no lint rule has the id 'no-such-rule'; the ids are contract-description, contract-owner");
  }

  @Test
  void rejectsEmptyKnownStatuses() {
    assertThatThrownBy(() -> LintOptions.builder().knownStatuses(Set.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("knownStatuses: must not be empty");
  }

  @Test
  void rulesHaveStableUniqueIds() {
    assertThat(LintRule.values())
        .extracting(LintRule::id)
        .doesNotHaveDuplicates()
        .allMatch(id -> id.matches("[a-z]+(-[a-z]+)*"));
    assertThat(LintRule.fromId("primary-key-required")).contains(LintRule.PRIMARY_KEY_REQUIRED);
    assertThat(LintRule.fromId("nope")).isEmpty();
  }

  @Test
  void findsTheSamplesOrdersContractsGaps() {
    DataContract orders = OrdersFixture.read();
    List<LintFinding> findings = ContractLint.lint(orders);
    assertThat(findings)
        .extracting(LintFinding::rule, LintFinding::path)
        .contains(
            org.assertj.core.groups.Tuple.tuple("property-description", "order_events.order_id"),
            org.assertj.core.groups.Tuple.tuple("property-examples", "order_events.amount"))
        .doesNotContain(
            org.assertj.core.groups.Tuple.tuple(
                "personal-data-classified", "order_events.customer_email"));
  }
}
