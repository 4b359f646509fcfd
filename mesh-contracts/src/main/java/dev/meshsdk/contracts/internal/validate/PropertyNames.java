package dev.meshsdk.contracts.internal.validate;

import dev.meshsdk.contracts.annotation.ContractField;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The names under which the record validator reads a typed record's properties; anything else that
 * reads or writes typed records by contract name (mesh-core's JSON Lines sinks) uses the same rule,
 * so it agrees with the validator. Not API.
 */
public final class PropertyNames {
  private PropertyNames() {}

  /**
   * The bean property a getter reads: {@code getTotal()} gives {@code total}, {@code isPaid()} (of
   * a {@code boolean} or {@code Boolean}) gives {@code paid}, {@code getURL()} gives {@code URL}:
   * the JavaBeans rule of {@link #decapitalize}.
   *
   * @param m a method without parameters
   * @return the property, or null if the method is not a getter
   */
  public static @Nullable String beanProperty(Method m) {
    String n = m.getName();
    if (n.startsWith("get") && n.length() > 3 && m.getReturnType() != void.class) {
      return decapitalize(n.substring(3));
    }
    if (n.startsWith("is")
        && n.length() > 2
        && (m.getReturnType() == boolean.class || m.getReturnType() == Boolean.class)) {
      return decapitalize(n.substring(2));
    }
    return null;
  }

  /**
   * The JavaBeans rule ({@code java.beans.Introspector.decapitalize}): the first letter is lowered
   * unless the first two are both upper case, so {@code Total} gives {@code total} and {@code URL}
   * stays {@code URL}.
   *
   * @param name a capitalised name
   * @return the property name
   */
  public static String decapitalize(String name) {
    if (name.length() > 1
        && Character.isUpperCase(name.charAt(0))
        && Character.isUpperCase(name.charAt(1))) {
      return name;
    }
    return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  /**
   * The contract name of a property: the first non-empty {@link ContractField#name()} among its
   * annotations, else its Java name.
   *
   * @param javaName the component or bean property name
   * @param annotations the annotations on the component, accessor and field
   * @return the name
   */
  public static String contractName(String javaName, List<Annotation> annotations) {
    for (Annotation a : annotations) {
      if (a instanceof ContractField f && !f.name().isEmpty()) {
        return f.name();
      }
    }
    return javaName;
  }
}
