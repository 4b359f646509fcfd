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
   * a {@code boolean} or {@code Boolean}) gives {@code paid}; only the first letter is lowered.
   *
   * @param m a method without parameters
   * @return the property, or null if the method is not a getter
   */
  public static @Nullable String beanProperty(Method m) {
    String n = m.getName();
    if (n.startsWith("get") && n.length() > 3 && m.getReturnType() != void.class) {
      return Character.toLowerCase(n.charAt(3)) + n.substring(4);
    }
    if (n.startsWith("is")
        && n.length() > 2
        && (m.getReturnType() == boolean.class || m.getReturnType() == Boolean.class)) {
      return Character.toLowerCase(n.charAt(2)) + n.substring(3);
    }
    return null;
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
