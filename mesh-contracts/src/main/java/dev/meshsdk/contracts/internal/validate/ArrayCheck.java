package dev.meshsdk.contracts.internal.validate;

import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
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
    if (items != null || itemsRequired) {
      if (value instanceof List<?> list && value instanceof RandomAccess) {
        for (int i = 0; i < size; i++) {
          if (!item(list.get(i))) {
            return false;
          }
        }
      } else if (value instanceof Collection<?> c) {
        for (Object o : c) {
          if (!item(o)) {
            return false;
          }
        }
      } else {
        for (int i = 0; i < size; i++) {
          if (!item(Array.get(value, i))) {
            return false;
          }
        }
      }
    }
    return !uniqueItems || unique(value);
  }

  private boolean item(@Nullable Object o) {
    if (o == null) {
      return !itemsRequired;
    }
    return items == null || items.test(o);
  }

  static boolean unique(Object value) {
    Set<Object> seen = new HashSet<>();
    for (Object o : iterable(value)) {
      if (!seen.add(normal(o))) {
        return false;
      }
    }
    return true;
  }

  /** JSON equality: 1 and 1.0 are the same number. */
  private static @Nullable Object normal(@Nullable Object o) {
    if (o instanceof BigDecimal d) {
      return d.signum() == 0 ? BigDecimal.ZERO : d.stripTrailingZeros();
    }
    if (o instanceof Integer || o instanceof Long || o instanceof Short || o instanceof Byte) {
      return normal(BigDecimal.valueOf(((Number) o).longValue()));
    }
    if (o instanceof BigInteger b) {
      return normal(new BigDecimal(b));
    }
    if (o instanceof Double || o instanceof Float) {
      double d = ((Number) o).doubleValue();
      return Double.isFinite(d) ? normal(BigDecimal.valueOf(d)) : o;
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
    if (uniqueItems && !unique(value)) {
      sink.add(path, "uniqueItems", "must not hold the same item twice");
    }
    int i = 0;
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
        items.report(o, p, sink);
      }
    }
  }
}
