package dev.meshsdk.contracts.lint;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How {@link ContractLint} runs: the severity of each rule and the statuses {@link
 * LintRule#STATUS_KNOWN} accepts. Immutable; start from {@link #defaults()} or {@link #builder()}.
 *
 * @param severities the severity of every rule (rules not in the map have their default severity)
 * @param knownStatuses the statuses {@code status-known} accepts, compared case-insensitively
 */
public record LintOptions(Map<LintRule, LintSeverity> severities, Set<String> knownStatuses) {
  /** The lifecycle statuses of ODCS: proposed, draft, active, deprecated, retired. */
  public static final Set<String> ODCS_STATUSES =
      Collections.unmodifiableSet(
          new LinkedHashSet<>(List.of("proposed", "draft", "active", "deprecated", "retired")));

  private static final LintOptions DEFAULTS = builder().build();

  /**
   * Checks and copies the components.
   *
   * @param severities the severity of every rule (rules not in the map have their default severity)
   * @param knownStatuses the statuses {@code status-known} accepts
   */
  public LintOptions {
    EnumMap<LintRule, LintSeverity> all = new EnumMap<>(LintRule.class);
    for (LintRule r : LintRule.values()) {
      all.put(r, r.defaultSeverity());
    }
    for (Map.Entry<LintRule, LintSeverity> e : severities.entrySet()) {
      all.put(
          Objects.requireNonNull(e.getKey(), "severities: a rule"),
          Objects.requireNonNull(e.getValue(), () -> "severities: the severity of " + e.getKey()));
    }
    severities = Collections.unmodifiableMap(all);
    if (knownStatuses.isEmpty()) {
      throw new IllegalArgumentException("knownStatuses: must not be empty");
    }
    knownStatuses = Collections.unmodifiableSet(new LinkedHashSet<>(knownStatuses));
  }

  /**
   * Every rule at its default severity, the ODCS statuses.
   *
   * @return the default options
   */
  public static LintOptions defaults() {
    return DEFAULTS;
  }

  /**
   * The severity a rule runs at.
   *
   * @param rule the rule
   * @return its severity ({@link LintSeverity#OFF} if switched off)
   */
  public LintSeverity severity(LintRule rule) {
    return severities.get(Objects.requireNonNull(rule, "rule"));
  }

  /**
   * A builder starting from the defaults.
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
    b.severities.putAll(severities);
    b.knownStatuses = new LinkedHashSet<>(knownStatuses);
    return b;
  }

  /** Builds {@link LintOptions}. */
  public static final class Builder {
    private final EnumMap<LintRule, LintSeverity> severities = new EnumMap<>(LintRule.class);
    private Set<String> knownStatuses = new LinkedHashSet<>(ODCS_STATUSES);

    private Builder() {}

    /**
     * Sets the severity of a rule; {@link LintSeverity#OFF} switches it off.
     *
     * @param rule the rule
     * @param severity the severity
     * @return this
     */
    public Builder severity(LintRule rule, LintSeverity severity) {
      severities.put(
          Objects.requireNonNull(rule, "rule"), Objects.requireNonNull(severity, "severity"));
      return this;
    }

    /**
     * Sets the severity of a rule named by its id, as in a configuration file.
     *
     * @param ruleId the rule's id, such as {@code property-examples}
     * @param severity the severity
     * @return this
     * @throws IllegalArgumentException if no rule has that id
     */
    public Builder severity(String ruleId, LintSeverity severity) {
      Objects.requireNonNull(ruleId, "ruleId");
      LintRule rule =
          LintRule.fromId(ruleId)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "ruleId: no lint rule has the id '"
                              + ruleId
                              + "'; the ids are "
                              + Arrays.stream(LintRule.values())
                                  .map(LintRule::id)
                                  .collect(Collectors.joining(", "))));
      return severity(rule, severity);
    }

    /**
     * Sets the statuses {@code status-known} accepts (compared case-insensitively).
     *
     * @param statuses the statuses, not empty, none blank
     * @return this
     * @throws IllegalArgumentException if the set is empty or holds a blank status
     */
    public Builder knownStatuses(Set<String> statuses) {
      Objects.requireNonNull(statuses, "statuses");
      if (statuses.isEmpty()) {
        throw new IllegalArgumentException("knownStatuses: must not be empty");
      }
      for (String s : statuses) {
        if (Objects.requireNonNull(s, "knownStatuses: a status").isBlank()) {
          throw new IllegalArgumentException("knownStatuses: a status must not be blank");
        }
      }
      knownStatuses = new LinkedHashSet<>(statuses);
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the options
     */
    public LintOptions build() {
      return new LintOptions(severities, knownStatuses);
    }
  }
}
