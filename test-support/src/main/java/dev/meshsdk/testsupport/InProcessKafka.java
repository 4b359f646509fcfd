package dev.meshsdk.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.jspecify.annotations.Nullable;

/**
 * A real single-node Kafka cluster in KRaft mode (one combined broker and controller), in this JVM,
 * on two free loopback ports and a temporary log folder. It can be stopped and started again on the
 * same ports and logs, as a broker restart. Shared by mesh-kafka's integration tests and the Kafka
 * benchmark; the Kafka server artifacts are {@code provided} here, so only a module that uses this
 * class brings them.
 */
public final class InProcessKafka implements AutoCloseable {
  private final Path dir;
  private final int brokerPort;
  private final Properties props = new Properties();
  private @Nullable KafkaRaftServer server;

  private InProcessKafka(Path dir, int brokerPort, int controllerPort) {
    this.dir = dir;
    this.brokerPort = brokerPort;
    props.put("process.roles", "broker,controller");
    props.put("node.id", "1");
    props.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
    props.put(
        "listeners",
        "PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
    props.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort);
    props.put("controller.listener.names", "CONTROLLER");
    props.put("inter.broker.listener.name", "PLAINTEXT");
    props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
    props.put("log.dirs", dir.resolve("logs").toString());
    props.put("num.partitions", "1");
    props.put("auto.create.topics.enable", "true");
    props.put("offsets.topic.replication.factor", "1");
    props.put("offsets.topic.num.partitions", "1");
    props.put("transaction.state.log.replication.factor", "1");
    props.put("transaction.state.log.min.isr", "1");
    props.put("transaction.state.log.num.partitions", "1");
    props.put("share.coordinator.state.topic.replication.factor", "1");
    props.put("share.coordinator.state.topic.min.isr", "1");
    props.put("group.initial.rebalance.delay.ms", "0");
    props.put("log.cleaner.dedupe.buffer.size", "2097152");
    props.put("num.network.threads", "2");
    props.put("num.io.threads", "2");
  }

  /**
   * Formats a new log folder and starts the node.
   *
   * @return the running node
   * @throws UncheckedIOException if the folder or the ports cannot be had
   * @throws IllegalStateException if the log folder cannot be formatted
   */
  public static InProcessKafka start() {
    try {
      Path dir = Files.createTempDirectory("mesh-kafka");
      InProcessKafka kafka = new InProcessKafka(dir, freePort(), freePort());
      kafka.format();
      kafka.startNode();
      return kafka;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      s.setReuseAddress(true);
      return s.getLocalPort();
    }
  }

  private void format() throws IOException {
    Path config = dir.resolve("server.properties");
    try (OutputStream out = Files.newOutputStream(config)) {
      props.store(out, "meshsdk in-process test node");
    }
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    int rc;
    try (PrintStream ps = new PrintStream(log, true, StandardCharsets.UTF_8)) {
      rc =
          StorageTool.execute(
              new String[] {"format", "-t", Uuid.randomUuid().toString(), "-c", config.toString()},
              ps);
    }
    if (rc != 0) {
      throw new IllegalStateException(
          "formatting the KRaft log folder failed ("
              + rc
              + "): "
              + log.toString(StandardCharsets.UTF_8));
    }
  }

  private void startNode() {
    KafkaRaftServer s = new KafkaRaftServer(new KafkaConfig(props, false), Time.SYSTEM);
    s.startup();
    server = s;
  }

  /**
   * The client bootstrap address.
   *
   * @return {@code 127.0.0.1:port}
   */
  public String bootstrapServers() {
    return "127.0.0.1:" + brokerPort;
  }

  /** Stops the node (a clean shutdown: the logs are flushed). */
  public void stop() {
    KafkaRaftServer s = server;
    if (s != null) {
      s.shutdown();
      s.awaitShutdown();
      server = null;
    }
  }

  /** Stops the node and starts it again on the same ports and log folder. */
  public void restart() {
    stop();
    startNode();
  }

  /**
   * Creates topics and waits until they exist.
   *
   * @param partitions partitions per topic
   * @param names the topics
   * @throws Exception if the broker refuses or does not answer within a minute
   */
  public void createTopics(int partitions, String... names) throws Exception {
    try (Admin admin = admin()) {
      List<NewTopic> topics =
          Stream.of(names).map(n -> new NewTopic(n, partitions, (short) 1)).toList();
      admin.createTopics(topics).all().get(60, TimeUnit.SECONDS);
    }
  }

  /**
   * An admin client for the node; the caller closes it.
   *
   * @return the client
   */
  public Admin admin() {
    return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()));
  }

  /** Stops the node and deletes its log folder. */
  @Override
  public void close() throws IOException {
    try {
      stop();
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }
}
