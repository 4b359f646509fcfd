/**
 * Federated computational governance: {@link dev.meshsdk.core.governance.Policy policies} that
 * evaluate a {@link dev.meshsdk.core.DataProduct} and report {@link
 * dev.meshsdk.core.governance.Finding findings}, gathered in an organisation-wide {@link
 * dev.meshsdk.core.governance.PolicySet} that each domain may extend or tighten but never loosen,
 * and the {@link dev.meshsdk.core.governance.Governance} that runs them. Built-in policies come
 * from {@link dev.meshsdk.core.governance.Policies}.
 */
@NullMarked
package dev.meshsdk.core.governance;

import org.jspecify.annotations.NullMarked;
