package dev.meshsdk.observability.lineage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimitedLogTest {

  @Test
  void reportsTheFirstAtOnceThenAtMostOncePerIntervalWithTheCount() {
    AtomicLong now = new AtomicLong(1_000);
    List<String> reports = new CopyOnWriteArrayList<>();
    RateLimitedLog log =
        new RateLimitedLog(Duration.ofNanos(100), now::get, (d, n) -> reports.add(n + " " + d));

    log.record("buffer full");
    assertThat(reports).containsExactly("1 buffer full");
    for (int i = 0; i < 50; i++) {
      now.addAndGet(1);
      log.record("buffer full");
    }
    assertThat(reports).as("not once per event").hasSize(1);
    now.addAndGet(60);
    log.record("emitter closed");
    assertThat(reports).containsExactly("1 buffer full", "51 emitter closed");
    log.record("buffer full");
    log.flush();
    assertThat(reports).last().isEqualTo("1 buffer full");
    log.flush();
    assertThat(reports).as("nothing pending: nothing reported").hasSize(3);
  }
}
