package dev.meshsdk.observability.lineage;

import dev.meshsdk.observability.lineage.internal.Checks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs each event's JSON at INFO level through SLF4J, one line per event.
 *
 * <p>The default logger is {@value #DEFAULT_LOGGER}.
 */
public final class Slf4jTransport implements LineageTransport {
  /** The default logger's name. */
  public static final String DEFAULT_LOGGER = "dev.meshsdk.observability.lineage.OpenLineage";

  private final Logger log;

  private Slf4jTransport(Logger log) {
    this.log = log;
  }

  /**
   * A transport logging to {@value #DEFAULT_LOGGER}.
   *
   * @return the transport
   */
  public static Slf4jTransport create() {
    return create(DEFAULT_LOGGER);
  }

  /**
   * A transport logging to a logger of that name.
   *
   * @param loggerName the logger's name
   * @return the transport
   */
  public static Slf4jTransport create(String loggerName) {
    return new Slf4jTransport(LoggerFactory.getLogger(Checks.notBlank(loggerName, "loggerName")));
  }

  @Override
  public void send(LineageEvent event) {
    if (log.isInfoEnabled()) {
      log.info("{}", LineageJson.toJson(event));
    }
  }

  @Override
  public String toString() {
    return "Slf4jTransport[" + log.getName() + "]";
  }
}
