/** Shared logic and storage of the catalogs. Not API. */
@NullMarked
package dev.meshsdk.core.internal.catalog;

import org.jspecify.annotations.NullMarked;
