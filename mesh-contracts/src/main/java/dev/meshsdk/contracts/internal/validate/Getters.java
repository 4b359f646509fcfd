package dev.meshsdk.contracts.internal.validate;

import dev.meshsdk.contracts.ContractDefinitionException;
import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.WrongMethodTypeException;
import java.lang.reflect.Method;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;

/**
 * Turns accessor methods into functional interfaces with {@link LambdaMetafactory}, so reading a
 * property costs what a lambda call costs: no reflection and no boxing of primitives per record.
 * Falls back to a method handle when the metafactory cannot reach the type.
 */
final class Getters {
  private Getters() {}

  private static MethodHandles.Lookup lookup(Class<?> owner) throws IllegalAccessException {
    return MethodHandles.privateLookupIn(owner, MethodHandles.lookup());
  }

  private static Object make(
      Method m, Class<?> iface, String name, MethodType erased, MethodType instantiated) {
    try {
      MethodHandles.Lookup lookup = lookup(m.getDeclaringClass());
      MethodHandle handle = lookup.unreflect(m);
      CallSite site =
          LambdaMetafactory.metafactory(
              lookup, name, MethodType.methodType(iface), erased, handle, instantiated);
      return site.getTarget().invoke();
    } catch (Throwable e) {
      return fallback(m, iface, e);
    }
  }

  private static Object fallback(Method m, Class<?> iface, Throwable cause) {
    MethodHandle handle;
    try {
      m.setAccessible(true);
      handle = MethodHandles.lookup().unreflect(m);
    } catch (ReflectiveOperationException | RuntimeException e) {
      e.addSuppressed(cause);
      throw new ContractDefinitionException(
          "cannot read " + m.getDeclaringClass().getName() + "." + m.getName() + "(): " + e, e);
    }
    if (iface == ToLongFunction.class) {
      return (ToLongFunction<Object>) o -> invoke(handle, o, Long.class);
    }
    if (iface == ToDoubleFunction.class) {
      return (ToDoubleFunction<Object>) o -> invoke(handle, o, Double.class);
    }
    if (iface == Predicate.class) {
      return (Predicate<Object>) o -> invoke(handle, o, Boolean.class);
    }
    return (Function<Object, Object>) o -> invoke(handle, o, Object.class);
  }

  private static <T> T invoke(MethodHandle handle, Object target, Class<T> type) {
    try {
      Object v = handle.invoke(target);
      if (v instanceof Number n && type == Long.class) {
        return type.cast(n.longValue());
      }
      if (v instanceof Number n && type == Double.class) {
        return type.cast(n.doubleValue());
      }
      return type.cast(v);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The accessor as a method handle of type {@code (Object)as}, for generated code; null if the
   * accessor cannot be reached (the validator then runs without generated code).
   *
   * @param m the accessor
   * @param as the type to read it as: {@code Object}, or a primitive it widens to
   * @return the handle, or null
   */
  static @Nullable MethodHandle handle(Method m, Class<?> as) {
    MethodHandle h;
    try {
      h = lookup(m.getDeclaringClass()).unreflect(m);
    } catch (IllegalAccessException | RuntimeException e) {
      try {
        m.setAccessible(true);
        h = MethodHandles.lookup().unreflect(m);
      } catch (IllegalAccessException | RuntimeException again) {
        return null;
      }
    }
    try {
      return h.asType(MethodType.methodType(as, Object.class));
    } catch (WrongMethodTypeException e) {
      return null;
    }
  }

  @SuppressWarnings("unchecked")
  static Function<Object, Object> reference(Method m) {
    return (Function<Object, Object>)
        make(
            m,
            Function.class,
            "apply",
            MethodType.methodType(Object.class, Object.class),
            MethodType.methodType(m.getReturnType(), m.getDeclaringClass()));
  }

  @SuppressWarnings("unchecked")
  static ToLongFunction<Object> toLong(Method m) {
    return (ToLongFunction<Object>)
        make(
            m,
            ToLongFunction.class,
            "applyAsLong",
            MethodType.methodType(long.class, Object.class),
            MethodType.methodType(long.class, m.getDeclaringClass()));
  }

  @SuppressWarnings("unchecked")
  static ToDoubleFunction<Object> toDouble(Method m) {
    return (ToDoubleFunction<Object>)
        make(
            m,
            ToDoubleFunction.class,
            "applyAsDouble",
            MethodType.methodType(double.class, Object.class),
            MethodType.methodType(double.class, m.getDeclaringClass()));
  }

  @SuppressWarnings("unchecked")
  static Predicate<Object> toBoolean(Method m) {
    return (Predicate<Object>)
        make(
            m,
            Predicate.class,
            "test",
            MethodType.methodType(boolean.class, Object.class),
            MethodType.methodType(boolean.class, m.getDeclaringClass()));
  }
}
