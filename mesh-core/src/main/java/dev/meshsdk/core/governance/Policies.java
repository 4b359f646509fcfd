package dev.meshsdk.core.governance;

import dev.meshsdk.core.internal.governance.BuiltInPolicies;
import java.util.Set;

/**
 * The built-in policies, and a recommended organisation-wide set of them.
 *
 * <table>
 *   <caption>Built-in rules</caption>
 *   <tr><th>id</th><th>checks</th><th>default severity</th></tr>
 *   <tr><td>{@code owner-present}</td><td>an owning team with a name</td><td>BLOCKING</td></tr>
 *   <tr><td>{@code support-present}</td><td>at least one support channel</td><td>WARNING</td></tr>
 *   <tr><td>{@code output-port-contract}</td><td>every output port has a contract, resolved</td>
 *       <td>BLOCKING</td></tr>
 *   <tr><td>{@code contract-conforms}</td><td>every port's contract passes {@code
 *       DataContracts.check}</td><td>BLOCKING</td></tr>
 *   <tr><td>{@code personal-data-restricted}</td><td>properties classified as personal data only on
 *       RESTRICTED ports</td><td>BLOCKING</td></tr>
 *   <tr><td>{@code naming.product-id}, {@code naming.port-name}</td><td>names match a pattern
 *       </td><td>WARNING</td></tr>
 *   <tr><td>{@code semantic-version}</td><td>product, port and contract versions are semantic
 *       versions</td><td>WARNING</td></tr>
 * </table>
 */
public final class Policies {
  /** Lower-case words joined by hyphens: {@code customer-360}. */
  public static final String KEBAB_CASE = "[a-z][a-z0-9]*(-[a-z0-9]+)*";

  /** The classifications treated as personal data unless configured otherwise. */
  public static final Set<String> PERSONAL_DATA_CLASSIFICATIONS =
      Set.of("pii", "personal", "personal-data", "sensitive", "restricted", "confidential");

  private Policies() {}

  /**
   * The product has an owning team with a name.
   *
   * @return the policy {@code owner-present}
   */
  public static Policy ownerPresent() {
    return new BuiltInPolicies.OwnerPresent();
  }

  /**
   * The product has at least one support channel.
   *
   * @return the policy {@code support-present}
   */
  public static Policy supportPresent() {
    return new BuiltInPolicies.SupportPresent();
  }

  /**
   * Every output port refers to a contract, and the contract is known (resolved), so it can be
   * checked.
   *
   * @return the policy {@code output-port-contract}
   */
  public static Policy outputPortsHaveContracts() {
    return new BuiltInPolicies.OutputPortContract();
  }

  /**
   * Every output port's contract passes {@code DataContracts.check}: it conforms to ODCS.
   *
   * @return the policy {@code contract-conforms}
   */
  public static Policy contractsConform() {
    return new BuiltInPolicies.ContractConforms();
  }

  /**
   * Properties classified as personal data ({@link #PERSONAL_DATA_CLASSIFICATIONS}) appear only on
   * output ports whose access policy is RESTRICTED.
   *
   * @return the policy {@code personal-data-restricted}
   */
  public static Policy personalDataRestricted() {
    return personalDataRestricted(PERSONAL_DATA_CLASSIFICATIONS);
  }

  /**
   * Properties with one of the given classifications (compared ignoring case) appear only on output
   * ports whose access policy is RESTRICTED.
   *
   * @param classifications the classifications that mark personal data
   * @return the policy {@code personal-data-restricted}
   */
  public static Policy personalDataRestricted(Set<String> classifications) {
    return new BuiltInPolicies.PersonalDataRestricted(classifications);
  }

  /**
   * The product id matches a regular expression (the whole id). A domain set may replace it with
   * another pattern: both then apply, which only narrows what is allowed.
   *
   * @param regex the pattern, such as {@link #KEBAB_CASE}
   * @return the policy {@code naming.product-id}
   */
  public static Policy productIdPattern(String regex) {
    return BuiltInPolicies.NamingConvention.of(BuiltInPolicies.NamingTarget.PRODUCT_ID, regex);
  }

  /**
   * Every input and output port name matches a regular expression (the whole name). A domain set
   * may replace it with another pattern: both then apply.
   *
   * @param regex the pattern, such as {@link #KEBAB_CASE}
   * @return the policy {@code naming.port-name}
   */
  public static Policy portNamePattern(String regex) {
    return BuiltInPolicies.NamingConvention.of(BuiltInPolicies.NamingTarget.PORT_NAME, regex);
  }

  /**
   * The product version, every output port version and every contract version (consumed or served)
   * is a semantic version ({@code 1.4.0}, SemVer 2.0.0).
   *
   * @return the policy {@code semantic-version}
   */
  public static Policy semanticVersions() {
    return new BuiltInPolicies.SemanticVersions();
  }

  /**
   * A contract change that breaks consumers ({@link dev.meshsdk.contracts.ContractDiff}, consumer
   * perspective) comes with a new major contract version. Compares each output port's contract with
   * the same port's contract in the previously registered product version.
   *
   * @return the policy {@code breaking-change-major-version}
   */
  public static Policy breakingChangesNeedMajorVersion() {
    return new BuiltInPolicies.BreakingChangesNeedMajorVersion();
  }

  /**
   * Every built-in policy at its default severity, with kebab-case naming.
   *
   * @return the set
   */
  public static PolicySet recommended() {
    return PolicySet.builder()
        .add(ownerPresent())
        .add(supportPresent())
        .add(outputPortsHaveContracts())
        .add(contractsConform())
        .add(personalDataRestricted())
        .add(productIdPattern(KEBAB_CASE))
        .add(portNamePattern(KEBAB_CASE))
        .add(semanticVersions())
        .add(breakingChangesNeedMajorVersion())
        .build();
  }
}
