package dev.meshsdk.kafka.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshsdk.contracts.JsonValue;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {
  @Test
  void plainMapsAreWrittenWithTheSameBytesAsThroughTheJsonTree() {
    Map<String, Object> nested = new LinkedHashMap<>();
    nested.put("sku", "A-1");
    nested.put("qty", 3);
    Map<String, Object> order = new LinkedHashMap<>();
    order.put("order_id", "ORD-00000001");
    order.put("paid", true);
    order.put("count", 7L);
    order.put("amount", new BigDecimal("123.450"));
    order.put("ratio", 0.1);
    order.put("big", 1.0e21);
    order.put("note", null);
    order.put("text", "quote \" and \\ and \u00e9 and \u0001");
    order.put("lines", List.of(nested, nested));
    order.put("tags", Arrays.asList("a", null));

    assertThat(Json.isPlainRecord(order)).isTrue();
    byte[][] direct = Json.encodeAll(new Object[] {order, Map.of()});
    byte[][] throughTree =
        Json.encodeAll(new JsonValue[] {Json.toJson(order), Json.toJson(Map.of())});

    assertThat(text(direct)).isEqualTo(text(throughTree));
    assertThat(text(direct).get(0)).startsWith("{\"order_id\":\"ORD-00000001\",\"paid\":true");
    assertThat(text(direct).get(1)).isEqualTo("{}");
  }

  @Test
  void mapsWithOtherValuesGoThroughTheTree() {
    assertThat(Json.isPlainRecord(Map.of("when", Instant.EPOCH))).isFalse();
    assertThat(Json.isPlainRecord(Map.of("n", Double.NaN))).isFalse();
    assertThat(Json.isPlainRecord(Map.of("n", (short) 1))).isFalse();
    assertThat(Json.isPlainRecord(Map.of(1, "not a string key"))).isFalse();
    assertThat(Json.isPlainRecord("not a map")).isFalse();
  }

  private static List<String> text(byte[][] encoded) {
    List<String> out = new ArrayList<>();
    for (byte[] b : encoded) {
      out.add(new String(b, StandardCharsets.UTF_8));
    }
    return out;
  }
}
