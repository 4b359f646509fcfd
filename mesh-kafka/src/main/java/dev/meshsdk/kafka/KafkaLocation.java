package dev.meshsdk.kafka;

import dev.meshsdk.core.OutputPort;
import dev.meshsdk.observability.lineage.DatasetName;
import dev.meshsdk.observability.lineage.LineageNames;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;

/**
 * Where a port's records are on Kafka: the bootstrap servers and the topic, as an output port's
 * location {@code kafka://host:port/topic} says.
 *
 * @param bootstrapServers the {@code bootstrap.servers} to connect to, such as {@code broker1:9092}
 * @param topic the topic
 */
public record KafkaLocation(String bootstrapServers, String topic) {
  /**
   * Checks the components.
   *
   * @param bootstrapServers the bootstrap servers, not blank
   * @param topic the topic, not blank
   * @throws IllegalArgumentException if one is blank
   */
  public KafkaLocation {
    Objects.requireNonNull(bootstrapServers, "KafkaLocation.bootstrapServers");
    Objects.requireNonNull(topic, "KafkaLocation.topic");
    if (bootstrapServers.isBlank()) {
      throw new IllegalArgumentException("KafkaLocation.bootstrapServers must not be blank");
    }
    if (topic.isBlank()) {
      throw new IllegalArgumentException("KafkaLocation.topic must not be blank");
    }
  }

  /**
   * Parses {@code kafka://host:port/topic}.
   *
   * @param location the URI
   * @return the location
   * @throws IllegalArgumentException if it is not a {@code kafka} URI with host, port and topic
   */
  public static KafkaLocation parse(String location) {
    Objects.requireNonNull(location, "location");
    URI uri;
    try {
      uri = new URI(location);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          "location must be kafka://host:port/topic: '" + location + "' is not a URI", e);
    }
    String path = uri.getPath() == null ? "" : uri.getPath();
    String topic = path.startsWith("/") ? path.substring(1) : path;
    if (!"kafka".equalsIgnoreCase(uri.getScheme())
        || uri.getHost() == null
        || uri.getPort() < 0
        || topic.isBlank()
        || topic.contains("/")) {
      throw new IllegalArgumentException(
          "location must be kafka://host:port/topic: was '" + location + "'");
    }
    return new KafkaLocation(uri.getHost() + ":" + uri.getPort(), topic);
  }

  /**
   * The location of an output port.
   *
   * @param port the port; its {@link OutputPort#location()} must be {@code kafka://host:port/topic}
   * @return the location
   * @throws IllegalArgumentException if the port has no location or not a Kafka one
   */
  public static KafkaLocation of(OutputPort port) {
    String location =
        port.location()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "output port '"
                            + port.name()
                            + "' has no location; give it kafka://host:port/topic"));
    return parse(location);
  }

  /**
   * The OpenLineage dataset name: namespace {@code kafka://host:port} (the first bootstrap server),
   * name the topic.
   *
   * @return the dataset name
   */
  public DatasetName datasetName() {
    return LineageNames.kafka(bootstrapServers, topic);
  }

  /**
   * {@code kafka://host:port/topic} with the first bootstrap server.
   *
   * @return the URI text
   */
  @Override
  public String toString() {
    DatasetName name = datasetName();
    return name.namespace() + "/" + name.name();
  }
}
