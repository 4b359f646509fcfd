package dev.meshsdk.core.event;

/**
 * Receives {@link MeshEvent}s: the SPI through which lineage, metrics, audit and SLA tracking
 * observe a mesh without the core knowing them.
 *
 * <p>Listeners are called synchronously, on the thread that publishes, in the order they were
 * registered, after the work the event reports (a {@code PublishCompleted} arrives after the sink
 * returned). Keep {@code onEvent} fast: anything slow (network calls, file writes) belongs on the
 * listener's own thread or queue, or it slows every publish.
 *
 * <p>A listener that throws never breaks a publish: the exception is caught, logged once per
 * listener (later failures at debug level), counted in {@code PublisherStats.listenerFailures()},
 * and the remaining listeners are still called.
 */
@FunctionalInterface
public interface MeshListener {

  /**
   * Handles one event.
   *
   * @param event the event
   */
  void onEvent(MeshEvent event);
}
