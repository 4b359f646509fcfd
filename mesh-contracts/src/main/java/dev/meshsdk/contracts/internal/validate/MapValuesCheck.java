package dev.meshsdk.contracts.internal.validate;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A v3.2 {@code map} property: a Map whose keys and values each meet a check. */
final class MapValuesCheck extends Check {
  private final @Nullable Check keys;
  private final @Nullable Check values;

  MapValuesCheck(boolean showValues, @Nullable Check keys, @Nullable Check values) {
    super(showValues);
    this.keys = keys;
    this.values = values;
  }

  @Override
  boolean test(Object value) {
    if (!(value instanceof Map<?, ?> map)) {
      return false;
    }
    for (Map.Entry<?, ?> e : map.entrySet()) {
      if (e.getKey() == null || (keys != null && !keys.test(e.getKey()))) {
        return false;
      }
      if (values != null && e.getValue() != null && !values.test(e.getValue())) {
        return false;
      }
    }
    return true;
  }

  @Override
  void report(Object value, Path path, Sink sink) {
    if (!(value instanceof Map<?, ?> map)) {
      sink.add(path, "type", "must be a map but was " + Show.typeName(value));
      return;
    }
    for (Map.Entry<?, ?> e : map.entrySet()) {
      if (sink.full()) {
        return;
      }
      String key = String.valueOf(e.getKey());
      Path p = path.child(showValues ? key : "(key)");
      if (e.getKey() == null || (keys != null && !keys.test(e.getKey()))) {
        if (e.getKey() == null) {
          sink.add(p, "type", "map keys must not be null");
        } else {
          keys.report(e.getKey(), p, sink);
        }
      }
      if (values != null && e.getValue() != null && !values.test(e.getValue())) {
        values.report(e.getValue(), p, sink);
      }
    }
  }

  @Override
  boolean hasBeanRules() {
    return values != null && values.hasBeanRules();
  }

  @Override
  boolean beanTest(Object value) {
    if (values == null || !values.hasBeanRules() || !(value instanceof Map<?, ?> map)) {
      return true;
    }
    for (Object v : map.values()) {
      if (v != null && !values.beanTest(v)) {
        return false;
      }
    }
    return true;
  }

  @Override
  void beanReport(Object value, Path path, Sink sink) {
    if (values == null || !values.hasBeanRules() || !(value instanceof Map<?, ?> map)) {
      return;
    }
    for (Map.Entry<?, ?> e : map.entrySet()) {
      if (e.getValue() != null && !values.beanTest(e.getValue())) {
        values.beanReport(
            e.getValue(), path.child(showValues ? String.valueOf(e.getKey()) : "(key)"), sink);
      }
    }
  }
}
