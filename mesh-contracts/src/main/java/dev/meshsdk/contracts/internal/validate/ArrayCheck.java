package dev.meshsdk.contracts.internal.validate;

import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** An array property: a List, other Collection or Java array; counts, uniqueness and items. */
final class ArrayCheck extends Check {
  final int minItems;
  final int maxItems;
  final boolean uniqueItems;
  final @Nullable Check items;
  final boolean itemsRequired;

  ArrayCheck(
      boolean showValues,
      int minItems,
      int maxItems,
      boolean uniqueItems,
      @Nullable Check items,
      boolean itemsRequired) {
    super(showValues);
    this.minItems = minItems;
    this.maxItems = maxItems;
    this.uniqueItems = uniqueItems;
    this.items = items;
    this.itemsRequired = itemsRequired;
  }

  private static int size(Object value) {
    if (value instanceof Collection<?> c) {
      return c.size();
    }
    if (value.getClass().isArray()) {
      return Array.getLength(value);
    }
    return -1;
  }

  @Override
  boolean test(Object value) {
    int size = size(value);
    if (size < 0 || size < minItems || (maxItems >= 0 && size > maxItems)) {
      return false;
    }
    Check each = items;
    if (items instanceof JsonLikeCheck) {
      if (!untypedItemsFit(value)) {
        return false;
      }
      each = null; // one walk answered for every item: each fits alone when all fit together
    }
    if (each != null || itemsRequired) {
      if (value instanceof List<?> list && value instanceof RandomAccess) {
        for (int i = 0; i < size; i++) {
          if (!item(list.get(i), each)) {
            return false;
          }
        }
      } else if (value instanceof Collection<?> c) {
        for (Object o : c) {
          if (!item(o, each)) {
            return false;
          }
        }
      } else {
        for (int i = 0; i < size; i++) {
          if (!item(Array.get(value, i), each)) {
            return false;
          }
        }
      }
    }
    return !uniqueItems || unique(value);
  }

  /**
   * Whether untyped items fit one depth and value budget together, not each its own: a thousand
   * items sharing one large list must not cost a thousand budgets.
   */
  private static boolean untypedItemsFit(Object value) {
    return JsonLikeCheck.walk(value, 0, JsonLikeCheck.MAX_NODES, null) >= 0;
  }

  private boolean item(@Nullable Object o, @Nullable Check each) {
    if (o == null) {
      return !itemsRequired;
    }
    return each == null || each.test(o);
  }

  /** Whether no two items are equal as JSON values; false also when that cannot be decided. */
  static boolean unique(Object value) {
    return uniqueness(value) == UNIQUE;
  }

  private static final int UNIQUE = 0;
  private static final int DUPLICATE = 1;
  private static final int UNDECIDED = 2;

  /** An item nests too deep or holds too many values to be compared. */
  private static final class TooComplex extends Exception {
    private static final long serialVersionUID = 1L;

    TooComplex() {
      super(null, null, false, false);
    }
  }

  private static int uniqueness(Object value) {
    Set<@Nullable Object> seen = new HashSet<>();
    int[] budget = {JsonLikeCheck.MAX_NODES};
    try {
      for (Object o : iterable(value)) {
        if (!seen.add(canonical(o, 0, budget))) {
          return DUPLICATE;
        }
      }
    } catch (TooComplex e) {
      return UNDECIDED;
    }
    return UNIQUE;
  }

