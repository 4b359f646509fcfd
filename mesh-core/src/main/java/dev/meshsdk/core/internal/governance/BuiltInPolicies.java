package dev.meshsdk.core.internal.governance;

import dev.meshsdk.contracts.Change;
import dev.meshsdk.contracts.ContractDiff;
import dev.meshsdk.contracts.ContractProblem;
import dev.meshsdk.contracts.DataContract;
import dev.meshsdk.contracts.DataContracts;
import dev.meshsdk.contracts.SchemaObject;
import dev.meshsdk.contracts.SchemaProperty;
import dev.meshsdk.core.AccessLevel;
import dev.meshsdk.core.DataProduct;
import dev.meshsdk.core.InputPort;
import dev.meshsdk.core.OutputPort;
import dev.meshsdk.core.governance.Finding;
import dev.meshsdk.core.governance.Policy;
import dev.meshsdk.core.governance.PolicyContext;
import dev.meshsdk.core.governance.Severity;
import dev.meshsdk.core.internal.Versions;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

/** The policies behind {@code Policies}. Records, so equal configurations are equal. */
public final class BuiltInPolicies {
  private BuiltInPolicies() {}

  static String port(OutputPort p) {
    return "outputPorts[" + p.name() + "]";
  }

  static String port(InputPort p) {
    return "inputPorts[" + p.name() + "]";
  }

  /** {@code owner-present}. */
  public record OwnerPresent() implements Policy {
    @Override
    public String id() {
      return "owner-present";
    }

    @Override
    public List<Finding> evaluate(DataProduct product, PolicyContext context) {
      if (product.owner().isPresent()) {
        return List.of();
      }
      return List.of(
          context.finding(
              "team",
              product.team().isPresent()
                  ? "the owning team has no name; name the team that answers for the product"
                  : "the product has no owning team; name the team that answers for it"));
    }
  }

  /** {@code support-present}. */
  public record SupportPresent() implements Policy {
    @Override
    public String id() {
      return "support-present";
    }

    @Override
    public Severity defaultSeverity() {
      return Severity.WARNING;
    }

    @Override
    public List<Finding> evaluate(DataProduct product, PolicyContext context) {
      return product.support().isEmpty()
          ? List.of(
              context.finding(
                  "support",
                  "the product has no support channel; consumers need a place to ask questions"))
          : List.of();
    }
  }

  /** {@code output-port-contract}. */
  public record OutputPortContract() implements Policy {
    @Override
    public String id() {
      return "output-port-contract";
    }

    @Override
    public List<Finding> evaluate(DataProduct product, PolicyContext context) {
      List<Finding> out = new ArrayList<>();
      for (OutputPort p : product.outputPorts()) {
        if (p.contractId().isEmpty()) {
          out.add(
              context.finding(
                  port(p) + ".contract",
                  "output port '" + p.name() + "' has no contract; every output port keeps one"));
        } else if (p.contract().isEmpty()) {
          out.add(
              context.finding(
                  port(p) + ".contract",
                  "output port '"
                      + p.name()
                      + "' refers to contract '"
                      + p.contractId().get()
                      + "' version "
                      + p.contractVersion().orElse("")
                      + ", which is not resolved, so it cannot be checked"));
        }
      }
      return out;
    }
  }

  /** {@code contract-conforms}. */
  public record ContractConforms() implements Policy {
    @Override
    public String id() {
      return "contract-conforms";
    }

    @Override
    public List<Finding> evaluate(DataProduct product, PolicyContext context) {
      List<Finding> out = new ArrayList<>();
      for (OutputPort p : product.outputPorts()) {
        if (p.contract().isEmpty()) {
          continue;
        }
        for (ContractProblem problem : DataContracts.check(p.contract().get())) {
          String place =
              port(p) + ".contract" + (problem.path().isEmpty() ? "" : "." + problem.path());
          out.add(
              context.finding(
                  place,
                  "contract '"
                      + p.contract().get().id()
                      + "' breaks ODCS: "
                      + problem.message()
                      + " ["
                      + problem.rule()
                      + "]"));
        }
      }
      return out;
    }
  }

