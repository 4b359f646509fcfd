package dev.meshsdk.observability.telemetry;

import io.opentelemetry.api.OpenTelemetry;
import java.lang.reflect.Proxy;

/** OpenTelemetry implementations that throw, built from dynamic proxies. */
final class BrokenOpenTelemetry {
  private BrokenOpenTelemetry() {}

  /**
   * An implementation whose builders work but whose every recording call (span end, counter add,
   * gauge close...) throws: it fails on the publish path.
   *
   * @return the implementation
   */
  static OpenTelemetry failingOnUse() {
    return proxy(OpenTelemetry.class, false);
  }

  /**
   * An implementation whose every call throws, from the first tracer or meter builder on.
   *
   * @return the implementation
   */
  static OpenTelemetry failingAtStart() {
    return proxy(OpenTelemetry.class, true);
  }

  private static <T> T proxy(Class<T> type, boolean throwAlways) {
    Object p =
        Proxy.newProxyInstance(
            BrokenOpenTelemetry.class.getClassLoader(),
            new Class<?>[] {type},
            (self, method, args) -> {
              switch (method.getName()) {
                case "toString":
                  return "Broken" + type.getSimpleName();
                case "hashCode":
                  return System.identityHashCode(self);
                case "equals":
                  return self == args[0];
                default:
                  break;
              }
              Class<?> result = method.getReturnType();
              if (!throwAlways && result.isInterface()) {
                return proxy(result, false);
              }
              throw new IllegalStateException("broken OpenTelemetry: " + method.getName());
            });
    return type.cast(p);
  }
}
