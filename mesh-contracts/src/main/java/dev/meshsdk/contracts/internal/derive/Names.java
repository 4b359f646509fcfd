package dev.meshsdk.contracts.internal.derive;

import dev.meshsdk.contracts.internal.validate.PropertyNames;

/** Names derived from Java names: snake_case object names and bean property names. */
final class Names {
  private Names() {}

  /**
   * {@code OrderLine} to {@code order_line}, {@code HTTPRequest} to {@code http_request}, {@code
   * V2Order} to {@code v2_order}.
   */
  static String snakeCase(String name) {
    StringBuilder out = new StringBuilder(name.length() + 4);
    for (int i = 0; i < name.length(); i++) {
      char ch = name.charAt(i);
      if (Character.isUpperCase(ch)) {
        if (i > 0) {
          char prev = name.charAt(i - 1);
          boolean nextLower = i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
          if (Character.isLowerCase(prev)
              || Character.isDigit(prev)
              || (Character.isUpperCase(prev) && nextLower)) {
            out.append('_');
          }
        }
        out.append(Character.toLowerCase(ch));
      } else {
        out.append(ch);
      }
    }
    return out.toString();
  }

  /**
   * The JavaBeans property name of the part of a getter's name after {@code get} or {@code is}:
   * {@code Name} to {@code name}, {@code URL} stays {@code URL}.
   */
  static String decapitalize(String name) {
    return PropertyNames.decapitalize(name);
  }

  /** A child path: {@code lines} and {@code sku} give {@code lines.sku}. */
  static String child(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }
}
