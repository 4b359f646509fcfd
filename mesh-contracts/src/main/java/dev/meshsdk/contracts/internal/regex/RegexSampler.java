package dev.meshsdk.contracts.internal.regex;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Generates strings that a compiled {@link Regex} matches, by a random walk over its deterministic
 * automaton that only takes steps from which an accepting state is still reachable in the remaining
 * length. For test data generators (the mesh test kit); not used on the validation path.
 *
 * <p>Lengths are counted in UTF-16 code units, as the automaton reads them. Characters are chosen
 * within the automaton's column of each step: printable ASCII when the column has any (nine times
 * in ten when the column also has other characters), else other BMP characters outside the
 * surrogates, else whatever the column holds. Patterns that fell back to java.util.regex have no
 * automaton and no sampler.
 */
public final class RegexSampler {
  /** The most work (states times columns times lengths) spent on the length table. */
  private static final long MAX_WORK = 40_000_000L;

  private static final int[][] TIERS = {
    {0x20, 0x7E}, {0xA1, 0xD7FF, 0xE000, 0xFFFD}, {0x00, 0x1F, 0x7F, 0xA0}, {0xD800, 0xDFFF}
  };

  private final int rows;
  private final int columns;
  private final int[] next;
  private final boolean[] accepts;
  private final int start;

  /** Per column, per tier, the ranges [lo, hi] flattened; empty when the tier is empty. */
  private final int[][][] ranges;

  /** {@code reach[k][s]}: from state s an accepting state is reachable in exactly k steps. */
  private final boolean[][] reach;

