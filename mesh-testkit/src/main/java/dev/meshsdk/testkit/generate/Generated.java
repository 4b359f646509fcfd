package dev.meshsdk.testkit.generate;

import dev.meshsdk.testkit.generate.internal.Engine;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Checks properties over generated records, and shrinks a failing record to a minimal one.
 *
 * <pre>{@code
 * Generated.forAll(orders, 200, order ->
 *     assertThat(pricing.total(order)).isNotNegative());
 * }</pre>
 *
 * <p>A property fails when it throws an {@link AssertionError} or a {@link RuntimeException}. The
 * failing record is then shrunk, one change at a time, keeping only changes after which the record
 * is still valid and the property still fails: optional fields dropped, arrays emptied, halved or
 * missing an item, strings shortened, numbers moved towards zero (or as close as the bounds allow),
 * {@code true} made {@code false}. The {@link AssertionError} thrown names the seed, the original
 * and the shrunk record (values of properties classified as anything but public are hidden) and
 * carries the shrunk record's failure as its cause.
 */
public final class Generated {
  private Generated() {}

  /**
   * Runs a property over the first {@code n} records of a generator.
   *
   * @param generator the generator
   * @param n how many records, 1 or more
   * @param property the property; it fails by throwing
   * @param <T> the record type
   * @throws AssertionError if the property fails for a record, naming the seed, the original and
   *     the shrunk record
   */
  public static <T> void forAll(RecordGenerator<T> generator, int n, Consumer<? super T> property) {
    Objects.requireNonNull(generator, "generator");
    Objects.requireNonNull(property, "property");
    if (n < 1) {
      throw new IllegalArgumentException("forAll needs at least 1 record but was asked for " + n);
    }
    Iterator<Map<String, @Nullable Object>> records = generator.maps();
    for (int i = 0; i < n; i++) {
      Map<String, @Nullable Object> record = records.next();
      Throwable failure = failure(generator, property, record);
      if (failure != null) {
        throw shrunk(generator, property, record, failure, i, n);
      }
    }
  }

  private static <T> @Nullable Throwable failure(
      RecordGenerator<T> generator,
      Consumer<? super T> property,
      Map<String, @Nullable Object> record) {
    T value = generator.convert(copy(record));
    try {
      property.accept(value);
      return null;
    } catch (AssertionError | RuntimeException e) {
      return e;
    }
  }

  private static Map<String, @Nullable Object> copy(Map<String, @Nullable Object> record) {
    return new java.util.LinkedHashMap<>(record);
  }

  private static <T> AssertionError shrunk(
      RecordGenerator<T> generator,
      Consumer<? super T> property,
      Map<String, @Nullable Object> original,
      Throwable failure,
      int index,
      int n) {
    Engine engine = generator.engine();
    String originalText = engine.render(original);
    Engine.Shrunk s =
        engine.shrink(original, candidate -> failure(generator, property, candidate) != null);
    Throwable last = failure(generator, property, s.record());
    Throwable cause = last == null ? failure : last;
    AssertionError error =
        new AssertionError(
            "property failed for record "
                + (index + 1)
                + " of "
                + n
                + " generated from schema object '"
                + generator.schemaObject()
                + "' of contract "
                + generator.contract().id()
                + " with seed "
                + generator.seed()
                + " (the same seed reproduces it)\n  original: "
                + originalText
                + "\n  shrunk ("
                + s.steps()
                + (s.steps() == 1 ? " step" : " steps")
                + "): "
                + engine.render(s.record())
                + "\n  failure: "
                + cause.getClass().getName()
                + " (the cause; its message is not repeated here as it may show classified values)",
            cause);
    return error;
  }
}
