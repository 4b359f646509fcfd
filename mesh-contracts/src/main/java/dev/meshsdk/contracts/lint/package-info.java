/**
 * Lint for data contracts: best-practice rules beyond what the ODCS standard requires (a
 * description, an owner, a support channel, descriptions and examples on every property, primary
 * keys, classified personal data, a semantic version, a known status).
 *
 * <p>Start at {@link
 * dev.meshsdk.contracts.lint.ContractLint#lint(dev.meshsdk.contracts.DataContract)}; tune rule
 * severities with {@link dev.meshsdk.contracts.lint.LintOptions}. Conformance to the standard
 * itself is {@link dev.meshsdk.contracts.DataContracts#check}.
 */
@NullMarked
package dev.meshsdk.contracts.lint;

import org.jspecify.annotations.NullMarked;
