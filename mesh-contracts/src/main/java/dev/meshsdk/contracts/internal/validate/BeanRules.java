package dev.meshsdk.contracts.internal.validate;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Bean Validation constraints of one Java type that meshsdk does not compile (your own {@code
 * ConstraintValidator}s, {@code @Pattern} with flags, class-level constraints), run by Hibernate
 * Validator on every object of that type in a record.
 *
 * <p>Each object is validated where the check tree meets it, so that a nested type's constraints
 * run whether or not its property carries {@code @Valid} (as meshsdk's compiled constraints do),
 * and a violation is reported under the contract's property names ({@code order_id}, not the Java
 * {@code orderId}). Properties are validated one by one ({@link Validator#validateProperty}, which
 * does not cascade), so nothing is reported twice. A constraint meshsdk compiles is skipped here.
 * For a classified property the message is a neutral one, since a custom validator may quote the
 * value in its own.
 */
final class BeanRules {
  /** One property of the type with constraints to run. */
  record Property(String javaName, String contractName, boolean showValues) {}

  private final Validator validator;
  private final Property[] properties;
  private final boolean classLevel;
  private final Map<String, String> contractNames;
  private final boolean showValues;

  /**
   * @param validator Hibernate Validator
   * @param properties the properties with constraints meshsdk does not compile
   * @param classLevel whether the type has class-level constraints
   * @param contractNames every Java property name of the type and its contract name, for the paths
   *     of class-level violations
   * @param showValues whether the object's values may appear in class-level messages
   */
  BeanRules(
      Validator validator,
      List<Property> properties,
      boolean classLevel,
      Map<String, String> contractNames,
      boolean showValues) {
    this.validator = validator;
    this.properties = properties.toArray(new Property[0]);
    this.classLevel = classLevel;
    this.contractNames = Map.copyOf(contractNames);
    this.showValues = showValues;
  }

  boolean test(Object bean) {
    for (Property p : properties) {
      for (ConstraintViolation<Object> v : validator.validateProperty(bean, p.javaName())) {
        if (!BeanValidation.isCompiled(annotation(v))) {
          return false;
        }
      }
    }
    if (classLevel) {
      for (ConstraintViolation<Object> v : validator.validate(bean)) {
        if (isClassLevel(v, bean)) {
          return false;
        }
      }
    }
    return true;
  }

  void report(Object bean, Path path, Sink sink) {
    for (Property p : properties) {
      for (ConstraintViolation<Object> v : sorted(validator.validateProperty(bean, p.javaName()))) {
        Annotation a = annotation(v);
        if (BeanValidation.isCompiled(a)) {
          continue;
        }
        Iterator<jakarta.validation.Path.Node> nodes = v.getPropertyPath().iterator();
        nodes.next(); // the property itself
        Path at = within(path.child(p.contractName()), nodes, p.showValues());
        sink.add(at, rule(a), message(v, a, p.showValues()));
      }
    }
    if (classLevel) {
      for (ConstraintViolation<Object> v : sorted(validator.validate(bean))) {
        if (!isClassLevel(v, bean)) {
          continue;
        }
        Path at = path;
        Iterator<jakarta.validation.Path.Node> nodes = v.getPropertyPath().iterator();
        while (nodes.hasNext()) {
          jakarta.validation.Path.Node n = nodes.next();
          if (n.getName() != null && n.getKind() == jakarta.validation.ElementKind.PROPERTY) {
            at =
                within(
                    at.child(contractNames.getOrDefault(n.getName(), n.getName())), nodes, false);
            break;
          }
        }
        Annotation a = annotation(v);
        sink.add(at, rule(a), message(v, a, showValues));
      }
    }
  }

  /** The rest of a violation's path: container indexes and keys, under the property's path. */
  private static Path within(
      Path at, Iterator<jakarta.validation.Path.Node> nodes, boolean showValues) {
    while (nodes.hasNext()) {
      jakarta.validation.Path.Node n = nodes.next();
      if (n.getIndex() != null) {
        at = at.index(n.getIndex());
      } else if (n.getKey() != null) {
        at = at.child(showValues ? String.valueOf(n.getKey()) : "(key)");
      }
    }
    return at;
  }

  /**
   * A violation of one of this type's own class-level constraints, not one found in a nested object
   * through {@code @Valid}, which that object's rules report.
   */
  private static boolean isClassLevel(ConstraintViolation<Object> v, Object bean) {
    return v.getLeafBean() == bean && isOnType(v, bean);
  }

  private static boolean isOnType(ConstraintViolation<Object> v, Object bean) {
    Annotation a = annotation(v);
    for (Annotation onType : bean.getClass().getAnnotations()) {
      if (onType.equals(a)) {
        return true;
      }
      if (isContainerOf(onType, a)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code container} is a repeatable constraint's {@code @List} holding {@code a}. */
  private static boolean isContainerOf(Annotation container, Annotation a) {
    try {
      Object value = container.annotationType().getMethod("value").invoke(container);
      if (value instanceof Annotation[] all) {
        for (Annotation inner : all) {
          if (inner.equals(a)) {
            return true;
          }
        }
      }
    } catch (ReflectiveOperationException | RuntimeException e) {
      return false;
    }
    return false;
  }

  private static Annotation annotation(ConstraintViolation<Object> v) {
    return v.getConstraintDescriptor().getAnnotation();
  }

  private static String rule(Annotation a) {
    return a.annotationType().getSimpleName();
  }

  private static String message(ConstraintViolation<Object> v, Annotation a, boolean showValues) {
    return showValues ? v.getMessage() : "must satisfy @" + rule(a);
  }

  private static List<ConstraintViolation<Object>> sorted(Set<ConstraintViolation<Object>> found) {
    List<ConstraintViolation<Object>> out = new ArrayList<>(found);
    out.sort(
        Comparator.comparing((ConstraintViolation<Object> v) -> v.getPropertyPath().toString())
            .thenComparing(v -> rule(annotation(v))));
    return out;
  }
}
