package dev.meshsdk.contracts.internal.lint;

import dev.meshsdk.contracts.ContractDescription;
import dev.meshsdk.contracts.DataContract;
import dev.meshsdk.contracts.LogicalType;
import dev.meshsdk.contracts.SchemaObject;
import dev.meshsdk.contracts.SchemaProperty;
import dev.meshsdk.contracts.Team;
import dev.meshsdk.contracts.lint.LintFinding;
import dev.meshsdk.contracts.lint.LintOptions;
import dev.meshsdk.contracts.lint.LintRule;
import dev.meshsdk.contracts.lint.LintSeverity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Runs the lint rules over a contract, in document order. */
public final class Linter {
  /** Semantic Versioning 2.0.0, the regular expression semver.org recommends. */
  private static final Pattern SEMVER =
      Pattern.compile(
          "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)"
              + "(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)"
              + "(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?"
              + "(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$");

  private final LintOptions options;
  private final List<LintFinding> findings = new ArrayList<>();

  private Linter(LintOptions options) {
    this.options = options;
  }

  /**
   * Lints a contract.
   *
   * @param contract the contract
   * @param options the options
   * @return the findings
   */
  public static List<LintFinding> lint(DataContract contract, LintOptions options) {
    Linter l = new Linter(options);
    l.contract(contract);
    return List.copyOf(l.findings);
  }

  private void report(LintRule rule, String path, String message) {
    LintSeverity s = options.severity(rule);
    if (s != LintSeverity.OFF) {
      findings.add(new LintFinding(rule.id(), s, path, message));
    }
  }

  private static boolean present(Optional<String> s) {
    return s.filter(v -> !v.isBlank()).isPresent();
  }

  private void contract(DataContract c) {
    if (!SEMVER.matcher(c.version()).matches()) {
      report(
          LintRule.VERSION_SEMVER,
          "version",
          "version '"
              + c.version()
              + "' is not a semantic version MAJOR.MINOR.PATCH such as 1.2.0");
    }
    if (c.status().isEmpty()) {
      report(
          LintRule.STATUS_KNOWN,
          "status",
          "the contract has no status; use one of " + options.knownStatuses());
    } else {
      String s = c.status().get();
      boolean known = options.knownStatuses().stream().anyMatch(k -> k.equalsIgnoreCase(s.strip()));
      if (!known) {
        report(
            LintRule.STATUS_KNOWN,
            "status",
            "status '" + s + "' is not one of " + options.knownStatuses());
      }
    }
    boolean described =
        c.description()
            .map(
                (ContractDescription d) ->
                    present(d.purpose()) || present(d.usage()) || present(d.limitations()))
            .orElse(false);
    if (!described) {
      report(
          LintRule.CONTRACT_DESCRIPTION,
          "description",
          "the contract has no description; say its purpose, usage and limitations");
    }
    boolean owned =
        c.team().map((Team t) -> present(t.name()) || !t.members().isEmpty()).orElse(false);
    if (!owned) {
      report(
          LintRule.CONTRACT_OWNER,
          "team",
          "the contract names no owner; add a team with a name or members");
    }
    if (c.support().isEmpty()) {
      report(
          LintRule.SUPPORT_CHANNEL,
          "support",
          "the contract lists no support channel; add one where consumers can ask questions");
    }
    for (SchemaObject o : c.schema()) {
      object(o);
    }
  }

  private void object(SchemaObject o) {
    String path = o.name();
    if (!present(o.description())) {
      report(
          LintRule.SCHEMA_DESCRIPTION, path, "schema object '" + o.name() + "' has no description");
    }
    boolean hasKey = false;
    for (SchemaProperty p : o.properties()) {
      hasKey |= p.isPrimaryKey();
    }
    if (!hasKey && !o.properties().isEmpty()) {
      report(
          LintRule.PRIMARY_KEY,
          path,
          "schema object '"
              + o.name()
              + "' has no primary key; mark the identifying properties primaryKey: true");
    }
    properties(o.properties(), path);
  }

  private void properties(List<SchemaProperty> props, String parent) {
    for (SchemaProperty p : props) {
      String name = p.name().orElse("(unnamed)");
      property(p, parent + "." + name, name);
    }
  }

  private void property(SchemaProperty p, String path, String name) {
    if (!present(p.description())) {
      report(LintRule.PROPERTY_DESCRIPTION, path, "property '" + name + "' has no description");
    }
    boolean container =
        !p.properties().isEmpty()
            || p.items().isPresent()
            || p.map().isPresent()
            || p.logicalType()
                .map(t -> t == LogicalType.OBJECT || t == LogicalType.ARRAY || t == LogicalType.MAP)
                .orElse(false);
    if (!container && p.examples().isEmpty()) {
      report(LintRule.PROPERTY_EXAMPLES, path, "property '" + name + "' has no examples");
    }
    if (p.isPrimaryKey() && !p.isRequired()) {
      report(
          LintRule.PRIMARY_KEY_REQUIRED,
          path,
          "primary key property '" + name + "' is not required; set required: true");
    }
    if (!present(p.classification())) {
      PersonalDataNames.match(name)
          .ifPresent(
              term ->
                  report(
                      LintRule.PERSONAL_DATA_CLASSIFIED,
                      path,
                      "property '"
                          + name
                          + "' looks like personal data ("
                          + term.toLowerCase(Locale.ROOT)
                          + ") but has no classification; set one such as pii, restricted or"
                          + " public"));
    }
    properties(p.properties(), path);
    p.items().ifPresent(i -> itemish(i, path + "[]"));
    p.map()
        .ifPresent(
            m -> {
              m.key().ifPresent(k -> itemish(k, path + ".(key)"));
              m.value().ifPresent(v -> itemish(v, path + ".(value)"));
            });
  }

  /** Array items and map keys and values: only what they nest is linted, they have no name. */
  private void itemish(SchemaProperty p, String path) {
    properties(p.properties(), path);
    p.items().ifPresent(i -> itemish(i, path + "[]"));
    p.map()
        .ifPresent(
            m -> {
              m.key().ifPresent(k -> itemish(k, path + ".(key)"));
              m.value().ifPresent(v -> itemish(v, path + ".(value)"));
            });
  }
}
