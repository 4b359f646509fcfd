package dev.meshsdk.contracts.internal.regex;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A deterministic automaton, built eagerly from an {@link Nfa} by subset construction over the
 * partition of the UTF-16 code units into columns (code units that every set of the pattern treats
 * alike share a column), and then run in one table lookup per input character.
 *
 * <p>Layout: {@code table[state + column]} is the next state, where states are pre-multiplied by
 * the row stride ({@code columns + 1}), or {@link #DEAD} (no match is possible any more) or {@link
 * #FOUND} (a search has found a match). The extra last cell of each row is 1 if the state accepts
 * at the end of the input. Code units below 256 find their column in a table, the others by binary
 * search over the starts of the column ranges (usually there is just one).
 */
final class Dfa {
  /** The most states a deterministic automaton may have before the pattern falls back. */
  static final int MAX_STATES = 10_000;

  /** The most table cells (states times columns) before the pattern falls back. */
  static final int MAX_CELLS = 2_000_000;

  /** The most NFA state visits the construction may spend before the pattern falls back. */
  static final long MAX_WORK = 10_000_000L;

  static final int DEAD = -1;
  static final int FOUND = -2;

  private static final int LOW_LIMIT = 256;

  private final int[] table;
  private final int stride;
  private final int start;
  private final int[] lowColumns;
  private final char[] highStarts;
  private final int[] highColumns;
  private final int singleHighColumn;
  private final int stateCount;

  private Dfa(
      int[] table,
      int stride,
      int start,
      int[] lowColumns,
      char[] highStarts,
      int[] highColumns,
      int stateCount) {
    this.table = table;
    this.stride = stride;
    this.start = start;
    this.lowColumns = lowColumns;
    this.highStarts = highStarts;
    this.highColumns = highColumns;
    this.singleHighColumn = highStarts.length == 1 ? highColumns[0] : -1;
    this.stateCount = stateCount;
  }

  int stateCount() {
    return stateCount;
  }

  int columnCount() {
    return stride - 1;
  }

  // Read-only views for RegexSampler (package-private; the arrays are not copied or changed).

  int[] table() {
    return table;
  }

  int stride() {
    return stride;
  }

  int start() {
    return start;
  }

  int[] lowColumns() {
    return lowColumns;
  }

  char[] highStarts() {
    return highStarts;
  }

  int[] highColumns() {
    return highColumns;
  }

  /**
   * Each column's code units, as inclusive {@code {lo, hi}} ranges in ascending order (for
   * RegexSampler and Chain; built anew on each call).
   */
  List<List<int[]>> columnRanges() {
    List<List<int[]>> byColumn = new ArrayList<>();
    for (int c = 0; c < stride - 1; c++) {
      byColumn.add(new ArrayList<>());
    }
    int from = 0;
    for (int ch = 1; ch <= lowColumns.length; ch++) {
      if (ch == lowColumns.length || lowColumns[ch] != lowColumns[from]) {
        byColumn.get(lowColumns[from]).add(new int[] {from, ch - 1});
        from = ch;
      }
    }
    for (int i = 0; i < highStarts.length; i++) {
      int lo = Math.max(highStarts[i], lowColumns.length);
      int hi = i + 1 < highStarts.length ? highStarts[i + 1] - 1 : CharSet.MAX_CHAR;
      if (lo <= hi) {
        byColumn.get(highColumns[i]).add(new int[] {lo, hi});
      }
    }
    return byColumn;
  }

  /** Runs the automaton over the input: no allocation, one table lookup per character. */
  boolean matches(CharSequence input) {
    int s = start;
    if (s < 0) {
      return s == FOUND;
    }
    final int[] t = table;
    final int[] low = lowColumns;
    if (input instanceof String) {
      String text = (String) input;
      int length = text.length();
      for (int i = 0; i < length; i++) {
        char c = text.charAt(i);
        s = t[s + (c < LOW_LIMIT ? low[c] : highColumn(c))];
        if (s < 0) {
          return s == FOUND;
        }
      }
    } else {
      int length = input.length();
      for (int i = 0; i < length; i++) {
        char c = input.charAt(i);
        s = t[s + (c < LOW_LIMIT ? low[c] : highColumn(c))];
        if (s < 0) {
          return s == FOUND;
        }
      }
    }
    return t[s + stride - 1] != 0;
  }

  private int highColumn(char c) {
    if (singleHighColumn >= 0) {
      return singleHighColumn;
    }
    char[] starts = highStarts;
    int low = 0;
    int high = starts.length - 1;
    while (low < high) {
      int mid = (low + high + 1) >>> 1;
      if (starts[mid] <= c) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    return highColumns[low];
  }

  /**
   * Builds the automaton. In search mode every position may start a match (an implicit lazy {@code
   * .*} prefix without the {@code ^} anchor) and any accepting state is final ({@link #FOUND});
   * otherwise the whole input must be consumed. Throws {@link UnsupportedConstruct} past {@link
   * #MAX_STATES}, {@link #MAX_CELLS} or {@link #MAX_WORK}.
   */
  static Dfa of(Nfa nfa, boolean search) {
    return new Builder(nfa, search).build();
  }

  /** The subset construction. */
  private static final class Builder {
    private final Nfa nfa;
    private final boolean search;

    private int columns;
    private int[] lowColumns = new int[LOW_LIMIT];
    private char[] highStarts = new char[0];
    private int[] highColumns = new int[0];

    /** For each NFA state that consumes, the columns its set contains. */
    private int[][] columnsOf;

    private final int[] mark;
    private int generation;
    private int[] stack;
    private long work;

    private final Map<Key, Integer> index = new HashMap<>();
    private final List<Key> states = new ArrayList<>();

    Builder(Nfa nfa, boolean search) {
      this.nfa = nfa;
      this.search = search;
      this.mark = new int[nfa.size];
      this.stack = new int[Math.max(16, nfa.size)];
      this.columnsOf = new int[nfa.size][];
    }

    Dfa build() {
      partition();
      int[] startSet = closure(new int[] {nfa.start}, 1, true, false);
      int startState;
      List<int[]> rows = new ArrayList<>();
      if (search && containsMatch(startSet)) {
        startState = FOUND;
      } else {
        startState = stateFor(new Key(startSet, true));
      }
      int stride = columns + 1;
      int[][] seeds = new int[columns][];
      int[] seedCounts = new int[columns];
      for (int i = 0; i < columns; i++) {
        seeds[i] = new int[8];
      }
      for (int d = 0; d < states.size(); d++) {
        Key key = states.get(d);
        int[] row = new int[stride];
        Arrays.fill(seedCounts, 0);
        for (int s : key.states) {
          if (nfa.kind[s] == Nfa.CHARS) {
            for (int column : columnsOf[s]) {
              if (seedCounts[column] == seeds[column].length) {
                seeds[column] = Arrays.copyOf(seeds[column], seedCounts[column] * 2);
              }
              seeds[column][seedCounts[column]++] = nfa.out1[s];
            }
          }
        }
        for (int column = 0; column < columns; column++) {
          if (search) {
            if (seedCounts[column] == seeds[column].length) {
              seeds[column] = Arrays.copyOf(seeds[column], seedCounts[column] * 2);
            }
            seeds[column][seedCounts[column]++] = nfa.start;
          }
          int[] target = closure(seeds[column], seedCounts[column], false, false);
          if (target.length == 0) {
            row[column] = DEAD;
          } else if (search && containsMatch(target)) {
            row[column] = FOUND;
          } else {
            row[column] = stateFor(new Key(target, false)) * stride;
          }
        }
        row[columns] = acceptsAtEnd(key) ? 1 : 0;
        rows.add(row);
      }
      // A state that accepts at the end and keeps itself on every character accepts whatever
      // follows (the [\s\S]*$ of "not blank" patterns): entering it is as good as FOUND, so the
      // scan stops there instead of walking the rest of the input.
      boolean[] universal = new boolean[rows.size()];
      boolean any = false;
      for (int d = 0; d < rows.size(); d++) {
        int[] row = rows.get(d);
        boolean all = row[columns] != 0;
        for (int column = 0; all && column < columns; column++) {
          all = row[column] == d * stride;
        }
        universal[d] = all;
        any |= all;
      }
      if (any) {
        for (int[] row : rows) {
          for (int column = 0; column < columns; column++) {
            if (row[column] >= 0 && universal[row[column] / stride]) {
              row[column] = FOUND;
            }
          }
        }
        if (startState >= 0 && universal[startState]) {
          startState = FOUND;
        }
      }
      int[] table = new int[rows.size() * stride];
      for (int d = 0; d < rows.size(); d++) {
        System.arraycopy(rows.get(d), 0, table, d * stride, stride);
      }
      return new Dfa(
          table,
          stride,
          startState < 0 ? startState : startState * stride,
          lowColumns,
          highStarts,
          highColumns,
          states.size());
    }

    private int stateFor(Key key) {
      Integer existing = index.get(key);
      if (existing != null) {
        return existing;
      }
      if (states.size() >= MAX_STATES) {
        throw new UnsupportedConstruct(
            "a deterministic automaton of more than " + MAX_STATES + " states");
      }
      if ((long) (states.size() + 1) * (columns + 1) > MAX_CELLS) {
        throw new UnsupportedConstruct(
            "a deterministic automaton of more than " + MAX_CELLS + " table cells");
      }
      int id = states.size();
      states.add(key);
      index.put(key, id);
      return id;
    }

    private boolean acceptsAtEnd(Key key) {
      int[] end = closure(key.states, key.states.length, key.start, true);
      return containsMatch(end);
    }

    private boolean containsMatch(int[] set) {
      for (int s : set) {
        if (nfa.kind[s] == Nfa.MATCH) {
          return true;
        }
      }
      return false;
    }

    /**
     * The states reachable from the seeds without consuming input, keeping those that consume, that
     * accept, and (unless {@code atEnd}) the end anchors that wait for the end of the input. {@code
     * atStart} lets {@code ^} pass. Sorted, so that equal sets are equal arrays.
     */
    private int[] closure(int[] seeds, int seedCount, boolean atStart, boolean atEnd) {
      generation++;
      int top = 0;
      int[] kept = new int[Math.min(nfa.size, 16)];
      int keptCount = 0;
      for (int i = 0; i < seedCount; i++) {
        int s = seeds[i];
        if (mark[s] != generation) {
          mark[s] = generation;
          stack = push(stack, top++, s);
        }
      }
      while (top > 0) {
        int s = stack[--top];
        if (++work > MAX_WORK) {
          throw new UnsupportedConstruct("a deterministic automaton too costly to build");
        }
        byte k = nfa.kind[s];
        int follow1 = -1;
        int follow2 = -1;
        if (k == Nfa.CHARS || k == Nfa.MATCH || (k == Nfa.END && !atEnd)) {
          if (keptCount == kept.length) {
            kept = Arrays.copyOf(kept, keptCount * 2);
          }
          kept[keptCount++] = s;
        } else if (k == Nfa.SPLIT) {
          follow1 = nfa.out1[s];
          follow2 = nfa.out2[s];
        } else if (k == Nfa.END || atStart) {
          follow1 = nfa.out1[s]; // END at the end, or BEGIN at the start
        }
        if (follow1 >= 0 && mark[follow1] != generation) {
          mark[follow1] = generation;
          stack = push(stack, top++, follow1);
        }
        if (follow2 >= 0 && mark[follow2] != generation) {
          mark[follow2] = generation;
          stack = push(stack, top++, follow2);
        }
      }
      int[] result = Arrays.copyOf(kept, keptCount);
      Arrays.sort(result);
      return result;
    }

    private static int[] push(int[] stack, int at, int value) {
      int[] s = at == stack.length ? Arrays.copyOf(stack, stack.length * 2) : stack;
      s[at] = value;
      return s;
    }

    /**
     * Splits the code units into elementary intervals at every range boundary of every set, and
     * gives intervals that belong to the same sets the same column.
     */
    private void partition() {
      List<CharSet> distinct = new ArrayList<>();
      Map<CharSet, Integer> setIds = new HashMap<>();
      int[] setOfState = new int[nfa.size];
      TreeSet<Integer> bounds = new TreeSet<>();
      bounds.add(0);
      bounds.add(LOW_LIMIT);
      for (int s = 0; s < nfa.size; s++) {
        if (nfa.kind[s] != Nfa.CHARS) {
          continue;
        }
        CharSet set = nfa.sets[s];
        Integer id = setIds.get(set);
        if (id == null) {
          id = distinct.size();
          distinct.add(set);
          setIds.put(set, id);
          for (int r = 0; r < set.rangeCount(); r++) {
            bounds.add(set.lo(r));
            if (set.hi(r) < CharSet.MAX_CHAR) {
              bounds.add(set.hi(r) + 1);
            }
          }
        }
        setOfState[s] = id;
      }
      int[] starts = bounds.stream().mapToInt(Integer::intValue).toArray();
      int intervals = starts.length;
      int[] columnOfInterval = new int[intervals];
      Map<BitSet, Integer> columnIds = new HashMap<>();
      List<Integer> representatives = new ArrayList<>();
      for (int i = 0; i < intervals; i++) {
        BitSet signature = new BitSet(distinct.size());
        for (int id = 0; id < distinct.size(); id++) {
          if (distinct.get(id).contains(starts[i])) {
            signature.set(id);
          }
        }
        Integer column = columnIds.get(signature);
        if (column == null) {
          column = columnIds.size();
          columnIds.put(signature, column);
          representatives.add(starts[i]);
        }
        columnOfInterval[i] = column;
      }
      columns = columnIds.size();

      int interval = 0;
      for (int c = 0; c < LOW_LIMIT; c++) {
        while (interval + 1 < intervals && starts[interval + 1] <= c) {
          interval++;
        }
        lowColumns[c] = columnOfInterval[interval];
      }
      List<Integer> highStartList = new ArrayList<>();
      List<Integer> highColumnList = new ArrayList<>();
      for (int i = 0; i < intervals; i++) {
        if (starts[i] < LOW_LIMIT) {
          continue;
        }
        int column = columnOfInterval[i];
        if (highColumnList.isEmpty() || highColumnList.get(highColumnList.size() - 1) != column) {
          highStartList.add(starts[i]);
          highColumnList.add(column);
        }
      }
      highStarts = new char[highStartList.size()];
      highColumns = new int[highColumnList.size()];
      for (int i = 0; i < highStarts.length; i++) {
        highStarts[i] = (char) (int) highStartList.get(i);
        highColumns[i] = highColumnList.get(i);
      }

      boolean[][] member = new boolean[distinct.size()][columns];
      for (int id = 0; id < distinct.size(); id++) {
        for (int column = 0; column < columns; column++) {
          member[id][column] = distinct.get(id).contains(representatives.get(column));
        }
      }
      int[][] columnsOfSet = new int[distinct.size()][];
      for (int id = 0; id < distinct.size(); id++) {
        int count = 0;
        for (int column = 0; column < columns; column++) {
          if (member[id][column]) {
            count++;
          }
        }
        int[] list = new int[count];
        count = 0;
        for (int column = 0; column < columns; column++) {
          if (member[id][column]) {
            list[count++] = column;
          }
        }
        columnsOfSet[id] = list;
      }
      for (int s = 0; s < nfa.size; s++) {
        if (nfa.kind[s] == Nfa.CHARS) {
          columnsOf[s] = columnsOfSet[setOfState[s]];
        }
      }
    }
  }

  /** A set of NFA states, plus whether it stands for the start of the input. */
  private static final class Key {
    final int[] states;
    final boolean start;
    private final int hash;

    Key(int[] states, boolean start) {
      this.states = states;
      this.start = start;
      this.hash = Arrays.hashCode(states) * 31 + (start ? 1 : 0);
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key
          && ((Key) other).start == start
          && Arrays.equals(((Key) other).states, states);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }
}
