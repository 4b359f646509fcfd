package dev.meshsdk.observability.telemetry.internal;

import dev.meshsdk.core.publish.PortRef;
import dev.meshsdk.observability.telemetry.MeshAttributes;
import io.opentelemetry.api.common.Attributes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The attributes naming a port, built once per port and cached (ports are few; past {@link
 * #MAX_CACHED} distinct ports they are built on each call instead). Thread-safe.
 */
public final class PortAttributes {
  /** How many ports' attributes are cached. */
  static final int MAX_CACHED = 1024;

  private final Map<PortRef, Attributes> cache = new ConcurrentHashMap<>();

  /** Creates an empty cache. */
  public PortAttributes() {}

  /**
   * The attributes of a port: domain, product name and version, port name, contract id and version.
   *
   * @param port the port
   * @return the attributes
   */
  public Attributes of(PortRef port) {
    Attributes cached = cache.get(port);
    if (cached != null) {
      return cached;
    }
    Attributes built = build(port);
    if (cache.size() < MAX_CACHED) {
      cache.putIfAbsent(port, built);
    }
    return built;
  }

  /**
   * Builds the attributes of a port without caching them.
   *
   * @param port the port
   * @return the attributes
   */
  public static Attributes build(PortRef port) {
    return Attributes.builder()
        .put(MeshAttributes.DATA_PRODUCT_DOMAIN, port.domain())
        .put(MeshAttributes.DATA_PRODUCT_NAME, port.productId())
        .put(MeshAttributes.DATA_PRODUCT_VERSION, port.productVersion())
        .put(MeshAttributes.OUTPUT_PORT_NAME, port.portName())
        .put(MeshAttributes.CONTRACT_ID, port.contractId())
        .put(MeshAttributes.CONTRACT_VERSION, port.contractVersion())
        .build();
  }
}
