package dev.meshsdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meshsdk.contracts.LogicalType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ExpectationsTest {
  @TempDir Path tmp;

  static final String VALID =
      """
      {
        "formatVersion": "1.0",
        "consumer": {"id": "billing", "domain": "finance", "purpose": "invoicing"},
        "provider": {"product": "orders-product", "port": "orders-port", "schemaObject": "orders"},
        "providerStates": ["paid orders"],
        "fields": [
          {"path": "amount", "type": "number", "required": true, "minimum": 0},
          {"path": "status", "allowedValues": ["NEW", "PAID"], "maxLength": 8}
        ],
        "checks": [
          {"name": "paid has date",
           "condition": {"op": "implies",
                         "if": {"op": "equals", "path": "status", "value": "PAID"},
                         "then": {"op": "present", "path": "paid_at"}}}
        ]
      }
      """;

  @Test
  void readsAValidFile() throws IOException {
    Path file = Files.writeString(tmp.resolve("billing.json"), VALID);

    Expectations e = Expectations.read(file);

    assertThat(e.consumerId()).isEqualTo("billing");
    assertThat(e.schemaObject()).contains("orders");
    assertThat(e.providerStates()).containsExactly("paid orders");
    assertThat(e.fields()).hasSize(2);
    assertThat(e.fields().get(0).type()).contains(LogicalType.NUMBER);
    assertThat(e.fields().get(0).describe()).isEqualTo("number, required, >= 0");
    assertThat(e.checks().get(0).condition().toString())
        .isEqualTo("if status = 'PAID' then paid_at is present");
    assertThat(ExpectationsSchema.validate(VALID)).isEmpty();
  }

  @Test
  void writesWhatItReadsBack() {
    Expectations e = Expectations.parse(VALID, "billing.json");

    String json = e.toJson();

    assertThat(Expectations.parse(json, "again.json")).isEqualTo(e);
    assertThat(ExpectationsSchema.validate(json)).isEmpty();
  }

  @Test
  void everyConditionKindRoundTripsAndValidates() {
    Expectations e =
        Orders.billing()
            .check(
                "all kinds",
                Condition.allOf(
                    Condition.anyOf(
                        Condition.notEmpty("lines"), Condition.not(Condition.present("x"))),
                    Condition.oneOf("status", "NEW", "PAID"),
                    Condition.atLeast("amount", 0),
                    Condition.atMost("amount", 1.5),
                    Condition.matches("order_id", "^ORD-")))
            .build();

    String json = e.toJson();

    assertThat(ExpectationsSchema.validate(json)).isEmpty();
    assertThat(Expectations.parse(json, "x.json")).isEqualTo(e);
  }

  static Stream<Arguments> badFiles() {
    return Stream.of(
        Arguments.of("not json {", "billing.json at $: not valid JSON (line 1, column"),
        Arguments.of("[]", "billing.json at $: must be an object, got array"),
        Arguments.of(
            VALID.replace("\"1.0\"", "\"2.0\""),
            "billing.json at $.formatVersion: unsupported format version '2.0': this kit reads 1.x"),
        Arguments.of(
            VALID.replace("\"minimum\": 0", "\"minimum\": \"zero\""),
            "billing.json at $.fields[0].minimum: must be a number, got string"),
        Arguments.of(
            VALID.replace("\"maxLength\": 8", "\"maxLength\": -1"),
            "billing.json at $.fields[1].maxLength: must not be negative, got -1"),
        Arguments.of(
            VALID.replace("\"type\": \"number\"", "\"type\": \"decimal\""),
            "billing.json at $.fields[0].type: unknown logical type 'decimal'"),
        Arguments.of(
            VALID.replace("\"required\": true", "\"requird\": true"),
            "billing.json at $.fields[0].requird: unknown member 'requird'"),
        Arguments.of(
            VALID.replace("\"domain\": \"finance\", ", ""),
            "billing.json at $.consumer.domain: required member is missing"),
        Arguments.of(
            VALID.replace("\"op\": \"present\"", "\"op\": \"exists\""),
            "billing.json at $.checks[0].condition.then.op: unknown condition 'exists'"),
        Arguments.of(
            VALID.replace("{\"path\": \"status\"", "{\"path\": \"status\", \"path\": \"x\""),
            "billing.json at $.fields[1].path: duplicate member 'path'"),
        Arguments.of(
            VALID.replace("\"path\": \"status\"", "\"path\": \"amount\""),
            "billing.json at $.fields[1].path: field 'amount' is declared twice"));
  }

  @ParameterizedTest
  @MethodSource("badFiles")
  void rejectsABadFileNamingTheFileThePathAndTheRule(String text, String message)
      throws IOException {
    Path file = Files.writeString(tmp.resolve("billing.json"), text);

    assertThatThrownBy(() -> Expectations.read(file))
        .isInstanceOf(ExpectationsFormatException.class)
        .hasMessageStartingWith(tmp.toString())
        .hasMessageContaining(message);
  }

  @Test
  void theSchemaRejectsWhatTheReaderRejects() {
    assertThat(
            ExpectationsSchema.validate(VALID.replace("\"required\": true", "\"requird\": true")))
        .isNotEmpty();
    assertThat(ExpectationsSchema.validate(VALID.replace("\"minimum\": 0", "\"minimum\": \"0\"")))
        .isNotEmpty();
    assertThat(
            ExpectationsSchema.validate(VALID.replace("\"op\": \"present\"", "\"op\": \"exists\"")))
        .isNotEmpty();
  }

  @Test
  void readsANewerMinorVersionIgnoringMembersItDoesNotKnow() {
    String newer =
        VALID
            .replace("\"1.0\"", "\"1.3\"")
            .replace("\"required\": true", "\"required\": true, \"unit\": \"EUR\"");

    Expectations e = Expectations.parse(newer, "newer.json");

    assertThat(e.formatVersion()).isEqualTo("1.3");
    assertThat(e.fields().get(0).required()).isTrue();
  }

  @Test
  void missingFileIsAFormatErrorNamingIt() {
    Path missing = tmp.resolve("nope.json");
    assertThatThrownBy(() -> Expectations.read(missing))
        .isInstanceOf(ExpectationsFormatException.class)
        .hasMessageContaining("nope.json at $: cannot read the file");
  }

  @Test
  void fileNameIsConsumerProductAndPortWithUnsafeCharactersReplaced() {
    Expectations e = Orders.billing().build().toBuilder().consumerId("team/billing v2").build();
    assertThat(e.fileName()).isEqualTo("team_billing_v2__orders-product__orders-port.json");
  }
}
