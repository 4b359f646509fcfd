package dev.meshsdk.core.governance;

import dev.meshsdk.core.DataProduct;
import java.util.List;
import java.util.Optional;

/**
 * A governance rule: evaluates a product and reports what it finds. Implement it for your own rules
 * and add it to a {@link PolicySet}; create findings with {@link PolicyContext#finding}, so they
 * carry the rule id and the severity the set configures.
 *
 * <p>Implementations are immutable and thread-safe; value-like implementations (records) make
 * {@link #tightenedBy} work without code.
 */
public interface Policy {
  /**
   * The rule's stable id, unique in a policy set, such as {@code naming.product-id}.
   *
   * @return the id
   */
  String id();

  /**
   * The severity used when a set adds the policy without naming one.
   *
   * @return {@link Severity#BLOCKING} unless overridden
   */
  default Severity defaultSeverity() {
    return Severity.BLOCKING;
  }

  /**
   * Evaluates a product.
   *
   * @param product the product
   * @param context the rule's severity and what is known besides the product
   * @return the findings, empty when the product complies
   */
  List<Finding> evaluate(DataProduct product, PolicyContext context);

  /**
   * The policy a domain gets when it puts {@code replacement} in place of this organisation rule
   * (same id): a policy at least as strict as this one, or empty when the replacement would loosen
   * the rule. The default accepts only an equal replacement.
   *
   * @param replacement the domain's policy with the same id
   * @return the combined policy, or empty if the replacement would loosen this one
   */
  default Optional<Policy> tightenedBy(Policy replacement) {
    return equals(replacement) ? Optional.of(this) : Optional.empty();
  }
}
