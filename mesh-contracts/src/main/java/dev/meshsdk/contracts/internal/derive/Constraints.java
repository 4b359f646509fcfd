package dev.meshsdk.contracts.internal.derive;

import dev.meshsdk.contracts.internal.validate.BeanBounds;
import jakarta.validation.constraints.AssertFalse;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.lang.annotation.Repeatable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The Jakarta Bean Validation constraints on one type node (a field, an array item, a type
 * argument), reduced to what ODCS can say about them. Contradictions (a lower bound above the upper
 * one) are left for the caller, which knows the path.
 */
final class Constraints {
  /** The ODCS pattern of {@code @NotBlank}: some character that is not white space. */
  static final String NOT_BLANK_PATTERN = "\\S";

  /** A numeric bound and whether it is exclusive; {@code source} names the annotation. */
  record Bound(BigDecimal value, boolean exclusive, String source) {}

  /** A {@code @Pattern} with flags, which ECMA-262 patterns cannot carry inline. */
  record FlaggedPattern(String regexp, List<String> flags) {}

  private boolean notNull;
  private boolean notBlank;
  private boolean notEmpty;
  private boolean email;
  private int sizeMin;
  private int sizeMax = Integer.MAX_VALUE;
  private final List<String> patterns = new ArrayList<>();
  private final List<FlaggedPattern> flaggedPatterns = new ArrayList<>();
  private @Nullable Bound lower;
  private @Nullable Bound upper;
  private @Nullable Digits digits;
  private final Set<String> temporal = new LinkedHashSet<>();
  private final Set<String> booleanAsserts = new LinkedHashSet<>();

  private Constraints() {}

  /**
   * Reads the constraints among some annotations; others, and repeatable containers such as
   * {@code @Size.List}, are unwrapped or ignored.
   */
  static Constraints of(Collection<Annotation> annotations) {
    Constraints c = new Constraints();
    for (Annotation a : unwrap(annotations)) {
      c.add(a);
    }
    return c;
  }

  /** The annotations with repeatable containers replaced by what they contain, without repeats. */
  static Set<Annotation> unwrap(Collection<Annotation> annotations) {
    Set<Annotation> out = new LinkedHashSet<>();
    for (Annotation a : annotations) {
      List<Annotation> contained = contained(a);
      if (contained.isEmpty()) {
        out.add(a);
      } else {
        out.addAll(contained);
      }
    }
    return out;
  }

  private static List<Annotation> contained(Annotation container) {
    Method value;
    try {
      value = container.annotationType().getMethod("value");
    } catch (NoSuchMethodException e) {
      return List.of();
    }
    Class<?> returned = value.getReturnType();
    if (!returned.isArray() || !returned.getComponentType().isAnnotation()) {
      return List.of();
    }
    Repeatable repeatable = returned.getComponentType().getAnnotation(Repeatable.class);
    if (repeatable == null || repeatable.value() != container.annotationType()) {
      return List.of();
    }
    try {
      return List.of((Annotation[]) value.invoke(container));
    } catch (IllegalAccessException | InvocationTargetException e) {
      return List.of();
    }
  }

  private void add(Annotation a) {
    BeanBounds.Numeric numeric = BeanBounds.numeric(a);
    BeanBounds.Temporal relative = BeanBounds.temporal(a);
    if (numeric != null) {
      String source = "@" + a.annotationType().getSimpleName();
      Bound b = new Bound(decimal(numeric.value(), source), numeric.exclusive(), source);
      if (numeric.lower()) {
        lower(b);
      } else {
        upper(b);
      }
    } else if (relative != null) {
      temporal.add(relative.rule());
    } else if (a instanceof NotNull) {
      notNull = true;
    } else if (a instanceof NotBlank) {
      notBlank = true;
    } else if (a instanceof NotEmpty) {
      notEmpty = true;
    } else if (a instanceof Size s) {
      sizeMin = Math.max(sizeMin, s.min());
      sizeMax = Math.min(sizeMax, s.max());
    } else if (a instanceof Pattern p) {
      pattern(p.regexp(), p.flags());
    } else if (a instanceof Email e) {
      email = true;
      if (!e.regexp().equals(".*")) {
        pattern(e.regexp(), e.flags());
      }
    } else if (a instanceof Digits d) {
      digits = d;
      BigDecimal limit = BigDecimal.TEN.pow(Math.max(0, d.integer()));
      lower(new Bound(limit.negate(), true, "@Digits"));
      upper(new Bound(limit, true, "@Digits"));
    } else if (a instanceof AssertTrue) {
      booleanAsserts.add("assertTrue");
    } else if (a instanceof AssertFalse) {
      booleanAsserts.add("assertFalse");
    }
  }

  private static BigDecimal decimal(String text, String annotation) {
    try {
      BigDecimal d = new BigDecimal(text.trim());
      return d.scale() < 0 ? d.setScale(0) : d;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          annotation + " value '" + text + "' is not a decimal number", e);
    }
  }

  private void pattern(String regexp, Pattern.Flag[] flags) {
    if (flags.length == 0) {
      patterns.add("^(?:" + regexp + ")$");
    } else {
      List<String> names = new ArrayList<>();
      for (Pattern.Flag f : flags) {
        names.add(f.name());
      }
      flaggedPatterns.add(new FlaggedPattern(regexp, names));
    }
  }

  private void lower(Bound b) {
    Bound current = lower;
    if (current == null) {
      lower = b;
      return;
    }
    int cmp = b.value().compareTo(current.value());
    if (cmp > 0 || (cmp == 0 && b.exclusive() && !current.exclusive())) {
      lower = b;
    }
  }

  private void upper(Bound b) {
    Bound current = upper;
    if (current == null) {
      upper = b;
      return;
    }
    int cmp = b.value().compareTo(current.value());
    if (cmp < 0 || (cmp == 0 && b.exclusive() && !current.exclusive())) {
      upper = b;
    }
  }

  /** Whether a value must be present: {@code @NotNull}, {@code @NotBlank} or {@code @NotEmpty}. */
  boolean required() {
    return notNull || notBlank || notEmpty;
  }

  boolean notBlank() {
    return notBlank;
  }

  boolean email() {
    return email;
  }

  /** The minimum length or count: {@code @Size.min}, at least 1 under {@code @NotEmpty}. */
  int minSize(boolean textual) {
    int min = sizeMin;
    if (notEmpty || (textual && notBlank)) {
      min = Math.max(min, 1);
    }
    return min;
  }

  /** The maximum length or count, {@link Integer#MAX_VALUE} for none. */
  int maxSize() {
    return sizeMax;
  }

  /** The patterns in ODCS search semantics: {@code @Pattern}s anchored, and {@code \S}. */
  List<String> patterns() {
    List<String> out = new ArrayList<>();
    if (notBlank) {
      out.add(NOT_BLANK_PATTERN);
    }
    out.addAll(patterns);
    return out;
  }

  List<FlaggedPattern> flaggedPatterns() {
    return List.copyOf(flaggedPatterns);
  }

  @Nullable Bound lower() {
    return lower;
  }

  @Nullable Bound upper() {
    return upper;
  }

  @Nullable Digits digits() {
    return digits;
  }

  List<String> temporal() {
    return List.copyOf(temporal);
  }

  List<String> booleanAsserts() {
    return List.copyOf(booleanAsserts);
  }
}
