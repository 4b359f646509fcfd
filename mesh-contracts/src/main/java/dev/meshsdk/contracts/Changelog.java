package dev.meshsdk.contracts;

import dev.meshsdk.contracts.internal.diff.ChangelogWriter;
import java.util.Objects;

/**
 * A contract diff rendered for people (Markdown, for a pull-request comment) and machines (JSON).
 *
 * <pre>{@code
 * Changelog log = Changelog.of(ContractDiff.between(released, proposed));
 * System.out.println(log.toMarkdown());
 * Files.writeString(Path.of("changelog.json"), log.toJson());
 * }</pre>
 *
 * <p>The Markdown has a heading with the contract id and both versions, a summary line, then one
 * table per severity (breaking, warning, info) with the location, the message and the rule id.
 *
 * <p>The JSON shape is stable:
 *
 * <pre>{@code
 * {
 *   "contractId": "orders",
 *   "from": "1.0.0",
 *   "to": "1.1.0",
 *   "perspective": "consumer",
 *   "breaking": true,
 *   "summary": {"breaking": 1, "warning": 0, "info": 2},
 *   "changes": [
 *     {"severity": "breaking", "kind": "loosened", "rule": "max-length-increased",
 *      "path": "orders.sku", "field": "logicalTypeOptions.maxLength",
 *      "location": "orders.sku.logicalTypeOptions.maxLength",
 *      "message": "...", "before": 10, "after": 20}
 *   ]
 * }
 * }</pre>
 *
 * <p>Enum values are lower case; changes are ordered by severity, then in document order; {@code
 * before} and {@code after} are left out when they do not apply.
 */
public final class Changelog {
  private final ContractDiff diff;

  private Changelog(ContractDiff diff) {
    this.diff = diff;
  }

  /**
   * The changelog of a diff.
   *
   * @param diff the diff
   * @return the changelog
   */
  public static Changelog of(ContractDiff diff) {
    return new Changelog(Objects.requireNonNull(diff, "diff"));
  }

  /**
   * The diff.
   *
   * @return the diff this changelog renders
   */
  public ContractDiff diff() {
    return diff;
  }

  /**
   * Markdown grouped by severity, readable in a pull-request comment.
   *
   * @return the Markdown, ending with a newline
   */
  public String toMarkdown() {
    return ChangelogWriter.markdown(diff);
  }

  /**
   * JSON in the documented shape, pretty-printed.
   *
   * @return the JSON, ending with a newline
   */
  public String toJson() {
    return ChangelogWriter.json(diff);
  }
}
