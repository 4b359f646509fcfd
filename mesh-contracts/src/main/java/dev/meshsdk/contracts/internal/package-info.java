/** Internal helpers of mesh-contracts shared by the model and its readers. Not API. */
@NullMarked
package dev.meshsdk.contracts.internal;

import org.jspecify.annotations.NullMarked;
