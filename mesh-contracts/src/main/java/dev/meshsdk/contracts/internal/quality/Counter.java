package dev.meshsdk.contracts.internal.quality;

import dev.meshsdk.contracts.JsonValue;
import dev.meshsdk.contracts.internal.regex.Regex;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Counts what a library metric measures, fed one value at a time (a property's values, or whole
 * records for schema-level metrics). One instance per evaluation; not thread-safe.
 */
abstract class Counter {
  private static final int SAMPLES = 3;

  /** Values (or records) examined. */
  long examined;

  /** Values (or records) counted by the metric. */
  long count;

  /** Values a pattern gave up on (catastrophic backtracking): neither counted nor valid. */
  long gaveUp;

  private final boolean showValues;
  private final Set<String> samples = new LinkedHashSet<>();

  Counter(boolean showValues) {
    this.showValues = showValues;
  }

  abstract void accept(@Nullable Object value);

  /** Keeps a few counted values for the message, if values may be shown. */
  final void sample(@Nullable Object value) {
    if (showValues && samples.size() < SAMPLES) {
      samples.add(Keys.show(value));
    }
  }

  /** Keeps a few counted values, already shown as text, if values may be shown. */
  final void sampleText(String shown) {
    if (showValues && samples.size() < SAMPLES) {
      samples.add(shown);
    }
  }

  /** The values kept for the message, such as {@code 'XX', 'YY'}. */
  final List<String> samples() {
    return List.copyOf(samples);
  }

  static boolean isNull(@Nullable Object value) {
    return value == null || value == JsonValue.Null.INSTANCE;
  }

  /** {@code nullValues}: null or absent values. */
  static final class Nulls extends Counter {
    Nulls() {
      super(false);
    }

    @Override
    void accept(@Nullable Object value) {
      examined++;
      if (isNull(value)) {
        count++;
      }
    }
  }

  /** {@code missingValues}: null, absent, or one of the missing values. */
  static final class Missing extends Counter {
    private final Set<Object> missing;

    Missing(Set<Object> missing, boolean showValues) {
      super(showValues);
      this.missing = missing;
    }

    @Override
    void accept(@Nullable Object value) {
      examined++;
      if (isNull(value)) {
        count++;
      } else if (missing.contains(Keys.of(value))) {
        count++;
        sample(value);
      }
    }
  }

  /**
   * {@code invalidValues}: non-null values outside the valid values or not matching the pattern.
   */
  static final class Invalid extends Counter {
    private final Optional<Set<Object>> valid;
    private final Optional<TextPattern> pattern;

    Invalid(Optional<Set<Object>> valid, Optional<TextPattern> pattern, boolean showValues) {
      super(showValues);
      this.valid = valid;
      this.pattern = pattern;
    }

    @Override
    void accept(@Nullable Object value) {
      examined++;
      if (value == null || isNull(value)) {
        return;
      }
      boolean invalid = valid.isPresent() && !valid.get().contains(Keys.of(value));
      if (!invalid && pattern.isPresent()) {
        Optional<String> text = Keys.text(value);
        if (text.isEmpty()) {
          invalid = true;
        } else {
          Regex.Outcome found = pattern.get().find(text.get());
          if (found == Regex.Outcome.GAVE_UP) {
            gaveUp++;
            return;
          }
          invalid = found == Regex.Outcome.NO_MATCH;
        }
      }
      if (invalid) {
        count++;
        sample(value);
      }
    }
  }

  /** {@code duplicateValues} of a property: non-null values equal to an earlier one. */
  static final class Duplicates extends Counter {
    private final Set<Object> seen = new HashSet<>();

    Duplicates(boolean showValues) {
      super(showValues);
    }

    @Override
    void accept(@Nullable Object value) {
      examined++;
      if (value == null || isNull(value)) {
        return;
      }
      if (!seen.add(Keys.of(value))) {
        count++;
        sample(value);
      }
    }
  }

  /**
   * {@code duplicateValues} of a schema object: records whose compound key equals an earlier one;
   * keys with a null part are skipped.
   */
  static final class CompoundDuplicates extends Counter {
    private final List<ValuePath> parts;
    private final Set<List<Object>> seen = new HashSet<>();

    CompoundDuplicates(List<ValuePath> parts, boolean showValues) {
      super(showValues);
      this.parts = parts;
    }

    @Override
    void accept(@Nullable Object record) {
      examined++;
      if (!(record instanceof Map<?, ?> m)) {
        return;
      }
      @SuppressWarnings("unchecked")
      Map<String, ?> r = (Map<String, ?>) m;
      List<Object> values = new ArrayList<>(parts.size());
      List<Object> key = new ArrayList<>(parts.size());
      for (ValuePath p : parts) {
        @Nullable Object v = p.single(r);
        if (v == null || isNull(v)) {
          return;
        }
        values.add(v);
        key.add(Keys.of(v));
      }
      if (!seen.add(key)) {
        count++;
        sampleText(values.stream().map(Keys::show).collect(Collectors.joining(", ", "(", ")")));
      }
    }
  }

  /** {@code rowCount}: the records. */
  static final class Rows extends Counter {
    Rows() {
      super(false);
    }

    @Override
    void accept(@Nullable Object record) {
      examined++;
      count++;
    }
  }
}
