package dev.meshsdk.benchmarks;

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

/**
 * A single-node Kafka cluster in KRaft mode (combined broker and controller) in this JVM, on free
 * loopback ports and a temporary log folder; the same setup as mesh-kafka's integration tests.
 */
public final class InProcessKafka implements AutoCloseable {
  private final Path dir;
  private final int brokerPort;
  private final KafkaRaftServer server;

  private InProcessKafka(Path dir, int brokerPort, KafkaRaftServer server) {
    this.dir = dir;
    this.brokerPort = brokerPort;
    this.server = server;
  }

  /**
   * Formats a new log folder and starts the node.
   *
   * @return the running node
   */
  public static InProcessKafka start() {
    try {
      Path dir = Files.createTempDirectory("mesh-kafka-bench");
      int brokerPort = freePort();
      int controllerPort = freePort();
      Properties p = new Properties();
      p.put("process.roles", "broker,controller");
      p.put("node.id", "1");
      p.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
      p.put(
          "listeners",
          "PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
      p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort);
      p.put("controller.listener.names", "CONTROLLER");
      p.put("inter.broker.listener.name", "PLAINTEXT");
      p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
      p.put("log.dirs", dir.resolve("logs").toString());
      p.put("offsets.topic.replication.factor", "1");
      p.put("transaction.state.log.replication.factor", "1");
      p.put("transaction.state.log.min.isr", "1");
      p.put("share.coordinator.state.topic.replication.factor", "1");
      p.put("share.coordinator.state.topic.min.isr", "1");
      p.put("log.cleaner.dedupe.buffer.size", "2097152");
      Path config = dir.resolve("server.properties");
      try (OutputStream out = Files.newOutputStream(config)) {
        p.store(out, "benchmark node");
      }
      ByteArrayOutputStream log = new ByteArrayOutputStream();
      int rc;
      try (PrintStream ps = new PrintStream(log, true, StandardCharsets.UTF_8)) {
        rc =
            StorageTool.execute(
                new String[] {
                  "format", "-t", Uuid.randomUuid().toString(), "-c", config.toString()
                },
                ps);
      }
      if (rc != 0) {
        throw new IllegalStateException(
            "formatting the KRaft log folder failed: " + log.toString(StandardCharsets.UTF_8));
      }
      KafkaRaftServer server = new KafkaRaftServer(new KafkaConfig(p, false), Time.SYSTEM);
      server.startup();
      return new InProcessKafka(dir, brokerPort, server);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  /**
   * The client bootstrap address.
   *
   * @return {@code 127.0.0.1:port}
   */
  public String bootstrapServers() {
    return "127.0.0.1:" + brokerPort;
  }

  /**
   * Creates topics and waits until they exist.
   *
   * @param partitions partitions per topic
   * @param names the topics
   * @throws Exception if the broker refuses or does not answer within a minute
   */
  public void createTopics(int partitions, String... names) throws Exception {
    try (Admin admin =
        Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
      List<NewTopic> topics =
          Stream.of(names).map(n -> new NewTopic(n, partitions, (short) 1)).toList();
      admin.createTopics(topics).all().get(1, TimeUnit.MINUTES);
    }
  }

  /** Stops the node and deletes its log folder. */
  @Override
  public void close() {
    server.shutdown();
    server.awaitShutdown();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(f);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
