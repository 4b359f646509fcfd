package dev.meshsdk.contracts.internal.regex;

import java.util.Arrays;

/**
 * An immutable set of UTF-16 code units ({@code char} values), kept as sorted, disjoint,
 * non-adjacent inclusive ranges.
 */
final class CharSet {
  /** The largest UTF-16 code unit. */
  static final int MAX_CHAR = 0xFFFF;

  static final CharSet EMPTY = new CharSet(new int[0]);
  static final CharSet ALL = range(0, MAX_CHAR);

  /** {@code \d}, in both dialects. */
  static final CharSet DIGIT = range('0', '9');

  /** {@code \w}, in both dialects (ASCII only). */
  static final CharSet WORD = builder().add('0', '9').add('A', 'Z').add('_').add('a', 'z').build();

  /** ECMA-262 {@code \s}: WhiteSpace (incl. Unicode Zs) and LineTerminator. */
  static final CharSet ECMA_SPACE =
      builder()
          .add('\t', '\r')
          .add(' ')
          .add(0xA0)
          .add(0x1680)
          .add(0x2000, 0x200A)
          .add(0x2028, 0x2029)
          .add(0x202F)
          .add(0x205F)
          .add(0x3000)
          .add(0xFEFF)
          .build();

  /** java.util.regex {@code \s} without UNICODE_CHARACTER_CLASS: {@code [ \t\n\x0B\f\r]}. */
  static final CharSet JAVA_SPACE = builder().add('\t', '\r').add(' ').build();

  /** java.util.regex {@code \h}. */
  static final CharSet JAVA_HORIZONTAL =
      builder()
          .add(' ')
          .add('\t')
          .add(0xA0)
          .add(0x1680)
          .add(0x180E)
          .add(0x2000, 0x200A)
          .add(0x202F)
          .add(0x205F)
          .add(0x3000)
          .build();

  /** java.util.regex {@code \v}. */
  static final CharSet JAVA_VERTICAL =
      builder().add('\n', '\r').add(0x85).add(0x2028, 0x2029).build();

  /** ECMA-262 {@code .}: anything but a LineTerminator. */
  static final CharSet ECMA_DOT =
      builder().add('\n').add('\r').add(0x2028, 0x2029).build().complement();

  /** java.util.regex {@code .} without DOTALL or UNIX_LINES. */
  static final CharSet JAVA_DOT =
      builder().add('\n').add('\r').add(0x85).add(0x2028, 0x2029).build().complement();

  private final int[] ranges;

  private CharSet(int[] ranges) {
    this.ranges = ranges;
  }

  static CharSet of(int c) {
    return range(c, c);
  }

  static CharSet range(int lo, int hi) {
    return new CharSet(new int[] {lo, hi});
  }

  static Builder builder() {
    return new Builder();
  }

  /** Returns how many ranges the set has. */
  int rangeCount() {
    return ranges.length / 2;
  }

  int lo(int range) {
    return ranges[2 * range];
  }

  int hi(int range) {
    return ranges[2 * range + 1];
  }

  boolean isEmpty() {
    return ranges.length == 0;
  }

  boolean contains(int c) {
    int low = 0;
    int high = ranges.length / 2 - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      if (c < ranges[2 * mid]) {
        high = mid - 1;
      } else if (c > ranges[2 * mid + 1]) {
        low = mid + 1;
      } else {
        return true;
      }
    }
    return false;
  }

  CharSet complement() {
    Builder b = builder();
    int next = 0;
    for (int i = 0; i < ranges.length; i += 2) {
      if (ranges[i] > next) {
        b.add(next, ranges[i] - 1);
      }
      next = ranges[i + 1] + 1;
    }
    if (next <= MAX_CHAR) {
      b.add(next, MAX_CHAR);
    }
    return b.build();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CharSet && Arrays.equals(ranges, ((CharSet) other).ranges);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(ranges);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < ranges.length; i += 2) {
      sb.append(String.format("\\u%04X", ranges[i]));
      if (ranges[i + 1] != ranges[i]) {
        sb.append('-').append(String.format("\\u%04X", ranges[i + 1]));
      }
    }
    return sb.append(']').toString();
  }

  /** Collects ranges in any order, overlapping or not, and normalises them on {@link #build()}. */
  static final class Builder {
    private int[] buffer = new int[16];
    private int size;

    Builder add(int c) {
      return add(c, c);
    }

    Builder add(int lo, int hi) {
      if (size + 2 > buffer.length) {
        buffer = Arrays.copyOf(buffer, buffer.length * 2);
      }
      buffer[size++] = lo;
      buffer[size++] = hi;
      return this;
    }

    Builder addAll(CharSet set) {
      for (int i = 0; i < set.ranges.length; i += 2) {
        add(set.ranges[i], set.ranges[i + 1]);
      }
      return this;
    }

    CharSet build() {
      int count = size / 2;
      long[] packed = new long[count];
      for (int i = 0; i < count; i++) {
        packed[i] = ((long) buffer[2 * i] << 32) | buffer[2 * i + 1];
      }
      Arrays.sort(packed);
      int[] out = new int[size];
      int n = 0;
      for (long range : packed) {
        int lo = (int) (range >>> 32);
        int hi = (int) range;
        if (n > 0 && lo <= out[n - 1] + 1) {
          out[n - 1] = Math.max(out[n - 1], hi);
        } else {
          out[n++] = lo;
          out[n++] = hi;
        }
      }
      return new CharSet(Arrays.copyOf(out, n));
    }
  }
}
