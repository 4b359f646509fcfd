package dev.meshsdk.contracts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Converts {@link JsonValue}s to plain Java values (package-private helper). */
final class JavaValues {
  private JavaValues() {}

  static @Nullable Object toJava(JsonValue value) {
    if (value instanceof JsonValue.Str s) {
      return s.value();
    }
    if (value instanceof JsonValue.Num n) {
      return n.value();
    }
    if (value instanceof JsonValue.Bool b) {
      return b.value();
    }
    if (value instanceof JsonValue.Arr a) {
      List<@Nullable Object> out = new ArrayList<>(a.values().size());
      for (JsonValue v : a.values()) {
        out.add(toJava(v));
      }
      return Collections.unmodifiableList(out);
    }
    if (value instanceof JsonValue.Obj o) {
      Map<String, @Nullable Object> out = new LinkedHashMap<>();
      for (Map.Entry<String, JsonValue> e : o.members().entrySet()) {
        out.put(e.getKey(), toJava(e.getValue()));
      }
      return Collections.unmodifiableMap(out);
    }
    return null;
  }
}
