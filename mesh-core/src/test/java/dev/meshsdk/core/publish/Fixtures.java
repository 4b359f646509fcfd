package dev.meshsdk.core.publish;

import dev.meshsdk.contracts.DataContract;
import dev.meshsdk.contracts.DataContracts;
import dev.meshsdk.core.event.MeshEvent;
import dev.meshsdk.core.event.MeshListener;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A small orders contract with a classified property, records and helpers shared by tests. */
final class Fixtures {
  private Fixtures() {}

  static final String SECRET_EMAIL = "top.secret.person@example.com";

  static final DataContract CONTRACT =
      DataContracts.parse(
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
                  logicalTypeOptions: {pattern: '^ORD-[0-9]{4}$'}
                - name: email
                  logicalType: string
                  classification: pii
                  logicalTypeOptions: {pattern: '^[a-z]+@[a-z]+[.]io$'}
                - name: amount
                  logicalType: number
                  required: true
                  logicalTypeOptions: {minimum: 0}
                - name: lines
                  logicalType: array
                  items:
                    logicalType: object
                    properties:
                      - name: sku
                        logicalType: string
                        required: true
                        logicalTypeOptions: {minLength: 1}
          """);

  static final PortRef PORT =
      PortRef.builder()
          .domain("sales")
          .productId("orders")
          .productVersion("1.0.0")
          .portName("orders-v1")
          .contractId("orders")
          .contractVersion("1.0.0")
          .build();

  static Map<String, Object> order(int n) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("order_id", String.format("ORD-%04d", n));
    o.put("email", "a@b.io");
    o.put("amount", new BigDecimal("12.50"));
    o.put("lines", List.of(Map.of("sku", "SKU-" + n)));
    return o;
  }

  /** An order breaking pattern (order_id) and minimum (amount), with a public id value. */
  static Map<String, Object> badOrder(int n) {
    Map<String, Object> o = order(n);
    o.put("order_id", "BAD-" + n);
    o.put("amount", new BigDecimal("-1"));
    return o;
  }

  /**
   * An order whose classified email breaks its pattern: its value must never appear in messages.
   */
  static Map<String, Object> leakyOrder(int n) {
    Map<String, Object> o = order(n);
    o.put("email", SECRET_EMAIL);
    return o;
  }

  /** An order whose second line has an empty sku. */
  static Map<String, Object> badLineOrder(int n) {
    Map<String, Object> o = order(n);
    o.put("lines", List.of(Map.of("sku", "S"), Map.of("sku", "")));
    return o;
  }

  /** A clock that moves one millisecond every time it is read. */
  static Clock tickingClock() {
    return new Clock() {
      private Instant now = Instant.parse("2026-11-25T10:00:00Z");

      @Override
      public ZoneId getZone() {
        return ZoneOffset.UTC;
      }

      @Override
      public Clock withZone(ZoneId zone) {
        return this;
      }

      @Override
      public synchronized Instant instant() {
        Instant t = now;
        now = now.plus(Duration.ofMillis(1));
        return t;
      }
    };
  }

  /** Records every event, thread-safely. */
  static final class Recorder implements MeshListener {
    private final List<MeshEvent> events = new ArrayList<>();

    @Override
    public synchronized void onEvent(MeshEvent event) {
      events.add(event);
    }

    synchronized List<MeshEvent> events() {
      return List.copyOf(events);
    }

    synchronized <E extends MeshEvent> List<E> of(Class<E> type) {
      return events.stream().filter(type::isInstance).map(type::cast).toList();
    }
  }
}
