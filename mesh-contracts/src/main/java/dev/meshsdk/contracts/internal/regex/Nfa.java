package dev.meshsdk.contracts.internal.regex;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * A Thompson automaton with epsilon moves, built from a {@link Node} tree (counted repeats are
 * copied out). States are parallel arrays; a state either consumes one code unit from a set,
 * splits, moves on unconditionally, asserts an anchor, or accepts.
 */
final class Nfa {
  /** The most states an automaton may have before the pattern falls back. */
  static final int MAX_STATES = 100_000;

  static final byte CHARS = 0;
  static final byte SPLIT = 1;
  static final byte BEGIN = 2;
  static final byte END = 3;
  static final byte MATCH = 4;

  byte[] kind = new byte[64];
  int[] out1 = new int[64];
  int[] out2 = new int[64];
  @Nullable CharSet[] sets = new CharSet[64];
  int size;
  int start;

  /** States that stand for a java.util.regex {@code $} or {@code \Z}. */
  private boolean[] javaEnd = new boolean[64];

  private Nfa() {}

  /**
   * Compiles the tree. Throws {@link UnsupportedConstruct} if it would grow past {@link
   * #MAX_STATES}, or if a java.util.regex {@code $} could be followed by input, which only
   * java.util.regex's own engine answers exactly.
   */
  static Nfa of(Node root) {
    if (root.size() >= MAX_STATES) {
      throw new UnsupportedConstruct(
          "an automaton of more than " + MAX_STATES + " states (counted repeats are copied)");
    }
    Nfa nfa = new Nfa();
    int match = nfa.add(MATCH, -1, -1, null);
    nfa.start = nfa.build(root, match);
    nfa.checkJavaEnds();
    return nfa;
  }

  private int add(byte k, int o1, int o2, @Nullable CharSet set) {
    if (size == kind.length) {
      int capacity = size * 2;
      kind = Arrays.copyOf(kind, capacity);
      out1 = Arrays.copyOf(out1, capacity);
      out2 = Arrays.copyOf(out2, capacity);
      sets = Arrays.copyOf(sets, capacity);
      javaEnd = Arrays.copyOf(javaEnd, capacity);
    }
    if (size >= MAX_STATES) {
      throw new UnsupportedConstruct("an automaton of more than " + MAX_STATES + " states");
    }
    kind[size] = k;
    out1[size] = o1;
    out2[size] = o2;
    sets[size] = set;
    return size++;
  }

  /** Builds {@code node} so that it continues at {@code next}; returns its entry state. */
  private int build(Node node, int next) {
    if (node instanceof Node.Chars) {
      return add(CHARS, next, -1, ((Node.Chars) node).set);
    }
    if (node instanceof Node.Seq) {
      Node.Seq seq = (Node.Seq) node;
      int entry = next;
      for (int i = seq.items.size() - 1; i >= 0; i--) {
        entry = build(seq.items.get(i), entry);
      }
      return entry;
    }
    if (node instanceof Node.Alt) {
      Node.Alt alt = (Node.Alt) node;
      int entry = build(alt.branches.get(alt.branches.size() - 1), next);
      for (int i = alt.branches.size() - 2; i >= 0; i--) {
        entry = add(SPLIT, build(alt.branches.get(i), next), entry, null);
      }
      return entry;
    }
    if (node instanceof Node.Repeat) {
      return repeat((Node.Repeat) node, next);
    }
    Node.Anchor anchor = (Node.Anchor) node;
    int state = add(anchor.kind == Node.Anchor.BEGIN ? BEGIN : END, next, -1, null);
    javaEnd[state] = anchor.kind == Node.Anchor.JAVA_END;
    return state;
  }

  private int repeat(Node.Repeat repeat, int next) {
    int entry;
    if (repeat.max == Node.UNBOUNDED) {
      int loop = add(SPLIT, -1, next, null);
      int body = build(repeat.body, loop); // before indexing: build may grow the arrays
      out1[loop] = body;
      entry = loop;
    } else {
      entry = next;
      for (int i = 0; i < repeat.max - repeat.min; i++) {
        entry = add(SPLIT, build(repeat.body, entry), next, null);
      }
    }
    for (int i = 0; i < repeat.min; i++) {
      entry = build(repeat.body, entry);
    }
    return entry;
  }

  private void checkJavaEnds() {
    int[] stack = new int[size];
    boolean[] seen = new boolean[size];
    for (int s = 0; s < size; s++) {
      if (!javaEnd[s]) {
        continue;
      }
      Arrays.fill(seen, false);
      int top = 0;
      stack[top++] = out1[s];
      seen[out1[s]] = true;
      while (top > 0) {
        int t = stack[--top];
        if (kind[t] == CHARS) {
          throw new UnsupportedConstruct(
              "a java.util.regex '$' or '\\Z' followed by more pattern (it may match before a"
                  + " final line terminator)");
        }
        if (kind[t] == SPLIT || kind[t] == BEGIN || kind[t] == END) {
          if (!seen[out1[t]]) {
            seen[out1[t]] = true;
            stack[top++] = out1[t];
          }
          if (kind[t] == SPLIT && !seen[out2[t]]) {
            seen[out2[t]] = true;
            stack[top++] = out2[t];
          }
        }
      }
    }
  }
}
