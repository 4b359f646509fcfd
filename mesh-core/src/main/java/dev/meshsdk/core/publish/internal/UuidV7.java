package dev.meshsdk.core.publish.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * Generates UUID version 7 (RFC 9562 section 5.7): 48 bits of Unix milliseconds from a {@link
 * Clock}, then random bits. Ids from one generator are strictly increasing, even within one
 * millisecond or when the clock steps back (RFC 9562 section 6.2, method 2: the random part is
 * incremented as a counter and the timestamp is never allowed to go back). Thread-safe.
 */
public final class UuidV7 {
  private static final long VERSION_7 = 0x7000L;
  private static final long VARIANT_RFC = 0x8000_0000_0000_0000L;
  private static final long RAND_B_LIMIT = 1L << 62;
  private static final int RAND_A_LIMIT = 1 << 12;

  private final Clock clock;
  private final RandomGenerator random;
  private long lastMillis = -1;
  private int randA;
  private long randB;

  /**
   * A generator on a clock, seeded from {@link SecureRandom}.
   *
   * @param clock the clock
   */
  public UuidV7(Clock clock) {
    this(clock, new SecureRandom());
  }

  /**
   * A generator on a clock and a random source (for tests).
   *
   * @param clock the clock
   * @param random the random source
   */
  public UuidV7(Clock clock, RandomGenerator random) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.random = Objects.requireNonNull(random, "random");
  }

  /**
   * The next id.
   *
   * @return a UUID of version 7 and the RFC 4122/9562 variant, greater than every id this generator
   *     returned before
   */
  public synchronized UUID next() {
    long now = clock.millis() & 0xFFFF_FFFF_FFFFL;
    if (now > lastMillis) {
      lastMillis = now;
      randA = random.nextInt(RAND_A_LIMIT);
      // 61 random bits in the 62-bit field leave room to count up within the millisecond.
      randB = random.nextLong() >>> 3;
    } else if (++randB == RAND_B_LIMIT) {
      randB = 0;
      if (++randA == RAND_A_LIMIT) {
        randA = 0;
        lastMillis++;
      }
    }
    long msb = (lastMillis << 16) | VERSION_7 | randA;
    long lsb = VARIANT_RFC | randB;
    return new UUID(msb, lsb);
  }

  /**
   * The Unix milliseconds a version 7 UUID was made at.
   *
   * @param id a version 7 UUID
   * @return its timestamp in milliseconds since the epoch
   * @throws IllegalArgumentException if the UUID is not version 7
   */
  public static long millis(UUID id) {
    if (id.version() != 7) {
      throw new IllegalArgumentException(
          "id must be a UUID version 7, got version " + id.version());
    }
    return id.getMostSignificantBits() >>> 16;
  }
}
