package dev.meshsdk.observability.lineage;

import java.security.SecureRandom;
import java.util.Objects;
import java.util.UUID;
import java.util.function.LongSupplier;
import java.util.random.RandomGenerator;

/**
 * Makes UUID version 7 values (RFC 9562) for OpenLineage run ids: a 48-bit Unix millisecond
 * timestamp, the version {@code 7}, a 12-bit counter, the variant {@code 10} and 62 random bits.
 *
 * <p>Ids from one generator are strictly increasing (in their unsigned byte order, which is also
 * the order of their text): within one millisecond the counter counts up, and when the clock goes
 * back or the counter overflows the timestamp is carried forward instead (RFC 9562 section 6.2,
 * method 1). Thread-safe.
 */
public final class UuidV7 {
  private static final UuidV7 DEFAULT = new UuidV7(System::currentTimeMillis, new SecureRandom());
  private static final long MAX_TIMESTAMP = (1L << 48) - 1;

  private final LongSupplier clock;
  private final RandomGenerator random;
  private long lastMillis = -1;
  private int counter;

  private UuidV7(LongSupplier clock, RandomGenerator random) {
    this.clock = clock;
    this.random = random;
  }

  /**
   * A generator with its own clock and randomness, for tests and special uses.
   *
   * @param epochMillis the clock, in milliseconds since 1970-01-01T00:00Z
   * @param random the source of the random bits
   * @return the generator
   */
  public static UuidV7 generator(LongSupplier epochMillis, RandomGenerator random) {
    return new UuidV7(
        Objects.requireNonNull(epochMillis, "epochMillis"),
        Objects.requireNonNull(random, "random"));
  }

  /**
   * A new id from the shared generator (system clock, {@link SecureRandom}).
   *
   * @return the id
   */
  public static UUID next() {
    return DEFAULT.generate();
  }

  /**
   * A new id, greater than every id this generator made before.
   *
   * @return the id
   */
  public UUID generate() {
    long millis;
    int count;
    long randomBits = random.nextLong();
    synchronized (this) {
      long now = clock.getAsLong();
      if (now < 0 || now > MAX_TIMESTAMP) {
        throw new IllegalStateException("clock must give milliseconds in [0, 2^48): was " + now);
      }
      if (now > lastMillis) {
        lastMillis = now;
        counter = random.nextInt(1 << 11); // start in the lower half: room to count up
      } else if (counter < 0xFFF) {
        counter++;
      } else {
        lastMillis++;
        counter = 0;
      }
      millis = lastMillis;
      count = counter;
    }
    long msb = (millis << 16) | 0x7000L | count;
    long lsb = (randomBits & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
    return new UUID(msb, lsb);
  }

  /**
   * The Unix millisecond timestamp of a version 7 UUID.
   *
   * @param uuid the id
   * @return milliseconds since 1970-01-01T00:00Z
   * @throws IllegalArgumentException if the id is not version 7
   */
  public static long timestamp(UUID uuid) {
    if (uuid.version() != 7) {
      throw new IllegalArgumentException(
          "uuid must be version 7: " + uuid + " is version " + uuid.version());
    }
    return uuid.getMostSignificantBits() >>> 16;
  }
}
