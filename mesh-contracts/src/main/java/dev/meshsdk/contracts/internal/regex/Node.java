package dev.meshsdk.contracts.internal.regex;

import java.util.List;

/** The parsed pattern: a small tree that {@link Nfa} compiles, copying it for counted repeats. */
abstract sealed class Node permits Node.Chars, Node.Seq, Node.Alt, Node.Repeat, Node.Anchor {
  /** A repeat without an upper bound. */
  static final int UNBOUNDED = -1;

  /** A saturating estimate of how many automaton states the node compiles to. */
  abstract long size();

  static long saturatedAdd(long a, long b) {
    long sum = a + b;
    return sum < 0 || sum > Integer.MAX_VALUE ? Integer.MAX_VALUE : sum;
  }

  static long saturatedMultiply(long a, long b) {
    if (a == 0 || b == 0) {
      return 0;
    }
    return a > Integer.MAX_VALUE / b ? Integer.MAX_VALUE : a * b;
  }

  /** One code unit out of a set. */
  static final class Chars extends Node {
    final CharSet set;

    Chars(CharSet set) {
      this.set = set;
    }

    @Override
    long size() {
      return 1;
    }
  }

  /** A concatenation; empty for the empty pattern. */
  static final class Seq extends Node {
    final List<Node> items;

    Seq(List<Node> items) {
      this.items = List.copyOf(items);
    }

    @Override
    long size() {
      long size = 0;
      for (Node item : items) {
        size = saturatedAdd(size, item.size());
      }
      return size;
    }
  }

  /** An alternation of at least two branches. */
  static final class Alt extends Node {
    final List<Node> branches;

    Alt(List<Node> branches) {
      this.branches = List.copyOf(branches);
    }

    @Override
    long size() {
      long size = branches.size();
      for (Node branch : branches) {
        size = saturatedAdd(size, branch.size());
      }
      return size;
    }
  }

  /**
   * {@code body{min,max}}; {@code max} is {@link #UNBOUNDED} for {@code *}, {@code +}, {@code
   * {n,}}.
   */
  static final class Repeat extends Node {
    final Node body;
    final int min;
    final int max;

    Repeat(Node body, int min, int max) {
      this.body = body;
      this.min = min;
      this.max = max;
    }

    @Override
    long size() {
      long copies = max == UNBOUNDED ? (long) min + 1 : max;
      return saturatedAdd(saturatedMultiply(copies, body.size() + 1), 1);
    }
  }

  /** A zero-width assertion. */
  static final class Anchor extends Node {
    /** Start of input: {@code ^}, {@code \A}. */
    static final int BEGIN = 0;

    /** End of input: ECMA {@code $}, {@code \z}. */
    static final int END = 1;

    /**
     * java.util.regex {@code $} and {@code \Z}: end of input, or before a line terminator that ends
     * it. Compiled as {@link #END}, which is exact while nothing that consumes input can follow.
     */
    static final int JAVA_END = 2;

    static final Anchor BEGIN_NODE = new Anchor(BEGIN);
    static final Anchor END_NODE = new Anchor(END);
    static final Anchor JAVA_END_NODE = new Anchor(JAVA_END);

    final int kind;

    private Anchor(int kind) {
      this.kind = kind;
    }

    @Override
    long size() {
      return 1;
    }
  }
}
