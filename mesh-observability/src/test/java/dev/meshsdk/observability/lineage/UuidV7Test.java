package dev.meshsdk.observability.lineage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class UuidV7Test {

  @Test
  void hasVersion7AndTheRfcVariant() {
    UUID id = UuidV7.next();
    assertThat(id.version()).isEqualTo(7);
    assertThat(id.variant()).isEqualTo(2);
    assertThat(id.toString().charAt(14)).isEqualTo('7');
    assertThat(id.toString().charAt(19)).isIn('8', '9', 'a', 'b');
  }

  @Test
  void carriesTheClocksMilliseconds() {
    UuidV7 g = UuidV7.generator(() -> 1_764_064_530_123L, new Random(1));
    assertThat(UuidV7.timestamp(g.generate())).isEqualTo(1_764_064_530_123L);
  }

  @Test
  void idsAreStrictlyIncreasingWithinOneMillisecondAndWhenTheClockGoesBack() {
    AtomicLong clock = new AtomicLong(1_000_000L);
    UuidV7 g = UuidV7.generator(clock::get, new Random(7));
    List<UUID> ids = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) { // far more than the 12-bit counter holds in 1 ms
      ids.add(g.generate());
      if (i == 5_000) {
        clock.set(999_000L); // the clock goes back
      }
    }
    for (int i = 1; i < ids.size(); i++) {
      assertThat(ids.get(i).toString())
          .as("id %d after id %d", i, i - 1)
          .isGreaterThan(ids.get(i - 1).toString());
      assertThat(ids.get(i).version()).isEqualTo(7);
      assertThat(ids.get(i).variant()).isEqualTo(2);
    }
  }

  @Test
  void sharedGeneratorIsMonotonicAcrossThreads() throws Exception {
    List<UUID> ids = java.util.Collections.synchronizedList(new ArrayList<>());
    Thread[] threads = new Thread[4];
    for (int t = 0; t < threads.length; t++) {
      threads[t] =
          new Thread(
              () -> {
                for (int i = 0; i < 2_000; i++) {
                  ids.add(UuidV7.next());
                }
              });
      threads[t].start();
    }
    for (Thread t : threads) {
      t.join();
    }
    assertThat(ids).doesNotHaveDuplicates().hasSize(8_000);
  }

  @Test
  void timestampRefusesOtherVersions() {
    UUID v4 = UUID.randomUUID();
    assertThatThrownBy(() -> UuidV7.timestamp(v4))
        .hasMessage("uuid must be version 7: " + v4 + " is version 4");
  }
}