  /**
   * {@code personal-data-restricted}.
   *
   * @param classifications the classifications that mark personal data, lower case
   */
  public record PersonalDataRestricted(Set<String> classifications) implements Policy {
    /**
     * Normalises the classifications to lower case.
     *
     * @param classifications the classifications that mark personal data
     */
    public PersonalDataRestricted {
      classifications =
          Set.copyOf(
              classifications.stream()
                  .map(c -> c.toLowerCase(Locale.ROOT))
                  .collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    @Override
    public String id() {
      return "personal-data-restricted";
    }

    @Override
    public List<Finding> evaluate(DataProduct product, PolicyContext context) {
      List<Finding> out = new ArrayList<>();
      for (OutputPort p : product.outputPorts()) {
        if (p.contract().isEmpty() || p.access().level() == AccessLevel.RESTRICTED) {
          continue;
        }
        DataContract c = p.contract().get();
        List<SchemaObject> objects = p.publishedSchemaObject().map(List::of).orElse(c.schema());
        for (SchemaObject o : objects) {
          walk(o.properties(), port(p) + ".contract.schema." + o.name(), p, context, out);
        }
      }
      return out;
    }

    private void walk(
        List<SchemaProperty> properties,
        String base,
        OutputPort p,
        PolicyContext context,
        List<Finding> out) {
      for (SchemaProperty prop : properties) {
        String name = prop.name().orElse("?");
        String place = base + "." + name;
        check(prop, place, name, p, context, out);
        walk(prop.properties(), place, p, context, out);
        Optional<SchemaProperty> items = prop.items();
        while (items.isPresent()) {
          place = place + "[]";
          check(items.get(), place, name + "[]", p, context, out);
          walk(items.get().properties(), place, p, context, out);
          items = items.get().items();
        }
      }
    }

    private void check(
        SchemaProperty prop,
        String place,
        String name,
        OutputPort p,
        PolicyContext context,
        List<Finding> out) {
      Optional<String> classification = prop.classification();
      if (classification.isPresent()
          && classifications.contains(classification.get().toLowerCase(Locale.ROOT))) {
        out.add(
            context.finding(
                place,
                "property '"
                    + name
                    + "' is classified '"
                    + classification.get()
                    + "' but output port '"
                    + p.name()
                    + "' is "
                    + p.access().level()
                    + "; personal data may only be served by a RESTRICTED port"));
      }
    }
  }

  /** What a naming convention applies to. */
  public enum NamingTarget {
    /** The product id. */
    PRODUCT_ID("naming.product-id"),
    /** Input and output port names. */
    PORT_NAME("naming.port-name");

    private final String ruleId;

    NamingTarget(String ruleId) {
      this.ruleId = ruleId;
    }

    /**
     * The rule id.
     *
     * @return the id
     */
    public String ruleId() {
      return ruleId;
    }
  }

  /**
   * {@code naming.product-id} and {@code naming.port-name}: names match every pattern.
   *
   * @param target what is named
   * @param patterns the regular expressions a name must match, all of them
   */
  public record NamingConvention(NamingTarget target, Set<String> patterns) implements Policy {
    /**
     * Checks the patterns compile.
     *
     * @param target what is named
     * @param patterns the regular expressions
     */
    public NamingConvention {
      patterns = Set.copyOf(new TreeSet<>(patterns));
      for (String regex : patterns) {
        try {
          Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
          throw new dev.meshsdk.core.governance.PolicyConfigurationException(
              target.ruleId()
                  + ": pattern '"
                  + regex
                  + "' is not a regular expression: "
                  + e.getDescription());
        }
      }
    }

    /**
     * A convention with one pattern.
     *
     * @param target what is named
     * @param regex the pattern
     * @return the policy
     */
    public static NamingConvention of(NamingTarget target, String regex) {
      return new NamingConvention(target, Set.of(regex));
    }

    @Override
    public String id() {
      return target.ruleId();
    }

    @Override
    public Severity defaultSeverity() {
      return Severity.WARNING;
    }

    @Override
    public Optional<Policy> tightenedBy(Policy replacement) {
      if (replacement instanceof NamingConvention n && n.target == target) {
        Set<String> all = new TreeSet<>(patterns);
        all.addAll(n.patterns);
        return Optional.of(new NamingConvention(target, all));
      }
      return Optional.empty();
    }

    @Override
    public List<Finding> evaluate(DataProduct product, PolicyContext context) {
      List<Finding> out = new ArrayList<>();
      if (target == NamingTarget.PRODUCT_ID) {
        check("product id", product.id(), "id", context, out);
      } else {
        for (InputPort p : product.inputPorts()) {
          check("input port name", p.name(), port(p) + ".name", context, out);
        }
        for (OutputPort p : product.outputPorts()) {
          check("output port name", p.name(), port(p) + ".name", context, out);
        }
      }
      return out;
    }

    private void check(
        String what, String name, String place, PolicyContext context, List<Finding> out) {
      for (String regex : new TreeSet<>(patterns)) {
        if (!Pattern.compile(regex).matcher(name).matches()) {
          out.add(
              context.finding(
                  place, what + " '" + name + "' does not match the naming convention " + regex));
        }
      }
    }

    @Override
    public String toString() {
      return id() + new TreeSet<>(patterns);
    }
  }

  /** {@code semantic-version}. */
  public record SemanticVersions() implements Policy {
    @Override
    public String id() {
      return "semantic-version";
    }

    @Override
    public Severity defaultSeverity() {
      return Severity.WARNING;
    }

    @Override
    public List<Finding> evaluate(DataProduct product, PolicyContext context) {
      List<Finding> out = new ArrayList<>();
      if (product.version().isEmpty()) {
        out.add(
            context.finding(
                "version", "the product has no version; give it a semantic version such as 1.0.0"));
      } else {
        check("product version", product.version().get(), "version", context, out);
      }
      for (OutputPort p : product.outputPorts()) {
        check("output port version", p.version(), port(p) + ".version", context, out);
        if (p.contractVersion().isPresent() && !p.contractVersion().get().equals(p.version())) {
          check(
              "contract version",
              p.contractVersion().get(),
              port(p) + ".contractVersion",
              context,
              out);
        }
      }
      for (InputPort p : product.inputPorts()) {
        check("contract version", p.contractVersion(), port(p) + ".contractVersion", context, out);
      }
      return out;
    }

    private static void check(
        String what, String version, String place, PolicyContext context, List<Finding> out) {
      if (!Versions.isSemantic(version)) {
        out.add(
            context.finding(
                place,
                what
                    + " '"
                    + version
                    + "' is not a semantic version MAJOR.MINOR.PATCH such as 1.0.0"));
      }
    }
  }

  /** {@code breaking-change-major-version}. */
  public record BreakingChangesNeedMajorVersion() implements Policy {
    /** The rule id of {@link ContractDiff} that this policy enforces. */
    private static final String SEMVER_RULE = "semver-major-required";

    @Override
    public String id() {
      return "breaking-change-major-version";
    }

    @Override
    public List<Finding> evaluate(DataProduct product, PolicyContext context) {
      if (context.previousVersion().isEmpty()) {
        return List.of();
      }
      DataProduct previous = context.previousVersion().get();
      List<Finding> out = new ArrayList<>();
      for (OutputPort port : product.outputPorts()) {
        if (port.contract().isEmpty()) {
          continue;
        }
        DataContract newer = port.contract().get();
        Optional<DataContract> older =
            previous
                .outputPort(port.name())
                .flatMap(OutputPort::contract)
                .filter(c -> c.id().equals(newer.id()));
        if (older.isEmpty()) {
          continue;
        }
        ContractDiff diff = ContractDiff.between(older.get(), newer);
        Optional<Change> semver = diff.find(SEMVER_RULE);
        if (semver.isEmpty()) {
          continue;
        }
        String breaking =
            diff.breakingChanges().stream()
                .filter(c -> !c.rule().equals(SEMVER_RULE))
                .map(
                    c -> c.rule() + " at " + (c.location().isEmpty() ? "(contract)" : c.location()))
                .collect(Collectors.joining("; "));
        out.add(
            context.finding(
                port(port) + ".contract",
                "contract "
                    + newer.id()
                    + " changes from "
                    + older.get().version()
                    + " to "
                    + newer.version()
                    + " with breaking changes ("
                    + breaking
                    + ") but keeps the major version; release it as a new major version"));
      }
      return out;
    }
  }
}
