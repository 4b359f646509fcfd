package dev.meshsdk.testkit;

import static dev.meshsdk.contracts.LogicalType.NUMBER;
import static dev.meshsdk.contracts.LogicalType.STRING;
import static dev.meshsdk.testkit.ConsumerContract.field;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsumerContractTest {
  @TempDir Path tmp;

  @Test
  void passingConsumerWritesAnExpectationsFileThatValidatesAgainstTheSchema() throws IOException {
    Path dir = tmp.resolve("mesh-expectations");
    List<Map<String, Object>> seen = new ArrayList<>();

    Expectations e = Orders.billing().writeTo(dir).verifyWith(Orders.CONTRACT, seen::add);

    Path file = dir.resolve("billing__orders-product__orders-port.json");
    assertThat(file).exists();
    String json = Files.readString(file);
    assertThat(json).contains("\"formatVersion\" : \"1.0\"").contains("\"lines.sku\"");
    assertThat(ExpectationsSchema.validate(json)).isEmpty();
    assertThat(Expectations.read(file)).isEqualTo(e);
    assertThat(e.contractId()).contains("orders");
    assertThat(e.contractVersion()).contains("1.0.0");
    assertThat(seen).hasSizeGreaterThan(5);
  }

  @Test
  void stubRecordsIncludeNullOptionalFieldsEdgeValuesAndEmptyArrays() {
    List<Map<String, Object>> seen = new ArrayList<>();

    Orders.billing().withoutFile().verifyWith(Orders.CONTRACT, seen::add);

    assertThat(seen).anyMatch(r -> r.containsKey("paid_at") && r.get("paid_at") == null);
    assertThat(seen).anyMatch(r -> !r.containsKey("customer_email"));
    assertThat(seen).anyMatch(r -> List.of().equals(r.get("lines")));
    assertThat(seen)
        .anyMatch(r -> r.get("amount") instanceof Number n && n.doubleValue() == 0.0)
        .anyMatch(r -> r.get("amount") instanceof Number n && n.doubleValue() == 100000.0);
    assertThat(seen).anyMatch(r -> "NEW".equals(r.get("status")));
    assertThat(seen).anyMatch(r -> "PAID".equals(r.get("status")));
    assertThat(seen).anyMatch(r -> r.get("order_id") instanceof String s && s.length() == 20);
  }

  @Test
  void failsWhenTheConsumerCodeCannotHandleANullOptionalField() {
    assertThatThrownBy(
            () ->
                Orders.billing()
                    .withoutFile()
                    .verifyWith(
                        Orders.CONTRACT,
                        r -> {
                          if (r.containsKey("paid_at")) {
                            r.get("paid_at").toString();
                          }
                        }))
        .isInstanceOf(ExpectationFailedException.class)
        .hasMessageContaining("consumer 'billing' of orders-product/orders-port")
        .hasMessageContaining("cannot handle stub record #3 of")
        .hasMessageContaining("\"paid_at\": null")
        .hasMessageContaining("the consumer's code threw java.lang.NullPointerException");
  }

  @Test
  void failsOnAnEdgeValueAndMasksClassifiedValuesInTheReport() {
    assertThatThrownBy(
            () ->
                Orders.billing()
                    .withoutFile()
                    .verifyWith(
                        Orders.CONTRACT,
                        r -> {
                          if (((Number) r.get("amount")).doubleValue() == 0) {
                            throw new IllegalStateException("zero for " + r.get("customer_email"));
                          }
                        }))
        .isInstanceOf(ExpectationFailedException.class)
        .hasMessageContaining("\"amount\": 0")
        .hasMessageContaining("\"customer_email\": ***")
        .hasMessageContaining("java.lang.IllegalStateException")
        .hasMessageNotContaining("@example.com")
        .hasMessageNotContaining("zero for")
        .cause()
        .hasMessageContaining("message hidden")
        .hasMessageNotContaining("@example.com");
  }

  @Test
  void failsWhenTheConsumerCodeCannotHandleAnEmptyArray() {
    assertThatThrownBy(
            () ->
                Orders.billing()
                    .withoutFile()
                    .verifyWith(Orders.CONTRACT, r -> ((List<?>) r.get("lines")).get(0)))
        .isInstanceOf(ExpectationFailedException.class)
        .hasMessageContaining("\"lines\": []")
        .hasMessageContaining("IndexOutOfBoundsException");
  }

  @Test
  void failsWhenTheContractDoesNotGuaranteeWhatTheConsumerReliesOn() {
    assertThatThrownBy(
            () ->
                Orders.billing()
                    .reads(field("paid_at").required())
                    .reads(field("amount_due").type(NUMBER))
                    .withoutFile()
                    .verifyWith(Orders.CONTRACT, r -> {}))
        .isInstanceOf(ExpectationFailedException.class)
        .hasMessageContaining("relies on what the contract does not guarantee")
        .hasMessageContaining(
            "paid_at: expects required, but the contract does not make it required")
        .hasMessageContaining(
            "amount_due: expects number, but the contract has no field 'amount_due'");
  }

  @Test
  void failsWhenAnExampleBreaksTheConsumersOwnCheck() {
    Map<String, Object> paidWithoutDate = Orders.paidOrder();
    paidWithoutDate.remove("paid_at");

    assertThatThrownBy(
            () ->
                Orders.billing()
                    .example(paidWithoutDate)
                    .withoutFile()
                    .verifyWith(Orders.CONTRACT, r -> {}))
        .isInstanceOf(ExpectationFailedException.class)
        .hasMessageContaining("example #1 does not meet the consumer's own check")
        .hasMessageContaining("'paid orders have a payment date'")
        .hasMessageNotContaining("alice");
  }

  @Test
  void writesIntoTheFolderTheSystemPropertyNames() {
    Path dir = tmp.resolve("from-property-expectations");
    String before = System.getProperty(Expectations.DIRECTORY_PROPERTY);
    System.setProperty(Expectations.DIRECTORY_PROPERTY, dir.toString());
    try {
      Orders.billing().verifyWith(Orders.CONTRACT, r -> {});
    } finally {
      if (before == null) {
        System.clearProperty(Expectations.DIRECTORY_PROPERTY);
      } else {
        System.setProperty(Expectations.DIRECTORY_PROPERTY, before);
      }
    }
    assertThat(dir.resolve("billing__orders-product__orders-port.json")).exists();
  }

  @Test
  void defaultFolderIsTargetMeshExpectationsUnderTheWorkingDirectory() {
    String before = System.getProperty(Expectations.DIRECTORY_PROPERTY);
    System.clearProperty(Expectations.DIRECTORY_PROPERTY);
    try {
      assertThat(Expectations.defaultDirectory())
          .isEqualTo(Path.of(System.getProperty("user.dir"), "target", "mesh-expectations"));
    } finally {
      if (before != null) {
        System.setProperty(Expectations.DIRECTORY_PROPERTY, before);
      }
    }
  }

  @Test
  void runsAPluggedInStubGeneratorAndSkipsRecordsTheContractDoesNotAllow() {
    List<Map<String, Object>> seen = new ArrayList<>();
    StubRecords two =
        (contract, object, seed) ->
            Stream.of(Orders.paidOrder(), Map.of("order_id", "not valid: no amount"));

    Orders.billing().stubs(two).withoutFile().verifyWith(Orders.CONTRACT, seen::add);

    assertThat(seen).containsExactly(Orders.paidOrder());
  }

  @Test
  void failsWhenNoStubRecordIsValid() {
    assertThatThrownBy(
            () ->
                Orders.billing()
                    .stubs((c, o, s) -> Stream.of(Map.of("nothing", "here")))
                    .withoutFile()
                    .verifyWith(Orders.CONTRACT, r -> {}))
        .isInstanceOf(ExpectationFailedException.class)
        .hasMessageContaining("made no record valid against schema object 'orders' (1 made)");
  }

  @Test
  void fieldBuilderRejectsContradictoryConstraintsNamingTheField() {
    assertThatThrownBy(() -> field("amount").atLeast(10).atMost(5).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("field 'amount': atLeast must not exceed atMost, got 10 > 5");
    assertThatThrownBy(() -> field("lines[0].sku"))
        .hasMessageContaining("path: a field path is dot-separated names");
    assertThatThrownBy(() -> field("code").type(STRING).pattern("[a-").build())
        .hasMessageContaining("field 'code': pattern is not a valid ECMA-262 regular expression");
  }

  @Test
  void buildWithoutConsumerNamesTheMissingParameter() {
    assertThatThrownBy(() -> ConsumerContract.forProvider("p", "q").purpose("x").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("consumerId: must be non-blank, got ''");
  }
}
