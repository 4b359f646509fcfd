package dev.meshsdk.contracts.internal.validate;

import dev.meshsdk.contracts.ContractDefinitionException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The Bean Validation constraints of one Java type that meshsdk does not compile (your own {@code
 * ConstraintValidator}s, composed constraints, {@code @Pattern} or {@code @Email} with flags or
 * their own expression, class-level constraints, also inherited ones), run by Hibernate Validator
 * on every object of that type in a record.
 *
 * <p>Which properties have such constraints is read from Hibernate Validator's own metadata, so the
 * property names are the ones it knows (a {@code Boolean isPaid()} is no property to it, and is not
 * asked for). Each object is validated where the check tree meets it, so that a nested type's
 * constraints run whether or not its property carries {@code @Valid} (as meshsdk's compiled
 * constraints do), and a violation is reported under the contract's property names ({@code
 * order_id}, not the Java {@code orderId}). Properties are validated one by one ({@link
 * Validator#validateProperty}, which does not cascade), so nothing is reported twice; a violation
 * of a constraint meshsdk compiles for that property is left out, one of a constraint it is
 * composed of is not. For a classified property the message is a neutral one, since a custom
 * validator may quote the value in its own.
 */
final class BeanRules {
  /**
   * One property of the type with constraints to run.
   *
   * @param javaName the property's name as Hibernate Validator knows it
   * @param contractName its name in the contract
   * @param showValues whether its values may appear in messages
   * @param compiled the constraints on it that meshsdk checks itself, left out here
   */
  record Property(
      String javaName, String contractName, boolean showValues, Set<Annotation> compiled) {}

  private final Validator validator;
  private final Class<?> type;
  private final Property[] properties;
  private final Set<Annotation> classLevel;
  private final Map<String, String> contractNames;
  private final Set<String> hidden;
  private final boolean showValues;

  private BeanRules(
      Validator validator,
      Class<?> type,
      List<Property> properties,
      Set<Annotation> classLevel,
      Map<String, String> contractNames,
      Set<String> hidden,
      boolean showValues) {
    this.validator = validator;
    this.type = type;
    this.properties = properties.toArray(new Property[0]);
    this.classLevel = Set.copyOf(classLevel);
    this.contractNames = Map.copyOf(contractNames);
    this.hidden = Set.copyOf(hidden);
    this.showValues = showValues;
  }

  /**
   * The rules of a type, or null if it has none meshsdk leaves to Hibernate Validator.
   *
   * @param validator Hibernate Validator
   * @param type the type
   * @param contractNames every Java property name of the type and its contract name
   * @param order the Java names of the contract's properties, in the contract's order, in which
   *     violations are reported (others follow by name)
   * @param hidden the Java names of properties whose values must not appear in messages
   * @param showValues whether the object's values may appear in class-level messages
   * @return the rules, or null
   */
  static @Nullable BeanRules of(
      Validator validator,
      Class<?> type,
      Map<String, String> contractNames,
      List<String> order,
      Set<String> hidden,
      boolean showValues) {
    BeanDescriptor bean;
    try {
      bean = validator.getConstraintsForClass(type);
    } catch (jakarta.validation.ValidationException e) {
      throw new ContractDefinitionException(
          type.getName()
              + ": its Bean Validation declarations cannot be read by Hibernate Validator ("
              + e.getMessage()
              + ")",
          e);
    }
    List<Property> properties = new ArrayList<>();
    for (PropertyDescriptor pd : bean.getConstrainedProperties()) {
      Set<Annotation> compiled = new HashSet<>();
      boolean uncompiled = sort(pd.getConstraintDescriptors(), compiled);
      uncompiled |= sortContainers(pd.getConstrainedContainerElementTypes(), compiled);
      if (uncompiled) {
        String name = pd.getPropertyName();
        properties.add(
            new Property(
                name,
                contractNames.getOrDefault(name, name),
                // a property meshsdk does not know (a field without accessor) is not shown
                showValues && contractNames.containsKey(name) && !hidden.contains(name),
                Set.copyOf(compiled)));
      }
    }
    properties.sort(
        Comparator.comparingInt(
                (Property p) ->
                    order.contains(p.javaName()) ? order.indexOf(p.javaName()) : order.size())
            .thenComparing(Property::javaName));
    Set<Annotation> classLevel = new HashSet<>();
    collect(bean.getConstraintDescriptors(), classLevel);
    if (properties.isEmpty() && classLevel.isEmpty()) {
      return null;
    }
    return new BeanRules(
        validator, type, properties, classLevel, contractNames, hidden, showValues);
  }

  /** Adds compiled constraints to {@code compiled}; true if any constraint is not compiled. */
  private static boolean sort(Set<ConstraintDescriptor<?>> constraints, Set<Annotation> compiled) {
    boolean uncompiled = false;
    for (ConstraintDescriptor<?> c : constraints) {
      if (BeanValidation.isCompiled(c.getAnnotation())) {
        compiled.add(c.getAnnotation());
      } else {
        uncompiled = true;
      }
    }
    return uncompiled;
  }

  private static boolean sortContainers(
      Set<ContainerElementTypeDescriptor> containers, Set<Annotation> compiled) {
    boolean uncompiled = false;
    for (ContainerElementTypeDescriptor c : containers) {
      uncompiled |= sort(c.getConstraintDescriptors(), compiled);
      uncompiled |= sortContainers(c.getConstrainedContainerElementTypes(), compiled);
    }
    return uncompiled;
  }

  /** A constraint's annotation and those of the constraints it is composed of, at any depth. */
  private static void collect(
      Collection<? extends ConstraintDescriptor<?>> constraints, Set<Annotation> into) {
    for (ConstraintDescriptor<?> c : constraints) {
      if (into.add(c.getAnnotation())) {
        collect(c.getComposingConstraints(), into);
      }
    }
  }

  boolean test(Object bean) {
    for (Property p : properties) {
      for (ConstraintViolation<Object> v : validator.validateProperty(bean, p.javaName())) {
        if (!p.compiled().contains(annotation(v))) {
          return false;
        }
      }
    }
    if (!classLevel.isEmpty()) {
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
        if (p.compiled().contains(a)) {
          continue;
        }
        Iterator<jakarta.validation.Path.Node> nodes = v.getPropertyPath().iterator();
        nodes.next(); // the property itself
        Path at = within(path.child(p.contractName()), nodes, p.showValues());
        sink.add(at, rule(a), message(v, a, p.showValues()));
      }
    }
    if (!classLevel.isEmpty()) {
      for (ConstraintViolation<Object> v : sorted(validator.validate(bean))) {
        if (!isClassLevel(v, bean)) {
          continue;
        }
        Path at = path;
        boolean show = showValues;
        Iterator<jakarta.validation.Path.Node> nodes = v.getPropertyPath().iterator();
        while (nodes.hasNext()) {
          jakarta.validation.Path.Node n = nodes.next();
          String name = n.getName();
          if (name != null && n.getKind() == jakarta.validation.ElementKind.PROPERTY) {
            // A class-level constraint may name a property (addPropertyNode): its classification.
            show = showValues && contractNames.containsKey(name) && !hidden.contains(name);
            at = within(at.child(contractNames.getOrDefault(name, name)), nodes, show);
            break;
          }
        }
        Annotation a = annotation(v);
        sink.add(at, rule(a), message(v, a, show));
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
   * A violation of one of this type's class-level constraints (declared on it or inherited), not
   * one found in a nested object through {@code @Valid}, which that object's rules report. The
   * object's own class may add class-level constraints of a subclass.
   */
  private boolean isClassLevel(ConstraintViolation<Object> v, Object bean) {
    if (v.getLeafBean() != bean) {
      return false;
    }
    Annotation a = annotation(v);
    if (classLevel.contains(a)) {
      return true;
    }
    if (bean.getClass() == type) {
      return false; // classLevel holds all of them (a property's violation, in the usual case)
    }
    Set<Annotation> ofRuntimeClass = new HashSet<>();
    collect(
        validator.getConstraintsForClass(bean.getClass()).getConstraintDescriptors(),
        ofRuntimeClass);
    return ofRuntimeClass.contains(a);
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
