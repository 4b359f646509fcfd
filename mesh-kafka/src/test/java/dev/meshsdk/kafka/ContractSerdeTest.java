package dev.meshsdk.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

class ContractSerdeTest {

  @Test
  void serializesAValidRecordAsCompactJson() {
    ContractSerializer<Map<String, ?>> serializer = ContractSerializer.forMaps(Orders.V1, "orders");
    byte[] bytes = serializer.serialize("orders", Orders.order(1));
    assertThat(new String(bytes, StandardCharsets.UTF_8))
        .isEqualTo("{\"order_id\":\"ORD-000001\",\"email\":\"alice@shop.io\",\"amount\":12.50}");
  }

  @Test
  void refusesAnInvalidRecordNamingRuleAndPathButNoClassifiedValue() {
    ContractSerializer<Map<String, ?>> serializer = ContractSerializer.forMaps(Orders.V1, "orders");
    assertThatThrownBy(() -> serializer.serialize("orders", Orders.badOrder(1)))
        .isInstanceOf(ContractSerializationException.class)
        .isInstanceOf(SerializationException.class)
        .hasMessage(
            "topic 'orders': record breaks contract orders@1.0.0 (schema object 'orders'):"
                + " email [pattern], amount [minimum]")
        .satisfies(
            e -> {
              ContractSerializationException c = (ContractSerializationException) e;
              assertThat(c.contract()).isEqualTo(new ContractRef("orders", "1.0.0"));
              assertThat(c.violations())
                  .extracting(v -> v.rule())
                  .containsExactly("pattern", "minimum");
              assertThat(c.violations().toString()).doesNotContainIgnoringCase(Orders.SECRET_EMAIL);
            });
  }

  @Test
  void addsContractHeadersWhenTheProducerPassesHeaders() {
    ContractSerializer<Map<String, ?>> serializer = ContractSerializer.forMaps(Orders.V1, "orders");
    RecordHeaders headers = new RecordHeaders();
    headers.add(MeshHeaders.CONTRACT_VERSION, "0.0.1".getBytes(StandardCharsets.UTF_8));
    serializer.serialize("orders", headers, Orders.order(2));
    assertThat(MeshHeaders.contract(headers)).contains(new ContractRef("orders", "1.0.0"));
    assertThat(headers.headers(MeshHeaders.CONTRACT_VERSION)).hasSize(1);
  }

  @Test
  void passesTombstonesThrough() {
    assertThat(ContractSerializer.forMaps(Orders.V1, "orders").serialize("orders", null)).isNull();
    assertThat(new ContractDeserializer(Orders.V1, "orders").deserialize("orders", null)).isNull();
  }

  @Test
  void isConfiguredFromKafkaSettingsWithAClassPathContract() {
    ContractSerializer<Map<String, ?>> serializer = new ContractSerializer<>();
    serializer.configure(
        Map.of(ContractSerializer.CONTRACT_RESOURCE, "contracts/orders.odcs.yaml"), false);
    assertThat(serializer.serialize("orders", Orders.order(3))).isNotEmpty();
    assertThat(serializer).hasToString("ContractSerializer[orders@1.0.0 orders]");

    ContractDeserializer deserializer = new ContractDeserializer();
    deserializer.configure(
        Map.of(
            ContractDeserializer.CONTRACT_RESOURCE, "/contracts/orders.odcs.yaml",
            ContractDeserializer.SCHEMA_OBJECT, "orders"),
        false);
    assertThat(deserializer.deserialize("orders", serializer.serialize("orders", Orders.order(3))))
        .containsEntry("order_id", "ORD-000003")
        .containsEntry("amount", new BigDecimal("12.50"));
  }

  @Test
  void configuresTypedRecordsByClassName() {
    ContractSerializer<Order> serializer = new ContractSerializer<>();
    serializer.configure(
        Map.of(
            ContractSerializer.CONTRACT_RESOURCE,
            "contracts/orders.odcs.yaml",
            ContractSerializer.RECORD_CLASS,
            Order.class.getName()),
        false);
    assertThat(
            new String(
                serializer.serialize("orders", new Order("ORD-000007", "bob@shop.io", 3.5, null)),
                StandardCharsets.UTF_8))
        .isEqualTo(
            "{\"order_id\":\"ORD-000007\",\"email\":\"bob@shop.io\",\"amount\":3.5,\"note\":null}");
    assertThatThrownBy(
            () -> serializer.serialize("orders", new Order("X", "bob@shop.io", 3.5, null)))
        .hasMessageContaining("order_id [pattern]");
  }

  /** A typed order; the contract names its properties in snake case. */
  public record Order(
      @dev.meshsdk.contracts.annotation.ContractField(name = "order_id") String orderId,
      String email,
      double amount,
      String note) {}

  @Test
  void refusesBadSettingsNamingTheSetting() {
    ContractSerializer<Map<String, ?>> serializer = new ContractSerializer<>();
    assertThatThrownBy(() -> serializer.configure(Map.of(), false))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("mesh.contract.resource")
        .hasMessageContaining("mesh.contract.path");
    assertThatThrownBy(
            () ->
                serializer.configure(
                    Map.of(ContractSerializer.CONTRACT_RESOURCE, "contracts/none.yaml"), false))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("no such class-path resource");
    assertThatThrownBy(
            () ->
                serializer.configure(
                    Map.of(
                        ContractSerializer.CONTRACT_RESOURCE, "contracts/orders.odcs.yaml",
                        ContractSerializer.SCHEMA_OBJECT, "invoices"),
                    false))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("has no such schema object; it has [orders]");
    assertThatThrownBy(() -> serializer.serialize("orders", Orders.order(1)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("ContractSerializer is not configured");
  }

  @Test
  void deserializerRejectsInvalidRecordsAndNonJsonWithoutQuotingContent() {
    ContractDeserializer deserializer = new ContractDeserializer(Orders.V1, "orders");
    byte[] bad =
        ("{\"order_id\":\"ORD-000001\",\"email\":\"" + Orders.SECRET_EMAIL + "X\",\"amount\":-2}")
            .getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> deserializer.deserialize("orders", bad))
        .isInstanceOf(ContractSerializationException.class)
        .hasMessage(
            "topic 'orders': record breaks contract orders@1.0.0 (schema object 'orders'):"
                + " email [pattern], amount [minimum]");
    byte[] notJson = ("secret " + Orders.SECRET_EMAIL).getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> deserializer.deserialize("orders", notJson))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("is not one UTF-8 JSON object (content hidden)")
        .hasMessageNotContaining(Orders.SECRET_EMAIL);
    assertThatThrownBy(
            () -> deserializer.deserialize("orders", "[1,2]".getBytes(StandardCharsets.UTF_8)))
        .hasMessageContaining("is not one UTF-8 JSON object");
  }
}