  /**
   * A value that equals another exactly when the two are the same JSON value: 1 and 1.0 are the
   * same number, at any depth, a StringBuilder equals the String with its characters, a list equals
   * an array with the same items. Built within a depth and node budget, so that hashing an item
   * that contains itself or shares one list a billion ways neither overflows the stack nor hangs.
   */
  private static @Nullable Object canonical(@Nullable Object o, int depth, int[] budget)
      throws TooComplex {
    if (--budget[0] < 0 || depth > JsonLikeCheck.MAX_DEPTH) {
      throw new TooComplex();
    }
    if (o == null || o instanceof String || o instanceof Boolean) {
      return o;
    }
    if (o instanceof CharSequence cs) {
      return cs.toString();
    }
    if (o instanceof BigDecimal d) {
      try {
        return d.signum() == 0 ? BigDecimal.ZERO : d.stripTrailingZeros();
      } catch (ArithmeticException e) {
        throw new TooComplex(); // a scale at the end of the int range: stripping overflows it
      }
    }
    if (o instanceof Integer || o instanceof Long || o instanceof Short || o instanceof Byte) {
      return canonical(BigDecimal.valueOf(((Number) o).longValue()), depth, budget);
    }
    if (o instanceof BigInteger b) {
      return canonical(new BigDecimal(b), depth, budget);
    }
    if (o instanceof Double || o instanceof Float) {
      double d = ((Number) o).doubleValue();
      return Double.isFinite(d) ? canonical(BigDecimal.valueOf(d), depth, budget) : o;
    }
    if (o instanceof Map<?, ?> m) {
      Map<@Nullable Object, @Nullable Object> out = new HashMap<>();
      for (Map.Entry<?, ?> e : m.entrySet()) {
        out.put(
            canonical(e.getKey(), depth + 1, budget), canonical(e.getValue(), depth + 1, budget));
      }
      return out;
    }
    if (o instanceof Collection<?> || o.getClass().isArray()) {
      List<@Nullable Object> out = new ArrayList<>();
      for (Object item : iterable(o)) {
        out.add(canonical(item, depth + 1, budget));
      }
      return out;
    }
    return o;
  }

  private static Iterable<@Nullable Object> iterable(Object value) {
    if (value instanceof Collection<?> c) {
      @SuppressWarnings("unchecked")
      Collection<@Nullable Object> objects = (Collection<@Nullable Object>) c;
      return objects;
    }
    int n = Array.getLength(value);
    return () ->
        new Iterator<>() {
          int i;

          @Override
          public boolean hasNext() {
            return i < n;
          }

          @Override
          public @Nullable Object next() {
            return Array.get(value, i++);
          }
        };
  }

  @Override
  void report(Object value, Path path, Sink sink) {
    int size = size(value);
    if (size < 0) {
      sink.add(path, "type", "must be an array but was " + Show.typeName(value));
      return;
    }
    if (size < minItems) {
      sink.add(path, "minItems", "must have at least " + minItems + " items but has " + size);
    }
    if (maxItems >= 0 && size > maxItems) {
      sink.add(path, "maxItems", "must have at most " + maxItems + " items but has " + size);
    }
    if (uniqueItems) {
      switch (uniqueness(value)) {
        case DUPLICATE -> sink.add(path, "uniqueItems", "must not hold the same item twice");
        case UNDECIDED ->
            sink.add(
                path,
                "uniqueItems",
                "cannot be checked for duplicates: its items nest deeper than "
                    + JsonLikeCheck.MAX_DEPTH
                    + " levels or hold more than "
                    + JsonLikeCheck.MAX_NODES
                    + " values");
        default -> {
          // unique
        }
      }
    }
    int i = 0;
    boolean itemFailed = false;
    for (Object o : iterable(value)) {
      if (sink.full()) {
        return;
      }
      Path p = path.index(i++);
      if (o == null) {
        if (itemsRequired) {
          sink.add(p, "required", "must not be null");
        }
      } else if (items != null && !items.test(o)) {
        itemFailed = true;
        items.report(o, p, sink);
      }
    }
    if (items instanceof JsonLikeCheck && !itemFailed && !untypedItemsFit(value)) {
      items.report(value, path, sink); // every item fits alone, not all together
    }
  }

  @Override
  boolean hasBeanRules() {
    return items != null && items.hasBeanRules();
  }

  @Override
  boolean beanTest(Object value) {
    if (items == null || !items.hasBeanRules() || size(value) < 0) {
      return true;
    }
    for (Object o : iterable(value)) {
      if (o != null && !items.beanTest(o)) {
        return false;
      }
    }
    return true;
  }

  @Override
  void beanReport(Object value, Path path, Sink sink) {
    if (items == null || !items.hasBeanRules() || size(value) < 0) {
      return;
    }
    int i = 0;
    for (Object o : iterable(value)) {
      if (o != null && !items.beanTest(o)) {
        items.beanReport(o, path.index(i), sink);
      }
      i++;
    }
  }
}
