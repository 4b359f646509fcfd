/**
 * Catalogs of data products: the {@link dev.meshsdk.core.catalog.Catalog} SPI, an {@link
 * dev.meshsdk.core.catalog.InMemoryCatalog} and a {@link dev.meshsdk.core.catalog.DirectoryCatalog}
 * over a directory of ODPS and ODCS files kept in Git.
 */
@NullMarked
package dev.meshsdk.core.catalog;

import org.jspecify.annotations.NullMarked;
