package dev.meshsdk.contracts;

import dev.meshsdk.contracts.internal.diff.Glob;
import dev.meshsdk.contracts.internal.diff.Rules;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How {@link ContractDiff} judges changes: the perspective, severity overrides and what to ignore.
 *
 * <p>Immutable; start from {@link #defaults()} or {@link #builder()}:
 *
 * <pre>{@code
 * DiffOptions options = DiffOptions.builder()
 *     .perspective(Perspective.PRODUCER)
 *     .severity("physical-name-changed", ChangeSeverity.BREAKING)
 *     .ignoreRule("metadata-changed")
 *     .ignorePath("staging_*.**")
 *     .build();
 * }</pre>
 *
 * <p>Ignore globs are matched against a change's {@link Change#path()} and its {@link
 * Change#location()}: {@code *} matches within one dot-separated segment, {@code **} across
 * segments, {@code ?} one character.
 *
 * @param perspective whose expectations a change is judged against; {@link Perspective#CONSUMER} by
 *     default
 * @param severityOverrides a severity per rule id that replaces the perspective's severity
 * @param ignoredRules rule ids whose changes are dropped
 * @param ignoredPaths globs; changes whose path or location matches one are dropped
 * @param semverCheck whether a breaking change without a new major version adds a {@code
 *     semver-major-required} change (on by default)
 */
public record DiffOptions(
    Perspective perspective,
    Map<String, ChangeSeverity> severityOverrides,
    Set<String> ignoredRules,
    List<String> ignoredPaths,
    boolean semverCheck) {
  private static final DiffOptions DEFAULTS = builder().build();

  /**
   * Checks the options.
   *
   * @param perspective whose expectations a change is judged against
   * @param severityOverrides a severity per known rule id
   * @param ignoredRules known rule ids
   * @param ignoredPaths non-blank globs
   * @param semverCheck whether to check semantic versions
   * @throws IllegalArgumentException naming an unknown rule id or a blank glob
   */
  public DiffOptions {
    Objects.requireNonNull(perspective, "perspective");
    severityOverrides = Collections.unmodifiableMap(new LinkedHashMap<>(severityOverrides));
    ignoredRules = Collections.unmodifiableSet(new LinkedHashSet<>(ignoredRules));
    ignoredPaths = List.copyOf(ignoredPaths);
    for (Map.Entry<String, ChangeSeverity> e : severityOverrides.entrySet()) {
      knownRule("severityOverrides", e.getKey());
      Objects.requireNonNull(e.getValue(), "severityOverrides value for " + e.getKey());
    }
    for (String id : ignoredRules) {
      knownRule("ignoredRules", id);
    }
    for (String glob : ignoredPaths) {
      if (glob.isBlank()) {
        throw new IllegalArgumentException(
            "DiffOptions.ignoredPaths: a glob must not be blank, got '" + glob + "'");
      }
    }
  }

  private static void knownRule(String parameter, String id) {
    if (Rules.byId(id).isEmpty()) {
      throw new IllegalArgumentException(
          "DiffOptions."
              + parameter
              + ": unknown rule id '"
              + id
              + "' (see ContractDiff.ruleIds() for the known ids)");
    }
  }

  /**
   * The defaults: consumer perspective, no overrides, nothing ignored, semantic versions checked.
   *
   * @return the default options
   */
  public static DiffOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Whether a change is dropped by {@link #ignoredRules()} or {@link #ignoredPaths()}.
   *
   * @param change the change
   * @return true if ignored
   */
  public boolean ignores(Change change) {
    if (ignoredRules.contains(change.rule())) {
      return true;
    }
    for (String glob : ignoredPaths) {
      if (Glob.matches(glob, change.path()) || Glob.matches(glob, change.location())) {
        return true;
      }
    }
    return false;
  }

  /**
   * A builder with the defaults.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding these options.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.perspective = perspective;
    b.severityOverrides = new LinkedHashMap<>(severityOverrides);
    b.ignoredRules = new LinkedHashSet<>(ignoredRules);
    b.ignoredPaths = new ArrayList<>(ignoredPaths);
    b.semverCheck = semverCheck;
    return b;
  }

  /** Builds {@link DiffOptions}; every setter fails fast on an unknown rule id or a blank glob. */
  public static final class Builder {
    private Perspective perspective = Perspective.CONSUMER;
    private Map<String, ChangeSeverity> severityOverrides = new LinkedHashMap<>();
    private Set<String> ignoredRules = new LinkedHashSet<>();
    private List<String> ignoredPaths = new ArrayList<>();
    private boolean semverCheck = true;

    private Builder() {}

    /**
     * Sets the perspective.
     *
     * @param perspective whose expectations a change is judged against
     * @return this builder
     */
    public Builder perspective(Perspective perspective) {
      this.perspective = Objects.requireNonNull(perspective, "perspective");
      return this;
    }

    /**
     * Overrides the severity of a rule.
     *
     * @param ruleId a known rule id
     * @param severity the severity its changes get
     * @return this builder
     * @throws IllegalArgumentException if the rule id is unknown
     */
    public Builder severity(String ruleId, ChangeSeverity severity) {
      Objects.requireNonNull(ruleId, "ruleId");
      Objects.requireNonNull(severity, "severity");
      knownRule("severityOverrides", ruleId);
      severityOverrides.put(ruleId, severity);
      return this;
    }

    /**
     * Ignores a rule.
     *
     * @param ruleId a known rule id
     * @return this builder
     * @throws IllegalArgumentException if the rule id is unknown
     */
    public Builder ignoreRule(String ruleId) {
      Objects.requireNonNull(ruleId, "ruleId");
      knownRule("ignoredRules", ruleId);
      ignoredRules.add(ruleId);
      return this;
    }

    /**
     * Ignores changes whose path or location matches a glob.
     *
     * @param glob a glob such as {@code orders.internal_*} or {@code slaProperties[**}
     * @return this builder
     * @throws IllegalArgumentException if the glob is blank
     */
    public Builder ignorePath(String glob) {
      Objects.requireNonNull(glob, "glob");
      if (glob.isBlank()) {
        throw new IllegalArgumentException(
            "DiffOptions.ignorePath: a glob must not be blank, got '" + glob + "'");
      }
      ignoredPaths.add(glob);
      return this;
    }

    /**
     * Switches the semantic-version check on or off.
     *
     * @param semverCheck whether to check
     * @return this builder
     */
    public Builder semverCheck(boolean semverCheck) {
      this.semverCheck = semverCheck;
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the options
     */
    public DiffOptions build() {
      return new DiffOptions(
          perspective, severityOverrides, ignoredRules, ignoredPaths, semverCheck);
    }
  }
}
