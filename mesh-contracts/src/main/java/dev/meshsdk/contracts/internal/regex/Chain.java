package dev.meshsdk.contracts.internal.regex;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * An automaton that is a straight chain: from the start, each position allows one small set of
 * characters and leads to a state not seen before, as for {@code ^ORD-[0-9]{8}$} or {@code
 * ^[A-Z]{3}$}. Such a pattern needs no table: generated code compares each position's character
 * with a few constants, as a hand-written check would. {@link #matches} is the reference for what
 * that code must do, and answers what the automaton answers.
 */
public final class Chain {
  /** The most positions a chain may have. */
  public static final int MAX_STEPS = 64;

  /** The most character ranges one position may allow. */
  public static final int MAX_RANGES = 4;

  private final int[][] ranges;
  private final boolean[] acceptsAt;
  private final boolean openEnd;

  private Chain(int[][] ranges, boolean[] acceptsAt, boolean openEnd) {
    this.ranges = ranges;
    this.acceptsAt = acceptsAt;
    this.openEnd = openEnd;
  }

  /**
   * The chain of a compiled pattern, if its automaton is one.
   *
   * @param regex the pattern
   * @return the chain, or empty when the automaton branches, loops, or the pattern runs on the
   *     java.util.regex fallback
   */
  public static Optional<Chain> of(Regex regex) {
    Dfa dfa = regex.automaton();
    if (dfa == null || dfa.start() < 0) {
      return Optional.empty();
    }
    int[] table = dfa.table();
    int stride = dfa.stride();
    List<List<int[]>> byColumn = dfa.columnRanges();
    List<int[]> steps = new ArrayList<>();
    List<Boolean> accepts = new ArrayList<>();
    List<Integer> seen = new ArrayList<>();
    int state = dfa.start();
    while (true) {
      seen.add(state);
      accepts.add(table[state + stride - 1] != 0);
      int target = Dfa.DEAD;
      List<int[]> allowed = new ArrayList<>();
      for (int col = 0; col < stride - 1; col++) {
        int t = table[state + col];
        if (t == Dfa.DEAD) {
          continue;
        }
        if (target != Dfa.DEAD && t != target) {
          return Optional.empty(); // branches
        }
        target = t;
        for (int[] range : byColumn.get(col)) {
          allowed.add(new int[] {range[0], range[1]});
        }
      }
      if (target == Dfa.DEAD) {
        // the last state: any further character is refused
        return Optional.of(build(steps, accepts, false));
      }
      int[] merged = merge(allowed);
      if (merged.length > 2 * MAX_RANGES || steps.size() == MAX_STEPS || seen.contains(target)) {
        return Optional.empty();
      }
      steps.add(merged);
      if (target == Dfa.FOUND) {
        return Optional.of(build(steps, accepts, true));
      }
      state = target;
    }
  }

  private static Chain build(List<int[]> steps, List<Boolean> accepts, boolean openEnd) {
    boolean[] a = new boolean[accepts.size()];
    for (int i = 0; i < a.length; i++) {
      a[i] = accepts.get(i);
    }
    return new Chain(steps.toArray(new int[0][]), a, openEnd);
  }

  private static int[] merge(List<int[]> ranges) {
    ranges.sort((x, y) -> Integer.compare(x[0], y[0]));
    List<int[]> out = new ArrayList<>();
    for (int[] r : ranges) {
      int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && r[0] <= last[1] + 1) {
        last[1] = Math.max(last[1], r[1]);
      } else {
        out.add(new int[] {r[0], r[1]});
      }
    }
    int[] flat = new int[out.size() * 2];
    for (int i = 0; i < out.size(); i++) {
      flat[2 * i] = out.get(i)[0];
      flat[2 * i + 1] = out.get(i)[1];
    }
    return flat;
  }

  /**
   * The number of positions.
   *
   * @return the steps
   */
  public int steps() {
    return ranges.length;
  }

  /**
   * The characters position {@code step} allows, as sorted, disjoint {@code lo, hi} pairs
   * (inclusive), at most {@link #MAX_RANGES} of them.
   *
   * @param step the position
   * @return a copy of the ranges
   */
  public int[] ranges(int step) {
    return ranges[step].clone();
  }

  /**
   * Whether an input that ends just before position {@code step} matches; {@code step} may be
   * {@link #steps()}, the input that passed every position.
   *
   * @param step the position
   * @return true if it matches
   */
  public boolean acceptsAt(int step) {
    return step < acceptsAt.length && acceptsAt[step];
  }

  /**
   * Whether whatever follows the last position is accepted (the pattern has no end anchor there).
   *
   * @return true if the input may go on
   */
  public boolean openEnd() {
    return openEnd;
  }

  /**
   * What generated code does with the chain, and what the automaton answers.
   *
   * @param input the text
   * @return true if it matches
   */
  public boolean matches(CharSequence input) {
    int n = input.length();
    for (int i = 0; i < ranges.length; i++) {
      if (n == i) {
        return acceptsAt(i);
      }
      if (!allows(ranges[i], input.charAt(i))) {
        return false;
      }
    }
    return openEnd || (n == ranges.length && acceptsAt(ranges.length));
  }

  private static boolean allows(int[] ranges, char c) {
    for (int i = 0; i < ranges.length; i += 2) {
      if (c >= ranges[i] && c <= ranges[i + 1]) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return "Chain" + Arrays.deepToString(ranges) + (openEnd ? "..." : "");
  }
}
