/** Internal: the lint rules behind {@link dev.meshsdk.contracts.lint.ContractLint}. Not API. */
@NullMarked
package dev.meshsdk.contracts.internal.lint;

import org.jspecify.annotations.NullMarked;
