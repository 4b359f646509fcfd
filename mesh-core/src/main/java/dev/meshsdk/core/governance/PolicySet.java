package dev.meshsdk.core.governance;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A set of governance rules: policies, each with the severity its findings get. An organisation has
 * one set; each domain may have one more that {@link Governance} checks against it: a domain set
 * may add rules, raise a rule's severity or replace a rule with a stricter one ({@link
 * Policy#tightenedBy}), never remove, lower or loosen one.
 *
 * <pre>{@code
 * PolicySet org = Policies.recommended();
 * PolicySet sales = PolicySet.builder()
 *     .add(Policies.productIdPattern("sales-[a-z0-9-]+"))       // narrower naming
 *     .add(Policies.semanticVersions(), Severity.BLOCKING)      // raised severity
 *     .build();
 * }</pre>
 */
public final class PolicySet {
  private final Map<String, Rule> rules;
  private final Set<String> removals;

  /**
   * A policy with the severity its findings get.
   *
   * @param policy the policy
   * @param severity the severity
   */
  public record Rule(Policy policy, Severity severity) {
    /**
     * Checks the components.
     *
     * @param policy the policy
     * @param severity the severity
     */
    public Rule {
      Objects.requireNonNull(policy, "policy");
      Objects.requireNonNull(severity, "severity");
    }

    /**
     * The rule's id.
     *
     * @return the policy's id
     */
    public String id() {
      return policy.id();
    }
  }

  private PolicySet(Map<String, Rule> rules, Set<String> removals) {
    this.rules = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rules));
    this.removals = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(removals));
  }

  /**
   * A set without rules.
   *
   * @return the set
   */
  public static PolicySet empty() {
    return builder().build();
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this set's rules.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.rules.putAll(rules);
    b.removals.addAll(removals);
    return b;
  }

  /**
   * The rules, in the order added.
   *
   * @return the rules
   */
  public List<Rule> rules() {
    return List.copyOf(rules.values());
  }

  /**
   * The rule with an id.
   *
   * @param id the id
   * @return the rule, or empty
   */
  public Optional<Rule> rule(String id) {
    return Optional.ofNullable(rules.get(id));
  }

  /**
   * The ids of the rules this set asks to remove from the organisation's set. An organisation set
   * ignores them; for a domain set {@link Governance} refuses them.
   *
   * @return the ids
   */
  public Set<String> removals() {
    return removals;
  }

  @Override
  public String toString() {
    return "PolicySet" + rules.keySet();
  }

  /** Builds a {@link PolicySet}. */
  public static final class Builder {
    private final Map<String, Rule> rules = new LinkedHashMap<>();
    private final Set<String> removals = new LinkedHashSet<>();

    private Builder() {}

    /**
     * Adds a policy at its default severity.
     *
     * @param policy the policy
     * @return this
     * @throws PolicyConfigurationException if the set has a rule with that id already
     */
    public Builder add(Policy policy) {
      return add(policy, policy.defaultSeverity());
    }

    /**
     * Adds a policy at a severity.
     *
     * @param policy the policy
     * @param severity the severity of its findings
     * @return this
     * @throws PolicyConfigurationException if the set has a rule with that id already
     */
    public Builder add(Policy policy, Severity severity) {
      Rule rule = new Rule(policy, severity);
      if (rules.containsKey(rule.id())) {
        throw new PolicyConfigurationException(
            "policy set: rule '" + rule.id() + "' is added twice; rule ids are unique in a set");
      }
      rules.put(rule.id(), rule);
      return this;
    }

    /**
     * Removes a rule from this builder, or, in a domain set, asks to remove the organisation's rule
     * (which {@link Governance} refuses: domains may not remove organisation rules).
     *
     * @param ruleId the rule's id
     * @return this
     */
    public Builder remove(String ruleId) {
      Objects.requireNonNull(ruleId, "ruleId");
      if (rules.remove(ruleId) == null) {
        removals.add(ruleId);
      }
      return this;
    }

    /**
     * Builds the set.
     *
     * @return the set
     */
    public PolicySet build() {
      return new PolicySet(rules, removals);
    }
  }
}
