package dev.meshsdk.observability.lineage;

import java.net.URI;
import java.util.Objects;

/** Shared checks of events. */
final class Events {
  private Events() {}

  static URI checkProducer(URI producer) {
    Objects.requireNonNull(producer, "producer");
    if (!producer.isAbsolute()) {
      throw new IllegalArgumentException(
          "producer must be an absolute URI (with a scheme): was '" + producer + "'");
    }
    return producer;
  }
}
