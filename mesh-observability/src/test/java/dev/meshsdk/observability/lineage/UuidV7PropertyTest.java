package dev.meshsdk.observability.lineage;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UuidV7PropertyTest {

  @Test
  void anyTimestampRoundTripsWithVersionAndVariantBits() {
    qt().withFixedSeed(20261125L)
        .forAll(longs().between(0, (1L << 48) - 1), longs().all())
        .check(
            (millis, seed) -> {
              UUID id = UuidV7.generator(() -> millis, new Random(seed)).generate();
              return UuidV7.timestamp(id) == millis && id.version() == 7 && id.variant() == 2;
            });
  }

  @Test
  void laterMillisecondsGiveGreaterIds() {
    qt().withFixedSeed(42L)
        .forAll(longs().between(0, (1L << 48) - 2), longs().all())
        .check(
            (millis, seed) -> {
              long[] now = {millis};
              UuidV7 g = UuidV7.generator(() -> now[0], new Random(seed));
              String a = g.generate().toString();
              now[0]++;
              return g.generate().toString().compareTo(a) > 0;
            });
  }
}
