package dev.meshsdk.core.publish.internal;

import dev.meshsdk.core.event.MeshEvent;
import dev.meshsdk.core.event.MeshListener;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls listeners synchronously, in registration order, shielding the caller from their failures:
 * each failure is caught, counted, and logged at warn level the first time a listener fails (later
 * at debug level, so a broken listener cannot flood the log). Thread-safe.
 */
public final class Listeners {
  private static final Logger LOG = LoggerFactory.getLogger(Listeners.class);

  private final List<MeshListener> listeners;
  private final AtomicBoolean[] warned;
  private final AtomicLong failures = new AtomicLong();

  /**
   * Wraps listeners.
   *
   * @param listeners the listeners, in call order
   */
  public Listeners(List<MeshListener> listeners) {
    this.listeners = List.copyOf(listeners);
    this.warned = new AtomicBoolean[this.listeners.size()];
    for (int i = 0; i < warned.length; i++) {
      warned[i] = new AtomicBoolean();
    }
  }

  /**
   * Tells every listener, in order; never throws an exception a listener threw.
   *
   * @param event the event
   */
  public void emit(MeshEvent event) {
    for (int i = 0; i < listeners.size(); i++) {
      MeshListener listener = listeners.get(i);
      try {
        listener.onEvent(event);
      } catch (Exception e) {
        failures.incrementAndGet();
        if (warned[i].compareAndSet(false, true)) {
          LOG.warn(
              "Listener {} ({}) failed on {}; the publish goes on. Later failures of this listener"
                  + " are logged at debug level and counted in PublisherStats.listenerFailures.",
              i,
              listener.getClass().getName(),
              event.getClass().getSimpleName(),
              e);
        } else {
          LOG.debug(
              "Listener {} ({}) failed again on {}",
              i,
              listener.getClass().getName(),
              event.getClass().getSimpleName(),
              e);
        }
      }
    }
  }

  /**
   * How many times a listener threw.
   *
   * @return the count
   */
  public long failures() {
    return failures.get();
  }

  /**
   * Whether there is no listener to tell (so events need not be built).
   *
   * @return true when there are none
   */
  public boolean isEmpty() {
    return listeners.isEmpty();
  }
}
