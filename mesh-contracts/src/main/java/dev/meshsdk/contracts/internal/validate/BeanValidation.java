package dev.meshsdk.contracts.internal.validate;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Hibernate Validator for the constraints meshsdk does not compile (custom constraints, class-level
 * constraints). Built once, lazily; messages are interpolated without Expression Language, so no
 * validated value ever enters a message.
 */
final class BeanValidation {
  private BeanValidation() {}

  private static final class Holder {
    static final Validator VALIDATOR =
        Validation.byProvider(HibernateValidator.class)
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()
            .getValidator();
  }

  private static final java.util.Set<String> COMPILED =
      java.util.Set.of(
          "NotNull",
          "NotBlank",
          "NotEmpty",
          "Size",
          "Pattern",
          "Email",
          "Min",
          "Max",
          "DecimalMin",
          "DecimalMax",
          "Positive",
          "PositiveOrZero",
          "Negative",
          "NegativeOrZero",
          "Past",
          "PastOrPresent",
          "Future",
          "FutureOrPresent");

  /**
   * Whether meshsdk compiles this constraint itself (so Hibernate Validator's verdict is not
   * needed).
   */
  static boolean isCompiled(java.lang.annotation.Annotation a) {
    Class<?> t = a.annotationType();
    if (!t.getName().startsWith("jakarta.validation.constraints.")
        || !COMPILED.contains(t.getSimpleName())) {
      return false;
    }
    if (a instanceof jakarta.validation.constraints.Pattern p) {
      return p.flags().length == 0;
    }
    if (a instanceof jakarta.validation.constraints.Email e) {
      return e.flags().length == 0 && e.regexp().equals(".*");
    }
    return true;
  }

  static Validator validator() {
    return Holder.VALIDATOR;
  }
}
