/**
 * The data product SDK: declaring, governing, cataloguing and publishing data products.
 *
 * <p>Start at {@link dev.meshsdk.core.DataProduct#builder()} or {@link
 * dev.meshsdk.core.DataProducts#fromAnnotations(Class)}; {@link dev.meshsdk.core.DataProducts} also
 * writes and reads ODPS v1.0.0 descriptors. Output ports carry an {@link
 * dev.meshsdk.core.AccessPolicy} that decides per {@link dev.meshsdk.core.ConsumerIdentity}.
 * Governance lives in {@code dev.meshsdk.core.governance}, catalogs in {@code
 * dev.meshsdk.core.catalog}.
 */
@NullMarked
package dev.meshsdk.core;

import org.jspecify.annotations.NullMarked;