  private RegexSampler(Dfa dfa, int maxLength) {
    int stride = dfa.stride();
    int[] table = dfa.table();
    this.columns = stride - 1;
    this.rows = table.length / stride;
    int found = rows;
    this.next = new int[(rows + 1) * columns];
    this.accepts = new boolean[rows + 1];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < columns; c++) {
        int v = table[r * stride + c];
        next[r * columns + c] = v == Dfa.DEAD ? -1 : v == Dfa.FOUND ? found : v / stride;
      }
      accepts[r] = table[r * stride + stride - 1] != 0;
    }
    for (int c = 0; c < columns; c++) {
      next[found * columns + c] = found;
    }
    accepts[found] = true;
    int s = dfa.start();
    this.start = s == Dfa.DEAD ? -1 : s == Dfa.FOUND ? found : s / stride;
    this.ranges = columnRanges(dfa, columns);
    long perLength = Math.max(1L, (long) (rows + 1) * Math.max(1, columns));
    int cap = (int) Math.max(0, Math.min(maxLength, MAX_WORK / perLength));
    this.reach = new boolean[cap + 1][];
    reach[0] = accepts.clone();
    for (int k = 1; k <= cap; k++) {
      boolean[] previous = reach[k - 1];
      boolean[] row = new boolean[rows + 1];
      for (int r = 0; r <= rows; r++) {
        for (int c = 0; c < columns; c++) {
          int t = next[r * columns + c];
          if (t >= 0 && previous[t] && usable(c)) {
            row[r] = true;
            break;
          }
        }
      }
      reach[k] = row;
    }
  }

  /**
   * A sampler for a compiled pattern.
   *
   * @param regex the pattern
   * @param maxLength the longest string the sampler will be asked for (the length table is built up
   *     to it, or less for very large automata)
   * @return the sampler, or empty when the pattern runs on the java.util.regex fallback
   */
  public static Optional<RegexSampler> of(Regex regex, int maxLength) {
    Objects.requireNonNull(regex, "regex");
    if (maxLength < 0) {
      throw new IllegalArgumentException("maxLength must be >= 0 but was " + maxLength);
    }
    Dfa dfa = regex.automaton();
    return dfa == null ? Optional.empty() : Optional.of(new RegexSampler(dfa, maxLength));
  }

  /**
   * The longest length this sampler can produce.
   *
   * @return the length
   */
  public int maxLength() {
    return reach.length - 1;
  }

  /**
   * Whether some matching string has exactly this length.
   *
   * @param length the length in UTF-16 code units
   * @return true if one exists (false past {@link #maxLength()})
   */
  public boolean hasLength(int length) {
    return start >= 0 && length >= 0 && length < reach.length && reach[length][start];
  }

  /**
   * A random matching string whose length lies in a range, chosen uniformly among the lengths that
   * have matching strings.
   *
   * @param random the source of randomness
   * @param minLength the shortest length
   * @param maxLength the longest length (capped at {@link #maxLength()})
   * @return the string, or empty if no matching string has such a length
   */
  public Optional<String> sample(RandomGenerator random, int minLength, int maxLength) {
    if (start < 0) {
      return Optional.empty();
    }
    int hi = Math.min(maxLength, reach.length - 1);
    List<Integer> lengths = new ArrayList<>();
    for (int k = Math.max(0, minLength); k <= hi; k++) {
      if (reach[k][start]) {
        lengths.add(k);
      }
    }
    if (lengths.isEmpty()) {
      return Optional.empty();
    }
    int length = lengths.get(random.nextInt(lengths.size()));
    StringBuilder sb = new StringBuilder(length);
    int state = start;
    int[] choices = new int[Math.max(1, columns)];
    for (int remaining = length; remaining > 0; remaining--) {
      int count = 0;
      for (int c = 0; c < columns; c++) {
        int t = next[state * columns + c];
        if (t >= 0 && reach[remaining - 1][t] && usable(c)) {
          choices[count++] = c;
        }
      }
      int column = choices[random.nextInt(count)];
      sb.append(pick(random, column));
      state = next[state * columns + column];
    }
    return Optional.of(sb.toString());
  }

  private boolean usable(int column) {
    for (int[] tier : ranges[column]) {
      if (tier.length > 0) {
        return true;
      }
    }
    return false;
  }

  private char pick(RandomGenerator random, int column) {
    int[][] tiers = ranges[column];
    int chosen = -1;
    if (tiers[0].length > 0 && (tiers[1].length == 0 || random.nextInt(10) < 9)) {
      chosen = 0;
    } else {
      for (int t = 1; t < tiers.length && chosen < 0; t++) {
        if (tiers[t].length > 0) {
          chosen = t;
        }
      }
      if (chosen < 0) {
        chosen = 0;
      }
    }
    int[] r = tiers[chosen];
    long total = 0;
    for (int i = 0; i < r.length; i += 2) {
      total += r[i + 1] - r[i] + 1;
    }
    long at = random.nextLong(total);
    for (int i = 0; i < r.length; i += 2) {
      long size = r[i + 1] - r[i] + 1;
      if (at < size) {
        return (char) (r[i] + at);
      }
      at -= size;
    }
    return (char) r[0];
  }

  /** Each column's code-unit ranges, split by preference tier. */
  private static int[][][] columnRanges(Dfa dfa, int columns) {
    List<List<int[]>> byColumn = dfa.columnRanges();
    int[][][] out = new int[columns][TIERS.length][];
    for (int c = 0; c < columns; c++) {
      for (int t = 0; t < TIERS.length; t++) {
        List<Integer> flat = new ArrayList<>();
        int[] tier = TIERS[t];
        for (int[] range : byColumn.get(c)) {
          for (int i = 0; i < tier.length; i += 2) {
            int lo = Math.max(range[0], tier[i]);
            int hi = Math.min(range[1], tier[i + 1]);
            if (lo <= hi && !(t == 1 && lo > 0xFFFD)) {
              flat.add(lo);
              flat.add(hi);
            }
          }
        }
        if (t == 2) {
          // Also the code units no other tier covers: U+FFFE and U+FFFF.
          for (int[] range : byColumn.get(c)) {
            int lo = Math.max(range[0], 0xFFFE);
            int hi = Math.min(range[1], 0xFFFF);
            if (lo <= hi) {
              flat.add(lo);
              flat.add(hi);
            }
          }
        }
        out[c][t] = flat.stream().mapToInt(Integer::intValue).toArray();
      }
    }
    return out;
  }
}
