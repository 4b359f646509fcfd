package dev.meshsdk.contracts.internal.validate;

/**
 * A compiled check of one non-null value. {@code test} is the fast path: no allocation, stops at
 * the first problem. {@code report} runs only for invalid records and adds every violation.
 */
abstract class Check {
  /** Whether the value's content may appear in messages (unclassified or public properties). */
  final boolean showValues;

  Check(boolean showValues) {
    this.showValues = showValues;
  }

  /**
   * Whether the value passes.
   *
   * @param value the value, never null
   * @return true if valid
   */
  abstract boolean test(Object value);

  /**
   * Adds every violation of the value.
   *
   * @param value the value, never null
   * @param path the value's path
   * @param sink where violations go
   */
  abstract void report(Object value, Path path, Sink sink);

  /**
   * Whether this check, or one inside it, has Bean Validation rules for Hibernate Validator to run
   * ({@link BeanRules}); only typed records have them.
   *
   * @return true if {@link #beanTest} and {@link #beanReport} have work to do
   */
  boolean hasBeanRules() {
    return false;
  }

  /**
   * Whether the value passes the Bean Validation rules inside this check. A value of the wrong
   * shape passes here: {@link #test} reports it.
   *
   * @param value the value, never null
   * @return true if no rule is broken
   */
  boolean beanTest(Object value) {
    return true;
  }

  /**
   * Adds the violations of the Bean Validation rules inside this check.
   *
   * @param value the value, never null
   * @param path the value's path
   * @param sink where violations go
   */
  void beanReport(Object value, Path path, Sink sink) {
    // no rules
  }

  /**
   * The value for a message: quoted and shortened, or a neutral word when classified.
   *
   * @param value the value
   * @return the text
   */
  final String show(Object value) {
    return Show.value(value, showValues);
  }
}
