package dev.meshsdk.contracts.internal.diff;

import dev.meshsdk.contracts.ChangeSeverity;
import dev.meshsdk.contracts.Perspective;
import java.util.Objects;

/**
 * One diff rule: its stable id, whom a change under it breaks, and what it means.
 *
 * @param id the stable id, such as {@code property-removed}
 * @param effect whom a change breaks
 * @param neutralSeverity the severity of a {@link Effect#NEUTRAL} rule (ignored otherwise)
 * @param summary one line for the rule table
 */
public record Rule(String id, Effect effect, ChangeSeverity neutralSeverity, String summary) {

  /** Whom a change under a rule breaks. */
  public enum Effect {
    /** Data valid under the new contract can violate the old one's guarantees (loosening). */
    BREAKS_CONSUMERS,
    /** Data valid under the old contract can be rejected by the new one (tightening). */
    BREAKS_PRODUCERS,
    /** Both of the above: an incompatible change. */
    BREAKS_BOTH,
    /** Neither: the rule has a fixed severity. */
    NEUTRAL
  }

  /**
   * Checks the rule.
   *
   * @param id the stable id, such as {@code property-removed}
   * @param effect whom a change breaks
   * @param neutralSeverity the severity of a {@link Effect#NEUTRAL} rule (ignored otherwise)
   * @param summary one line for the rule table
   */
  public Rule {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(effect, "effect");
    Objects.requireNonNull(neutralSeverity, "neutralSeverity");
    Objects.requireNonNull(summary, "summary");
  }

  /**
   * The severity of a change under this rule in a perspective.
   *
   * @param perspective the perspective
   * @return the severity
   */
  public ChangeSeverity severity(Perspective perspective) {
    return switch (effect) {
      case BREAKS_BOTH -> ChangeSeverity.BREAKING;
      case NEUTRAL -> neutralSeverity;
      case BREAKS_CONSUMERS ->
          perspective == Perspective.PRODUCER ? ChangeSeverity.INFO : ChangeSeverity.BREAKING;
      case BREAKS_PRODUCERS ->
          perspective == Perspective.CONSUMER ? ChangeSeverity.INFO : ChangeSeverity.BREAKING;
    };
  }
}
