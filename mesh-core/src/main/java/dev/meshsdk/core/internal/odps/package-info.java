/** Reading and writing ODPS v1.0.0 product descriptors. Not API. */
@NullMarked
package dev.meshsdk.core.internal.odps;

import org.jspecify.annotations.NullMarked;
