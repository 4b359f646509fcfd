package dev.meshsdk.core;

import dev.meshsdk.contracts.MeshException;

/**
 * A data product declaration that is wrong: a blank id, two ports with the same name and version, a
 * port whose schema object is not in its contract, a bad {@code @DataProduct} annotation.
 *
 * <p>This is a mistake in a definition, found when a product is built, never while publishing data;
 * records that break a contract are reported as violations. The message names the product or class,
 * the field, the problem and the rule: {@code DataProduct 'orders': outputPorts[1]: name and
 * version 'orders 1.0.0' are used by outputPorts[0] already [unique-port]}.
 */
public final class ProductDefinitionException extends MeshException {
  private static final long serialVersionUID = 1L;

  private final String field;
  private final String rule;
  private final String problem;

  /**
   * Creates the exception.
   *
   * @param subject what is being defined: {@code DataProduct 'orders'}, {@code OutputPort 'orders'}
   *     or {@code @DataProduct on com.example.Orders}
   * @param field the field or attribute at fault, such as {@code outputPorts[1].name}
   * @param rule a stable identifier of the rule broken, such as {@code not-blank}
   * @param problem what is wrong and what is expected
   */
  public ProductDefinitionException(String subject, String field, String rule, String problem) {
    super(subject + ": " + field + ": " + problem + " [" + rule + "]");
    this.field = field;
    this.rule = rule;
    this.problem = problem;
  }

  /**
   * What is wrong, without the subject, field and rule.
   *
   * @return the problem
   */
  public String problem() {
    return problem;
  }

  /**
   * The field or annotation attribute at fault.
   *
   * @return the field, such as {@code outputPorts[1].name}
   */
  public String field() {
    return field;
  }

  /**
   * The rule broken.
   *
   * @return a stable identifier such as {@code not-blank}, {@code unique-port} or {@code uri}
   */
  public String rule() {
    return rule;
  }
}
