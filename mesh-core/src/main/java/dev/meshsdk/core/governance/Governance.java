package dev.meshsdk.core.governance;

import dev.meshsdk.core.DataProduct;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Runs the organisation's rules, and the rules of the product's domain, over data products.
 *
 * <pre>{@code
 * Governance governance = Governance.builder()
 *     .organisation(Policies.recommended())
 *     .domain("sales", salesRules)
 *     .previousVersions(catalog::previous)
 *     .build();
 * GovernanceReport report = governance.evaluate(product);
 * governance.enforce(product);   // throws GovernanceException when a finding blocks
 * }</pre>
 *
 * <p>Federated: a domain set may add rules and tighten organisation rules (raise the severity, or
 * replace the policy with one its {@link Policy#tightenedBy} accepts), never remove, lower or
 * loosen them; {@link Builder#build()} refuses such a configuration with a {@link
 * PolicyConfigurationException}. Immutable and thread-safe.
 */
public final class Governance {
  private final PolicySet organisation;
  private final Map<String, List<PolicySet.Rule>> effective;
  private final Function<DataProduct, Optional<DataProduct>> previousVersions;

  private Governance(Builder b) {
    this.organisation = b.organisation;
    this.previousVersions = b.previousVersions;
    Map<String, List<PolicySet.Rule>> map = new LinkedHashMap<>();
    b.domains.forEach((domain, set) -> map.put(domain, merge(domain, organisation, set)));
    this.effective = Map.copyOf(map);
  }

  /**
   * Governance with one organisation-wide set and no domain sets.
   *
   * @param organisation the organisation's rules
   * @return the governance
   */
  public static Governance of(PolicySet organisation) {
    return builder().organisation(organisation).build();
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  private static List<PolicySet.Rule> merge(String domain, PolicySet org, PolicySet set) {
    String who = "domain '" + domain + "'";
    if (!set.removals().isEmpty()) {
      String removed = set.removals().iterator().next();
      throw new PolicyConfigurationException(
          who
              + " removes rule '"
              + removed
              + "': a domain may add rules or tighten the organisation's, never remove them"
              + (org.rule(removed).isPresent() ? "" : " (and the organisation has no such rule)"));
    }
    Map<String, PolicySet.Rule> merged = new LinkedHashMap<>();
    for (PolicySet.Rule rule : org.rules()) {
      merged.put(rule.id(), rule);
    }
    for (PolicySet.Rule rule : set.rules()) {
      PolicySet.Rule base = merged.get(rule.id());
      if (base == null) {
        merged.put(rule.id(), rule);
        continue;
      }
      if (rule.severity().compareTo(base.severity()) < 0) {
        throw new PolicyConfigurationException(
            who
                + " lowers rule '"
                + rule.id()
                + "' from "
                + base.severity()
                + " to "
                + rule.severity()
                + ": a domain may raise the severity of an organisation rule, never lower it");
      }
      Policy tightened =
          base.policy()
              .tightenedBy(rule.policy())
              .orElseThrow(
                  () ->
                      new PolicyConfigurationException(
                          who
                              + " replaces rule '"
                              + rule.id()
                              + "' with "
                              + rule.policy()
                              + ", which does not tighten the organisation's "
                              + base.policy()
                              + ": a domain may tighten an organisation rule, never loosen it"));
      merged.put(rule.id(), new PolicySet.Rule(tightened, rule.severity()));
    }
    return List.copyOf(merged.values());
  }

  /**
   * The rules that apply to products of a domain: the organisation's, tightened and extended by the
   * domain's set.
   *
   * @param domain the domain, or empty for products without one
   * @return the rules
   */
  public List<PolicySet.Rule> rulesFor(Optional<String> domain) {
    return domain.map(effective::get).orElse(organisation.rules());
  }

  /**
   * Evaluates a product against the rules of its domain, looking up its previous version with the
   * configured function.
   *
   * @param product the product
   * @return the report
   */
  public GovernanceReport evaluate(DataProduct product) {
    Objects.requireNonNull(product, "product");
    return evaluate(product, previousVersions.apply(product));
  }

  /**
   * Evaluates a product against the rules of its domain.
   *
   * @param product the product
   * @param previousVersion the previously registered version of the product, if any
   * @return the report
   */
  public GovernanceReport evaluate(DataProduct product, Optional<DataProduct> previousVersion) {
    Objects.requireNonNull(product, "product");
    Objects.requireNonNull(previousVersion, "previousVersion");
    List<Finding> findings = new ArrayList<>();
    for (PolicySet.Rule rule : rulesFor(product.domain())) {
      PolicyContext context = new PolicyContext(rule.id(), rule.severity(), previousVersion);
      try {
        findings.addAll(rule.policy().evaluate(product, context));
      } catch (RuntimeException e) {
        findings.add(
            new Finding(
                rule.id(),
                Severity.BLOCKING,
                "",
                "the policy failed instead of evaluating the product: " + e.getClass().getName()));
      }
    }
    return new GovernanceReport(product.id(), product.version(), findings);
  }

  /**
   * Evaluates a product and fails when a finding blocks it.
   *
   * @param product the product
   * @return the report, when nothing blocks
   * @throws GovernanceException carrying the report, when a finding blocks
   */
  public GovernanceReport enforce(DataProduct product) {
    GovernanceReport report = evaluate(product);
    if (report.isBlocked()) {
      throw new GovernanceException(report);
    }
    return report;
  }

  /** Builds a {@link Governance}. */
  public static final class Builder {
    private PolicySet organisation = PolicySet.empty();
    private final Map<String, PolicySet> domains = new LinkedHashMap<>();
    private Function<DataProduct, Optional<DataProduct>> previousVersions = p -> Optional.empty();

    private Builder() {}

    /**
     * The organisation-wide rules.
     *
     * @param set the rules
     * @return this
     */
    public Builder organisation(PolicySet set) {
      this.organisation = Objects.requireNonNull(set, "organisation");
      return this;
    }

    /**
     * A domain's additional and tightened rules.
     *
     * @param domain the domain
     * @param set the domain's rules
     * @return this
     */
    public Builder domain(String domain, PolicySet set) {
      Objects.requireNonNull(domain, "domain");
      Objects.requireNonNull(set, "set");
      if (domains.putIfAbsent(domain, set) != null) {
        throw new PolicyConfigurationException(
            "domain '" + domain + "' is given two policy sets; give it one");
      }
      return this;
    }

    /**
     * How to find a product's previously registered version, such as {@code catalog::previous}.
     *
     * @param lookup the lookup
     * @return this
     */
    public Builder previousVersions(Function<DataProduct, Optional<DataProduct>> lookup) {
      this.previousVersions = Objects.requireNonNull(lookup, "previousVersions");
      return this;
    }

    /**
     * Builds the governance, checking every domain set against the organisation's.
     *
     * @return the governance
     * @throws PolicyConfigurationException if a domain set removes, lowers or loosens an
     *     organisation rule
     */
    public Governance build() {
      return new Governance(this);
    }
  }
}
