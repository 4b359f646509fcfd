package dev.meshsdk.contracts.export;

import dev.meshsdk.contracts.DataContract;
import dev.meshsdk.contracts.DataContracts;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The samples' orders contract, copied into the test resources as this module's own fixture. */
public final class OrdersFixture {
  private OrdersFixture() {}

  /**
   * Reads the fixture.
   *
   * @return the orders contract
   */
  public static DataContract read() {
    try (InputStream in = OrdersFixture.class.getResourceAsStream("/contracts/orders.odcs.yaml")) {
      if (in == null) {
        throw new IllegalStateException("test resource /contracts/orders.odcs.yaml is missing");
      }
      return DataContracts.parse(
          new String(in.readAllBytes(), StandardCharsets.UTF_8), "orders.odcs.yaml");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
