package dev.meshsdk.core.publish.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** UUID version 7 ids: layout, timestamp, strict order. */
class UuidV7Test {
  private static final Instant T = Instant.parse("2026-11-25T10:00:00.123Z");

  @Test
  void carriesVersionSevenTheRfcVariantAndTheClocksMilliseconds() {
    UUID id = new UuidV7(Clock.fixed(T, ZoneOffset.UTC), new Random(1)).next();

    assertThat(id.version()).isEqualTo(7);
    assertThat(id.variant()).isEqualTo(2);
    assertThat(UuidV7.millis(id)).isEqualTo(T.toEpochMilli());
    assertThat(id.toString()).startsWith(String.format("%08x", T.toEpochMilli() >>> 16));
  }

  @Test
  void idsIncreaseStrictlyWithinOneMillisecondAndWhenTheClockStepsBack() {
    MutableClock clock = new MutableClock();
    UuidV7 ids = new UuidV7(clock, new Random(7));
    List<UUID> made = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      made.add(ids.next());
    }
    clock.now = T.minusSeconds(10);
    made.add(ids.next());
    clock.now = T.plusSeconds(1);
    made.add(ids.next());

    for (int i = 1; i < made.size(); i++) {
      assertThat(compareUnsigned(made.get(i - 1), made.get(i))).isNegative();
    }
    assertThat(UuidV7.millis(made.get(made.size() - 1))).isEqualTo(T.plusSeconds(1).toEpochMilli());
  }

  @Test
  void refusesToReadTheTimeOfOtherVersions() {
    assertThatThrownBy(() -> UuidV7.millis(UUID.randomUUID()))
        .hasMessage("id must be a UUID version 7, got version 4");
  }

  private static int compareUnsigned(UUID a, UUID b) {
    int c = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
    return c != 0
        ? c
        : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
  }

  private static final class MutableClock extends Clock {
    Instant now = T;

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
