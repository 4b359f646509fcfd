package dev.meshsdk.contracts.internal.validate;

import dev.meshsdk.contracts.DataContract;
import dev.meshsdk.contracts.RecordValidator;
import dev.meshsdk.contracts.SchemaObject;
import dev.meshsdk.contracts.ValidationOptions;
import dev.meshsdk.contracts.ValidationResult;
import dev.meshsdk.contracts.Violation;
import java.util.List;
import java.util.Objects;

/**
 * A compiled validator: a fast allocation-free pass, and for invalid records a second pass that
 * collects every violation; Hibernate Validator runs only for constraints meshsdk does not compile.
 */
final class CompiledValidator<T> implements RecordValidator<T> {
  private final DataContract contract;
  private final SchemaObject object;
  private final Check root;
  private final FastTest fast;
  private final ValidationOptions options;

  /**
   * Whether Hibernate Validator has constraints to run ({@link BeanRules}) somewhere in the tree.
   */
  private final boolean beanRules;

  CompiledValidator(
      DataContract contract, SchemaObject object, Check root, ValidationOptions options) {
    this.contract = contract;
    this.object = object;
    this.root = root;
    this.fast = fastPath(root, contract.id() + " " + object.name());
    this.options = options;
    this.beanRules = root.hasBeanRules();
  }

  /** The generated fast path, or the tree when ASM itself cannot be linked (left off the path). */
  private static FastTest fastPath(Check root, String what) {
    try {
      return FastPaths.of(root, what);
    } catch (LinkageError e) {
      System.getLogger(CompiledValidator.class.getName())
          .log(
              System.Logger.Level.DEBUG,
              () -> what + ": validating without generated code, ASM cannot be linked: " + e);
      return root::test;
    }
  }

  @Override
  public boolean isValid(T record) {
    Objects.requireNonNull(record, "record");
    return passes(record) && (!beanRules || root.beanTest(record));
  }

  @Override
  public ValidationResult validate(T record) {
    Objects.requireNonNull(record, "record");
    boolean ours = passes(record);
    if (ours && !beanRules) {
      return ValidationResult.valid();
    }
    Sink sink = new Sink(options.maxViolations());
    if (!ours) {
      root.report(record, Path.ROOT, sink);
    }
    if (beanRules) {
      root.beanReport(record, Path.ROOT, sink);
    }
    List<Violation> violations = sink.violations();
    return ValidationResult.of(violations);
  }

  private boolean passes(T record) {
    boolean ours = fast.test(record);
    // With assertions on (every test run), the generated class is checked against the tree.
    assert ours == root.test(record)
        : this + ": the generated fast path says " + ours + ", the check tree the opposite";
    return ours;
  }

  /**
   * Whether the fast path runs generated code (for tests).
   *
   * @return true if it does
   */
  boolean generated() {
    return FastPaths.isGenerated(fast);
  }

  /**
   * The fast path's answer alone (for tests).
   *
   * @param record the record
   * @return true if it passes
   */
  boolean fastTest(Object record) {
    return fast.test(record);
  }

  /**
   * The check tree's answer alone (for tests).
   *
   * @param record the record
   * @return true if it passes
   */
  boolean treeTest(Object record) {
    return root.test(record);
  }

  /**
   * Another fast path for this validator's checks, objects split into methods of at most {@code
   * fieldsPerMethod} properties (for tests).
   *
   * @param fieldsPerMethod the most properties per generated method
   * @return the fast path
   */
  FastTest generate(int fieldsPerMethod) {
    return FastPaths.of(root, toString(), fieldsPerMethod);
  }

  @Override
  public DataContract contract() {
    return contract;
  }

  @Override
  public SchemaObject schemaObject() {
    return object;
  }

  @Override
  public String toString() {
    return "RecordValidator["
        + contract.id()
        + " "
        + contract.version()
        + ", "
        + object.name()
        + "]";
  }
}
