package dev.meshsdk.observability.lineage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LineageEmitterTest {
  private static final long WAIT = 30;

  private static RunEvent event() {
    return Fixtures.start(UuidV7.next());
  }

  /** A transport that blocks each send until released, and says when a send has begun. */
  private static final class GatedTransport implements LineageTransport {
    final CountDownLatch entered = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);
    final List<LineageEvent> sent = new CopyOnWriteArrayList<>();
    volatile boolean closed;

    @Override
    public void send(LineageEvent event) {
      entered.countDown();
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new LineageTransportException("interrupted");
      }
      sent.add(event);
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  /** Counts listener calls with latches. */
  private static final class Recorder implements LineageEmitter.Listener {
    final CountDownLatch delivered;
    final CountDownLatch failed = new CountDownLatch(1);
    final List<Integer> retryAttempts = new CopyOnWriteArrayList<>();
    final AtomicInteger dropped = new AtomicInteger();

    Recorder(int deliveries) {
      this.delivered = new CountDownLatch(deliveries);
    }

    @Override
    public void onDelivered(LineageEvent event) {
      delivered.countDown();
    }

    @Override
    public void onRetry(LineageEvent event, int attempt, RuntimeException error) {
      retryAttempts.add(attempt);
    }

    @Override
    public void onFailed(LineageEvent event, RuntimeException error) {
      failed.countDown();
    }

    @Override
    public void onDropped(LineageEvent event) {
      dropped.incrementAndGet();
    }
  }

  @Test
  void dropsAndCountsEventsWhenTheBufferIsFullWithoutBlockingTheCaller() throws Exception {
    GatedTransport transport = new GatedTransport();
    Recorder recorder = new Recorder(3);
    LineageEmitterOptions options =
        LineageEmitterOptions.builder()
            .capacity(2)
            .offerTimeout(Duration.ofMillis(5))
            .listener(recorder)
            .build();
    try (LineageEmitter emitter = LineageEmitter.start(transport, options)) {
      assertThat(emitter.emit(event())).isTrue();
      assertThat(transport.entered.await(WAIT, TimeUnit.SECONDS)).isTrue();
      assertThat(emitter.emit(event())).isTrue();
      assertThat(emitter.emit(event())).isTrue();
      assertThat(emitter.emit(event())).as("buffer full: dropped, not blocked").isFalse();
      assertThat(emitter.emit(event())).isFalse();
      assertThat(emitter.droppedCount()).isEqualTo(2);
      assertThat(recorder.dropped).hasValue(2);
      assertThat(emitter.pendingCount()).isEqualTo(2);

      transport.release.countDown();
      assertThat(recorder.delivered.await(WAIT, TimeUnit.SECONDS)).isTrue();
      assertThat(emitter.deliveredCount()).isEqualTo(3);
      assertThat(transport.sent).hasSize(3);
    }
    assertThat(transport.closed).as("close() closes the transport").isTrue();
  }

  @Test
  void retriesWithBackoffAndCountsAFailureAfterTheLastAttempt() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    LineageTransport broken =
        e -> {
          calls.incrementAndGet();
          throw new LineageTransportException("endpoint down");
        };
    Recorder recorder = new Recorder(1);
    LineageEmitterOptions options =
        LineageEmitterOptions.builder()
            .maxAttempts(3)
            .backoff(Duration.ofMillis(1), Duration.ofMillis(2))
            .listener(recorder)
            .build();
    try (LineageEmitter emitter = LineageEmitter.start(broken, options)) {
      emitter.emit(event());
      assertThat(recorder.failed.await(WAIT, TimeUnit.SECONDS)).isTrue();
      assertThat(calls).hasValue(3);
      assertThat(recorder.retryAttempts).containsExactly(1, 2);
      assertThat(emitter.retryCount()).isEqualTo(2);
      assertThat(emitter.failedCount()).isEqualTo(1);
      assertThat(emitter.deliveredCount()).isZero();
    }
  }

  @Test
  void deliversOnceTheTransportRecovers() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    InMemoryTransport memory = new InMemoryTransport();
    LineageTransport flaky =
        e -> {
          if (calls.incrementAndGet() <= 2) {
            throw new LineageTransportException("not yet");
          }
          memory.send(e);
        };
    Recorder recorder = new Recorder(1);
    LineageEmitterOptions options =
        LineageEmitterOptions.builder()
            .backoff(Duration.ofMillis(1), Duration.ofMillis(4))
            .listener(recorder)
            .build();
    RunEvent e = event();
    try (LineageEmitter emitter = LineageEmitter.start(flaky, options)) {
      emitter.emit(e);
      assertThat(recorder.delivered.await(WAIT, TimeUnit.SECONDS)).isTrue();
      assertThat(emitter.failedCount()).isZero();
      assertThat(emitter.retryCount()).isEqualTo(2);
    }
    assertThat(memory.events()).containsExactly(e);
  }

  @Test
  void closeDeliversEverythingBufferedFirst() {
    InMemoryTransport memory = new InMemoryTransport();
    LineageEmitter emitter =
        LineageEmitter.start(memory, LineageEmitterOptions.builder().capacity(500).build());
    for (int i = 0; i < 500; i++) {
      assertThat(emitter.emit(event())).isTrue();
    }
    emitter.close();
    assertThat(memory.events()).hasSize(500);
    assertThat(emitter.deliveredCount()).isEqualTo(500);
    assertThat(emitter.droppedCount()).isZero();
  }

  @Test
  void closeGivesUpAfterItsTimeoutAndCountsWhatIsLeftAsDropped() throws Exception {
    GatedTransport stuck = new GatedTransport();
    LineageEmitterOptions options =
        LineageEmitterOptions.builder().closeTimeout(Duration.ofMillis(50)).build();
    LineageEmitter emitter = LineageEmitter.start(stuck, options);
    emitter.emit(event());
    assertThat(stuck.entered.await(WAIT, TimeUnit.SECONDS)).isTrue();
    emitter.emit(event());
    emitter.emit(event());
    emitter.close();
    assertThat(emitter.droppedCount()).as("the interrupted one and the two buffered").isEqualTo(3);
    assertThat(emitter.deliveredCount()).isZero();
    assertThat(emitter.pendingCount()).isZero();
    assertThat(stuck.closed).isTrue();
  }

  @Test
  void emitAfterCloseIsDroppedAndCounted() {
    InMemoryTransport memory = new InMemoryTransport();
    LineageEmitter emitter = LineageEmitter.start(memory);
    emitter.close();
    emitter.close();
    assertThat(emitter.emit(event())).isFalse();
    assertThat(emitter.droppedCount()).isEqualTo(1);
    assertThat(memory.events()).isEmpty();
  }

  @Test
  void aThrowingListenerDoesNotStopDelivery() throws Exception {
    InMemoryTransport memory = new InMemoryTransport();
    CountDownLatch second = new CountDownLatch(2);
    LineageEmitter.Listener throwing =
        new LineageEmitter.Listener() {
          @Override
          public void onDelivered(LineageEvent event) {
            second.countDown();
            throw new IllegalStateException("listener bug");
          }
        };
    try (LineageEmitter emitter =
        LineageEmitter.start(memory, LineageEmitterOptions.builder().listener(throwing).build())) {
      emitter.emit(event());
      emitter.emit(event());
      assertThat(second.await(WAIT, TimeUnit.SECONDS)).isTrue();
      assertThat(emitter.deliveredCount()).isEqualTo(2);
    }
  }

  @Test
  void countersCanBackAMetricAsLongSuppliers() {
    LineageEmitter emitter = LineageEmitter.start(new InMemoryTransport());
    java.util.function.LongSupplier dropped = emitter::droppedCount;
    emitter.close();
    emitter.emit(event());
    assertThat(dropped.getAsLong()).isEqualTo(1);
  }

  @Test
  void optionsHaveDefaultsAndFailFastNamingParameterRuleAndValue() {
    LineageEmitterOptions d = LineageEmitterOptions.defaults();
    assertThat(d.capacity()).isEqualTo(1024);
    assertThat(d.offerTimeout()).isEqualTo(Duration.ofMillis(10));
    assertThat(d.maxAttempts()).isEqualTo(5);
    assertThat(d.closeTimeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(d.toBuilder().capacity(7).build().capacity()).isEqualTo(7);
    assertThatThrownBy(() -> LineageEmitterOptions.builder().capacity(0))
        .hasMessage("capacity must be >= 1: was 0");
    assertThatThrownBy(() -> LineageEmitterOptions.builder().offerTimeout(Duration.ofMillis(-1)))
        .hasMessage("offerTimeout must not be negative: was PT-0.001S");
    assertThatThrownBy(
            () ->
                LineageEmitterOptions.builder()
                    .backoff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
        .hasMessage("maxBackoff must be >= initialBackoff (PT2S): was PT1S");
    assertThatThrownBy(() -> LineageEmitterOptions.builder().maxAttempts(0))
        .hasMessage("maxAttempts must be >= 1: was 0");
  }
}
