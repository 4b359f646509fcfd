package dev.meshsdk.contracts.internal.validate;

import java.lang.invoke.MethodHandle;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;

/**
 * An object held as a Java record or bean: each property read through a generated accessor
 * (primitives without boxing) and checked in the contract's order.
 */
final class TypedObjectCheck extends Check {
  /** One property of the type. */
  abstract static class Field {
    final String name;

    /**
     * The accessor as a handle of type {@code (Object)R}, R being {@code Object}, {@code int},
     * {@code long} or {@code double} as the field kind reads it; null for fixed fields, or when no
     * handle could be made (then the validator runs without generated code).
     */
    final @Nullable MethodHandle handle;

    Field(String name, @Nullable MethodHandle handle) {
      this.name = name;
      this.handle = handle;
    }

    abstract boolean test(Object record);

    abstract void report(Object record, Path path, Sink sink);
  }

  /** A reference-typed property ({@code Optional} is unwrapped). */
  static final class RefField extends Field {
    private final Function<Object, Object> getter;
    final @Nullable Check check;
    final boolean required;
    final boolean undeclared;

    RefField(
        String name,
        Function<Object, Object> getter,
        @Nullable MethodHandle handle,
        @Nullable Check check,
        boolean required,
        boolean undeclared) {
      super(name, handle);
      this.getter = getter;
      this.check = check;
      this.required = required;
      this.undeclared = undeclared;
    }

    @Nullable Object value(Object record) {
      Object v = getter.apply(record);
      return v instanceof Optional<?> o ? o.orElse(null) : v;
    }

    @Override
    boolean test(Object record) {
      Object v = value(record);
      if (v == null) {
        return !required;
      }
      return !undeclared && (check == null || check.test(v));
    }

    @Override
    void report(Object record, Path path, Sink sink) {
      Object v = value(record);
      Path p = path.child(name);
      if (v == null) {
        if (required) {
          sink.add(p, "required", "is required but missing");
        }
      } else if (undeclared) {
        sink.add(p, "undeclared", "is not declared in the contract");
      } else if (check != null && !check.test(v)) {
        check.report(v, p, sink);
      }
    }
  }

  /** A long, int, short, byte or char property, read as a long. */
  static final class LongField extends Field {
    private final ToLongFunction<Object> getter;
    final @Nullable NumberCheck check;
    final boolean undeclared;

    LongField(
        String name,
        ToLongFunction<Object> getter,
        @Nullable MethodHandle handle,
        @Nullable NumberCheck check,
        boolean undeclared) {
      super(name, handle);
      this.getter = getter;
      this.check = check;
      this.undeclared = undeclared;
    }

    @Override
    boolean test(Object record) {
      return !undeclared && (check == null || check.testLong(getter.applyAsLong(record)));
    }

    @Override
    void report(Object record, Path path, Sink sink) {
      if (undeclared) {
        sink.add(path.child(name), "undeclared", "is not declared in the contract");
      } else if (check != null) {
        long v = getter.applyAsLong(record);
        if (!check.testLong(v)) {
          check.reportLong(v, path.child(name), sink);
        }
      }
    }
  }

  /** A double or float property. */
  static final class DoubleField extends Field {
    private final ToDoubleFunction<Object> getter;
    final @Nullable NumberCheck check;
    final boolean undeclared;

    DoubleField(
        String name,
        ToDoubleFunction<Object> getter,
        @Nullable MethodHandle handle,
        @Nullable NumberCheck check,
        boolean undeclared) {
      super(name, handle);
      this.getter = getter;
      this.check = check;
      this.undeclared = undeclared;
    }

    @Override
    boolean test(Object record) {
      return !undeclared && (check == null || check.testDouble(getter.applyAsDouble(record)));
    }

    @Override
    void report(Object record, Path path, Sink sink) {
      if (undeclared) {
        sink.add(path.child(name), "undeclared", "is not declared in the contract");
      } else if (check != null) {
        double v = getter.applyAsDouble(record);
        if (!check.testDouble(v)) {
          check.reportDouble(v, path.child(name), sink);
        }
      }
    }
  }

  /** A boolean property, or any other primitive whose type needs no check. */
  static final class FixedField extends Field {
    final boolean undeclared;

    FixedField(String name, boolean undeclared) {
      super(name, null);
      this.undeclared = undeclared;
    }

    @Override
    boolean test(Object record) {
      return !undeclared;
    }

    @Override
    void report(Object record, Path path, Sink sink) {
      if (undeclared) {
        sink.add(path.child(name), "undeclared", "is not declared in the contract");
      }
    }
  }

  final Class<?> type;
  final Field[] fields;
  private final @Nullable BeanRules beanRules;

  /** The reference fields whose checks hold Bean Validation rules. */
  private final RefField[] beanFields;

  TypedObjectCheck(
      boolean showValues, Class<?> type, List<Field> fields, @Nullable BeanRules beanRules) {
    super(showValues);
    this.type = type;
    this.fields = fields.toArray(new Field[0]);
    this.beanRules = beanRules;
    this.beanFields =
        fields.stream()
            .filter(f -> f instanceof RefField r && r.check != null && r.check.hasBeanRules())
            .map(f -> (RefField) f)
            .toArray(RefField[]::new);
  }

  @Override
  boolean hasBeanRules() {
    return beanRules != null || beanFields.length > 0;
  }

  @Override
  boolean beanTest(Object value) {
    if (!type.isInstance(value)) {
      return true;
    }
    if (beanRules != null && !beanRules.test(value)) {
      return false;
    }
    for (RefField f : beanFields) {
      Object v = f.value(value);
      if (v != null && !f.check.beanTest(v)) {
        return false;
      }
    }
    return true;
  }

  @Override
  void beanReport(Object value, Path path, Sink sink) {
    if (!type.isInstance(value)) {
      return;
    }
    if (beanRules != null) {
      beanRules.report(value, path, sink);
    }
    for (RefField f : beanFields) {
      Object v = f.value(value);
      if (v != null) {
        f.check.beanReport(v, path.child(f.name), sink);
      }
    }
  }

  @Override
  boolean test(Object value) {
    if (!type.isInstance(value)) {
      return false;
    }
    for (Field f : fields) {
      if (!f.test(value)) {
        return false;
      }
    }
    return true;
  }

  @Override
  void report(Object value, Path path, Sink sink) {
    if (!type.isInstance(value)) {
      sink.add(
          path, "type", "must be a " + type.getSimpleName() + " but was " + Show.typeName(value));
      return;
    }
    for (Field f : fields) {
      if (sink.full()) {
        return;
      }
      if (!f.test(value)) {
        f.report(value, path, sink);
      }
    }
  }
}
