package dev.meshsdk.contracts.lint;

import dev.meshsdk.contracts.DataContract;
import dev.meshsdk.contracts.internal.lint.Linter;
import java.util.List;
import java.util.Objects;

/**
 * Lints data contracts against best practices the ODCS standard does not require; see {@link
 * LintRule} for the rules.
 *
 * <pre>{@code
 * List<LintFinding> findings = ContractLint.lint(contract);
 * }</pre>
 */
public final class ContractLint {
  private ContractLint() {}

  /**
   * Lints a contract with every rule at its default severity.
   *
   * @param contract the contract
   * @return the findings in document order, empty if there are none
   */
  public static List<LintFinding> lint(DataContract contract) {
    return lint(contract, LintOptions.defaults());
  }

  /**
   * Lints a contract.
   *
   * @param contract the contract
   * @param options the severities and known statuses
   * @return the findings in document order (rules that are {@link LintSeverity#OFF} report
   *     nothing), empty if there are none
   */
  public static List<LintFinding> lint(DataContract contract, LintOptions options) {
    Objects.requireNonNull(contract, "contract");
    Objects.requireNonNull(options, "options");
    return Linter.lint(contract, options);
  }
}
