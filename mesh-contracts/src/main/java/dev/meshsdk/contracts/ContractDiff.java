package dev.meshsdk.contracts;

import dev.meshsdk.contracts.internal.diff.Differ;
import dev.meshsdk.contracts.internal.diff.Finding;
import dev.meshsdk.contracts.internal.diff.Rule;
import dev.meshsdk.contracts.internal.diff.Rules;
import dev.meshsdk.contracts.internal.diff.Versions;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The differences between two versions of a data contract, judged for compatibility.
 *
 * <pre>{@code
 * ContractDiff diff = ContractDiff.between(released, proposed);
 * if (diff.isBreaking()) {
 *   System.out.println(Changelog.of(diff).toMarkdown());
 * }
 * }</pre>
 *
 * <p>Every field of the ODCS model is compared: the contract's own fields, the description, schema
 * objects and their properties at any depth (including array {@code items} and {@code map} keys and
 * values), logical type options, quality rules, SLA properties, servers, team, roles, support
 * channels, price, custom properties, tags, authoritative definitions, context and extensions.
 * Constraints on data have specific rules (see {@link #ruleIds()}); documentation and metadata
 * changes are reported under {@code metadata-changed}.
 *
 * <p>By default a change is judged from the consumer's side ({@link Perspective#CONSUMER}): it is
 * breaking when data valid under the new contract can violate a guarantee of the old one. {@link
 * DiffOptions} selects the producer's side or both, overrides severities and ignores rules or
 * paths. When something is breaking and the {@code version} does not move to a new major (semantic
 * versioning; a new minor suffices for {@code 0.y.z}), a {@code semver-major-required} change is
 * added; when a version is not a semantic version, a {@code semver-unchecked} warning says so.
 *
 * <p>Schema objects and properties are matched by {@code id} when both sides have one (a different
 * name is then a rename), else by name. Quality rules are matched by {@code id}, else {@code name},
 * else metric and position; SLA properties by property name, ignoring case, and position among
 * those with the same name.
 */
public final class ContractDiff {
  private final String contractId;
  private final String olderVersion;
  private final String newerVersion;
  private final DiffOptions options;
  private final List<Change> changes;

  private ContractDiff(
      String contractId,
      String olderVersion,
      String newerVersion,
      DiffOptions options,
      List<Change> changes) {
    this.contractId = contractId;
    this.olderVersion = olderVersion;
    this.newerVersion = newerVersion;
    this.options = options;
    this.changes = List.copyOf(changes);
  }

  /**
   * Compares two versions of a contract with the default options (consumer perspective).
   *
   * @param older the released contract
   * @param newer the proposed contract
   * @return the diff
   */
  public static ContractDiff between(DataContract older, DataContract newer) {
    return between(older, newer, DiffOptions.defaults());
  }

  /**
   * Compares two versions of a contract.
   *
   * @param older the released contract
   * @param newer the proposed contract
   * @param options the perspective, severity overrides and what to ignore
   * @return the diff
   */
  public static ContractDiff between(DataContract older, DataContract newer, DiffOptions options) {
    Objects.requireNonNull(older, "older");
    Objects.requireNonNull(newer, "newer");
    Objects.requireNonNull(options, "options");
    List<Change> changes = new ArrayList<>();
    for (Finding f : Differ.diff(older, newer)) {
      add(changes, f, options);
    }
    if (options.semverCheck() && changes.stream().anyMatch(Change::isBreaking)) {
      Versions.check(older.version(), newer.version()).ifPresent(f -> add(changes, f, options));
    }
    return new ContractDiff(newer.id(), older.version(), newer.version(), options, changes);
  }

  private static void add(List<Change> changes, Finding f, DiffOptions options) {
    Rule rule = f.rule();
    ChangeSeverity severity =
        options.severityOverrides().getOrDefault(rule.id(), rule.severity(options.perspective()));
    Change c =
        new Change(
            f.path(), f.field(), f.kind(), severity, rule.id(), f.message(), f.before(), f.after());
    if (!options.ignores(c)) {
      changes.add(c);
    }
  }

  /**
   * Every change, in document order.
   *
   * @return the changes (empty when the contracts are the same)
   */
  public List<Change> changes() {
    return changes;
  }

  /**
   * The changes of one severity.
   *
   * @param severity the severity
   * @return those changes, in document order
   */
  public List<Change> changes(ChangeSeverity severity) {
    return changes.stream().filter(c -> c.severity() == severity).toList();
  }

  /**
   * The breaking changes.
   *
   * @return the changes whose severity is {@link ChangeSeverity#BREAKING}
   */
  public List<Change> breakingChanges() {
    return changes(ChangeSeverity.BREAKING);
  }

  /**
   * Whether any change is breaking.
   *
   * @return true if a CI gate should fail
   */
  public boolean isBreaking() {
    return changes.stream().anyMatch(Change::isBreaking);
  }

  /**
   * The first change a rule reported.
   *
   * @param ruleId a rule id
   * @return the change, or empty
   */
  public Optional<Change> find(String ruleId) {
    return changes.stream().filter(c -> c.rule().equals(ruleId)).findFirst();
  }

  /**
   * The new contract's id.
   *
   * @return the id
   */
  public String contractId() {
    return contractId;
  }

  /**
   * The old contract's version.
   *
   * @return the version
   */
  public String olderVersion() {
    return olderVersion;
  }

  /**
   * The new contract's version.
   *
   * @return the version
   */
  public String newerVersion() {
    return newerVersion;
  }

  /**
   * The options the diff was made with.
   *
   * @return the options
   */
  public DiffOptions options() {
    return options;
  }

  /**
   * Every rule id a change can have, in the order of the README's rule table.
   *
   * @return the ids
   */
  public static List<String> ruleIds() {
    return Rules.all().stream().map(Rule::id).toList();
  }

  /**
   * The severity a rule gives its changes in a perspective, before overrides.
   *
   * @param ruleId a rule id from {@link #ruleIds()}
   * @param perspective the perspective
   * @return the severity
   * @throws IllegalArgumentException if the rule id is unknown
   */
  public static ChangeSeverity defaultSeverity(String ruleId, Perspective perspective) {
    return Rules.byId(ruleId)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "ContractDiff.defaultSeverity: unknown rule id '" + ruleId + "'"))
        .severity(perspective);
  }

  @Override
  public String toString() {
    return "ContractDiff["
        + contractId
        + " "
        + olderVersion
        + " -> "
        + newerVersion
        + ", "
        + changes.size()
        + " change(s), breaking="
        + isBreaking()
        + "]";
  }
}
