package dev.meshsdk.testkit.generate.internal;

import dev.meshsdk.testkit.generate.GeneratorOptions;
import java.math.BigInteger;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * One record's drawing state: the random source, the options, the nodes that must be present (for
 * an invalid record, the path to the value that will be broken) and where that value landed.
 */
final class Draw {
  /** Where a generated value sits: a map entry, a list element, or a map key. */
  record Slot(Object container, Object key, boolean mapKey, String path, String parentPath) {
    /**
     * Checks the components.
     *
     * @param container the map or list holding the value
     * @param key the map key or the list index
     * @param mapKey whether the value is the key itself (of a map property)
     * @param path the validator's path of the value
     * @param parentPath the validator's path of the container
     */
    Slot {}
  }

  final SplittableRandom random;
  final GeneratorOptions options;
  private final Set<Node> force;
  private final @Nullable Node target;
  private @Nullable Slot slot;

  Draw(SplittableRandom random, GeneratorOptions options) {
    this(random, options, Set.of(), null);
  }

  Draw(SplittableRandom random, GeneratorOptions options, Set<Node> force, @Nullable Node target) {
    this.random = random;
    this.options = options;
    Set<Node> identity = Collections.newSetFromMap(new IdentityHashMap<>());
    identity.addAll(force);
    this.force = identity;
    this.target = target;
  }

  boolean chance(double p) {
    return p > 0 && random.nextDouble() < p;
  }

  boolean edge() {
    return chance(options.edgeProbability());
  }

  /** A uniform int from lo to hi, both included. */
  int between(int lo, int hi) {
    if (hi <= lo) {
      return lo;
    }
    return lo + random.nextInt(hi - lo + 1);
  }

  /** A uniform BigInteger from lo to hi, both included. */
  BigInteger between(BigInteger lo, BigInteger hi) {
    BigInteger span = hi.subtract(lo);
    if (span.signum() <= 0) {
      return lo;
    }
    if (span.bitLength() < 63) {
      return lo.add(BigInteger.valueOf(random.nextLong(span.longValueExact() + 1)));
    }
    int bits = span.bitLength();
    while (true) {
      BigInteger r = BigInteger.ZERO;
      for (int have = 0; have < bits; have += 62) {
        r = r.shiftLeft(62).or(BigInteger.valueOf(random.nextLong() >>> 2));
      }
      r = r.shiftRight(Math.max(0, (bits + 61) / 62 * 62 - bits));
      if (r.compareTo(span) <= 0) {
        return lo.add(r);
      }
    }
  }

  <T> T pick(java.util.List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  boolean forced(@Nullable Node node) {
    return node != null && force.contains(node);
  }

  /** Notes where a value of the target node landed (the first one only). */
  void placed(Node node, Object container, Object key, boolean mapKey, String path, String parent) {
    if (node == target && slot == null) {
      slot = new Slot(container, key, mapKey, path, parent);
    }
  }

  @Nullable Slot slot() {
    return slot;
  }
}
