package dev.meshsdk.contracts.lint;

import java.util.Optional;

/**
 * The lint rules, each with a stable {@link #id()} (used in findings, configuration and docs) and a
 * default severity.
 */
public enum LintRule {
  /** The contract has a description (purpose, usage or limitations). */
  CONTRACT_DESCRIPTION("contract-description", LintSeverity.WARNING),
  /** The contract names its owning team (a team name or at least one member). */
  CONTRACT_OWNER("contract-owner", LintSeverity.WARNING),
  /** The contract lists at least one support channel. */
  SUPPORT_CHANNEL("support-channel", LintSeverity.WARNING),
  /** Every schema object has a description. */
  SCHEMA_DESCRIPTION("schema-description", LintSeverity.WARNING),
  /** Every property, nested ones included, has a description. */
  PROPERTY_DESCRIPTION("property-description", LintSeverity.WARNING),
  /** Every leaf property (not an object, array or map) has at least one example. */
  PROPERTY_EXAMPLES("property-examples", LintSeverity.INFO),
  /** Every schema object has a primary key. */
  PRIMARY_KEY("primary-key", LintSeverity.WARNING),
  /** Primary key properties are required. */
  PRIMARY_KEY_REQUIRED("primary-key-required", LintSeverity.ERROR),
  /** A property whose name looks like personal data has a classification. */
  PERSONAL_DATA_CLASSIFIED("personal-data-classified", LintSeverity.ERROR),
  /** The contract version is a semantic version ({@code MAJOR.MINOR.PATCH}). */
  VERSION_SEMVER("version-semver", LintSeverity.WARNING),
  /** The status is one of the usual lifecycle statuses. */
  STATUS_KNOWN("status-known", LintSeverity.WARNING);

  private final String id;
  private final LintSeverity defaultSeverity;

  LintRule(String id, LintSeverity defaultSeverity) {
    this.id = id;
    this.defaultSeverity = defaultSeverity;
  }

  /**
   * The stable id, such as {@code primary-key-required}.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * The severity the rule has unless {@link LintOptions} say otherwise.
   *
   * @return the default severity
   */
  public LintSeverity defaultSeverity() {
    return defaultSeverity;
  }

  /**
   * The rule of that id.
   *
   * @param id the id, such as {@code version-semver}
   * @return the rule, or empty if no rule has that id
   */
  public static Optional<LintRule> fromId(String id) {
    for (LintRule r : values()) {
      if (r.id.equals(id)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
